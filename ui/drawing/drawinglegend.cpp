#include "ui/drawing/drawinglegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <vector>

#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

namespace {

struct Entry {
    QColor fill;
    QColor outline;
    Qt::PenStyle style;
    double outlineWidth;
    QString text;
};

std::vector<Entry> entries() {
    std::vector<Entry> out;
    for (SlotState s :
         {SlotState::Empty, SlotState::Pinned, SlotState::Proposed, SlotState::Conflict}) {
        out.push_back({DrawingStyle::fill(s), DrawingStyle::outline(s),
                       s == SlotState::Empty ? Qt::DashLine : Qt::SolidLine, 1.0,
                       DrawingStyle::stateName(s)});
    }
    out.push_back({DrawingStyle::fill(SlotState::Empty), DrawingStyle::kAdmissible, Qt::SolidLine,
                   2.5, DrawingLegend::tr("Admissible while dragging")});
    out.push_back({DrawingStyle::fill(SlotState::Empty), DrawingStyle::kSelection, Qt::SolidLine,
                   2.5, DrawingLegend::tr("Selected")});
    return out;
}

}  // namespace

DrawingLegend::DrawingLegend(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSizeF DrawingLegend::legendSize(const QFont& font) {
    const QFontMetricsF fm(font);
    const double h = fm.height();
    double w = 0;
    for (const Entry& e : entries()) w += h * 2.2 + fm.horizontalAdvance(e.text) + h * 1.2;
    return {w, h * 1.4};
}

QSizeF DrawingLegend::paintLegend(QPainter& painter, const QPointF& topLeft, const QFont& font) {
    const QFontMetricsF fm(font);
    const double h = fm.height();
    painter.save();
    painter.setFont(font);
    double x = topLeft.x();
    const double y = topLeft.y() + h * 0.2;
    for (const Entry& e : entries()) {
        const QRectF swatch(x + 1, y + 1, h * 1.8, h - 2);
        QPen pen(e.outline, e.outlineWidth, e.style);
        painter.setPen(pen);
        painter.setBrush(e.fill);
        painter.drawRect(swatch);
        x += h * 2.2;
        painter.setPen(QColor(0x1b, 0x22, 0x2b));
        painter.drawText(QRectF(x, y - h * 0.2, fm.horizontalAdvance(e.text) + 2, h * 1.4),
                         Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += fm.horizontalAdvance(e.text) + h * 1.2;
    }
    painter.restore();
    return {x - topLeft.x(), h * 1.4};
}

QSize DrawingLegend::sizeHint() const {
    const QSizeF s = legendSize(font());
    return {qCeil(s.width()) + 12, qCeil(s.height()) + 8};
}

void DrawingLegend::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintLegend(p, QPointF(6, 4), font());
}

}  // namespace respan::ui
