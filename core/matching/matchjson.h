#pragma once

#include <QByteArray>

#include "core/matching/matchresult.h"

namespace respan::matching {

/// The result as `respan-cli match --json` writes it: exactly the schema of
/// docs/contract/matching.md section 5, keys in its order, numbers as JSON numbers, UTF-8,
/// indented.
QByteArray matchResultToJson(const MatchResult& result);

struct DesignResult;
/// `respan-cli design --json`: the `match` JSON of the plan at the chosen lengths, then
/// "objective_before" and "spans" (docs/contract/planning.md section 6).
QByteArray designResultToJson(const DesignResult& result);

}  // namespace respan::matching
