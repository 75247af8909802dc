// The recertification schedule of docs/contract/planning.md section 4.3 against dates worked out
// by hand in the comments, and, on hundreds of random small cases, against the rules themselves
// checked day by day (no step earlier than it may start, no resource over its capacity, and no
// planned step that could have started a day earlier).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/certification/schedule.h"

namespace respan::certification {
namespace {

ProtocolStep step(const char* id, int days, QStringList preds = {},
                  ProtocolPhase phase = ProtocolPhase::AfterHarvest, const char* resource = "",
                  std::optional<int> capacity = std::nullopt) {
    ProtocolStep s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    s.durationDays = days;
    s.predecessors = std::move(preds);
    s.phase = phase;
    s.resource = QString::fromLatin1(resource);
    s.resourceCapacity = capacity;
    return s;
}

Element girder(Uid uid, const char* id, std::optional<QDate> harvest = std::nullopt) {
    Element e;
    e.uid = uid;
    e.id = QString::fromLatin1(id);
    e.status = ElementStatus::InStorage;
    e.harvestDate = harvest;
    return e;
}

const QDate kStart(2027, 1, 4);  // a Monday

ScheduleOptions options() {
    ScheduleOptions o;
    o.planStart = kStart;
    return o;
}

/// archive (before harvest, 3 d) -> tests (lab, 1 at a time, 10 d) -> declaration (2 d).
std::vector<ProtocolStep> chain() {
    return {step("archive", 3, {}, ProtocolPhase::BeforeHarvest),
            step("tests", 10, {QStringLiteral("archive")}, ProtocolPhase::AfterHarvest, "lab", 1),
            step("declaration", 2, {QStringLiteral("tests")})};
}

TEST(Schedule, TheLabTakesOneGirderAtATimeInDeadlineOrder) {
    // B has the earliest deadline (25 Jan), A a later one (1 Mar), C none: the lab takes B, then
    // A, then C. All are harvested on the plan start; every archive runs 4-7 Jan (no resource).
    // B: tests 7-17 Jan, declaration 17-19 Jan, ready 19 Jan.
    // A: tests 17-27 Jan, declaration 27-29 Jan, ready 29 Jan.
    // C: tests 27 Jan - 6 Feb, declaration 6-8 Feb, ready 8 Feb.
    const std::vector<Element> girders = {girder(1, "A"), girder(2, "B"), girder(3, "C")};
    const QHash<Uid, QDate> swapped = {{1, QDate(2027, 3, 1)}, {2, QDate(2027, 1, 25)}};
    const Schedule s = schedule(chain(), girders, swapped, options());
    ASSERT_EQ(s.girders.size(), 3u);
    EXPECT_EQ(s.girders[0].id, QStringLiteral("B"));
    EXPECT_EQ(s.girders[1].id, QStringLiteral("A"));
    EXPECT_EQ(s.girders[2].id, QStringLiteral("C"));
    EXPECT_EQ(s.find(2)->steps[1].start, QDate(2027, 1, 7));
    EXPECT_EQ(s.readyDate(2), QDate(2027, 1, 19));
    EXPECT_EQ(s.find(1)->steps[1].start, QDate(2027, 1, 17));
    EXPECT_EQ(s.readyDate(1), QDate(2027, 1, 29));
    EXPECT_EQ(s.readyDate(3), QDate(2027, 2, 8));
    EXPECT_TRUE(s.late.isEmpty());  // B 19 Jan <= 25 Jan, A 29 Jan <= 1 Mar
    // A due on 20 Jan goes first (ready 19 Jan); B, due 25 Jan, is ready on 29 Jan: 4 days late.
    QHash<Uid, QDate> tight = {{1, QDate(2027, 1, 20)}, {2, QDate(2027, 1, 25)}};
    const Schedule t = schedule(chain(), girders, tight, options());
    EXPECT_EQ(t.readyDate(1), QDate(2027, 1, 19));
    EXPECT_EQ(t.readyDate(2), QDate(2027, 1, 29));
    EXPECT_EQ(t.find(2)->lateDays, 4);
    EXPECT_EQ(t.late, QStringList{QStringLiteral("B")});
    // The lab's peak: one girder, first on 7 Jan, capacity 1.
    ASSERT_EQ(t.resources.size(), 1u);
    EXPECT_EQ(t.resources[0].resource, QStringLiteral("lab"));
    EXPECT_EQ(t.resources[0].peak, 1);
    EXPECT_EQ(t.resources[0].peakDate, QDate(2027, 1, 7));
    EXPECT_EQ(t.resources[0].capacity, 1);
}

TEST(Schedule, AfterHarvestStepsWaitForTheHarvestAndBeforeHarvestStepsCanBeLate) {
    // Harvest on 5 Jan: archive 4-7 Jan ends after the harvest (late for harvest); tests start
    // on 7 Jan (after archive) - the harvest date is earlier, so the predecessor decides.
    const std::vector<Element> early = {girder(1, "A", QDate(2027, 1, 5))};
    const Schedule s = schedule(chain(), early, {}, options());
    EXPECT_TRUE(s.find(1)->steps[0].lateForHarvest);
    EXPECT_TRUE(s.find(1)->late());
    EXPECT_EQ(s.late, QStringList{QStringLiteral("A")});
    EXPECT_EQ(s.find(1)->steps[1].start, QDate(2027, 1, 7));
    // Harvest on 1 Feb: the archive ends 7 Jan (in time; ending on the harvest day itself would
    // be in time too), the tests wait for 1 Feb, ready 1 Feb + 10 + 2 = 13 Feb.
    const std::vector<Element> late = {girder(1, "A", QDate(2027, 2, 1))};
    const Schedule t = schedule(chain(), late, {}, options());
    EXPECT_FALSE(t.find(1)->late());
    EXPECT_EQ(t.find(1)->steps[1].start, QDate(2027, 2, 1));
    EXPECT_EQ(t.readyDate(1), QDate(2027, 2, 13));
    // Harvest exactly on 7 Jan, the archive's end: not late.
    const std::vector<Element> exact = {girder(1, "A", QDate(2027, 1, 7))};
    EXPECT_FALSE(schedule(chain(), exact, {}, options()).find(1)->late());
}

TEST(Schedule, RecordedDatesAreKeptAndDoneStepsHoldNothingUp) {
    Element a = girder(1, "A");
    // The archive was done before the plan started; the tests run since 6 Jan.
    StepRecord archive;
    archive.step = QStringLiteral("archive");
    archive.status = StepStatus::Passed;
    archive.actualStart = QDate(2026, 12, 1);
    archive.actualEnd = QDate(2026, 12, 3);
    StepRecord tests;
    tests.step = QStringLiteral("tests");
    tests.status = StepStatus::Running;
    tests.actualStart = QDate(2027, 1, 6);
    a.certification = {archive, tests};
    Element b = girder(2, "B");
    const Schedule s = schedule(chain(), {a, b}, {}, options());
    const GirderSchedule* ga = s.find(1);
    EXPECT_TRUE(ga->steps[0].actual);
    EXPECT_TRUE(ga->steps[0].done);
    EXPECT_EQ(ga->steps[0].end, QDate(2026, 12, 3));
    EXPECT_EQ(ga->steps[1].start, QDate(2027, 1, 6));
    EXPECT_EQ(ga->steps[1].end, QDate(2027, 1, 16));  // running: start + 10 days
    EXPECT_EQ(s.readyDate(1), QDate(2027, 1, 18));
    // B's tests wait for the lab A holds until 16 Jan (B's archive ends 7 Jan).
    EXPECT_EQ(s.find(2)->steps[1].start, QDate(2027, 1, 16));
    // Every step done: no ready date (R5 then uses available_from alone).
    for (StepRecord& r : a.certification) r.status = StepStatus::Passed;
    StepRecord decl;
    decl.step = QStringLiteral("declaration");
    decl.status = StepStatus::Conditional;
    a.certification.push_back(decl);
    EXPECT_FALSE(schedule(chain(), {a}, {}, options()).readyDate(1).has_value());
    // A certified girder is not scheduled at all.
    Element c = girder(3, "C");
    c.status = ElementStatus::Certified;
    EXPECT_EQ(schedule(chain(), {c}, {}, options()).find(3), nullptr);
}

TEST(Schedule, LatestStartsRunBackwardFromTheDeadline) {
    // Deadline 1 Mar: declaration latest start 27 Feb (2 days), tests 17 Feb (10 days), archive
    // 14 Feb (3 days). Without a deadline: none.
    const std::vector<Element> g = {girder(1, "A"), girder(2, "B")};
    const Schedule s = schedule(chain(), g, {{1, QDate(2027, 3, 1)}}, options());
    EXPECT_EQ(s.find(1)->steps[2].latestStart, QDate(2027, 2, 27));
    EXPECT_EQ(s.find(1)->steps[1].latestStart, QDate(2027, 2, 17));
    EXPECT_EQ(s.find(1)->steps[0].latestStart, QDate(2027, 2, 14));
    EXPECT_FALSE(s.find(2)->steps[0].latestStart.has_value());
}

TEST(Schedule, APlannersStartIsANotBeforeDate) {
    Element a = girder(1, "A");
    StepRecord moved;
    moved.step = QStringLiteral("tests");
    moved.plannedStart = QDate(2027, 3, 1);
    a.certification = {moved};
    const Schedule s = schedule(chain(), {a}, {}, options());
    EXPECT_EQ(s.find(1)->steps[1].start, QDate(2027, 3, 1));
}

TEST(Schedule, ProtocolProblemsAreNamed) {
    std::vector<ProtocolStep> cycle = {
        step("a", 1, {QStringLiteral("c")}), step("b", 1, {QStringLiteral("a")}),
        step("c", 1, {QStringLiteral("b")}), step("d", 1, {QStringLiteral("c")})};
    const std::vector<ProtocolProblem> p = checkProtocol(cycle);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_TRUE(p[0].message.contains(QStringLiteral("a -> b -> c -> a")) ||
                p[0].message.contains(QStringLiteral("b -> c -> a -> b")) ||
                p[0].message.contains(QStringLiteral("c -> a -> b -> c")))
        << p[0].message.toStdString();
    EXPECT_TRUE(schedule(cycle, {girder(1, "A")}, {}, options()).girders.empty());

    const std::vector<ProtocolProblem> unknown =
        checkProtocol({step("a", 1, {QStringLiteral("zz")})});
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].field, QStringLiteral("predecessors"));
    EXPECT_EQ(unknown[0].value, QStringLiteral("zz"));

    const std::vector<ProtocolProblem> disagree =
        checkProtocol({step("a", 1, {}, ProtocolPhase::AfterHarvest, "lab", 2),
                       step("b", 1, {}, ProtocolPhase::AfterHarvest, "lab", 3)});
    ASSERT_EQ(disagree.size(), 1u);
    EXPECT_EQ(disagree[0].step, 1);
    EXPECT_EQ(disagree[0].field, QStringLiteral("resource_capacity"));

    EXPECT_FALSE(checkProtocol({step("a", 1), step("a", 2)}).empty());
    EXPECT_TRUE(checkProtocol(defaultProtocol()).empty());
}

TEST(Schedule, TemplateOrderIsKeptWherePredecessorsAllow) {
    // "b" is listed first but follows "a".
    const std::vector<ProtocolStep> steps = {step("b", 1, {QStringLiteral("a")}), step("a", 1),
                                             step("c", 1)};
    EXPECT_EQ(protocolOrder(steps), (std::vector<int>{1, 0, 2}));
}

/// Every rule of section 4.3 checked day by day on random small cases: each planned step starts
/// at or after the plan start, its predecessors' ends and (after harvest) the harvest date; no
/// day of a resource holds more planned girders than its capacity; and no planned step could
/// have started a day earlier given the girders scheduled before it (the schedule is the
/// earliest one in its order).
TEST(Schedule, RandomCasesKeepEveryRuleAndAreEarliest) {
    std::mt19937 rng(12345);
    for (int round = 0; round < 300; ++round) {
        std::uniform_int_distribution<int> dur(0, 6);
        std::uniform_int_distribution<int> cap(1, 2);
        std::vector<ProtocolStep> steps;
        const int n = 2 + static_cast<int>(rng() % 4);
        for (int k = 0; k < n; ++k) {
            QStringList preds;
            for (int q = 0; q < k; ++q) {
                if (rng() % 3 == 0) preds << QStringLiteral("s%1").arg(q);
            }
            const bool lab = rng() % 2 == 0;
            ProtocolStep s =
                step("", dur(rng), preds,
                     rng() % 3 == 0 ? ProtocolPhase::BeforeHarvest : ProtocolPhase::AfterHarvest,
                     lab ? "lab" : "");
            s.id = QStringLiteral("s%1").arg(k);
            if (lab) s.resourceCapacity = 0;  // set below, equal for all rows
            steps.push_back(s);
        }
        const int labCapacity = cap(rng);
        for (ProtocolStep& s : steps) {
            if (!s.resource.isEmpty()) s.resourceCapacity = labCapacity;
        }
        std::vector<Element> girders;
        QHash<Uid, QDate> deadlines;
        const int g = 1 + static_cast<int>(rng() % 5);
        for (int i = 0; i < g; ++i) {
            Element e = girder(10 + i, "");
            e.id = QStringLiteral("G%1").arg(i);
            if (rng() % 2 == 0) e.harvestDate = kStart.addDays(static_cast<int>(rng() % 8));
            if (rng() % 2 == 0)
                deadlines.insert(e.uid, kStart.addDays(static_cast<int>(rng() % 30)));
            girders.push_back(e);
        }
        const Schedule s = schedule(steps, girders, deadlines, options());
        ASSERT_EQ(s.girders.size(), girders.size());
        // Replay the order, keeping the lab's use of the girders placed so far.
        std::map<QDate, int> lab;
        for (const GirderSchedule& gs : s.girders) {
            const Element& e = *std::find_if(girders.begin(), girders.end(),
                                             [&](const Element& x) { return x.uid == gs.element; });
            for (const int k : protocolOrder(steps)) {
                const ProtocolStep& p = steps[static_cast<std::size_t>(k)];
                const ScheduledStep& st = gs.steps[static_cast<std::size_t>(k)];
                QDate earliest = kStart;
                for (const QString& pred : p.predecessors) {
                    const int q = pred.mid(1).toInt();
                    earliest = std::max(earliest, gs.steps[static_cast<std::size_t>(q)].end);
                }
                if (p.phase == ProtocolPhase::AfterHarvest && e.harvestDate)
                    earliest = std::max(earliest, *e.harvestDate);
                ASSERT_GE(st.start, earliest) << round;
                ASSERT_EQ(st.start.daysTo(st.end), p.durationDays);
                auto fits = [&](QDate from) {
                    if (p.resource.isEmpty()) return true;
                    for (int d = 0; d < p.durationDays; ++d) {
                        if (lab[from.addDays(d)] >= labCapacity) return false;
                    }
                    return true;
                };
                ASSERT_TRUE(fits(st.start)) << "over capacity in round " << round;
                if (st.start > earliest) {
                    ASSERT_FALSE(fits(st.start.addDays(-1)))
                        << "step " << p.id.toStdString() << " could start a day earlier, round "
                        << round;
                }
                if (!p.resource.isEmpty()) {
                    for (int d = 0; d < p.durationDays; ++d) ++lab[st.start.addDays(d)];
                }
            }
            if (deadlines.contains(gs.element)) {
                const int late = std::max<qint64>(0, deadlines[gs.element].daysTo(*gs.readyDate));
                ASSERT_EQ(gs.lateDays, late);
            }
        }
    }
}

}  // namespace
}  // namespace respan::certification
