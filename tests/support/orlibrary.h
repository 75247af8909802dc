#pragma once

#include <QString>

#include "core/matching/solver/assignmentsolver.h"

namespace respan::test {

/// Reads an OR-Library assignment instance (tests/data/or-library/README.md): the dense format
/// (n, then the n x n matrix) or the sparse one (n, then "row col cost" triples, 1-based).
/// Throws std::runtime_error when the file cannot be read or is neither.
matching::SparseCostMatrix readOrLibraryInstance(const QString& path);

/// The published optimum for an instance name ("assign800") from optima.txt; -1 when absent.
long long orLibraryOptimum(const QString& name);

}  // namespace respan::test
