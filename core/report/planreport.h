#pragma once
// The figures of a matching report and of the spreadsheet export, computed without any
// painting: the project's own plan judged by the engine, the optimiser's proven optimum (or
// bound) with the project's pins held, and how the two compare. The PDF report (ui/report) and
// the spreadsheet (export/) only lay these figures out, so both say the same.

#include <QDate>
#include <QLocale>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include "core/certification/schedule.h"
#include "core/impact/impact.h"
#include "core/matching/judging/planevaluation.h"
#include "core/matching/matchinput.h"
#include "core/matching/optimiser.h"
#include "core/model/assignment.h"
#include "core/yard/storagejson.h"
#include "core/yard/storageplan.h"

namespace respan {
class ProjectDocument;
}

namespace respan::report {

/// Everything a report reads, copied from the document on its own thread; plain data, so the
/// report can be computed on a worker thread.
/// A document attached to a girder that proves one of its recertification steps.
struct EvidenceRow {
    QString element;
    QString step;  ///< ProtocolStep::id
    QString document;
    QString sha256;
};

struct ReportInput {
    matching::MatchInput match;    ///< elements (without documents), structures, pins, settings
    std::vector<Assignment> plan;  ///< the project's assignments, pinned and proposed
    std::vector<EvidenceRow> evidence;  ///< in inventory order, then step records' order
    /// Interim storage (docs/storage-layout.md): the sites, the stays and occupancy with their
    /// conflicts (layout ones included), and each site's layout on its peak day.
    std::vector<StorageSite> sites;
    yard::StoragePlan storage;
    std::vector<yard::SiteLayout> storageLayouts;
    /// Impact and cost of the plan (docs/impact.md): scenarios per girder, totals, factors.
    impact::ImpactReport impact;
};

ReportInput makeReportInput(const ProjectDocument& doc);

/// What a slot holds in the project's plan, as the planning board colours it.
enum class SlotState { Empty, Pinned, Proposed, Conflict };

/// One slot of a span table.
struct SlotRow {
    Uid slotUid = kNoUid;
    QString slot;
    /// MEd and VEd: entered, or estimated (docs/load-model.md) with the placed girder's own
    /// weight when a girder is placed
    double momentDemandKnm = 0.0;
    double shearDemandKn = 0.0;
    bool demandEstimated = false;  ///< MEd or VEd is estimated, not entered
    SlotState state = SlotState::Empty;
    bool pinned = false;
    // The girder placed in the slot (state != Empty), with the figures of
    // docs/contract/matching.md: also for a conflict, whose figures are shown but not counted.
    Uid elementUid = kNoUid;
    QString element;
    QString donor;          ///< donor structure
    QString donorPosition;  ///< position in the donor
    double elementLengthM = 0.0;
    GeoPoint storedAt;  ///< where the girder lies now (its inventory location)
    CapacityBasis basis = CapacityBasis::Estimated;
    double momentCapacityKnm = 0.0;  ///< MRd as R2 uses it (0 when unknown)
    double shearCapacityKn = 0.0;
    bool capacityFromClass = false;  ///< MRd or VRd estimated from the original load class
    int condition = 0;               ///< NEN 2767 score
    double cutM = 0.0;
    double bendingUtilisation = 0.0;  ///< MEd / MRd
    double shearUtilisation = 0.0;    ///< VEd / VRd
    double distanceKm = 0.0;          ///< road distance
    double savingKg = 0.0;            ///< S_is (counted only when state is Pinned or Proposed)
    matching::RuleId conflictRule = matching::RuleId::None;
    QString conflictDetail;
};

struct SpanReport {
    Uid uid = kNoUid;
    QString name;
    double requiredLengthM = 0.0;
    QDate installDate;
    std::vector<SlotRow> rows;
    int filled = 0;         ///< counted placements (pinned + proposed)
    double savingKg = 0.0;  ///< of the counted placements
    double cutOffM = 0.0;   ///< of the counted placements
    double heightMm = 0.0;  ///< section of the counted placements; 0 when none
    double widthMm = 0.0;
};

struct StructureReport {
    Uid uid = kNoUid;
    QString name;
    GeoPoint site;
    std::vector<SpanReport> spans;
    int slots = 0;
    int filled = 0;
    double savingKg = 0.0;         ///< the project's plan
    double optimumSavingKg = 0.0;  ///< the optimiser's plan (0 without a run)
};

/// How the project's plan compares with what the optimiser proved.
enum class Verdict {
    NotComputed,   ///< the optimiser was not run
    PlanOptimal,   ///< proven: no plan with these pins saves more than the project's plan
    BelowOptimum,  ///< the optimum is proven and the project's plan saves less (gapPercent)
    BelowBound,    ///< the optimum is not proven; the plan is within gapPercent of the bound
};

struct Comparison {
    Verdict verdict = Verdict::NotComputed;
    double planKg = 0.0;      ///< saving of the project's plan
    double bestKg = 0.0;      ///< saving of the optimiser's plan
    double boundKg = 0.0;     ///< proven upper bound on any plan with these pins
    double gapPercent = 0.0;  ///< (optimum or bound - plan) / (optimum or bound) x 100
    int pins = 0;             ///< pins held during the optimisation
};

/// How long a report lets the optimiser look for its proof, so that a report of a national-scale
/// plan (1,000 assignments) is written within 10 s; when the proof takes longer, the report says
/// the optimum is not proven and gives the bound (`respan-cli match` searches for 60 s).
inline constexpr double kReportOptimiserSeconds = 8.0;

struct ReportOptions {
    bool runOptimiser = true;
    /// An optimiser result already computed for the same input (the GUI runs the optimiser on a
    /// worker thread once, then builds the report in each language from it).
    std::optional<matching::MatchResult> knownOptimum;
    double optimiserSeconds = kReportOptimiserSeconds;
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const matching::MatchProgress&)> progress;
    int reasonsPerSlot = 5;
    /// Decimal separator of the numbers inside the engine's sentences (reasons, conflicts).
    QLocale locale = QLocale::c();
};

/// Everything a report says, as numbers and engine sentences (translated where they are words).
struct PlanReport {
    ReportInput input;
    /// The recertification schedule of the project's plan (docs/recertification.md).
    certification::Schedule schedule;
    matching::PlanEvaluation plan;                 ///< the project's plan
    std::optional<matching::MatchResult> optimum;  ///< the optimiser, with the project's pins
    Comparison comparison;
    std::vector<StructureReport> structures;
    int elementCount = 0;
    int slotCount = 0;
    int spanCount = 0;
    double cutOffTotalM = 0.0;  ///< cut off the counted placements
    double builtInMassT = 0.0;  ///< reused concrete built in, m_i L_p / l_i, counted placements

    /// Lengths of the girders that may still be placed (status neither installed nor
    /// rejected), and the required length of every slot: supply against demand.
    [[nodiscard]] std::vector<double> supplyLengthsM() const;
    [[nodiscard]] std::vector<double> demandLengthsM() const;
    /// Governing utilisation max(MEd/MRd, VEd/VRd) of every counted placement.
    [[nodiscard]] std::vector<double> utilisations() const;
};

/// Computes the report. Runs the optimiser (options.runOptimiser) on the same input with the
/// project's pins; that takes up to options.optimiserSeconds. Safe on a worker thread.
PlanReport buildPlanReport(ReportInput input, const ReportOptions& options = {});

/// The settings of the optimiser run a report compares with, on top of `options` (time limit,
/// cancel, progress): carbon objective, no explanations (the report explains the project's own
/// plan). The input's pins are held as always.
matching::MatchOptions reportOptimiserOptions(matching::MatchOptions options = {});
/// The optimiser run a report compares with (reportOptimiserOptions).
matching::MatchResult optimiseForReport(const matching::MatchInput& input,
                                        matching::MatchOptions options = {});

/// The comparison of a plan saving with an optimiser result (see Verdict). A plan is taken as
/// optimal when it is within the optimiser's own tolerance (1 mg plus rounding) of the proof.
Comparison comparePlan(double planKg, const matching::MatchResult& optimum, int pins);

}  // namespace respan::report
