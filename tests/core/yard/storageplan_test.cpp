// Stays, weekly occupancy, cost and conflicts of interim storage (docs/contract/planning.md
// sections 3.2 and 3.3; docs/storage-layout.md), against cases counted by hand in the test.
#include <gtest/gtest.h>

#include <QString>

#include "core/document/projectdocument.h"
#include "core/yard/storagejson.h"
#include "core/yard/storageplan.h"

namespace respan::yard {
namespace {

StorageSite yard(const QString& id, const char* wkt, double rate = 0.0) {
    StorageSite s;
    s.id = id;
    s.name = id;
    s.location = {52.46, 4.60};
    s.outlineWkt = QString::fromLatin1(wkt);
    s.clearanceM = 0.5;
    s.aisleM = 4.0;
    s.costEurPerM2Month = rate;
    return s;
}

Element girder(const QString& id, const QString& site, QDate harvest, double length = 20.0,
               double widthMm = 1200.0) {
    Element e;
    e.id = id;
    e.length = Metres(length);
    e.height = Millimetres(900);
    e.width = Millimetres(widthMm);
    e.mass = Tonnes(20);
    e.storageSite = site;
    e.harvestDate = harvest;
    e.location = {52.46, 4.60};
    return e;
}

/// One structure with spans installed on the given dates, one slot each.
Structure bridge(const std::vector<QDate>& installs) {
    Structure s;
    s.name = QStringLiteral("B");
    for (std::size_t i = 0; i < installs.size(); ++i) {
        Span p;
        p.name = QString::number(i + 1);
        p.requiredLength = Metres(19.5);
        p.installDate = installs[i];
        Slot k;
        k.name = QStringLiteral("L1");
        p.slots.push_back(k);
        s.spans.push_back(p);
    }
    return s;
}

const Stay& stayOf(const StoragePlan& plan, const char* id) {
    for (const Stay& s : plan.stays) {
        if (s.elementId == QLatin1String(id)) return s;
    }
    throw std::runtime_error(id);
}

const char* const kYard = "POLYGON((0 0,50 0,50 20,0 20,0 0))";

// Hand count. Plan start 2025-01-01, lead 0. Girder A harvested Monday 2025-01-06 and assigned
// to span 1, installed Monday 2025-01-20: it is there 06..19 January (14 days) and gone on the
// Monday it leaves. Girder B harvested Wednesday 2025-01-08, unassigned: it stays to the latest
// install date of the project, Monday 2025-02-03 (span 2). Girder C has no harvest date: from
// plan_start 2025-01-01 (a Wednesday), assigned to span 2.
// Weeks (Monday first): 2024-12-30: C only -> 1 (from Wed 1 Jan); 2025-01-06: A, C from Monday,
// B from Wednesday -> 3; 2025-01-13: 3; 2025-01-20: A gone on Monday -> 2; 2025-01-27: 2;
// 2025-02-03: nobody (B and C leave that Monday) -> no week.
class StoragePlanTest : public ::testing::Test {
protected:
    void SetUp() override {
        ProjectSettings settings;
        settings.planStart = QDate(2025, 1, 1);
        doc.setSettings(settings);
        doc.setSites({yard(QStringLiteral("Y"), kYard, 1.25)});
        doc.insertElement(girder(QStringLiteral("A"), QStringLiteral("Y"), QDate(2025, 1, 6)));
        doc.insertElement(girder(QStringLiteral("B"), QStringLiteral("Y"), QDate(2025, 1, 8)));
        Element c = girder(QStringLiteral("C"), QStringLiteral("Y"), QDate());
        c.harvestDate.reset();
        doc.insertElement(c);
        doc.insertElement(girder(QStringLiteral("N"), QString(), QDate(2025, 1, 6)));  // no site
        doc.insertStructure(0, bridge({QDate(2025, 1, 20), QDate(2025, 2, 3)}));
        const Structure& s = doc.structure(0);
        doc.setAssignment({doc.elementById(QStringLiteral("A"))->uid, s.spans[0].slots[0].uid});
        doc.setAssignment({doc.elementById(QStringLiteral("C"))->uid, s.spans[1].slots[0].uid});
    }
    ProjectDocument doc;
};

TEST_F(StoragePlanTest, StaysFollowThePlanAndAGirderWithoutSiteHasNone) {
    const StoragePlan plan = planStorage(doc);
    ASSERT_EQ(plan.stays.size(), 3u);
    const Stay& a = stayOf(plan, "A");
    EXPECT_EQ(a.from, QDate(2025, 1, 6));
    EXPECT_EQ(a.to, QDate(2025, 1, 20));
    EXPECT_EQ(a.days(), 14);
    ASSERT_TRUE(a.destination.has_value());
    EXPECT_EQ(a.destination->span, QStringLiteral("1"));
    const Stay& b = stayOf(plan, "B");
    EXPECT_FALSE(b.destination.has_value()) << "unassigned: no destination";
    EXPECT_EQ(b.to, QDate(2025, 2, 3)) << "the latest install date of the project";
    const Stay& c = stayOf(plan, "C");
    EXPECT_EQ(c.from, QDate(2025, 1, 1)) << "no harvest date: plan_start";
    EXPECT_FALSE(a.manual);
}

TEST_F(StoragePlanTest, WeeklyCountsAtTheIntervalEnds) {
    const StoragePlan plan = planStorage(doc);
    ASSERT_EQ(plan.sites.size(), 1u);
    const SiteOccupancy& y = plan.sites[0];
    std::vector<std::pair<QDate, int>> weeks;
    for (const WeekOccupancy& w : y.weeks) weeks.emplace_back(w.weekStart, w.count);
    const std::vector<std::pair<QDate, int>> expected = {{QDate(2024, 12, 30), 1},
                                                         {QDate(2025, 1, 6), 3},
                                                         {QDate(2025, 1, 13), 3},
                                                         {QDate(2025, 1, 20), 2},
                                                         {QDate(2025, 1, 27), 2}};
    EXPECT_EQ(weeks, expected);
    EXPECT_EQ(y.peakDate, QDate(2025, 1, 8)) << "the first day with three girders";
    EXPECT_EQ(y.peakCount, 3);
    EXPECT_NEAR(y.weeks[1].areaM2, 3 * 20.0 * 1.2, 1e-9);
    EXPECT_DOUBLE_EQ(y.outlineAreaM2, 1000.0);
}

TEST_F(StoragePlanTest, CostToTheCent) {
    // A: 20 m x 1.2 m = 24 m2 at 1.25 EUR/m2/month for 14 days: 24 * 1.25 * 14 / 30.4375
    // = 13.7988... -> 13.80. B: 26 days -> 25.6262... -> 25.63. C: 33 days -> 32.5256... -> 32.53.
    const StoragePlan plan = planStorage(doc);
    EXPECT_DOUBLE_EQ(stayOf(plan, "A").costEur, 13.80);
    EXPECT_DOUBLE_EQ(stayOf(plan, "B").costEur, 25.63);
    EXPECT_DOUBLE_EQ(stayOf(plan, "C").costEur, 32.53);
    EXPECT_DOUBLE_EQ(plan.sites[0].costEur, 13.80 + 25.63 + 32.53);
    EXPECT_DOUBLE_EQ(stayCost(17.92, 1180, 0.85, 565), 333.64);
}

TEST_F(StoragePlanTest, ANewAssignmentMovesTheStaysEndAndTheLeadShortensIt) {
    const Uid b = doc.elementById(QStringLiteral("B"))->uid;
    const Uid slot = doc.structure(0).spans[0].slots[0].uid;
    doc.setAssignment({b, slot});  // B takes A's slot: installed 2025-01-20
    ProjectSettings s = doc.settings();
    s.deliveryLeadDays = 3;
    doc.setSettings(s);
    const StoragePlan plan = planStorage(doc);
    EXPECT_EQ(stayOf(plan, "B").to, QDate(2025, 1, 17));
    EXPECT_FALSE(stayOf(plan, "A").destination.has_value());
    EXPECT_EQ(stayOf(plan, "A").to, QDate(2025, 1, 31)) << "latest install 3 Feb minus 3 days";
}

TEST_F(StoragePlanTest, AManualStayReplacesTheDerivedOne) {
    const int row = doc.elementRowById(QStringLiteral("A"));
    Element a = doc.element(row);
    a.manualStay = ManualStay{QDate(2025, 1, 10), QDate(2025, 1, 12)};
    doc.updateElement(row, a);
    const StoragePlan plan = planStorage(doc);
    const Stay& s = stayOf(plan, "A");
    EXPECT_TRUE(s.manual);
    EXPECT_EQ(s.from, QDate(2025, 1, 10));
    EXPECT_EQ(s.days(), 2);
    ASSERT_TRUE(s.destination.has_value()) << "the destination stays the plan's";
}

TEST_F(StoragePlanTest, UnknownAndClosedSitesAreConflictsThatNameTheGirders) {
    Element x = girder(QStringLiteral("X"), QStringLiteral("NOWHERE"), QDate(2025, 1, 7));
    doc.insertElement(x);
    std::vector<StorageSite> sites = doc.sites();
    sites[0].openTo = QDate(2025, 1, 25);  // its last open day; B and C stay to 2 Feb
    doc.setSites(sites);
    const StoragePlan plan = planStorage(doc);
    ASSERT_EQ(plan.conflicts.size(), 2u);
    EXPECT_EQ(plan.conflicts[0].rule, QStringLiteral("unknown_site"));
    EXPECT_EQ(plan.conflicts[0].site, QStringLiteral("NOWHERE"));
    EXPECT_EQ(plan.conflicts[0].elements, QStringList{QStringLiteral("X")});
    EXPECT_EQ(plan.conflicts[1].rule, QStringLiteral("closed"));
    EXPECT_EQ(plan.conflicts[1].date, QDate(2025, 1, 26)) << "the first day it is closed";
    EXPECT_EQ(plan.conflicts[1].elements, (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_F(StoragePlanTest, GirdersThatDoNotFitMakeAConflictOnTheDayTheyArrive) {
    // The 50 m x 20 m yard holds 10 girders of 20 m x 1.2 m with lanes (hand count in
    // yardlayout_test.cpp). Twelve more arrive on 2025-01-15: 15 present, 5 do not fit; a 60 m
    // girder does not fit even alone.
    for (int i = 0; i < 12; ++i) {
        doc.insertElement(
            girder(QStringLiteral("M%1").arg(i), QStringLiteral("Y"), QDate(2025, 1, 15)));
    }
    doc.insertElement(
        girder(QStringLiteral("LONG"), QStringLiteral("Y"), QDate(2025, 1, 16), 60.0, 1200));
    StoragePlan plan = planStorage(doc);
    addLayoutConflicts(plan, doc.sites());
    ASSERT_GE(plan.conflicts.size(), 2u);
    const StorageConflict& room = plan.conflicts[0];
    EXPECT_EQ(room.rule, QStringLiteral("no_room"));
    EXPECT_EQ(room.date, QDate(2025, 1, 15));
    EXPECT_EQ(room.elements.size(), 5);
    bool tooLarge = false;
    for (const StorageConflict& c : plan.conflicts) {
        if (c.rule == QLatin1String("too_large")) {
            tooLarge = true;
            EXPECT_EQ(c.elements, QStringList{QStringLiteral("LONG")});
            EXPECT_EQ(c.date, QDate(2025, 1, 16));
        }
    }
    EXPECT_TRUE(tooLarge);
    const Layout l = layoutOn(plan, doc.sites()[0], QDate(2025, 1, 15));
    EXPECT_EQ(l.placed.size(), 10u);
    EXPECT_EQ(l.unplaced.size(), 5u);
}

TEST_F(StoragePlanTest, JsonHasTheContractsKeysInOrder) {
    const StoragePlan plan = planStorage(doc);
    const QByteArray json = storageToJson(doc, plan, siteLayouts(doc, plan, QDate()));
    const QString text = QString::fromUtf8(json);
    const QStringList keys = {
        QStringLiteral("\"sites\""),           QStringLiteral("\"site\""),
        QStringLiteral("\"outline_area_m2\""), QStringLiteral("\"usable_area_m2\""),
        QStringLiteral("\"peak_date\""),       QStringLiteral("\"peak_count\""),
        QStringLiteral("\"cost_eur\""),        QStringLiteral("\"weeks\""),
        QStringLiteral("\"week_start\""),      QStringLiteral("\"layout\""),
        QStringLiteral("\"placed\""),          QStringLiteral("\"unplaced\""),
        QStringLiteral("\"stays\""),           QStringLiteral("\"destination\""),
        QStringLiteral("\"conflicts\"")};
    qsizetype at = 0;
    for (const QString& k : keys) {
        const qsizetype next = text.indexOf(k, at);
        EXPECT_GE(next, at) << k.toStdString() << " missing or out of order";
        if (next >= 0) at = next;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("\"peak_date\": \"2025-01-08\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"destination\": null"))) << "B is unassigned";
}

}  // namespace
}  // namespace respan::yard
