#pragma once
// `respan-cli certification FILE --json OUT` (docs/contract/planning.md section 4.4).
#include <QByteArray>

#include <vector>

#include "core/certification/schedule.h"

namespace respan::certification {

/// The schedule as the JSON of section 4.4: per girder its ready date, deadline, days late and
/// steps (start, end, status, resource, latest start), the late girders' ids and the peak use of
/// each resource. Absent dates (no deadline, no open step) are null; a step without a resource
/// has resource "".
QByteArray scheduleToJson(const Schedule& schedule, const std::vector<ProtocolStep>& protocol);

}  // namespace respan::certification
