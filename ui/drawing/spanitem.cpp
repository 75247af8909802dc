#include "ui/drawing/spanitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/drawingtext.h"
#include "ui/drawing/viaductscene.h"

namespace respan::ui {

SpanItem::SpanItem(const QRectF& rect, Uid spanUid, QStringList labels, double fontSize)
    : rect_(rect), spanUid_(spanUid), labels_(std::move(labels)), fontSize_(fontSize) {}

void SpanItem::setDropHighlight(int highlight) {
    if (highlight == highlight_) return;
    highlight_ = highlight;
    update();
}

void SpanItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/,
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
    std::vector<DrawingText::Variant> variants;
    for (const QString& label : labels_) variants.push_back({{label}});
    const double scaleX = std::max(1e-9, painter->worldTransform().m11());
    const double pad = std::max(fontSize_ * 0.3, 2.0 / scaleX);
    const QRectF allowed = ViaductScene::textBoundsOf(*this);
    DrawingText::drawFitting(*painter, rect_.adjusted(pad, 0, -pad, 0), variants, fontSize_,
                             DrawingText::kLabelMinPx, DrawingStyle::kDeck.darker(140), allowed);
}

}  // namespace respan::ui
