#include "ui/drawing/slotitem.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace respan::ui {

namespace {
/// Below this size on screen (pixels) text is not drawn: it could not be read anyway, and
/// skipping it keeps zoomed-out repaints of large structures fast.
constexpr double kMinReadablePx = 5.5;
}  // namespace

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

void SlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
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

    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double px = fontSize_ * lod;
    if (px >= kMinReadablePx) {
        QFont font;
        font.setPixelSize(qMax(1, qRound(fontSize_)));
        const double pad = fontSize_ * 0.5;
        QRectF textRect = rect_.adjusted(pad, 0, -pad, 0);
        painter->setPen(dimmed ? DrawingStyle::text(SlotState::Empty) : DrawingStyle::text(state));
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        const QFontMetricsF fmBold(bold);
        const double nameWidth = fmBold.horizontalAdvance(content_.slotName + QStringLiteral("  "));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, content_.slotName);
        textRect.setLeft(textRect.left() + qMax(nameWidth, fontSize_ * 2.6));
        if (!content_.elementId.isEmpty()) {
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, content_.elementId);
            textRect.setLeft(textRect.left() + fmBold.horizontalAdvance(content_.elementId) +
                             fontSize_);
        }
        painter->setFont(font);
        const QFontMetricsF fm(font);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(content_.figures, Qt::ElideRight, textRect.width()));
    }

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
