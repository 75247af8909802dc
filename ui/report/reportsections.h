#pragma once
// The sections of the matching report, each laid out on the canvas from the report's figures.
// Internal to MatchingReport.

#include <QDateTime>
#include <QString>

#include <vector>

#include "core/report/planreport.h"
#include "ui/report/reportcanvas.h"

namespace respan::ui {

class ReportChart;
class ReportDrawing;
class ReportNumbers;
struct ReportSource;

struct ReportContext {
    const report::PlanReport& data;
    const ReportSource& source;
    const ReportNumbers& numbers;
    const ReportDrawing& drawing;
    const ReportChart* lengths = nullptr;
    const ReportChart* utilisation = nullptr;
    std::vector<const ReportChart*> savings;  ///< saving per structure, in parts
    QString languageName;
};

namespace ReportSections {

// reportfront.cpp
/// Page 1: title, project, file and its hash, version; the table of contents when given.
void cover(ReportCanvas& canvas, const ReportContext& ctx, const std::vector<TocEntry>* toc);
/// Key figures and how the plan compares with the optimiser's proof.
void summary(ReportCanvas& canvas, const ReportContext& ctx);
/// Every setting with value, unit and source; the rules; the method.
void assumptions(ReportCanvas& canvas, const ReportContext& ctx);

// reportplan.cpp
/// Per structure its drawing, per span its drawing and table.
void structures(ReportCanvas& canvas, const ReportContext& ctx);
/// Empty slots with their candidates, unused girders, placements that break a rule.
void unfilled(ReportCanvas& canvas, const ReportContext& ctx);
/// Supply and demand of lengths, utilisation, saving per structure.
void charts(ReportCanvas& canvas, const ReportContext& ctx);

}  // namespace ReportSections

}  // namespace respan::ui
