#include "ui/drawing/drawingtext.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace respan::ui::DrawingText {

namespace {
QFont fontOf(bool bold, int px) {
    QFont f;
    f.setPixelSize(std::max(1, px));
    f.setBold(bold);
    return f;
}

double widthOf(const Variant& v, int px, QPaintDevice* device) {
    double w = 0.0;
    for (const Run& r : v) w += QFontMetricsF(fontOf(r.bold, px), device).horizontalAdvance(r.text);
    return w;
}
}  // namespace

int drawFitting(QPainter& painter, const QRectF& sceneRect, const std::vector<Variant>& variants,
                double naturalScenePx, double minPx, const QColor& color, const QRectF& allowed) {
    if (variants.empty() || sceneRect.isEmpty()) return -1;
    if (!allowed.isNull() && !allowed.contains(sceneRect)) return -1;
    const QTransform world = painter.worldTransform();
    const QRectF box = world.mapRect(sceneRect);
    // The natural size along the text's direction (the x scale: the view may stretch the
    // drawing across the axis, never along it).
    const double scaleX = std::hypot(world.m11(), world.m12());
    const double natural = naturalScenePx * scaleX;
    const double px = std::min(std::max(natural, minPx), box.height() * 0.8);
    if (px < minPx - 1e-9) return -1;
    const int size = static_cast<int>(std::floor(px));
    if (size < 1) return -1;
    int chosen = -1;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        if (widthOf(variants[i], size, painter.device()) <= box.width()) {
            chosen = static_cast<int>(i);
            break;
        }
    }
    if (chosen < 0) return -1;
    painter.save();
    painter.resetTransform();
    painter.setPen(color);
    const QFontMetricsF fm(fontOf(false, size), painter.device());
    const double baseline = box.center().y() + (fm.ascent() - fm.descent()) / 2.0;
    double x = box.left();
    for (const Run& r : variants[static_cast<std::size_t>(chosen)]) {
        const QFont f = fontOf(r.bold, size);
        painter.setFont(f);
        painter.drawText(QPointF(x, baseline), r.text);
        x += QFontMetricsF(f, painter.device()).horizontalAdvance(r.text);
    }
    painter.restore();
    return chosen;
}

QString shortId(const QString& id) {
    const qsizetype cut =
        std::max({id.lastIndexOf(QLatin1Char('-')), id.lastIndexOf(QLatin1Char('_')),
                  id.lastIndexOf(QLatin1Char('/'))});
    if (cut < 0 || cut + 1 >= id.size()) return {};
    return id.mid(cut + 1);
}

}  // namespace respan::ui::DrawingText
