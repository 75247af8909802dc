#pragma once

#include <QByteArray>

#include "core/matching/matchresult.h"

namespace respan::matching {

/// The result as `respan-cli match --json` writes it: exactly the schema of
/// docs/contract/matching.md section 5, keys in its order, numbers as JSON numbers, UTF-8,
/// indented.
QByteArray matchResultToJson(const MatchResult& result);

}  // namespace respan::matching
