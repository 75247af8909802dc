#pragma once

#include <QColor>
#include <QSizeF>
#include <QString>

#include <vector>

namespace respan::ui {

/// What a slot shows: nothing placed, a planner's pin, a proposal (optimiser or unconfirmed), or
/// a placement that breaks a rule. Conflicts are decided by AssignmentChecker::conflict().
enum class SlotState { Empty, Pinned, Proposed, Conflict };

/// Colours and sizes of the viaduct drawing, in one place so that the legend, the structure
/// tree and exports agree. Chosen to stay apart for the common colour-vision deficiencies
/// (blue / light green / red / grey differ in lightness too) and to keep text readable.
namespace DrawingStyle {

QColor fill(SlotState state);
QColor outline(SlotState state);
QColor text(SlotState state);
QString stateName(SlotState state);  ///< translated legend text

inline const QColor kAdmissible{0x2e, 0x9d, 0x4f};  ///< outline of admissible slots while dragging
inline const QColor kInadmissible{0xc6, 0x28, 0x28};  ///< outline of the hovered refused slot
inline const QColor kSelection{0xf5, 0x9e, 0x0b};     ///< outline of selected slots
inline const QColor kDeck{0x5f, 0x6b, 0x78};          ///< span outlines, supports, axis
inline const QColor kBackground{0xfb, 0xfc, 0xfd};

/// Scene units per metre: the drawing is true to scale in length and width.
inline constexpr double kUnitsPerMetre = 100.0;
/// Width drawn for a slot with no element and no section in its span: 1.18 m, the width of a
/// ZIP rail girder (Spanbeton; shared/spec/domain-facts.md section 2), the common type here.
inline constexpr double kDefaultSlotWidthM = 1.18;

/// How much more the board draws widths across the axis than lengths along it at
/// `pixelsPerMetre` along the axis: 1 (true to scale) when zoomed in; zoomed out, as much as a
/// default slot needs to stay 14 px high for its girder's id, at most 3. Exports and the
/// report are always true to scale.
double crossStretchFor(double pixelsPerMetre);
/// The largest scale along the axis (device pixels per scene unit) at which a drawing of
/// `scene` (scene units), stretched across the axis by crossStretchFor, fits `room` (pixels).
double fitScale(const QSizeF& scene, const QSizeF& room);

}  // namespace DrawingStyle

}  // namespace respan::ui
