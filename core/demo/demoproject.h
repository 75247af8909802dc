#pragma once

namespace respan {
class ProjectDocument;
}

namespace respan::demo {

/// Fills `doc` with the bundled A9 -> A44 demo project (resources/demo): settings, donor
/// structures, the inventory and the receiving structures. Throws std::runtime_error when the
/// bundled data does not import (a build defect, caught by the tests).
void buildDemoProject(ProjectDocument& doc);

}  // namespace respan::demo
