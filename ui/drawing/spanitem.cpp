#include "ui/drawing/spanitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

namespace {
constexpr double kMinReadablePx = 5.5;

double lodOf(const QStyleOptionGraphicsItem* option, const QPainter* painter) {
    return option->levelOfDetailFromTransform(painter->worldTransform());
}
}  // namespace

SpanItem::SpanItem(const QRectF& rect, Uid spanUid, QString label, double fontSize)
    : rect_(rect), spanUid_(spanUid), label_(std::move(label)), fontSize_(fontSize) {}

void SpanItem::setDropHighlight(int highlight) {
    if (highlight == highlight_) return;
    highlight_ = highlight;
    update();
}

void SpanItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                     QWidget* /*widget*/) {
    if (highlight_ != 0) {
        const QColor c = highlight_ > 0 ? DrawingStyle::kAdmissible : DrawingStyle::kInadmissible;
        QColor fill = c;
        fill.setAlpha(40);
        QPen pen(c, 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(rect_);
    }
    if (fontSize_ * lodOf(option, painter) < kMinReadablePx) return;
    QFont font;
    font.setPixelSize(qMax(1, qRound(fontSize_)));
    painter->setFont(font);
    painter->setPen(DrawingStyle::kDeck.darker(140));
    const QFontMetricsF fm(font);
    painter->drawText(rect_.adjusted(fontSize_ * 0.3, 0, -fontSize_ * 0.3, 0),
                      Qt::AlignLeft | Qt::AlignBottom,
                      fm.elidedText(label_, Qt::ElideRight, rect_.width() - fontSize_ * 0.6));
}

}  // namespace respan::ui
