// A plan made by hand, judged by the engine (evaluatePlan): what counts, what breaks a rule, and
// what may be said about it. The savings are checked against the formula of
// docs/contract/matching.md section 3 by hand: every girder lies at the structure's site, so the
// transport term is zero and S = m * L / l * F_new.
#include <gtest/gtest.h>

#include <QLocale>

#include <algorithm>

#include "core/matching/judging/planevaluation.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

namespace respan::matching {
namespace {

const GeoPoint kSite{52.25, 4.57};

Element girder(Uid uid, const char* id, double height, double length, double mass,
               int condition = 2) {
    Element e = test::handGirder(uid, id, height, length, mass, 3000, kSite);
    e.condition = condition;
    return e;
}

/// KW1: span 1 (slots S1, S2) and span 2 (slot T1), 20.0 m each. Girders A1, A2 (section 900),
/// C1 (section 1000), P1 (section 900, condition 5: fails R3), K1 (19.15 m: fails R1).
MatchInput project() {
    MatchInput in;
    in.elements = {girder(1, "A1", 900, 20.5, 25), girder(2, "A2", 900, 20.4, 24),
                   girder(3, "C1", 1000, 20.5, 30), girder(4, "P1", 900, 20.5, 25, 5),
                   girder(5, "K1", 900, 19.15, 25)};
    Structure d;
    d.uid = 10;
    d.name = QStringLiteral("KW1");
    d.site = kSite;
    d.spans.push_back(
        test::handSpan(11, "1", {test::handSlot(21, "S1"), test::handSlot(22, "S2")}));
    d.spans.push_back(test::handSpan(12, "2", {test::handSlot(23, "T1")}));
    in.structures.push_back(d);
    return in;
}

double byHand(double massT, double lengthM) {
    return massT * 20.0 / lengthM * 173.8;
}

const UnusedElement* unusedOf(const PlanEvaluation& e, const char* id) {
    for (const UnusedElement& u : e.unusedElements) {
        if (u.element == QLatin1String(id)) return &u;
    }
    return nullptr;
}

const UnfilledSlot* unfilledOf(const PlanEvaluation& e, const char* slot) {
    for (const UnfilledSlot& u : e.unfilledSlots) {
        if (u.where.slot == QLatin1String(slot)) return &u;
    }
    return nullptr;
}

TEST(PlanEvaluation, CountsOnlyPlacementsThatKeepEveryRule) {
    // A1 pinned in S1, P1 (condition 5) proposed in S2, C1 proposed alone in span 2.
    const PlanEvaluation e =
        evaluatePlan(project(), {{1, 21, true}, {4, 22, false}, {3, 23, false}});
    ASSERT_EQ(e.assignments.size(), 2u);
    EXPECT_EQ(e.filledSlots, 2);
    EXPECT_EQ(e.pinnedSlots, 1);
    EXPECT_NEAR(e.totalSavingKg, byHand(25, 20.5) + byHand(30, 20.5), 1e-9);

    ASSERT_EQ(e.conflicts.size(), 1u);
    EXPECT_EQ(e.conflicts[0].element, QStringLiteral("P1"));
    EXPECT_EQ(e.conflicts[0].rule, RuleId::R3Condition);
    EXPECT_FALSE(e.conflicts[0].pinned);
    EXPECT_TRUE(e.conflicts[0].detail.startsWith(QLatin1String("R3 condition")));

    // As on the planning board, a placement that breaks a rule is reported as a conflict, not
    // again as an empty slot and an unused girder.
    EXPECT_EQ(unfilledOf(e, "S2"), nullptr);
    EXPECT_EQ(unusedOf(e, "P1"), nullptr);
    const UnusedElement* unused = unusedOf(e, "A2");
    ASSERT_NE(unused, nullptr);
    EXPECT_FALSE(unused->reason.contains(QLatin1String("better")));
}

TEST(PlanEvaluation, NeverClaimsABetterUseOrAnUnfinishedSearch) {
    // Only A1 placed: S2 and T1 stay empty although A2 would fit either.
    const PlanEvaluation e = evaluatePlan(project(), {{1, 21, false}});
    for (const UnfilledSlot& u : e.unfilledSlots) {
        for (const SlotReason& r : u.reasons) {
            EXPECT_NE(r.kind, ReasonKind::NotExamined) << r.detail.toStdString();
            EXPECT_FALSE(r.detail.contains(QLatin1String("larger saving")));
            EXPECT_FALSE(r.detail.contains(QLatin1String("search")));
        }
    }
    const UnfilledSlot* t1 = unfilledOf(e, "T1");
    ASSERT_NE(t1, nullptr);
    const auto a2 = std::find_if(t1->reasons.begin(), t1->reasons.end(),
                                 [](const SlotReason& r) { return r.element == u"A2"; });
    ASSERT_NE(a2, t1->reasons.end());
    EXPECT_EQ(a2->kind, ReasonKind::NotPlaced);
    EXPECT_EQ(a2->key(), QStringLiteral("not_placed"));
    EXPECT_EQ(a2->detail, QStringLiteral("admissible and free: not placed yet"));
    // A1 itself is used elsewhere in this plan, said without "for a larger saving".
    const auto a1 = std::find_if(t1->reasons.begin(), t1->reasons.end(),
                                 [](const SlotReason& r) { return r.element == u"A1"; });
    ASSERT_NE(a1, t1->reasons.end());
    EXPECT_EQ(a1->detail, QStringLiteral("used elsewhere: in KW1 / 1 / S1"));

    const UnusedElement* unused = unusedOf(e, "A2");
    ASSERT_NE(unused, nullptr);
    EXPECT_TRUE(unused->reason.contains(QLatin1String("not placed yet")));
}

TEST(PlanEvaluation, SpanKeepsTheSectionOfItsPinsThenOfItsEarliestSlot) {
    // C1 (1000) proposed in S1, A1 (900) pinned in S2: the pin's section stays.
    PlanEvaluation e = evaluatePlan(project(), {{3, 21, false}, {1, 22, true}});
    ASSERT_EQ(e.conflicts.size(), 1u);
    EXPECT_EQ(e.conflicts[0].element, QStringLiteral("C1"));
    EXPECT_EQ(e.conflicts[0].rule, RuleId::R8Section);
    EXPECT_TRUE(e.conflicts[0].detail.contains(QLatin1String("1000 x 1180 mm differs")));
    EXPECT_NEAR(e.totalSavingKg, byHand(25, 20.5), 1e-9);

    // Both proposals: the section of the earliest slot (S1) stays.
    e = evaluatePlan(project(), {{3, 21, false}, {1, 22, false}});
    ASSERT_EQ(e.conflicts.size(), 1u);
    EXPECT_EQ(e.conflicts[0].element, QStringLiteral("A1"));
    EXPECT_NEAR(e.totalSavingKg, byHand(30, 20.5), 1e-9);
}

TEST(PlanEvaluation, TheOptimisersOwnPlanKeepsItsFigures) {
    const MatchInput in = project();
    const MatchResult best = optimisePlan(in);
    ASSERT_TRUE(best.optimal);
    std::vector<Assignment> plan;
    for (const PlannedAssignment& a : best.assignments) plan.push_back({a.elementUid, a.slotUid});
    const PlanEvaluation e = evaluatePlan(in, plan);
    EXPECT_TRUE(e.conflicts.empty());
    EXPECT_EQ(e.filledSlots, best.filledSlots);
    EXPECT_NEAR(e.totalSavingKg, best.totalSavingKg, 1e-9);
    ASSERT_EQ(e.unfilledSlots.size(), best.unfilledSlots.size());
    for (std::size_t i = 0; i < e.unfilledSlots.size(); ++i)
        EXPECT_EQ(e.unfilledSlots[i].slotUid, best.unfilledSlots[i].slotUid);
}

TEST(PlanEvaluation, NumbersInTheSentencesFollowTheReportsLocale) {
    const std::vector<Assignment> plan{{5, 23, false}};  // K1, 19.15 m, in a 20.00 m span
    const PlanEvaluation c = evaluatePlan(project(), plan);
    ASSERT_EQ(c.conflicts.size(), 1u);
    EXPECT_EQ(c.conflicts[0].detail,
              QStringLiteral("R1 length: girder 19.15 m is 0.85 m shorter than required 20.00 m"));
    const PlanEvaluation nl =
        evaluatePlan(project(), plan, 5, QLocale(QLocale::Dutch, QLocale::Netherlands));
    EXPECT_EQ(nl.conflicts[0].detail,
              QStringLiteral("R1 length: girder 19,15 m is 0,85 m shorter than required 20,00 m"));
}

}  // namespace
}  // namespace respan::matching
