#include "ui/drawing/slotitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

#include "ui/drawing/drawingtext.h"
#include "ui/drawing/viaductscene.h"

namespace respan::ui {

SlotItem::SlotItem(const QRectF& rect, Content content, double fontSize)
    : rect_(rect), content_(std::move(content)), fontSize_(fontSize) {
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
}

QRectF SlotItem::boundingRect() const {
    return rect_;
}

void SlotItem::setDragMark(DragMark mark) {
    if (mark == mark_) return;
    mark_ = mark;
    update();
}

void SlotItem::paintText(QPainter& painter, bool dimmed) const {
    using DrawingText::Run;
    const Run gap{QStringLiteral("  ")};
    const Run name{content_.slotName, true};
    std::vector<DrawingText::Variant> variants;
    if (!content_.elementId.isEmpty()) {
        const Run id{content_.elementId, true};
        variants = {{name, gap, id, gap, {content_.figures}}, {name, gap, id}, {id}};
        const QString shortId = DrawingText::shortId(content_.elementId);
        if (!shortId.isEmpty()) variants.push_back({{shortId, true}});
    } else {
        variants = {{name, gap, {content_.figures}}, {name}};
    }
    // Some room at both ends: the natural half a letter, at least 3 pixels on the device.
    const double scaleX = std::max(1e-9, painter.worldTransform().m11());
    const double pad = std::max(fontSize_ * 0.5, 3.0 / scaleX);
    const QRectF allowed = ViaductScene::textBoundsOf(*this);
    DrawingText::drawFitting(
        painter, rect_.adjusted(pad, 0, -pad, 0), variants, fontSize_, DrawingText::kSlotMinPx,
        dimmed ? DrawingStyle::text(SlotState::Empty) : DrawingStyle::text(content_.state),
        allowed);
}

void SlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/,
                     QWidget* /*widget*/) {
    const SlotState state = content_.state;
    const bool dimmed = mark_ == DragMark::Inadmissible || mark_ == DragMark::HoverRefused;
    QColor fill = DrawingStyle::fill(state);
    if (dimmed) fill = fill.lighter(115);
    painter->setBrush(fill);
    QPen pen(DrawingStyle::outline(state), 0);  // cosmetic hairline
    if (state == SlotState::Empty) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawRect(rect_);
    if (dimmed) painter->fillRect(rect_, QColor(255, 255, 255, 150));

    paintText(*painter, dimmed);

    QColor markColor;
    double markWidth = 0;
    switch (mark_) {
        case DragMark::Admissible:
            markColor = DrawingStyle::kAdmissible;
            markWidth = 2;
            break;
        case DragMark::HoverAdmissible:
            markColor = DrawingStyle::kAdmissible;
            markWidth = 4;
            break;
        case DragMark::HoverRefused:
            markColor = DrawingStyle::kInadmissible;
            markWidth = 4;
            break;
        default:
            break;
    }
    if (isSelected() && markWidth == 0) {
        markColor = DrawingStyle::kSelection;
        markWidth = 3;
    }
    if (markWidth > 0) {
        QPen mark(markColor, markWidth);
        mark.setCosmetic(true);
        mark.setJoinStyle(Qt::MiterJoin);
        painter->setPen(mark);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect_);
    }
}

}  // namespace respan::ui
