#pragma once
// `respan-cli impact FILE [--json OUT]` (docs/contract/planning.md section 5).
#include <QByteArray>

#include "core/impact/impact.h"

namespace respan::impact {

/// The JSON of section 5: weighting set, factor table, per girder its scenarios by stage,
/// totals per scenario, the break-even storage time (null when storage costs nothing).
/// Quantities to 1e-6, kilograms to the gram and euros to the cent, so that files compare
/// across machines.
QByteArray impactToJson(const ImpactReport& report);

}  // namespace respan::impact
