#include "planning/provisionalchecker.h"

#include <QCoreApplication>
#include <QLocale>

#include "document/projectdocument.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProvisionalAssignmentChecker)
};

/// Numbers in the UI locale, without group separators ("1180", never "1,180" or "1.180").
QString num(double v, int decimals) {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'f', decimals);
}

}  // namespace

AdmissibilityVerdict ProvisionalAssignmentChecker::check(
    const ProjectDocument& doc, Uid elementUid, Uid slotUid,
    std::span<const Assignment> pending) const {
    const Element* e = doc.elementByUid(elementUid);
    const SlotPosition pos = doc.slotPosition(slotUid);
    if (e == nullptr || !pos.isValid()) {
        return AdmissibilityVerdict::refuse(QString(), Tr::tr("element or slot no longer exists"));
    }
    const Span& span = doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    const Slot& slot = span.slots.at(static_cast<std::size_t>(pos.slot));
    const double maxCut = doc.settings().maxShorteningM;

    if (e->length < span.requiredLength) {
        return AdmissibilityVerdict::refuse(QStringLiteral("R1"),
                                            Tr::tr("%1 is too short for span %2: %3 m < %4 m")
                                                .arg(e->id, span.name, num(e->length.value(), 2),
                                                     num(span.requiredLength.value(), 2)));
    }
    if (e->length.value() > span.requiredLength.value() + maxCut) {
        return AdmissibilityVerdict::refuse(
            QStringLiteral("R1"),
            Tr::tr("%1 is too long for span %2: cutting %3 m exceeds the %4 m allowed")
                .arg(e->id, span.name, num(e->length.value() - span.requiredLength.value(), 2),
                     num(maxCut, 2)));
    }
    if (slot.momentDemand > e->momentCapacity) {
        return AdmissibilityVerdict::refuse(
            QStringLiteral("R2"),
            Tr::tr("%1 is too weak in bending: MEd %2 kNm > MRd %3 kNm")
                .arg(e->id, num(slot.momentDemand.value(), 0), num(e->momentCapacity.value(), 0)));
    }
    if (slot.shearDemand > e->shearCapacity) {
        return AdmissibilityVerdict::refuse(
            QStringLiteral("R2"),
            Tr::tr("%1 is too weak in shear: VEd %2 kN > VRd %3 kN")
                .arg(e->id, num(slot.shearDemand.value(), 0), num(e->shearCapacity.value(), 0)));
    }
    // Section of the span: every other girder that stays in it, plus the pending placements.
    auto sectionClash = [&](Uid otherUid) -> const Element* {
        if (otherUid == elementUid) return nullptr;
        const Element* other = doc.elementByUid(otherUid);
        return other != nullptr && !other->sameSection(*e) ? other : nullptr;
    };
    for (const Slot& s : span.slots) {
        if (s.uid == slotUid) continue;
        bool overridden = false;
        for (const Assignment& p : pending) {
            if (p.slotUid == s.uid) overridden = true;
        }
        if (overridden) continue;
        if (auto a = doc.assignmentForSlot(s.uid)) {
            bool leaving = false;
            for (const Assignment& p : pending) {
                if (p.elementUid == a->elementUid) leaving = true;
            }
            if (leaving) continue;
            if (const Element* other = sectionClash(a->elementUid)) {
                return AdmissibilityVerdict::refuse(
                    QStringLiteral("R8"),
                    Tr::tr("%1 has section %2 × %3 mm; %4 in the same span has %5 × %6 mm")
                        .arg(e->id, num(e->height.value(), 0), num(e->width.value(), 0), other->id,
                             num(other->height.value(), 0), num(other->width.value(), 0)));
            }
        }
    }
    for (const Assignment& p : pending) {
        const SlotPosition ppos = doc.slotPosition(p.slotUid);
        if (p.slotUid == slotUid || ppos.structure != pos.structure || ppos.span != pos.span)
            continue;
        if (const Element* other = sectionClash(p.elementUid)) {
            return AdmissibilityVerdict::refuse(
                QStringLiteral("R8"),
                Tr::tr("%1 has section %2 × %3 mm; %4 in the same span has %5 × %6 mm")
                    .arg(e->id, num(e->height.value(), 0), num(e->width.value(), 0), other->id,
                         num(other->height.value(), 0), num(other->width.value(), 0)));
        }
    }
    return AdmissibilityVerdict::ok();
}

std::optional<AdmissibilityVerdict> ProvisionalAssignmentChecker::conflict(
    const ProjectDocument& /*doc*/, const Assignment& /*assignment*/) const {
    // Deciding conflicts needs every rule (R1-R8) of the engine; see the class comment.
    return std::nullopt;
}

}  // namespace respan
