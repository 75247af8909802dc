#include "ui/report/reporttable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

#include "ui/report/reportcanvas.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;

constexpr double kPadX = 2.8;
constexpr double kPadY = 2.4;
constexpr double kSwatch = 6.5;
constexpr double kSwatchGap = 3.5;

struct LaidCell {
    QStringList lines;
    ReportTable::Cell cell;
};

}  // namespace

ReportTable::ReportTable(QString caption, std::vector<Column> columns)
    : caption_(std::move(caption)), columns_(std::move(columns)) {}

void ReportTable::addRow(Row row) {
    row.cells.resize(columns_.size());
    rows_.push_back(std::move(row));
}

double ReportTable::height() const {
    // A dry run on a scratch canvas measures exactly what layout() would place.
    ReportCanvas scratch;
    const double start = scratch.y();
    ReportTable copy = *this;
    copy.caption_.clear();
    copy.layout(scratch);
    if (scratch.pageCount() > 1) return scratch.bottom() - scratch.top() + 1.0;  // does not fit
    return scratch.y() - start;
}

void ReportTable::layout(ReportCanvas& canvas) const {
    const QFont font = S::font(S::Face::Condensed, S::kTable);
    const QFont bold = S::font(S::Face::CondensedBold, S::kTable);
    const QFont headerFont = S::font(S::Face::CondensedBold, S::kTable - 0.6);
    const QFont captionFont = S::font(S::Face::Body, S::kSmall);
    const double lh = QFontMetricsF(font, ReportCanvas::referenceDevice()).height() * 1.12;
    const double ascent = QFontMetricsF(font, ReportCanvas::referenceDevice()).ascent();
    const double headerLh =
        QFontMetricsF(headerFont, ReportCanvas::referenceDevice()).height() * 1.1;
    const double headerAscent = QFontMetricsF(headerFont, ReportCanvas::referenceDevice()).ascent();
    // Every word of a header or cell fits its column (translations differ in length, numbers
    // must not break): a narrow column is widened at the expense of the widest one.
    std::vector<Column> columns = columns_;
    {
        std::size_t widest = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].width > columns[widest].width) widest = c;
        }
        const QRegularExpression space(QStringLiteral("[ \\t\\n]+"));
        double deficit = 0.0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c == widest) continue;
            double need = 0.0;
            auto fit = [&](const QStringList& words, const QFont& f, double extra) {
                for (const QString& word : words) {
                    need = std::max(need, ReportCanvas::textWidth(word, f) + 2 * kPadX + extra);
                }
            };
            // A header's explicit lines stay whole ("u bending" / "MEd/MRd").
            fit(columns[c].header.split(QLatin1Char('\n')), headerFont, 2.0);
            for (const Row& row : rows_) {
                const Cell& cell = row.cells[c];
                fit(cell.text.split(space, Qt::SkipEmptyParts), cell.bold ? bold : font,
                    2.0 + (cell.fill ? kSwatch + kSwatchGap : 0.0));
            }
            if (need > columns[c].width) {
                deficit += need - columns[c].width;
                columns[c].width = need;
            }
        }
        columns[widest].width -= deficit;
    }

    auto textWidth = [&](std::size_t c, const Cell& cell) {
        return columns[c].width - 2 * kPadX - (cell.fill ? kSwatch + kSwatchGap : 0.0);
    };
    auto layCells = [&](const std::vector<Cell>& cells, double& height) {
        std::vector<LaidCell> out;
        int lines = 1;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Cell& cell = cells[c];
            LaidCell laid{
                ReportCanvas::wrap(cell.text, cell.bold ? bold : font, textWidth(c, cell)), cell};
            lines = std::max(lines, static_cast<int>(laid.lines.size()));
            out.push_back(std::move(laid));
        }
        height = lines * lh + 2 * kPadY;
        return out;
    };

    // Header.
    std::vector<QStringList> headerLines;
    int headerRows = 1;
    for (const Column& c : columns) {
        headerLines.push_back(ReportCanvas::wrap(c.header, headerFont, c.width - 2 * kPadX));
        headerRows = std::max(headerRows, static_cast<int>(headerLines.back().size()));
    }
    const double headerHeight = headerRows * headerLh + 2 * kPadY + 1.0;
    auto placeHeader = [&] {
        canvas.place(headerHeight, [columns, headerLines, headerFont, headerLh, headerAscent,
                                    headerRows](QPainter& p, const QRectF& r) {
            p.fillRect(r, S::kHeaderFill);
            p.setFont(headerFont);
            p.setPen(S::kInk);
            double x = r.left();
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const QStringList& lines = headerLines[c];
                // Headers sit on the bottom line, so that units line up under their names.
                double y = r.top() + kPadY + (headerRows - lines.size()) * headerLh;
                for (const QString& line : lines) {
                    const double w = ReportCanvas::textWidth(line, headerFont);
                    const double left =
                        columns[c].right ? x + columns[c].width - kPadX - w : x + kPadX;
                    p.drawText(QPointF(left, y + headerAscent), line);
                    y += headerLh;
                }
                x += columns[c].width;
            }
            p.setPen(QPen(S::kAccent, 0.8, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        });
    };
    auto placeContinued = [&] {
        if (caption_.isEmpty()) return;
        const QString text = Tr::tr("%1 (continued)").arg(caption_);
        const double h = ReportCanvas::lineHeight(captionFont) + 2.0;
        canvas.place(h, [text, captionFont](QPainter& p, const QRectF& r) {
            p.setFont(captionFont);
            p.setPen(S::kMuted);
            p.drawText(r, Qt::AlignLeft | Qt::AlignTop, text);
        });
    };

    // Row heights and group heights.
    std::vector<double> heights(rows_.size());
    std::vector<std::vector<LaidCell>> laid(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) laid[i] = layCells(rows_[i].cells, heights[i]);
    const double pageRoom = canvas.bottom() - canvas.top() - headerHeight - 20.0;

    auto groupHeight = [&](std::size_t i) {
        double h = 0.0;
        for (std::size_t j = i; j < rows_.size(); ++j) {
            if (j > i && (rows_[i].group < 0 || rows_[j].group != rows_[i].group)) break;
            h += heights[j];
        }
        return std::min(h, pageRoom);
    };

    canvas.ensure(headerHeight + (rows_.empty() ? 0.0 : groupHeight(0)));
    placeHeader();
    bool firstOnPage = true;
    int stripe = 0;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        const bool groupStart = i == 0 || row.group < 0 || rows_[i - 1].group != row.group;
        if (groupStart && i > 0) ++stripe;
        double h = heights[i];
        double need = groupStart ? std::max(h, groupHeight(i)) : h;
        if (i + 1 < rows_.size() && rows_[i + 1].keepWithPrevious) need += heights[i + 1];
        // No widows: the last three rows of a longer table start a page together.
        if (rows_.size() > 4 && i == rows_.size() - 3) {
            need = std::max(need, heights[i] + heights[i + 1] + heights[i + 2]);
        }
        std::vector<LaidCell> cells = laid[i];
        if (need > canvas.remaining()) {
            canvas.newPage();
            placeContinued();
            placeHeader();
            firstOnPage = true;
            if (!groupStart && !row.groupLabel.isEmpty() && cells[0].cell.text.isEmpty()) {
                Cell label = cells[0].cell;
                label.text = row.groupLabel;
                std::vector<Cell> relabelled;
                for (const LaidCell& c : cells) relabelled.push_back(c.cell);
                relabelled[0] = label;
                cells = layCells(relabelled, h);
            }
        }
        const std::optional<QColor> background =
            row.background ? row.background
                           : (stripe % 2 == 1 ? std::optional<QColor>(S::kZebra) : std::nullopt);
        // A rule above each row (or group), drawn after the fill so no neighbour covers it; the
        // header's own line stands above the first row of a page.
        const bool topRule = groupStart && !firstOnPage;
        const bool bottomRule = i + 1 == rows_.size();
        firstOnPage = false;
        canvas.place(h, [columns, cells, font, bold, lh, ascent, background, topRule, bottomRule](
                            QPainter& p, const QRectF& r) {
            if (background) p.fillRect(r, *background);
            p.setPen(QPen(S::kRule, 0.4, Qt::SolidLine, Qt::FlatCap));
            if (topRule) p.drawLine(r.topLeft(), r.topRight());
            if (bottomRule) p.drawLine(r.bottomLeft(), r.bottomRight());
            double x = r.left();
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const LaidCell& lc = cells[c];
                double left = x + kPadX;
                if (lc.cell.fill) {
                    const QRectF swatch(left, r.top() + kPadY + (lh - kSwatch) / 2.0, kSwatch,
                                        kSwatch);
                    p.setPen(lc.cell.frame ? QPen(*lc.cell.frame, 0.6) : QPen(Qt::NoPen));
                    p.setBrush(*lc.cell.fill);
                    p.drawRect(swatch);
                    p.setBrush(Qt::NoBrush);
                    left += kSwatch + kSwatchGap;
                }
                const QFont& f = lc.cell.bold ? bold : font;
                p.setFont(f);
                p.setPen(lc.cell.color.isValid() ? lc.cell.color : S::kInk);
                double y = r.top() + kPadY;
                for (const QString& line : lc.lines) {
                    double lx = left;
                    if (columns[c].right) {
                        lx = x + columns[c].width - kPadX - ReportCanvas::textWidth(line, f);
                    }
                    p.drawText(QPointF(lx, y + ascent + (lh - lh / 1.12) / 2.0), line);
                    y += lh;
                }
                x += columns[c].width;
            }
        });
    }
    canvas.space(8.0);
}

}  // namespace respan::ui
