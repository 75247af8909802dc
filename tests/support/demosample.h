#pragma once

#include <QString>

#include "core/model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::test {

/// Fills `doc` with the bundled demo project (respan::demo::buildDemoProject: about 90 A9
/// girders, the A44, A76 and N201 receiving structures, donors and settings), marked unchanged
/// (ProjectDocument::markUnchanged: the evidence documents keep their content in memory).
/// With `withPlan`, spans are filled greedily with admissible girders (the engine's rules):
/// the first span of each structure pinned, later spans proposed, some slots left empty.
void buildDemoSample(ProjectDocument& doc, bool withPlan = true);

/// Appends `count` synthetic girders (ids G000001...) with varied lengths, sections and states.
void addSyntheticElements(ProjectDocument& doc, int count);

/// A structure of `spans` spans of `slotsPerSpan` slots each (20 m spans, 1.18 m girders).
Structure syntheticStructure(const QString& name, int spans, int slotsPerSpan);

}  // namespace respan::test
