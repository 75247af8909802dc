#pragma once
// The sections of the matching report, each laid out on the canvas from the report's figures.
// Internal to MatchingReport.

#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

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

/// Size of the key figures' labels, points.
inline constexpr double kKeyFigureLabelPoints = 7.5;
/// Where the summary's key-figure cards and their labels' lines go, in points from the row's
/// top left (the report draws them there; tests measure the lines against the boxes).
struct KeyFigureLayout {
    struct Card {
        QRectF box;
        QStringList lines;
        std::vector<QRectF> lineBoxes;
    };
    std::vector<Card> cards;
    double height = 0.0;
};
KeyFigureLayout layoutKeyFigures(const std::vector<std::pair<QString, QString>>& cards,
                                 double width);

/// " (RD New x 101,444 m, y 497,207 m)": the position in the Dutch grid beside WGS84 (PROJ);
/// empty outside RD New's area.
QString rdSuffix(const ReportNumbers& n, const GeoPoint& p);

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
// reportcertification.cpp
/// The protocol, the ready date per girder, late girders, resource peaks and the evidence.
void recertification(ReportCanvas& canvas, const ReportContext& ctx);
// reportstorage.cpp
/// Per site the yard on its peak day and the weekly occupancy; the stays with cost; conflicts.
void storage(ReportCanvas& canvas, const ReportContext& ctx);
// reportimpact.cpp
/// Totals per scenario, per structure and per girder; the stacked bars by stage; the factor
/// table with sources and the weighting set.
void impact(ReportCanvas& canvas, const ReportContext& ctx);

}  // namespace ReportSections

}  // namespace respan::ui
