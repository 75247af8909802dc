#include "ui/impact/stagecolours.h"

namespace respan::ui {

const std::array<StageColour, kStageCount>& stageColours() {
    static const std::array<StageColour, kStageCount> colours{{
        {"harvest_transport", QColor(0xe0, 0x9f, 0x3e)},
        {"transport_to_site", QColor(0xc9, 0x6b, 0x1b)},
        {"storage", QColor(0x8c, 0x6d, 0x46)},
        {"certification", QColor(0x9b, 0x59, 0xb6)},
        {"modification", QColor(0xd3, 0x5d, 0x6e)},
        {"production", QColor(0x4a, 0x78, 0xb5)},
        {"transport", QColor(0x7f, 0xa7, 0xd6)},
        {"crushing", QColor(0x5f, 0x5f, 0x5f)},
    }};
    return colours;
}

}  // namespace respan::ui
