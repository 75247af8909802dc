#pragma once
// Recertification of harvested girders (docs/recertification.md; docs/contract/planning.md
// section 4): the project's protocol template and, per girder, what happened at each step.

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "core/model/uid.h"
#include "core/model/units.h"

namespace respan {

/// When a step can be done: on the girder in its donor structure, or only after it was lifted out
/// (then not before its harvest date).
enum class ProtocolPhase { BeforeHarvest, AfterHarvest };
inline constexpr int kProtocolPhaseCount = 2;

/// One step of the project's protocol template (a row of the protocol CSV).
struct ProtocolStep {
    QString id;  ///< unique in the template, e.g. "material_tests"
    QString name;
    ProtocolPhase phase = ProtocolPhase::AfterHarvest;
    int durationDays = 0;
    QStringList predecessors;             ///< step ids
    QString resource;                     ///< empty: unlimited
    std::optional<int> resourceCapacity;  ///< girders at once; set exactly when `resource` is
    std::optional<double> costEur;        ///< per girder
    QString party;
    QString evidence;  ///< which document proves it

    friend bool operator==(const ProtocolStep&, const ProtocolStep&) = default;
};

/// The state of one step for one girder (docs/contract/planning.md section 4.2).
enum class StepStatus { Planned, Running, Passed, Failed, Conditional };
inline constexpr int kStepStatusCount = 5;

/// What is known of one protocol step of one girder. A step without a record is planned and has
/// no dates; records are kept only where something was entered.
struct StepRecord {
    QString step;  ///< ProtocolStep::id
    StepStatus status = StepStatus::Planned;
    std::optional<QDate> actualStart;
    std::optional<QDate> actualEnd;
    /// The planner's own start for a step not yet begun (a bar moved in the Gantt view): the
    /// schedule starts it no earlier than this.
    std::optional<QDate> plannedStart;
    QString result;
    std::optional<KiloNewtonMetres> momentCapacity;  ///< MRd found by the step (recalculation)
    std::optional<KiloNewtons> shearCapacity;
    QString note;
    std::vector<Uid> evidence;  ///< uids of the girder's attached documents that prove the step

    /// A passed or conditional step is done; the schedule keeps it as it was.
    [[nodiscard]] bool done() const {
        return status == StepStatus::Passed || status == StepStatus::Conditional;
    }
    /// True when the record says nothing beyond "planned" (it need not be stored).
    [[nodiscard]] bool empty() const {
        return status == StepStatus::Planned && !actualStart && !actualEnd && !plannedStart &&
               result.isEmpty() && !momentCapacity && !shearCapacity && note.isEmpty() &&
               evidence.empty();
    }

    friend bool operator==(const StepRecord&, const StepRecord&) = default;
};

/// Stable keys as in the CSV files and the project file ("before_harvest", "conditional").
QString protocolPhaseKey(ProtocolPhase phase);
std::optional<ProtocolPhase> protocolPhaseFromKey(const QString& key);
QString stepStatusKey(StepStatus status);
std::optional<StepStatus> stepStatusFromKey(const QString& key);
/// Translated names for people.
QString protocolPhaseName(ProtocolPhase phase);
QString stepStatusName(StepStatus status);

/// The template a new project starts with: the steps of the Liggers 2.0 pilots
/// (../shared/spec/domain-facts.md section 4). Durations, costs and the lab's capacity are
/// illustrative (no public figures were found); the report says so.
std::vector<ProtocolStep> defaultProtocol();

/// What is wrong with a template, by step: a duplicate or empty id, a predecessor that is not a
/// step, a cycle (named step by step), a resource without capacity, or rows of one resource that
/// disagree on its capacity. Empty when the template can be scheduled.
struct ProtocolProblem {
    int step = -1;    ///< index of the step concerned
    QString field;    ///< "step", "predecessors", "resource_capacity"
    QString value;    ///< the offending value
    QString message;  ///< translated
};
std::vector<ProtocolProblem> checkProtocol(const std::vector<ProtocolStep>& steps);

/// The steps in an order where every predecessor comes first, keeping the template's order where
/// it allows (the order the schedule plans them in). Requires a template without problems.
std::vector<int> protocolOrder(const std::vector<ProtocolStep>& steps);

}  // namespace respan
