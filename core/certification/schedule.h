#pragma once
// The recertification schedule of docs/contract/planning.md section 4.3 (docs/recertification.md):
// every girder that still needs certifying gets every protocol step, planned forward from the
// plan's start, its harvest date, its predecessors and its resources' capacity, girder by girder
// in order of their deadlines; latest starts run backward from the deadline.

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "core/model/assignment.h"
#include "core/model/certification.h"
#include "core/model/element.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::certification {

/// One protocol step of one girder, placed in time: it occupies the days [start, end).
struct ScheduledStep {
    int step = -1;  ///< index in the protocol template
    QDate start;
    QDate end;
    StepStatus status = StepStatus::Planned;
    bool actual = false;               ///< the dates are the actual ones (kept as recorded)
    bool done = false;                 ///< passed or conditional
    std::optional<QDate> latestStart;  ///< empty without a deadline
    bool lateForHarvest = false;       ///< a before-harvest step that ends after the harvest date
};

/// The schedule of one girder.
struct GirderSchedule {
    Uid element = kNoUid;
    QString id;
    std::optional<QDate> deadline;     ///< install date minus delivery_lead_days when assigned
    std::optional<QDate> readyDate;    ///< r_i: the end of its last step; empty without open steps
    int lateDays = 0;                  ///< r_i - deadline when positive
    bool lateForHarvest = false;       ///< one of its before-harvest steps ends after harvest
    std::vector<ScheduledStep> steps;  ///< in template order

    [[nodiscard]] bool late() const { return lateDays > 0 || lateForHarvest; }
};

/// The use of one resource per day, for the resource strip and the peaks.
struct ResourceUse {
    QString resource;
    int capacity = 0;
    QDate first;              ///< the day of perDay[0]
    std::vector<int> perDay;  ///< girders on the resource each day
    int peak = 0;             ///< the highest use
    QDate peakDate;           ///< the first day with that use
};

struct Schedule {
    std::vector<GirderSchedule> girders;  ///< in the order they were scheduled
    QStringList late;                     ///< ids of the late girders, in that order
    std::vector<ResourceUse> resources;   ///< in the template's order of first use
    QHash<Uid, int> index;                ///< element uid -> position in `girders`

    [[nodiscard]] const GirderSchedule* find(Uid element) const {
        const auto it = index.constFind(element);
        return it == index.cend() ? nullptr : &girders[static_cast<std::size_t>(*it)];
    }
    /// r_i of `element`; empty when it is not scheduled or has no open step.
    [[nodiscard]] std::optional<QDate> readyDate(Uid element) const {
        const GirderSchedule* g = find(element);
        return g == nullptr ? std::nullopt : g->readyDate;
    }
};

/// What the schedule needs besides the girders.
struct ScheduleOptions {
    QDate planStart;
    /// Plan every step as if every resource had unlimited room: each girder's earliest possible
    /// dates, whatever the other girders do (a lower bound of the ready date in any plan).
    bool ignoreCapacity = false;
};

/// True for the girders section 4.3 schedules (status not certified, installed or rejected).
bool needsCertification(const Element& e);

/// The schedule of `elements` with the deadlines of the assigned ones (element uid -> deadline,
/// already minus delivery_lead_days). A template with problems (checkProtocol) gives an empty
/// schedule.
Schedule schedule(const std::vector<ProtocolStep>& protocol, const std::vector<Element>& elements,
                  const QHash<Uid, QDate>& deadlines, const ScheduleOptions& options);

/// Element uid -> install date of its slot's span minus `leadDays`, for every assignment.
QHash<Uid, QDate> deadlines(const std::vector<Structure>& structures,
                            const std::vector<Assignment>& assignments, int leadDays);

/// The plan start of `settings`, or today when it was never set.
QDate planStart(const ProjectSettings& settings);

/// The schedule of the document's own plan (its assignments, its settings).
Schedule scheduleDocument(const ProjectDocument& doc);

/// The ready dates R5 uses (element uid -> r_i) when `plan` is the plan: the schedule's, when
/// plan_certification is on; none when it is off. With `earliest`, every resource is taken as
/// unlimited: each girder's earliest ready date, a lower bound for any plan.
QHash<Uid, QDate> readyDates(const std::vector<ProtocolStep>& protocol,
                             const std::vector<Element>& elements,
                             const std::vector<Structure>& structures,
                             const std::vector<Assignment>& plan, const ProjectSettings& settings,
                             bool earliest = false);
/// The same for the document and its own plan.
QHash<Uid, QDate> readyDates(const ProjectDocument& doc);
/// R5's ready date of `element` if it were placed in `slotUid` (the slot's occupant and the
/// element's own place leaving): what the planning board's drag feedback checks. Empty when
/// plan_certification is off or the girder has no open step.
std::optional<QDate> readyDateIfPlaced(const ProjectDocument& doc, Uid element, Uid slotUid);

}  // namespace respan::certification
