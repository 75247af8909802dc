#include "ui/planning/designdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "core/document/projectdocument.h"
#include "ui/common/numberformat.h"

namespace respan::ui {

namespace {

constexpr double kTolerance = 1e-9;  // lengths as R1 compares them (docs/matching-engine.md)

bool usable(const Element& e) {
    return e.status != ElementStatus::Installed && e.status != ElementStatus::Rejected;
}

}  // namespace

LengthWindow::LengthWindow(std::vector<double> girderLengths, double minM, double maxM,
                           double proposedM, double shorteningM, QWidget* parent)
    : QWidget(parent),
      lengths_(std::move(girderLengths)),
      min_(minM),
      max_(maxM),
      proposed_m_(proposedM),
      shortening_(shorteningM) {
    for (const double l : lengths_) {
        somewhere_ += l >= min_ - kTolerance && l <= max_ + shortening_ + kTolerance;
        proposed_ += l >= proposed_m_ - kTolerance && l <= proposed_m_ + shortening_ + kTolerance;
    }
    setToolTip(tr("Usable girders of the inventory by length. Light band: they fit the span at "
                  "some length between %1 and %2 m (%3 girders); dark band: at the proposed "
                  "%4 m (%5 girders). A girder may be %6 m longer than the span (it is cut).")
                   .arg(formatNumber(min_, 2), formatNumber(max_, 2))
                   .arg(somewhere_)
                   .arg(formatNumber(proposed_m_, 2))
                   .arg(proposed_)
                   .arg(formatNumber(shortening_, 2)));
    setMinimumSize(160, 36);
}

void LengthWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 3, -4, -12);
    const double lo = min_ - 1.0;
    const double hi = max_ + shortening_ + 1.0;
    const auto x = [&](double m) { return area.left() + (m - lo) / (hi - lo) * area.width(); };
    const QPalette& pal = palette();
    painter.fillRect(area, pal.base());
    QColor light = pal.highlight().color();
    light.setAlphaF(0.18);
    QColor dark = pal.highlight().color();
    dark.setAlphaF(0.45);
    painter.fillRect(QRectF(QPointF(x(min_), area.top()), QPointF(x(max_ + shortening_), area.bottom())),
                     light);
    painter.fillRect(QRectF(QPointF(x(proposed_m_), area.top()),
                            QPointF(x(proposed_m_ + shortening_), area.bottom())),
                     dark);
    // Bars of 0.1 m.
    const int bins = std::max(1, static_cast<int>(std::lround((hi - lo) / 0.1)));
    std::vector<int> count(static_cast<std::size_t>(bins), 0);
    for (const double l : lengths_) {
        const int b = static_cast<int>(std::floor((l - lo) / 0.1));
        if (b >= 0 && b < bins) ++count[static_cast<std::size_t>(b)];
    }
    const int most = std::max(1, *std::max_element(count.begin(), count.end()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(pal.text());
    const double w = area.width() / bins;
    for (int b = 0; b < bins; ++b) {
        if (count[static_cast<std::size_t>(b)] == 0) continue;
        const double h = area.height() * count[static_cast<std::size_t>(b)] / most;
        painter.drawRect(QRectF(area.left() + b * w + 0.5, area.bottom() - h, std::max(1.0, w - 1.0), h));
    }
    painter.setPen(pal.mid().color());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    // The scale: the ends of the light band.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
    painter.setFont(small);
    painter.setPen(pal.text().color());
    painter.drawText(QRectF(x(min_) - 30, area.bottom(), 60, 12), Qt::AlignHCenter | Qt::AlignTop,
                     formatNumber(min_, 2));
    painter.drawText(QRectF(x(max_ + shortening_) - 30, area.bottom(), 60, 12),
                     Qt::AlignHCenter | Qt::AlignTop, formatNumber(max_ + shortening_, 2));
}

DesignDialog::DesignDialog(const ProjectDocument& doc, matching::DesignResult result, bool stale,
                           QWidget* parent)
    : QDialog(parent), result_(std::move(result)), table_(new QTableWidget(this)) {
    setWindowTitle(tr("Design Around the Stock"));
    const matching::MatchResult& after = result_.match;
    const matching::MatchResult& before = result_.before;
    auto* layout = new QVBoxLayout(this);
    QString status;
    if (after.optimal) {
        status = tr("Proven optimal over every choice of the span lengths and every plan.");
    } else {
        const double gap = after.upperBoundKg > 0.0
                               ? 100.0 * (after.upperBoundKg - after.totalSavingKg) /
                                     after.upperBoundKg
                               : 0.0;
        status = tr("Not proven optimal: the best design found is within %1 % of the upper "
                    "bound %2 t CO2e.")
                     .arg(formatNumber(gap, 2), formatNumber(after.upperBoundKg / 1000.0, 1));
    }
    auto* head = new QLabel(status, this);
    head->setObjectName(QStringLiteral("designStatus"));
    head->setWordWrap(true);
    layout->addWidget(head);
    auto* summary = new QLabel(
        tr("Filled slots: %1 → %2 of %3 · CO2e saved: %4 → %5 t")
            .arg(before.filledSlots)
            .arg(after.filledSlots)
            .arg(doc.slotCount())
            .arg(formatNumber(before.totalSavingKg / 1000.0, 1),
                 formatNumber(after.totalSavingKg / 1000.0, 1)),
        this);
    summary->setObjectName(QStringLiteral("designSummary"));
    layout->addWidget(summary);

    std::vector<double> lengths;
    for (int i = 0; i < doc.elementCount(); ++i) {
        if (usable(doc.element(i))) lengths.push_back(doc.element(i).length.value());
    }
    const double shortening = doc.settings().maxShorteningM;
    const QStringList headers = {tr("Structure"), tr("Span"),       tr("Bounds (m)"),
                                 tr("Today (m)"), tr("Proposed (m)"), tr("Change (m)"),
                                 tr("Girders by length")};
    table_->setColumnCount(static_cast<int>(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(static_cast<int>(result_.spans.size()));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    for (int r = 0; r < table_->rowCount(); ++r) {
        const matching::SpanLengthChoice& c = result_.spans[static_cast<std::size_t>(r)];
        const double change = c.afterM - c.beforeM;
        const QStringList cells = {
            c.structure,
            c.span,
            tr("%1 to %2").arg(formatNumber(c.minM, 2), formatNumber(c.maxM, 2)),
            formatNumber(c.beforeM, 2),
            formatNumber(c.afterM, 2),
            std::abs(change) < 1e-9 ? tr("unchanged")
                                    : (change > 0 ? QStringLiteral("+") : QString()) +
                                          formatNumber(change, 2)};
        for (int col = 0; col < static_cast<int>(cells.size()); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col >= 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == 4 && std::abs(change) >= 1e-9) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table_->setItem(r, col, item);
        }
        table_->setCellWidget(r, 6,
                              new LengthWindow(lengths, c.minM, c.maxM, c.afterM, shortening, table_));
        table_->setRowHeight(r, 48);
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    table_->setMinimumHeight(std::min(360, 60 + 48 * table_->rowCount()));
    layout->addWidget(table_, 1);
    if (result_.spans.empty()) {
        layout->addWidget(new QLabel(tr("No span has bounds: give a span its shortest and longest "
                                        "required length in the span dialog."),
                                     this));
    }
    auto* note = new QLabel(
        tr("Bars: the usable girders of the inventory by length. Light band: the lengths that "
           "fit the span somewhere inside its bounds; dark band: at the proposed length. The "
           "plan comes with the lengths; Apply stores both as one undo step."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    if (stale) {
        auto* warning = new QLabel(
            tr("The project changed while ReSpan was designing: run it again to apply."), this);
        warning->setObjectName(QStringLiteral("designStale"));
        layout->addWidget(warning);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->button(QDialogButtonBox::Apply);
    apply->setEnabled(!stale);
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, sizeHint().height());
}

}  // namespace respan::ui
