#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace respan::ui {

class ViaductScene;

/// Exports of the drawing: the whole scene (as currently filtered) with its legend below,
/// true to scale at `pixelsPerMetre`. Return an empty string on success, else the reason.
namespace DrawingExport {

inline constexpr double kDefaultPixelsPerMetre = 40.0;

QString toPng(ViaductScene& scene, const QString& path,
              double pixelsPerMetre = kDefaultPixelsPerMetre);
QString toSvg(ViaductScene& scene, const QString& path, const QString& title,
              double pixelsPerMetre = kDefaultPixelsPerMetre);

/// The drawing with its legend fitted into `page` (a printer's page): what Print puts on paper.
void paintOnPage(ViaductScene& scene, QPainter& painter, const QRectF& page);

}  // namespace DrawingExport

}  // namespace respan::ui
