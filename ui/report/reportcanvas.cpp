#include "ui/report/reportcanvas.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

#include "ui/report/reportstyle.h"

namespace respan::ui {

namespace S = ReportStyle;

ReportCanvas::ReportCanvas() {
    newPage();
}

QPaintDevice* ReportCanvas::referenceDevice() {
    // One image for the process, made on first use (a QGuiApplication exists by then).
    static QImage* device = [] {
        auto* image = new QImage(4, 4, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMetre = static_cast<int>(std::lround(S::kDpi / 0.0254));
        image->setDotsPerMeterX(dotsPerMetre);
        image->setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return device;
}

double ReportCanvas::top() const {
    return S::kMarginTop;
}

double ReportCanvas::bottom() const {
    return S::kPageHeight - S::kMarginBottom;
}

void ReportCanvas::newPage() {
    pages_.emplace_back();
    y_ = top();
}

bool ReportCanvas::isPlain(int page) const {
    return std::find(plain_.begin(), plain_.end(), page) != plain_.end();
}

void ReportCanvas::space(double points) {
    if (!atTop()) y_ = std::min(y_ + points, bottom());
}

void ReportCanvas::ensure(double height) {
    if (height > remaining() && !atTop()) newPage();
}

QRectF ReportCanvas::place(double height, Paint paint) {
    ensure(height);
    const QRectF rect(S::kMarginLeft, y_, S::kContentWidth, height);
    pages_.back().push_back({rect, std::move(paint)});
    y_ += height;
    return rect;
}

void ReportCanvas::overlay(const QRectF& rect, Paint paint) {
    pages_.back().push_back({rect, std::move(paint)});
}

QStringList ReportCanvas::wrap(const QString& text, const QFont& font, double width) {
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& para : paragraphs) {
        if (para.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(para, font, referenceDevice());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

double ReportCanvas::lineHeight(const QFont& font) {
    return QFontMetricsF(font, referenceDevice()).height() * 1.18;
}

double ReportCanvas::textWidth(const QString& text, const QFont& font) {
    return QFontMetricsF(font, referenceDevice()).horizontalAdvance(text);
}

void ReportCanvas::paragraph(const QString& text, const QFont& font, const QColor& color,
                             double spaceAfter, double indent) {
    const double lh = lineHeight(font);
    const double ascent = QFontMetricsF(font, referenceDevice()).ascent();
    const QStringList lines = wrap(text, font, S::kContentWidth - indent);
    // Keep at least two lines together at a page break (no lone first line).
    ensure(std::min<double>(static_cast<double>(lines.size()), 2.0) * lh);
    for (const QString& line : lines) {
        const double lead = (lh - QFontMetricsF(font, referenceDevice()).height()) / 2.0;
        place(lh, [line, font, color, indent, lead, ascent](QPainter& p, const QRectF& r) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(QPointF(r.left() + indent, r.top() + lead + ascent), line);
        });
    }
    space(spaceAfter);
}

void ReportCanvas::heading(int level, const QString& text, double keepWithNext) {
    const double size = level == 1 ? S::kH1 : (level == 2 ? S::kH2 : S::kH3);
    const QFont font = S::font(S::Face::Bold, size);
    const QColor color = level == 3 ? S::kInk : S::kAccent;
    const double lh = lineHeight(font);
    const QStringList lines = wrap(text, font, S::kContentWidth);
    const double before = level == 1 ? 0.0 : (level == 2 ? 14.0 : 9.0);
    const double after = level == 1 ? 10.0 : (level == 2 ? 5.0 : 3.0);
    const double rule = level == 1 ? 6.0 : 0.0;
    if (level == 1 && !atTop()) newPage();
    space(before);
    const double height = lines.size() * lh + rule;
    ensure(height + after + keepWithNext);
    if (level <= 2) headings_.push_back({level, text, page(), y_});
    const double ascent = QFontMetricsF(font, referenceDevice()).ascent();
    place(height, [lines, font, color, lh, ascent, level](QPainter& p, const QRectF& r) {
        p.setFont(font);
        p.setPen(color);
        double y = r.top();
        for (const QString& line : lines) {
            p.drawText(QPointF(r.left(), y + ascent), line);
            y += lh;
        }
        if (level == 1) {
            p.setPen(QPen(S::kAccentFill, 1.2));
            p.drawLine(QPointF(r.left(), r.bottom() - 2.0),
                       QPointF(r.left() + 48.0, r.bottom() - 2.0));
        }
    });
    space(after);
}

void ReportCanvas::paintPage(QPainter& painter, int index) const {
    for (const Op& op : pages_.at(static_cast<std::size_t>(index))) {
        painter.save();
        op.paint(painter, op.rect);
        painter.restore();
    }
}

}  // namespace respan::ui
