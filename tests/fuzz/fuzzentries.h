#pragma once

#include <cstddef>
#include <cstdint>

namespace respan::fuzz {

// One entry per fuzz target. Each returns normally for every input (errors are expected and
// caught); a crash, a sanitizer report, a hang or a broken invariant (abort) is a finding.
// The same functions replay the regression inputs in core_tests (FuzzRegressions).

/// Loads the bytes as a project file: identify, open, migrate, check, read every table.
void projectLoader(const std::uint8_t* data, std::size_t size);

/// Imports the bytes as elements.csv; a file that imports without errors must also survive
/// export in both dialects and import again with identical elements.
void elementsCsv(const std::uint8_t* data, std::size_t size);

/// Imports the bytes as design.csv; a file that imports without errors must also survive
/// export in both dialects and import again with the same structures, spans and slots.
void designCsv(const std::uint8_t* data, std::size_t size);

/// Imports the bytes as a materials passport into an empty project; a passport that imports
/// without errors must export and import again to the same elements (field by field, document
/// contents included), and importing that export into the project it came from must find every
/// element already present and change nothing.
void passport(const std::uint8_t* data, std::size_t size);

}  // namespace respan::fuzz
