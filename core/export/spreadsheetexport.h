#pragma once
// The plan as a spreadsheet (.xlsx, written with libxlsxwriter): what project leads sort, filter
// and sum themselves. Three sheets: Inventory, Plan, Unfilled slots; numbers are typed number
// cells (never text), units are in the headers, the header row is frozen and has an autofilter.

#include <QString>

namespace respan::report {
struct PlanReport;
}

namespace respan {

/// Writes the spreadsheet of `report` (the project's plan as the engine judges it; the
/// optimiser need not have run) to `path`, completely or not at all: the file is written beside
/// the target and renamed over it. Returns an empty string on success, else the translated
/// reason. Sheet names and headers are translated with the installed translator.
QString writePlanSpreadsheet(const report::PlanReport& report, const QString& path);

}  // namespace respan
