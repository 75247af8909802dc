#pragma once
// The impact factors CSV (docs/impact.md, "Factors"; docs/contract/planning.md section 5):
// key, value, unit, source, year, illustrative. An import replaces the named factors only.
#include <QByteArray>

#include <vector>

#include "core/io/csvimport.h"
#include "core/io/importmessage.h"
#include "core/model/impactfactor.h"

namespace respan::io {

/// Result of reading a factors file: every row (no errors) or errors (no rows).
struct FactorsImport {
    std::vector<ImpactFactor> factors;
    ImportMessages errors;
    ImportMessages warnings;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Parses and checks a factors CSV completely: known keys, each once; a value that is a number
/// in the factor's range; the key's unit (an empty unit cell takes it); a source unless the
/// illustrative flag is set (true/false, 1/0, yes/no; empty: false); a year 1900..2200 or empty.
FactorsImport parseFactorsCsv(const QByteArray& bytes);

/// The table as a factors CSV that parseFactorsCsv reads back to the same rows.
QByteArray writeFactorsCsv(const std::vector<ImpactFactor>& factors,
                           CsvDialect dialect = CsvDialect::CommaPoint);

/// The project's table with the imported rows in place of the rows of the same key.
std::vector<ImpactFactor> mergeFactors(const std::vector<ImpactFactor>& project,
                                       const std::vector<ImpactFactor>& imported);

}  // namespace respan::io
