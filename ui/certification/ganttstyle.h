#pragma once

#include <QColor>
#include <QString>

#include "core/model/certification.h"

namespace respan::ui::GanttStyle {

/// Bar colours per step status: planned pale blue, running blue, passed green, conditional
/// amber, failed red; apart in lightness too, for the common colour-vision deficiencies.
inline QColor fill(StepStatus status) {
    switch (status) {
        case StepStatus::Planned:
            return {0xb7, 0xd3, 0xea};
        case StepStatus::Running:
            return {0x31, 0x82, 0xbd};
        case StepStatus::Passed:
            return {0x3f, 0xa3, 0x5b};
        case StepStatus::Conditional:
            return {0xf0, 0xa3, 0x0a};
        case StepStatus::Failed:
            return {0xc6, 0x28, 0x28};
    }
    return Qt::gray;
}

inline const QColor kBackground{0xff, 0xff, 0xff};
inline const QColor kAlternate{0xf6, 0xf8, 0xfa};
inline const QColor kHeader{0xee, 0xf1, 0xf4};
inline const QColor kGroup{0xe2, 0xe7, 0xec};
inline const QColor kGrid{0xc4, 0xcb, 0xd3};
inline const QColor kToday{0xd9, 0x46, 0x0f};
inline const QColor kDeadline{0x37, 0x41, 0x51};
inline const QColor kLate{0xc6, 0x28, 0x28};
inline const QColor kLateRow{0xfd, 0xec, 0xec};
inline const QColor kDependency{0x55, 0x5f, 0x6b};
inline const QColor kCapacity{0x37, 0x41, 0x51};
inline const QColor kUse{0x6b, 0x9b, 0xc8};

}  // namespace respan::ui::GanttStyle
