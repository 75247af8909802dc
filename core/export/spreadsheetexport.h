#pragma once
// The plan as a spreadsheet (.xlsx, written with libxlsxwriter): what project leads sort, filter
// and sum themselves. Three sheets: Inventory, Plan, Unfilled slots; numbers are typed number
// cells (never text), units are in the headers, the header row is frozen and has an autofilter.

#include <QLocale>
#include <QString>

namespace respan::report {
struct PlanReport;
}

namespace respan {

class ProjectDocument;

/// What the spreadsheet shows of `doc`: its own plan as the engine judges it, with the reasons
/// for what is empty or unused, without running the optimiser. Sentences use `locale`'s numbers.
report::PlanReport spreadsheetPlan(const ProjectDocument& doc,
                                   const QLocale& locale = QLocale::c());

/// Writes the spreadsheet of `report` (the project's plan as the engine judges it; the
/// optimiser need not have run) to `path`, completely or not at all: the file is written beside
/// the target and renamed over it. Returns an empty string on success, else the translated
/// reason. Sheet names and headers are translated with the installed translator.
QString writePlanSpreadsheet(const report::PlanReport& report, const QString& path);

}  // namespace respan
