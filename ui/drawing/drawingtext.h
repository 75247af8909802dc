#pragma once
// Text of the plan view, sized on the device rather than in scene units: a label is drawn at its
// natural size when the drawing is zoomed in, never below a readable size when it is zoomed out,
// and never cut. Of a label's variants (longest first) the first that fits its box whole is
// drawn; when none fits, nothing is, so no clipped word is left on the screen or in a PDF's text
// layer.

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace respan::ui::DrawingText {

/// A piece of a label: bold pieces (slot name, girder id) and plain ones (figures).
struct Run {
    QString text;
    bool bold = false;
};
using Variant = std::vector<Run>;

/// Smallest text drawn on the board, in device pixels (points on a PDF): span labels and titles.
inline constexpr double kLabelMinPx = 9.0;
/// Smallest text inside a slot, in device pixels (the girder's id at the fit-all zoom).
inline constexpr double kSlotMinPx = 8.0;

/// Draws in `sceneRect` (coordinates of the painter's world) the first of `variants` that fits
/// the box whole, left-aligned and vertically centred, at `naturalScenePx` scene units when that
/// is at least `minPx` on the device, else at `minPx`; the text is at most 80 % of the box's
/// height on the device. Text outside `allowed` (when not null) is not drawn. Returns the index
/// of the variant drawn, or -1.
int drawFitting(QPainter& painter, const QRectF& sceneRect, const std::vector<Variant>& variants,
                double naturalScenePx, double minPx, const QColor& color,
                const QRectF& allowed = QRectF());

/// A girder id shortened for a narrow slot: the part after its last '-', '_' or '/' ("A9W-01"
/// gives "01"), empty when there is no shorter form.
QString shortId(const QString& id);

}  // namespace respan::ui::DrawingText
