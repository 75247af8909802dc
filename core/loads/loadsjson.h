#pragma once
// `respan-cli loads FILE --json OUT` (docs/contract/planning.md section 2.4): the estimated
// demands per slot with their Courbon shares, and every element's resistances with their basis.

#include <QByteArray>

#include <vector>

#include "core/model/element.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan::loads {

QByteArray loadsToJson(const std::vector<Structure>& structures,
                       const std::vector<Element>& elements, const ProjectSettings& settings);

}  // namespace respan::loads
