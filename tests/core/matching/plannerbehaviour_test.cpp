// What a planner sees on a small hand-made project: pins kept or reported, explanations of
// unfilled slots and unused elements, cancellation and time limits.
#include <gtest/gtest.h>

#include <QSet>

#include <atomic>
#include <thread>

#include "core/matching/judging/planvalidation.h"
#include "core/matching/matchjson.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

namespace respan::matching {
namespace {

/// See test::handMadeInstance: by hand, B1 and B2 fill span 1, a light girder span 2 and S3
/// stays empty (R8).
MatchInput handMade() {
    return test::handMadeInstance();
}

const PlannedAssignment* assignmentOf(const MatchResult& r, const char* element) {
    for (const PlannedAssignment& a : r.assignments) {
        if (a.element == QLatin1String(element)) return &a;
    }
    return nullptr;
}

const SlotReason* reasonOf(const UnfilledSlot& u, const char* element) {
    for (const SlotReason& r : u.reasons) {
        if (r.element == QLatin1String(element)) return &r;
    }
    return nullptr;
}

TEST(Planner, HandMadePlanAndItsExplanations) {
    const MatchResult r = optimisePlan(handMade());
    ASSERT_TRUE(r.optimal);
    EXPECT_EQ(r.filledSlots, 3);
    ASSERT_NE(assignmentOf(r, "B1"), nullptr);
    ASSERT_NE(assignmentOf(r, "B2"), nullptr);
    EXPECT_EQ(assignmentOf(r, "B1")->where.span, QStringLiteral("1"));
    EXPECT_EQ(assignmentOf(r, "B2")->where.span, QStringLiteral("1"));
    ASSERT_NE(assignmentOf(r, "A1"), nullptr);  // the heavier light girder
    EXPECT_EQ(assignmentOf(r, "A1")->where.slot, QStringLiteral("T1"));
    EXPECT_EQ(assignmentOf(r, "A2"), nullptr);

    ASSERT_EQ(r.unfilledSlots.size(), 1u);
    const UnfilledSlot& empty = r.unfilledSlots.front();
    EXPECT_EQ(empty.where.span, QStringLiteral("1"));
    ASSERT_LE(empty.reasons.size(), 5u);
    // Every girder outside the span is a candidate (B1 and B2 are in this span already):
    // admissible ones first, A1 (used elsewhere, but of another section than this span's
    // girders: the span rule is what keeps it out) and A2 of another section; then the rules.
    ASSERT_EQ(empty.reasons.size(), 4u);
    const SlotReason* a1 = reasonOf(empty, "A1");
    const SlotReason* a2 = reasonOf(empty, "A2");
    const SlotReason* w1 = reasonOf(empty, "W1");
    const SlotReason* s1 = reasonOf(empty, "S1");
    ASSERT_TRUE(a1 && a2 && w1 && s1);
    EXPECT_EQ(a1->kind, ReasonKind::OtherSection);
    EXPECT_EQ(a1->key(), QStringLiteral("R8"));
    EXPECT_TRUE(a1->detail.contains(QStringLiteral("used in KW1 / 2 / T1")))
        << a1->detail.toStdString();
    EXPECT_EQ(a2->kind, ReasonKind::OtherSection);
    EXPECT_EQ(a2->key(), QStringLiteral("R8"));
    EXPECT_TRUE(a2->detail.startsWith(QStringLiteral("another section chosen for this span")));
    EXPECT_EQ(w1->key(), QStringLiteral("R2"));
    EXPECT_EQ(w1->detail, QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
    EXPECT_EQ(s1->key(), QStringLiteral("R1"));
    EXPECT_EQ(s1->detail,
              QStringLiteral("R1 length: girder 19.15 m is 0.85 m shorter than required 20.00 m"));
    // Admissible ones before inadmissible ones.
    EXPECT_EQ(empty.reasons[0].kind == ReasonKind::RuleFails, false);
    EXPECT_EQ(empty.reasons[1].kind == ReasonKind::RuleFails, false);

    ASSERT_EQ(r.unusedElements.size(), 3u);
    for (const UnusedElement& u : r.unusedElements) {
        if (u.element == QLatin1String("A2")) {
            EXPECT_TRUE(u.reason.startsWith(QStringLiteral("a better use elsewhere")))
                << u.reason.toStdString();
            EXPECT_TRUE(u.reason.contains(QStringLiteral("another section")));
        } else if (u.element == QLatin1String("W1")) {
            EXPECT_EQ(u.nearestRule, RuleId::R2Capacity);
            EXPECT_TRUE(u.reason.startsWith(QStringLiteral("no admissible slot")));
        } else {
            EXPECT_EQ(u.element, QStringLiteral("S1"));
            EXPECT_EQ(u.nearestRule, RuleId::R1Length);
        }
    }
    EXPECT_TRUE(r.conflicts.empty());
}

TEST(Planner, PinsAreKeptAndCountInTheObjective) {
    MatchInput in = handMade();
    in.pins.push_back({2, 24, true});  // A2 in T1, although A1 would save a little more
    const MatchResult r = optimisePlan(in);
    ASSERT_TRUE(r.optimal);
    const PlannedAssignment* a2 = assignmentOf(r, "A2");
    ASSERT_NE(a2, nullptr);
    EXPECT_TRUE(a2->pinned);
    EXPECT_EQ(a2->where.slot, QStringLiteral("T1"));
    EXPECT_EQ(assignmentOf(r, "A1"), nullptr);
    double sum = 0.0;
    for (const PlannedAssignment& a : r.assignments) sum += a.savingKg;
    EXPECT_NEAR(r.totalSavingKg, sum, 1e-9);
    EXPECT_TRUE(
        validatePlan(in,
                     {{2, 24, true},
                      {assignmentOf(r, "B1")->elementUid, assignmentOf(r, "B1")->slotUid, false}},
                     true)
            .empty());
}

TEST(Planner, InadmissiblePinIsReportedAndItsSlotLeftEmpty) {
    MatchInput in = handMade();
    in.pins.push_back({5, 24, true});  // W1 cannot carry T1's moment
    const MatchResult r = optimisePlan(in);
    ASSERT_EQ(r.conflicts.size(), 1u);
    EXPECT_EQ(r.conflicts[0].element, QStringLiteral("W1"));
    EXPECT_EQ(r.conflicts[0].where.slot, QStringLiteral("T1"));
    EXPECT_EQ(r.conflicts[0].rule, RuleId::R2Capacity);
    EXPECT_EQ(r.conflicts[0].detail, QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
    for (const PlannedAssignment& a : r.assignments) {
        EXPECT_NE(a.where.slot, QStringLiteral("T1")) << "the conflicting pin's slot was filled";
        EXPECT_NE(a.element, QStringLiteral("W1")) << "the conflicting pin was moved";
    }
    bool listed = false;
    for (const UnfilledSlot& u : r.unfilledSlots) {
        if (u.where.slot != QLatin1String("T1")) continue;
        listed = true;
        ASSERT_FALSE(u.reasons.empty());
        EXPECT_EQ(u.reasons[0].kind, ReasonKind::PinConflict);
        EXPECT_EQ(u.reasons[0].key(), QStringLiteral("R2"));
    }
    EXPECT_TRUE(listed);
    const QByteArray json = matchResultToJson(r);
    EXPECT_TRUE(
        json.contains("\"conflicts\": [\n    {\n      \"element\": \"W1\",\n      \"slot\": "
                      "\"T1\",\n      \"rule\": \"R2\""))
        << json.toStdString();
}

TEST(Planner, SpanRuleClashBetweenPinsKeepsTheMajoritySection) {
    MatchInput in = handMade();
    in.pins = {{1, 21, true}, {3, 22, true}, {4, 23, true}};  // A1 (900) with B1, B2 (1000)
    MatchResult r = optimisePlan(in);
    ASSERT_EQ(r.conflicts.size(), 1u);
    EXPECT_EQ(r.conflicts[0].element, QStringLiteral("A1"));
    EXPECT_EQ(r.conflicts[0].rule, RuleId::R8Section);
    EXPECT_TRUE(assignmentOf(r, "B1") && assignmentOf(r, "B1")->pinned);
    EXPECT_TRUE(assignmentOf(r, "B2") && assignmentOf(r, "B2")->pinned);
    EXPECT_EQ(assignmentOf(r, "A1"), nullptr);

    // A tie: the pin in the earlier slot keeps its section.
    in.pins = {{3, 22, true}, {1, 21, true}};  // B1 in S2, A1 in S1
    r = optimisePlan(in);
    ASSERT_EQ(r.conflicts.size(), 1u);
    EXPECT_EQ(r.conflicts[0].element, QStringLiteral("B1"));
    EXPECT_TRUE(assignmentOf(r, "A1") && assignmentOf(r, "A1")->pinned);
    // The optimiser fills the rest of span 1 with the kept section only.
    for (const PlannedAssignment& a : r.assignments) {
        if (a.where.span == QLatin1String("1")) {
            EXPECT_TRUE(a.element.startsWith(QLatin1Char('A')) || a.element == QLatin1String("W1"));
        }
    }
}

TEST(Planner, PlacementCheckForDragAndDrop) {
    const MatchInput in = handMade();
    EXPECT_EQ(checkPlacement(in, {}, 5, 21).rule, RuleId::R2Capacity);
    EXPECT_EQ(checkPlacement(in, {{3, 22, true}}, 1, 21).rule, RuleId::R8Section);
    EXPECT_EQ(checkPlacement(in, {{3, 22, true}}, 4, 21).rule, RuleId::None);
    EXPECT_EQ(checkPlacement(in, {{3, 24, true}}, 1, 21).rule, RuleId::None);  // other span
}

TEST(Planner, CancellationAndTimeLimitGiveValidPlansWithValidBounds) {
    test::RealisticSpec spec;
    spec.elements = 200;
    spec.spans = 30;
    spec.slots = 200;
    spec.seed = 3;
    spec.standardLengths = true;  // hard: cannot be proven within the limits below
    spec.pinnedSpans = 3;
    const MatchInput in = test::generateRealistic(spec);
    MatchOptions options;
    options.timeLimitSeconds = 0.3;
    const MatchResult limited = optimisePlan(in, options);
    EXPECT_FALSE(limited.optimal);
    EXPECT_TRUE(limited.stopped);
    EXPECT_GT(limited.upperBoundKg, limited.totalSavingKg);
    EXPECT_TRUE(validatePlan(
                    in,
                    [&] {
                        std::vector<Assignment> plan;
                        for (const auto& a : limited.assignments)
                            plan.push_back({a.elementUid, a.slotUid, a.pinned});
                        return plan;
                    }(),
                    true)
                    .empty());
    EXPECT_LT(limited.solveSeconds, 2.0);

    // Cancelled from another thread, as the GUI does.
    std::atomic<bool> cancel{false};
    MatchOptions worker;
    worker.cancel = &cancel;
    std::atomic<int> reports{0};
    worker.progress = [&](const MatchProgress& p) {
        ++reports;
        EXPECT_GE(p.upperBoundKg, p.bestSavingKg - 1e-6);
    };
    MatchResult cancelled;
    std::thread thread([&] { cancelled = optimisePlan(in, worker); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cancel = true;
    thread.join();
    EXPECT_FALSE(cancelled.optimal);
    EXPECT_TRUE(cancelled.stopped);
    EXPECT_GE(cancelled.upperBoundKg, cancelled.totalSavingKg);
    EXPECT_GT(reports.load(), 0);
    // Both bounds hold for the other's plan too (each is a bound on every plan).
    EXPECT_GE(cancelled.upperBoundKg, limited.totalSavingKg - 1e-6);
    EXPECT_GE(limited.upperBoundKg, cancelled.totalSavingKg - 1e-6);
}

}  // namespace
}  // namespace respan::matching
