#include "ui/drawing/structureitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <vector>

#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/drawingtext.h"
#include "ui/drawing/viaductscene.h"

namespace respan::ui {

namespace {
constexpr double kSupportM = 0.5;  // drawn width of abutments and piers
}  // namespace

StructureItem::StructureItem(Geometry geometry) : g_(std::move(geometry)) {
    QRectF b = g_.titleRect;
    for (const QRectF& r : g_.spanDecks) b = b.united(r);
    const double support = kSupportM * DrawingStyle::kUnitsPerMetre;
    bounds_ = b.adjusted(-support * 3.5, -support, support * 3.5, support);
    setZValue(-1);
}

void StructureItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/,
                          QWidget* /*widget*/) {
    const double unit = DrawingStyle::kUnitsPerMetre;
    const double support = kSupportM * unit;
    // Supports: an abutment at each end, a pier at each joint; a little wider than the deck.
    painter->setPen(Qt::NoPen);
    painter->setBrush(DrawingStyle::kDeck);
    for (std::size_t i = 0; i < g_.spanDecks.size(); ++i) {
        const QRectF& d = g_.spanDecks[i];
        const double top = d.top() - support * 0.6;
        const double height = d.height() + support * 1.2;
        if (i == 0) painter->drawRect(QRectF(d.left() - support * 1.5, top, support * 1.5, height));
        if (i + 1 == g_.spanDecks.size()) {
            painter->drawRect(QRectF(d.right(), top, support * 1.5, height));
        } else {
            const QRectF& next = g_.spanDecks[i + 1];
            const double mid = (d.right() + next.left()) / 2.0;
            const double t = std::min(top, next.top() - support * 0.6);
            const double bottom = std::max(d.bottom(), next.bottom()) + support * 0.6;
            painter->drawRect(QRectF(mid - support / 2.0, t, support, bottom - t));
        }
    }
    QPen deck(DrawingStyle::kDeck, 0);
    painter->setPen(deck);
    painter->setBrush(Qt::NoBrush);
    for (const QRectF& d : g_.spanDecks) painter->drawRect(d);
    QPen axis(DrawingStyle::kDeck, 0, Qt::DashDotLine);
    painter->setPen(axis);
    painter->drawLine(QPointF(g_.left - support * 3, g_.axisY),
                      QPointF(g_.right + support * 3, g_.axisY));

    const QRectF allowed = ViaductScene::textBoundsOf(*this);
    // The name whole; else shortened with an ellipsis (a name has no shorter form of its own).
    const QString title = g_.title;
    std::vector<DrawingText::Variant> variants{{{title, true}}};
    for (qsizetype n = title.size() - 1; n >= 8; n -= std::max<qsizetype>(1, n / 8))
        variants.push_back({{title.left(n).trimmed() + QChar(0x2026), true}});
    DrawingText::drawFitting(*painter, g_.titleRect, variants, g_.titleFontSize,
                             DrawingText::kLabelMinPx, QColor(0x1b, 0x22, 0x2b), allowed);
}

}  // namespace respan::ui
