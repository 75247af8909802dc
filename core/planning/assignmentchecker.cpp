#include "core/planning/assignmentchecker.h"

#include <QCoreApplication>

#include "core/certification/schedule.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/matching/judging/planvalidation.h"
#include "core/matching/rules.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::AssignmentChecker)
};

struct Place {
    const Structure* structure = nullptr;
    const Span* span = nullptr;
    const Slot* slot = nullptr;
};

Place placeOf(const ProjectDocument& doc, Uid slotUid) {
    const SlotPosition pos = doc.slotPosition(slotUid);
    if (!pos.isValid()) return {};
    const Structure& d = doc.structure(pos.structure);
    const Span& p = d.spans.at(static_cast<std::size_t>(pos.span));
    return {&d, &p, &p.slots.at(static_cast<std::size_t>(pos.slot))};
}

}  // namespace

AdmissibilityVerdict AssignmentChecker::check(const ProjectDocument& doc, Uid elementUid,
                                              Uid slotUid,
                                              std::span<const Assignment> pending) const {
    const Element* e = doc.elementByUid(elementUid);
    const Place place = placeOf(doc, slotUid);
    if (e == nullptr || place.slot == nullptr) {
        return AdmissibilityVerdict::refuse(QString(), Tr::tr("element or slot no longer exists"));
    }
    // The girders that stay in the span: pending placements replace the slots' occupants, and
    // an occupant that moves elsewhere in the same gesture leaves.
    std::vector<const Element*> stay;
    for (const Slot& s : place.span->slots) {
        if (s.uid == slotUid) continue;
        Uid occupant = kNoUid;
        bool overridden = false;
        for (const Assignment& p : pending) {
            if (p.slotUid == s.uid) {
                occupant = p.elementUid;
                overridden = true;
            }
        }
        if (!overridden) {
            if (const auto a = doc.assignmentForSlot(s.uid)) {
                occupant = a->elementUid;
                for (const Assignment& p : pending) {
                    if (p.elementUid == occupant) occupant = kNoUid;
                }
            }
        }
        if (occupant == kNoUid || occupant == elementUid) continue;
        if (const Element* other = doc.elementByUid(occupant)) stay.push_back(other);
    }
    const matching::PlanViolation v =
        matching::checkPlacement(*e, *place.structure, *place.span, *place.slot, doc.settings(),
                                 stay, locale_, readyIfPlaced(doc, elementUid, slotUid));
    if (v.rule == matching::RuleId::None) return AdmissibilityVerdict::ok();
    return AdmissibilityVerdict::refuse(matching::ruleKey(v.rule), v.detail);
}

std::optional<QDate> AssignmentChecker::readyIfPlaced(const ProjectDocument& doc, Uid elementUid,
                                                      Uid slotUid) const {
    // While dragging the same girder is asked for over and over: one schedule per pair and
    // revision.
    refresh(doc);
    const auto key = std::make_pair(elementUid, slotUid);
    const auto it = readyIfPlaced_.constFind(key);
    if (it != readyIfPlaced_.cend()) return *it;
    const std::optional<QDate> r = certification::readyDateIfPlaced(doc, elementUid, slotUid);
    readyIfPlaced_.insert(key, r);
    return r;
}

void AssignmentChecker::refresh(const ProjectDocument& doc) const {
    if (cachedFor_ == doc.notifier() && cachedRevision_ == doc.revision()) return;
    checked_ = matching::checkAssignments(doc, locale_);
    readyIfPlaced_.clear();
    checkedBySlot_.clear();
    checkedBySlot_.reserve(static_cast<qsizetype>(checked_.size()));
    for (int i = 0; i < static_cast<int>(checked_.size()); ++i)
        checkedBySlot_.insert(checked_[static_cast<std::size_t>(i)].assignment.slotUid, i);
    cachedFor_ = doc.notifier();
    cachedRevision_ = doc.revision();
}

const std::vector<matching::CheckedAssignment>& AssignmentChecker::checkedAssignments(
    const ProjectDocument& doc) const {
    refresh(doc);
    return checked_;
}

const matching::CheckedAssignment* AssignmentChecker::checkedAssignment(const ProjectDocument& doc,
                                                                        Uid slotUid) const {
    refresh(doc);
    const int i = checkedBySlot_.value(slotUid, -1);
    return i < 0 ? nullptr : &checked_[static_cast<std::size_t>(i)];
}

std::optional<AdmissibilityVerdict> AssignmentChecker::conflict(
    const ProjectDocument& doc, const Assignment& assignment) const {
    const matching::CheckedAssignment* c = checkedAssignment(doc, assignment.slotUid);
    if (c == nullptr || c->assignment.elementUid != assignment.elementUid || !c->conflict())
        return std::nullopt;
    return AdmissibilityVerdict::refuse(matching::ruleKey(c->rule), c->detail);
}

std::optional<matching::PairCheck> AssignmentChecker::pairCheck(const ProjectDocument& doc,
                                                                Uid elementUid, Uid slotUid) const {
    if (const matching::CheckedAssignment* c = checkedAssignment(doc, slotUid);
        c != nullptr && c->assignment.elementUid == elementUid)
        return c->check;
    const Element* e = doc.elementByUid(elementUid);
    const Place place = placeOf(doc, slotUid);
    if (e == nullptr || place.slot == nullptr) return std::nullopt;
    return matching::checkPair(*e, *place.structure, *place.span, *place.slot, doc.settings(),
                               readyIfPlaced(doc, elementUid, slotUid));
}

}  // namespace respan
