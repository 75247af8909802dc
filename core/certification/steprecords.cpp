#include "core/certification/steprecords.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

#include "core/commands/cmdelementedit.h"

namespace respan::certification {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Certification)
};

QString number(double v) {
    return QString::number(v, 'g', 10);
}

/// The history note and the new values when `r` brings resistances.
void applyResistances(Element& e, const StepRecord& r, const QString& user, const QDateTime& when) {
    QStringList parts;
    QStringList before;
    if (r.momentCapacity) {
        before << (e.momentCapacity ? Tr::tr("MRd %1 kNm").arg(number(e.momentCapacity->value()))
                                    : Tr::tr("MRd estimated from the load class"));
        e.momentCapacity = r.momentCapacity;
        parts << Tr::tr("MRd %1 kNm").arg(number(r.momentCapacity->value()));
    }
    if (r.shearCapacity) {
        before << (e.shearCapacity ? Tr::tr("VRd %1 kN").arg(number(e.shearCapacity->value()))
                                   : Tr::tr("VRd estimated from the load class"));
        e.shearCapacity = r.shearCapacity;
        parts << Tr::tr("VRd %1 kN").arg(number(r.shearCapacity->value()));
    }
    const CapacityBasis basisBefore = e.capacityBasis;
    e.capacityBasis = CapacityBasis::Verified;
    StatusChange note;
    note.time = when.toUTC();
    note.user = user;
    note.from = e.status;
    note.to = e.status;
    note.note = Tr::tr("Resistances from step %1 (%2): %3, verified; before: %4 (%5)")
                    .arg(r.step, stepStatusName(r.status), parts.join(QStringLiteral(", ")),
                         before.join(QStringLiteral(", ")), capacityBasisName(basisBefore));
    e.history.push_back(note);
}

}  // namespace

std::vector<RecordProblem> checkStepRecord(const StepRecord& r) {
    std::vector<RecordProblem> out;
    const auto add = [&out](const char* field, const char* rule, const QString& message) {
        out.push_back({QString::fromLatin1(field), QString::fromLatin1(rule), message});
    };
    if (r.actualStart && r.actualEnd && *r.actualEnd < *r.actualStart) {
        add("actual_end", "order",
            Tr::tr("ends before it starts (%1)").arg(r.actualStart->toString(Qt::ISODate)));
    }
    if (r.actualEnd && !r.actualStart)
        add("actual_start", "required", Tr::tr("a step with an end date needs its start date"));
    if (r.actualEnd && (r.status == StepStatus::Planned || r.status == StepStatus::Running)) {
        add("actual_end", "status",
            Tr::tr("a %1 step has not ended; give its end date with passed, failed or "
                   "conditional")
                .arg(stepStatusName(r.status)));
    }
    if (r.momentCapacity && r.momentCapacity->value() <= 0)
        add("moment_capacity_knm", "range", Tr::tr("must be above 0 kNm"));
    if (r.shearCapacity && r.shearCapacity->value() <= 0)
        add("shear_capacity_kn", "range", Tr::tr("must be above 0 kN"));
    if (!r.done() && (r.momentCapacity || r.shearCapacity)) {
        add(r.momentCapacity ? "moment_capacity_knm" : "shear_capacity_kn", "status",
            Tr::tr("resistances count only from a passed or conditional step, not from a %1 one")
                .arg(stepStatusName(r.status)));
    }
    return out;
}

StepOutcome applyStepOutcome(Element& e, const std::vector<ProtocolStep>& protocol,
                             const std::vector<const StepRecord*>& records, const QString& user,
                             const QDateTime& when, const QString& source) {
    StepOutcome out;
    for (const StepRecord* r : records) {
        if (r->status == StepStatus::Failed && e.status != ElementStatus::Rejected) {
            e = withStatus(e, ElementStatus::Rejected, user, when,
                           r->result.isEmpty()
                               ? Tr::tr("step %1 failed (%2)").arg(r->step, source)
                               : Tr::tr("step %1 failed: %2 (%3)").arg(r->step, r->result, source));
            out.rejected = true;
        }
        if (!r->done() || (!r->momentCapacity && !r->shearCapacity)) continue;
        applyResistances(e, *r, user, when);
        out.verified = true;
    }
    // A girder in storage whose every step is done is certified (the lifecycle's next status).
    if (e.status == ElementStatus::InStorage && !protocol.empty()) {
        bool allDone = true;
        for (const ProtocolStep& s : protocol) {
            const StepRecord* r = e.stepRecord(s.id);
            if (r == nullptr || !r->done()) allDone = false;
        }
        if (allDone) {
            e = withStatus(e, ElementStatus::Certified, user, when,
                           Tr::tr("every protocol step done (%1)").arg(source));
            out.certified = true;
        }
    }
    return out;
}

Element withStepRecord(Element e, const std::vector<ProtocolStep>& protocol, StepRecord record,
                       const QString& user, const QDateTime& when, const QString& source,
                       StepOutcome* outcome) {
    const StepRecord* old = e.stepRecord(record.step);
    // Only what changed has consequences: saving a failed step again rejects nothing twice, and
    // unchanged resistances are not verified again.
    const bool consequential = old == nullptr ? (record.status != StepStatus::Planned ||
                                                 record.momentCapacity || record.shearCapacity)
                                              : (old->status != record.status ||
                                                 old->momentCapacity != record.momentCapacity ||
                                                 old->shearCapacity != record.shearCapacity);
    const auto it = std::find_if(e.certification.begin(), e.certification.end(),
                                 [&record](const StepRecord& r) { return r.step == record.step; });
    if (it == e.certification.end()) {
        if (!record.empty()) e.certification.push_back(record);
    } else if (record.empty()) {
        e.certification.erase(it);
    } else {
        *it = record;
    }
    StepOutcome done;
    if (consequential) {
        const std::vector<const StepRecord*> records{&record};
        done = applyStepOutcome(e, protocol, records, user, when, source);
    }
    if (outcome != nullptr) *outcome = done;
    return e;
}

}  // namespace respan::certification
