// The engine's checks of a plan as it stands (the planner's, in the document): conflicts with
// the optimiser's rule for span sections, the placement check without a snapshot, "explain this
// plan", and the comparison of a proposal with the current plan.
#include <gtest/gtest.h>

#include <QSet>

#include <atomic>

#include "core/document/projectdocument.h"
#include "core/matching/judging/plancheck.h"
#include "core/matching/judging/plancomparison.h"
#include "core/matching/judging/planexplanation.h"
#include "core/matching/judging/planvalidation.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

namespace respan::matching {
namespace {

/// See test::handMadeInstance: by hand, B1 and B2 fill span 1, a light girder span 2 and S3
/// stays empty (R8).
MatchInput handMade() {
    return test::handMadeInstance();
}

void load(ProjectDocument& doc, const MatchInput& in, std::vector<Assignment> plan) {
    ProjectDocument::Content c;
    c.elements = in.elements;
    c.structures = in.structures;
    c.assignments = std::move(plan);
    c.settings = in.settings;
    doc.resetContent(std::move(c));
}

const CheckedAssignment* ofElement(const std::vector<CheckedAssignment>& list, Uid element) {
    for (const CheckedAssignment& c : list) {
        if (c.assignment.elementUid == element) return &c;
    }
    return nullptr;
}

TEST(PlanCheck, FiguresAndRulesOfEachAssignmentAreTheEnginesPairCheck) {
    const MatchInput in = handMade();
    ProjectDocument doc;
    load(doc, in, {{3, 21, true}, {5, 24, false}});  // B1 in S1; W1 (too weak) in T1
    const std::vector<CheckedAssignment> checked = checkAssignments(doc);
    ASSERT_EQ(checked.size(), 2u);
    const CheckedAssignment* b1 = ofElement(checked, 3);
    const CheckedAssignment* w1 = ofElement(checked, 5);
    ASSERT_TRUE(b1 && w1);
    EXPECT_FALSE(b1->conflict());
    EXPECT_NEAR(b1->check.cutM, 0.5, 1e-12);                   // 20.5 m girder in a 20.0 m span
    EXPECT_NEAR(b1->check.utilisation, 600.0 / 700.0, 1e-12);  // VEd / VRd > MEd / MRd
    const PairCheck independent =
        checkPair(in.elements[2], in.structures[0], in.structures[0].spans[0],
                  in.structures[0].spans[0].slots[0], in.settings);
    EXPECT_DOUBLE_EQ(b1->check.savingKg, independent.savingKg);
    EXPECT_EQ(w1->rule, RuleId::R2Capacity);
    EXPECT_EQ(w1->detail, QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
    // Only what breaks no rule saves CO2e.
    EXPECT_DOUBLE_EQ(plannedSavingKg(checked), independent.savingKg);
    // The snapshot variant says the same.
    const std::vector<CheckedAssignment> onSnapshot =
        checkAssignments(in, {{3, 21, true}, {5, 24, false}});
    ASSERT_EQ(onSnapshot.size(), 2u);
    const CheckedAssignment* w1Snapshot = ofElement(onSnapshot, 5);
    ASSERT_NE(w1Snapshot, nullptr);
    EXPECT_EQ(w1Snapshot->detail, w1->detail);
}

TEST(PlanCheck, SpanSectionClashKeepsTheSectionTheOptimiserKeeps) {
    MatchInput in = handMade();
    // A1 (900) pinned with B1, B2 (1000) pinned: the majority stays, A1 is the conflict.
    const std::vector<Assignment> majority{{1, 21, true}, {3, 22, true}, {4, 23, true}};
    // A tie between pins: the pin in the earlier slot keeps its section.
    const std::vector<Assignment> tie{{3, 22, true}, {1, 21, true}};
    // Pins weigh more than proposals: one pinned A1 against two proposed B girders.
    const std::vector<Assignment> pinsFirst{{1, 21, true}, {3, 22, false}, {4, 23, false}};
    for (const auto* plan : {&majority, &tie}) {
        ProjectDocument doc;
        load(doc, in, *plan);
        QSet<Uid> conflicts;
        for (const CheckedAssignment& c : checkAssignments(doc)) {
            if (c.conflict()) {
                EXPECT_EQ(c.rule, RuleId::R8Section);
                conflicts.insert(c.assignment.elementUid);
            }
        }
        in.pins = *plan;
        QSet<Uid> optimiser;
        for (const PinConflict& c : optimisePlan(in).conflicts) optimiser.insert(c.elementUid);
        EXPECT_EQ(conflicts, optimiser);
        EXPECT_EQ(conflicts.size(), 1);
    }
    ProjectDocument doc;
    load(doc, in, pinsFirst);
    const std::vector<CheckedAssignment> checked = checkAssignments(doc);
    const CheckedAssignment* a1 = ofElement(checked, 1);
    const CheckedAssignment* b1 = ofElement(checked, 3);
    const CheckedAssignment* b2 = ofElement(checked, 4);
    ASSERT_TRUE(a1 && b1 && b2);
    EXPECT_FALSE(a1->conflict());
    EXPECT_EQ(b1->rule, RuleId::R8Section);
    EXPECT_EQ(b2->rule, RuleId::R8Section);
    EXPECT_EQ(b1->detail,
              describeSectionClash(in.elements[2], Millimetres(900), Millimetres(1180)));
}

TEST(PlanCheck, PlacementCheckWithoutSnapshotAgreesWithTheSnapshotOneOnEveryPair) {
    test::RealisticSpec spec;
    spec.elements = 60;
    spec.spans = 6;
    spec.slots = 30;
    spec.seed = 5;
    spec.standardLengths = true;  // several sections fit each span: R8 decides often
    const MatchInput in = test::generateRealistic(spec);
    const MatchResult r = optimisePlan(in);
    std::vector<Assignment> plan;
    for (const PlannedAssignment& a : r.assignments)
        plan.push_back({a.elementUid, a.slotUid, false});
    QHash<Uid, const Element*> byUid;
    for (const Element& e : in.elements) byUid.insert(e.uid, &e);
    int refusedR8 = 0;
    for (const Structure& d : in.structures) {
        for (const Span& p : d.spans) {
            for (const Slot& s : p.slots) {
                for (const Element& e : in.elements) {
                    std::vector<const Element*> stay;
                    for (const Assignment& a : plan) {
                        if (a.slotUid == s.uid || a.elementUid == e.uid) continue;
                        bool inSpan = false;
                        for (const Slot& k : p.slots) inSpan = inSpan || k.uid == a.slotUid;
                        if (inSpan) stay.push_back(byUid.value(a.elementUid));
                    }
                    const PlanViolation a = checkPlacement(in, plan, e.uid, s.uid);
                    const PlanViolation b = checkPlacement(e, d, p, s, in.settings, stay);
                    ASSERT_EQ(a.rule, b.rule) << e.id.toStdString() << " " << s.name.toStdString();
                    ASSERT_EQ(a.detail, b.detail);
                    if (b.rule == RuleId::R8Section) ++refusedR8;
                }
            }
        }
    }
    EXPECT_GT(refusedR8, 0);  // the span rule was exercised
}

TEST(PlanExplanation, AnOptimalPlanIsExplainedAsTheOptimiserExplainsIt) {
    for (int seed = 1; seed <= 4; ++seed) {
        test::RealisticSpec spec;
        spec.elements = 50;
        spec.spans = 8;
        spec.slots = 40;
        spec.seed = static_cast<unsigned>(seed);
        const MatchInput in = test::generateRealistic(spec);
        const MatchResult r = optimisePlan(in);
        ASSERT_TRUE(r.optimal);
        std::vector<Assignment> plan;
        for (const PlannedAssignment& a : r.assignments)
            plan.push_back({a.elementUid, a.slotUid, a.pinned});
        const PlanExplanation e = explainAssignments(in, plan);
        EXPECT_TRUE(e.complete);
        EXPECT_TRUE(e.conflicts.empty());
        ASSERT_EQ(e.unfilledSlots.size(), r.unfilledSlots.size()) << "seed " << seed;
        for (std::size_t i = 0; i < e.unfilledSlots.size(); ++i) {
            const UnfilledSlot& mine = e.unfilledSlots[i];
            const UnfilledSlot& theirs = r.unfilledSlots[i];
            EXPECT_EQ(mine.slotUid, theirs.slotUid);
            EXPECT_EQ(mine.reasons.size(), theirs.reasons.size());
            // The same reason for every candidate both list (the order differs only in that a
            // plan as planned lists girders of another section after those that could go in).
            for (const SlotReason& m : mine.reasons) {
                for (const SlotReason& t : theirs.reasons) {
                    if (m.elementUid != t.elementUid) continue;
                    EXPECT_EQ(m.kind, t.kind);
                    if (m.kind == ReasonKind::RuleFails) {
                        EXPECT_EQ(m.detail, t.detail);
                    }
                }
            }
            // Free girders first, then those placed elsewhere, then another section's.
            int last = 0;
            for (const SlotReason& m : mine.reasons) {
                const int rank =
                    m.kind == ReasonKind::NotPlaced ? 1
                    : m.kind == ReasonKind::UsedElsewhere || m.kind == ReasonKind::PinnedElsewhere
                        ? 2
                    : m.kind == ReasonKind::OtherSection ? 3
                                                         : 4;
                EXPECT_GE(rank, last) << m.element.toStdString();
                last = rank;
            }
        }
        ASSERT_EQ(e.unusedElements.size(), r.unusedElements.size());
        for (std::size_t i = 0; i < e.unusedElements.size(); ++i) {
            EXPECT_EQ(e.unusedElements[i].elementUid, r.unusedElements[i].elementUid);
            EXPECT_EQ(e.unusedElements[i].nearestRule, r.unusedElements[i].nearestRule);
        }
    }
}

TEST(PlanExplanation, AHandMadePlanMakesNoClaimOfOptimality) {
    const MatchInput in = handMade();
    // Only B1 placed, in S1; W1 pinned in T1 although it is too weak.
    const PlanExplanation e = explainAssignments(in, {{3, 21, false}, {5, 24, true}});
    ASSERT_EQ(e.conflicts.size(), 1u);
    EXPECT_EQ(e.conflicts[0].element, QStringLiteral("W1"));
    EXPECT_EQ(e.conflicts[0].rule, RuleId::R2Capacity);
    // T1 holds W1 (in conflict): it is reported with the conflict, not as unfilled.
    QSet<QString> unfilled;
    for (const UnfilledSlot& u : e.unfilledSlots) unfilled.insert(u.where.slot);
    EXPECT_EQ(unfilled, (QSet<QString>{QStringLiteral("S2"), QStringLiteral("S3")}));
    for (const UnfilledSlot& u : e.unfilledSlots) {
        // B2 could go in now: it comes first, before the heavier light girders that the span
        // rule keeps out.
        ASSERT_FALSE(u.reasons.empty());
        EXPECT_EQ(u.reasons[0].element, QStringLiteral("B2"));
        for (const SlotReason& r : u.reasons) {
            EXPECT_NE(r.kind, ReasonKind::NotExamined);
            if (r.element == QLatin1String("B2")) {
                EXPECT_EQ(r.kind, ReasonKind::NotPlaced);
                EXPECT_EQ(r.detail, QStringLiteral("admissible and free: not placed yet"));
            }
            if (r.element == QLatin1String("A1")) {
                EXPECT_EQ(r.kind, ReasonKind::OtherSection);
            }
            if (r.element == QLatin1String("S1")) {
                EXPECT_EQ(r.detail,
                          QStringLiteral("R1 length: girder 19.15 m is 0.85 m shorter than "
                                         "required 20.00 m"));
            }
        }
    }
    for (const UnusedElement& u : e.unusedElements) {
        EXPECT_FALSE(u.reason.contains(QStringLiteral("search"))) << u.reason.toStdString();
        EXPECT_FALSE(u.reason.contains(QStringLiteral("better"))) << u.reason.toStdString();
        EXPECT_NE(u.element, QStringLiteral("W1"));  // in a slot (in conflict)
    }
    std::atomic<bool> cancel{true};
    EXPECT_FALSE(explainAssignments(in, {}, 5, &cancel).complete);
}

TEST(PlanComparison, ProposalAgainstTheCurrentPlan) {
    MatchInput in = handMade();
    ProjectDocument doc;
    // A2 pinned in T1, W1 proposed in S3 (too weak: a conflict now).
    load(doc, in, {{2, 24, true}, {5, 23, false}});
    in.pins = {{2, 24, true}};
    const MatchResult r = optimisePlan(in);
    ASSERT_TRUE(r.optimal);
    const std::vector<Assignment> next = plannedAssignments(doc, r);
    const PlanComparison c = comparePlans(doc, next);
    EXPECT_EQ(c.slots, 4);
    EXPECT_EQ(c.filledBefore, 2);
    EXPECT_EQ(c.conflictsBefore, 1);
    EXPECT_EQ(c.conflictsAfter, 0);
    EXPECT_EQ(c.pinned, 1);
    EXPECT_EQ(c.filledAfter, r.filledSlots);
    EXPECT_EQ(c.proposedAfter, r.filledSlots - 1);
    EXPECT_NEAR(c.savingAfterKg, r.totalSavingKg, 1e-6);
    // Before: only the pin counts (W1 breaks R2).
    EXPECT_NEAR(c.savingBeforeKg,
                checkPair(in.elements[1], in.structures[0], in.structures[0].spans[1],
                          in.structures[0].spans[1].slots[0], in.settings)
                    .savingKg,
                1e-9);
    // B1 and B2 go into two of S1-S3 (they weigh the same in each, so which two is a tie):
    // each fills an empty slot or replaces W1 in S3; S3 changes either way (W1 leaves it).
    int placed = 0;
    int changedOrEmptied = 0;
    for (const SlotChange& ch : c.changes) {
        EXPECT_NE(ch.where.slot, QStringLiteral("T1"));  // the pin stays
        if (ch.after == QLatin1String("B1") || ch.after == QLatin1String("B2")) ++placed;
        if (ch.where.slot == QLatin1String("S3")) {
            ++changedOrEmptied;
            EXPECT_EQ(ch.before, QStringLiteral("W1"));
        }
    }
    EXPECT_EQ(placed, 2);
    EXPECT_EQ(changedOrEmptied, 1);
    applyPlan(doc, r);
    EXPECT_TRUE(comparePlans(doc, next).changes.empty());
}

}  // namespace
}  // namespace respan::matching
