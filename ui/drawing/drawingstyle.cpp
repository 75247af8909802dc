#include "ui/drawing/drawingstyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace respan::ui::DrawingStyle {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::DrawingStyle)
};
}  // namespace

namespace {
constexpr double kMinSlotPx = 14.0;
constexpr double kMaxCrossStretch = 3.0;
constexpr double kMinPxPerMetre = 0.5;
constexpr double kMaxPxPerMetre = 600.0;
}  // namespace

double crossStretchFor(double pixelsPerMetre) {
    const double slotPx = pixelsPerMetre * kDefaultSlotWidthM;
    return std::clamp(kMinSlotPx / std::max(slotPx, 1e-9), 1.0, kMaxCrossStretch);
}

double fitScale(const QSizeF& scene, const QSizeF& room) {
    const double u = kUnitsPerMetre;
    // The drawn height never shrinks as the scale grows: bisection.
    auto fits = [&](double scale) {
        return scene.width() * scale <= room.width() &&
               scene.height() * scale * crossStretchFor(scale * u) <= room.height();
    };
    double lo = kMinPxPerMetre / u;
    double hi = kMaxPxPerMetre / u;
    if (fits(hi)) return hi;
    if (!fits(lo)) return lo;
    for (int i = 0; i < 50; ++i) {
        const double mid = std::sqrt(lo * hi);
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

QColor fill(SlotState state) {
    switch (state) {
        case SlotState::Empty:
            return {0xee, 0xf0, 0xf3};
        case SlotState::Pinned:
            return {0x2f, 0x5f, 0xa7};
        case SlotState::Proposed:
            return {0xa8, 0xdc, 0xbf};
        case SlotState::Conflict:
            return {0xe5, 0x73, 0x73};
    }
    return {};
}

QColor outline(SlotState state) {
    switch (state) {
        case SlotState::Empty:
            return {0x9a, 0xa5, 0xb1};
        case SlotState::Pinned:
            return {0x1c, 0x3d, 0x70};
        case SlotState::Proposed:
            return {0x3c, 0x8d, 0x62};
        case SlotState::Conflict:
            return {0x9b, 0x1c, 0x1c};
    }
    return {};
}

QColor text(SlotState state) {
    switch (state) {
        case SlotState::Pinned:
            return Qt::white;
        case SlotState::Empty:
            return {0x5f, 0x6b, 0x78};
        default:
            return {0x1b, 0x22, 0x2b};
    }
}

QString stateName(SlotState state) {
    switch (state) {
        case SlotState::Empty:
            return Tr::tr("Empty");
        case SlotState::Pinned:
            return Tr::tr("Pinned");
        case SlotState::Proposed:
            return Tr::tr("Proposed");
        case SlotState::Conflict:
            return Tr::tr("Conflict");
    }
    return {};
}

}  // namespace respan::ui::DrawingStyle
