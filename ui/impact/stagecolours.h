#pragma once
// The stages of the impact figures in the order a girder meets them, each with its colour in the
// Impact panel and the report (reuse warm, new cold, crushing grey).
#include <QColor>

#include <array>

namespace respan::ui {

struct StageColour {
    const char* key;  ///< impact::Stage::stage
    QColor colour;
};

inline constexpr int kStageCount = 8;
const std::array<StageColour, kStageCount>& stageColours();

}  // namespace respan::ui
