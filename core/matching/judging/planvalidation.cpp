#include "core/matching/judging/planvalidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/matching/matchcontext.h"

namespace respan::matching {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Matching)
};

/// The verdict on one placement once its pair check is known: the first failing rule of R1-R7,
/// else R8 against the first girder of the span with another section. Both checkPlacement
/// variants end here, so the drag feedback and `respan-cli pin` cannot disagree.
PlanViolation placementVerdict(const Element& e, Uid slotUid, const PairCheck& c,
                               std::span<const Element* const> spanGirders,
                               const QLocale& locale = QLocale::c()) {
    if (!c.admissible()) return {e.uid, slotUid, c.failed, describeFailure(c, locale)};
    for (const Element* other : spanGirders) {
        if (other == nullptr || other->uid == e.uid || other->sameSection(e)) continue;
        return {e.uid, slotUid, RuleId::R8Section,
                describeSectionClash(e, other->height, other->width, locale)};
    }
    return {e.uid, slotUid, RuleId::None, QString()};
}

}  // namespace

std::vector<PlanViolation> validatePlan(const MatchInput& input,
                                        const std::vector<Assignment>& plan, bool requirePins) {
    const MatchContext ctx(input);
    std::vector<PlanViolation> out;
    QSet<Uid> elements;
    QSet<Uid> slots;
    QHash<int, int> spanElement;  // span -> first element placed in it
    for (const Assignment& a : plan) {
        const int e = ctx.elementIndex(a.elementUid);
        const int s = ctx.slotIndex(a.slotUid);
        if (e < 0 || s < 0) {
            out.push_back({a.elementUid, a.slotUid, RuleId::None,
                           Tr::tr("the plan names an element or slot that does not exist")});
            continue;
        }
        if (elements.contains(a.elementUid)) {
            out.push_back({a.elementUid, a.slotUid, RuleId::None,
                           Tr::tr("element %1 is used more than once").arg(ctx.element(e).id)});
        }
        if (slots.contains(a.slotUid)) {
            out.push_back(
                {a.elementUid, a.slotUid, RuleId::None,
                 Tr::tr("slot %1 holds more than one element").arg(ctx.slotName(s).path())});
        }
        elements.insert(a.elementUid);
        slots.insert(a.slotUid);
        const PairCheck c = ctx.check(e, s);
        if (!c.admissible()) out.push_back({a.elementUid, a.slotUid, c.failed, describeFailure(c)});
        const int span = ctx.slotRef(s).spanId;
        const auto first = spanElement.constFind(span);
        if (first == spanElement.constEnd()) {
            spanElement.insert(span, e);
        } else if (ctx.section(*first) != ctx.section(e)) {
            const Element& other = ctx.element(*first);
            out.push_back({a.elementUid, a.slotUid, RuleId::R8Section,
                           describeSectionClash(ctx.element(e), other.height, other.width)});
        }
    }
    if (requirePins) {
        for (const Assignment& pin : input.pins) {
            bool found = false;
            for (const Assignment& a : plan) {
                found = found || (a.elementUid == pin.elementUid && a.slotUid == pin.slotUid);
            }
            if (!found) {
                out.push_back({pin.elementUid, pin.slotUid, RuleId::None,
                               Tr::tr("a pinned assignment is missing from the plan")});
            }
        }
    }
    return out;
}

PlanViolation checkPlacement(const MatchInput& input, const std::vector<Assignment>& plan,
                             Uid elementUid, Uid slotUid) {
    const MatchContext ctx(input);
    const int e = ctx.elementIndex(elementUid);
    const int s = ctx.slotIndex(slotUid);
    if (e < 0 || s < 0) {
        return {elementUid, slotUid, RuleId::None, Tr::tr("the element or slot does not exist")};
    }
    const int span = ctx.slotRef(s).spanId;
    std::vector<const Element*> others;
    for (const Assignment& a : plan) {
        if (a.slotUid == slotUid || a.elementUid == elementUid) continue;
        const int other = ctx.elementIndex(a.elementUid);
        const int otherSlot = ctx.slotIndex(a.slotUid);
        if (other < 0 || otherSlot < 0 || ctx.slotRef(otherSlot).spanId != span) continue;
        others.push_back(&ctx.element(other));
    }
    return placementVerdict(ctx.element(e), slotUid, ctx.check(e, s), others);
}

PlanViolation checkPlacement(const Element& e, const Structure& structure, const Span& span,
                             const Slot& slot, const ProjectSettings& settings,
                             std::span<const Element* const> spanGirders, const QLocale& locale,
                             std::optional<QDate> readyDate) {
    return placementVerdict(e, slot.uid, checkPair(e, structure, span, slot, settings, readyDate),
                            spanGirders, locale);
}

}  // namespace respan::matching
