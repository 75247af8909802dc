#include "core/certification/schedule.h"

#include <algorithm>

#include "core/document/projectdocument.h"

namespace respan::certification {

namespace {

/// Day-by-day use of the template's resources. Days are counted from `base`; the vectors grow
/// to the right as steps are placed (actual dates before the base are counted from their own
/// start, so the base is the earliest day any step can occupy).
class ResourceBook {
public:
    ResourceBook(const std::vector<ProtocolStep>& protocol, QDate base, bool unlimited)
        : base_(base), unlimited_(unlimited) {
        for (const ProtocolStep& s : protocol) {
            if (s.resource.isEmpty() || index_.contains(s.resource)) continue;
            index_.insert(s.resource, static_cast<int>(use_.size()));
            use_.push_back({s.resource, s.resourceCapacity.value_or(1), base, {}, 0, QDate()});
        }
    }

    /// The first day at or after `earliest` from which `days` days have room on `resource`.
    QDate firstRoom(const QString& resource, QDate earliest, int days) const {
        if (unlimited_ || resource.isEmpty() || days <= 0) return earliest;
        const ResourceUse& r = use_[static_cast<std::size_t>(index_.value(resource))];
        qint64 t = base_.daysTo(earliest);
        for (qint64 d = t; d < t + days; ++d) {
            if (at(r, d) >= r.capacity) {
                t = d + 1;  // nothing that contains day d can start before d + 1
                d = t - 1;
            }
        }
        return base_.addDays(t);
    }

    void occupy(const QString& resource, QDate start, QDate end) {
        if (resource.isEmpty()) return;
        ResourceUse& r = use_[static_cast<std::size_t>(index_.value(resource))];
        const qint64 from = base_.daysTo(start);
        const qint64 to = base_.daysTo(end);
        if (from < 0 || to <= from) return;
        if (static_cast<qint64>(r.perDay.size()) < to)
            r.perDay.resize(static_cast<std::size_t>(to), 0);
        for (qint64 d = from; d < to; ++d) ++r.perDay[static_cast<std::size_t>(d)];
    }

    std::vector<ResourceUse> finish() {
        std::vector<ResourceUse> out;
        for (ResourceUse& r : use_) {
            for (std::size_t d = 0; d < r.perDay.size(); ++d) {
                if (r.perDay[d] > r.peak) {
                    r.peak = r.perDay[d];
                    r.peakDate = base_.addDays(static_cast<qint64>(d));
                }
            }
            out.push_back(std::move(r));
        }
        return out;
    }

private:
    static int at(const ResourceUse& r, qint64 day) {
        if (day < 0 || day >= static_cast<qint64>(r.perDay.size())) return 0;
        return r.perDay[static_cast<std::size_t>(day)];
    }

    QDate base_;
    bool unlimited_;
    QHash<QString, int> index_;
    std::vector<ResourceUse> use_;
};

/// The earliest day any step of these girders can occupy: the plan start, or an earlier actual
/// start.
QDate earliestDay(const std::vector<Element>& elements, QDate planStart) {
    QDate base = planStart;
    for (const Element& e : elements) {
        for (const StepRecord& r : e.certification) {
            if (r.actualStart && *r.actualStart < base) base = *r.actualStart;
        }
    }
    return base;
}

/// The end of a step with an actual start: the recorded end, or start plus its duration.
QDate actualEnd(const StepRecord& rec, const ProtocolStep& p) {
    return rec.actualEnd ? std::max(*rec.actualEnd, *rec.actualStart)
                         : rec.actualStart->addDays(p.durationDays);
}

/// Places one girder's steps (section 4.3): recorded dates are kept, done steps are done, every
/// other step starts on the first day that its predecessors, its phase and its resource allow.
GirderSchedule placeGirder(const Element& e, const std::vector<ProtocolStep>& protocol,
                           const std::vector<int>& order, const QHash<QString, int>& stepIndex,
                           std::optional<QDate> deadline, QDate planStart, ResourceBook& book) {
    GirderSchedule g;
    g.element = e.uid;
    g.id = e.id;
    g.deadline = deadline;
    g.steps.resize(protocol.size());
    const QDate harvestOrStart = std::max(planStart, e.harvestDate.value_or(planStart));
    bool open = false;
    for (const int k : order) {
        const ProtocolStep& p = protocol[static_cast<std::size_t>(k)];
        ScheduledStep& s = g.steps[static_cast<std::size_t>(k)];
        s.step = k;
        const StepRecord* rec = e.stepRecord(p.id);
        if (rec != nullptr) s.status = rec->status;
        s.done = rec != nullptr && rec->done();
        QDate earliest = planStart;
        for (const QString& pred : p.predecessors) {
            earliest =
                std::max(earliest, g.steps[static_cast<std::size_t>(stepIndex.value(pred))].end);
        }
        if (rec != nullptr && rec->actualStart) {
            s.actual = true;
            s.start = *rec->actualStart;
            s.end = actualEnd(*rec, p);  // booked before any girder was placed
        } else if (s.done) {
            // Done without dates: it holds nothing up and occupies no day.
            s.actual = rec->actualEnd.has_value();
            s.start = s.end = rec->actualEnd.value_or(earliest);
        } else {
            if (p.phase == ProtocolPhase::AfterHarvest)
                earliest = std::max(earliest, harvestOrStart);
            if (rec != nullptr && rec->plannedStart)
                earliest = std::max(earliest, *rec->plannedStart);
            s.start = book.firstRoom(p.resource, earliest, p.durationDays);
            s.end = s.start.addDays(p.durationDays);
            book.occupy(p.resource, s.start, s.end);
        }
        if (!s.done) open = true;
        if (p.phase == ProtocolPhase::BeforeHarvest && e.harvestDate && s.end > *e.harvestDate &&
            !s.done) {
            s.lateForHarvest = true;
            g.lateForHarvest = true;
        }
    }
    if (open) {
        QDate ready;
        for (const ScheduledStep& s : g.steps) {
            if (!ready.isValid() || s.end > ready) ready = s.end;
        }
        g.readyDate = ready;
        if (deadline && ready > *deadline) g.lateDays = static_cast<int>(deadline->daysTo(ready));
    }
    return g;
}

/// Latest starts backward from the deadline: a step's latest end is the earliest latest start of
/// its successors, or the deadline for a step without successors.
void setLatestStarts(GirderSchedule& g, const std::vector<ProtocolStep>& protocol,
                     const std::vector<int>& order,
                     const std::vector<std::vector<int>>& successors) {
    if (!g.deadline) return;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int k = *it;
        QDate latestEnd = *g.deadline;
        for (const int s : successors[static_cast<std::size_t>(k)]) {
            const auto& ls = g.steps[static_cast<std::size_t>(s)].latestStart;
            if (ls && *ls < latestEnd) latestEnd = *ls;
        }
        g.steps[static_cast<std::size_t>(k)].latestStart =
            latestEnd.addDays(-protocol[static_cast<std::size_t>(k)].durationDays);
    }
}

}  // namespace

bool needsCertification(const Element& e) {
    return e.status != ElementStatus::Certified && e.status != ElementStatus::Installed &&
           e.status != ElementStatus::Rejected;
}

Schedule schedule(const std::vector<ProtocolStep>& protocol, const std::vector<Element>& elements,
                  const QHash<Uid, QDate>& deadlines, const ScheduleOptions& options) {
    Schedule out;
    if (!checkProtocol(protocol).empty()) return out;
    std::vector<const Element*> girders;
    for (const Element& e : elements) {
        if (needsCertification(e)) girders.push_back(&e);
    }
    // Deadline order (assigned girders first, earliest deadline first), then by id.
    std::sort(girders.begin(), girders.end(), [&](const Element* a, const Element* b) {
        const auto da = deadlines.constFind(a->uid);
        const auto db = deadlines.constFind(b->uid);
        const bool ha = da != deadlines.cend();
        const bool hb = db != deadlines.cend();
        if (ha != hb) return ha;
        if (ha && *da != *db) return *da < *db;
        return a->id < b->id;
    });
    const std::vector<int> order = protocolOrder(protocol);
    QHash<QString, int> stepIndex;
    std::vector<std::vector<int>> successors(protocol.size());
    for (std::size_t k = 0; k < protocol.size(); ++k)
        stepIndex.insert(protocol[k].id, static_cast<int>(k));
    for (std::size_t k = 0; k < protocol.size(); ++k) {
        for (const QString& p : protocol[k].predecessors)
            successors[static_cast<std::size_t>(stepIndex.value(p))].push_back(static_cast<int>(k));
    }
    ResourceBook book(protocol, earliestDay(elements, options.planStart), options.ignoreCapacity);
    // What happened holds its days first: a planned step never takes a day the lab actually
    // spent on another girder, whatever the deadline order, and whether or not that girder is
    // certified by now.
    for (const Element& e : elements) {
        for (const ProtocolStep& p : protocol) {
            const StepRecord* rec = e.stepRecord(p.id);
            if (rec != nullptr && rec->actualStart)
                book.occupy(p.resource, *rec->actualStart, actualEnd(*rec, p));
        }
    }
    out.girders.reserve(girders.size());
    for (const Element* e : girders) {
        const auto d = deadlines.constFind(e->uid);
        GirderSchedule g = placeGirder(*e, protocol, order, stepIndex,
                                       d == deadlines.cend() ? std::nullopt : std::optional(*d),
                                       options.planStart, book);
        setLatestStarts(g, protocol, order, successors);
        if (g.late()) out.late << g.id;
        out.index.insert(g.element, static_cast<int>(out.girders.size()));
        out.girders.push_back(std::move(g));
    }
    out.resources = book.finish();
    return out;
}

QHash<Uid, QDate> deadlines(const std::vector<Structure>& structures,
                            const std::vector<Assignment>& assignments, int leadDays) {
    QHash<Uid, QDate> installBySlot;
    for (const Structure& st : structures) {
        for (const Span& p : st.spans) {
            for (const Slot& k : p.slots) installBySlot.insert(k.uid, p.installDate);
        }
    }
    QHash<Uid, QDate> out;
    for (const Assignment& a : assignments) {
        const auto it = installBySlot.constFind(a.slotUid);
        if (it != installBySlot.cend()) out.insert(a.elementUid, it->addDays(-leadDays));
    }
    return out;
}

QDate planStart(const ProjectSettings& settings) {
    return settings.planStart.value_or(QDate::currentDate());
}

Schedule scheduleDocument(const ProjectDocument& doc) {
    const ProjectSettings& s = doc.settings();
    ScheduleOptions options;
    options.planStart = planStart(s);
    return schedule(doc.protocol(), doc.elements(),
                    deadlines(doc.structures(), doc.assignments(), s.deliveryLeadDays), options);
}

QHash<Uid, QDate> readyDates(const std::vector<ProtocolStep>& protocol,
                             const std::vector<Element>& elements,
                             const std::vector<Structure>& structures,
                             const std::vector<Assignment>& plan, const ProjectSettings& settings,
                             bool earliest) {
    QHash<Uid, QDate> out;
    if (!settings.planCertification) return out;
    ScheduleOptions options;
    options.planStart = planStart(settings);
    options.ignoreCapacity = earliest;
    const Schedule s = schedule(protocol, elements,
                                deadlines(structures, plan, settings.deliveryLeadDays), options);
    for (const GirderSchedule& g : s.girders) {
        if (g.readyDate) out.insert(g.element, *g.readyDate);
    }
    return out;
}

QHash<Uid, QDate> readyDates(const ProjectDocument& doc) {
    return readyDates(doc.protocol(), doc.elements(), doc.structures(), doc.assignments(),
                      doc.settings());
}

std::optional<QDate> readyDateIfPlaced(const ProjectDocument& doc, Uid element, Uid slotUid) {
    if (!doc.settings().planCertification) return std::nullopt;
    std::vector<Assignment> plan;
    plan.reserve(doc.assignments().size() + 1);
    for (const Assignment& a : doc.assignments()) {
        if (a.elementUid != element && a.slotUid != slotUid) plan.push_back(a);
    }
    plan.push_back({element, slotUid, false});
    const QHash<Uid, QDate> ready =
        readyDates(doc.protocol(), doc.elements(), doc.structures(), plan, doc.settings());
    const auto it = ready.constFind(element);
    return it == ready.cend() ? std::nullopt : std::optional<QDate>(*it);
}

}  // namespace respan::certification
