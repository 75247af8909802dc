// Recertification files and the plan in time (docs/contract/planning.md sections 1, 4.1-4.4):
// the protocol and results CSV with their errors, the lifecycle, R5 v2 and how the optimiser's
// plan agrees with its own schedule (checked against brute force on a lab of one).
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>

#include "core/certification/schedule.h"
#include "core/cli/cli.h"
#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/io/certificationcsv.h"
#include "core/matching/judging/planvalidation.h"
#include "core/matching/matchinput.h"
#include "core/matching/optimiser.h"
#include "core/matching/rules.h"
#include "core/storage/projectstore.h"
#include "support/matchinginstances.h"

namespace respan {
namespace {

const io::ImportMessage* messageAt(const io::ImportMessages& m, int row, const char* column) {
    for (const io::ImportMessage& x : m) {
        if (x.row == row && x.column == QLatin1String(column)) return &x;
    }
    return nullptr;
}

TEST(ProtocolCsv, TheDefaultTemplateRoundTripsInBothDialects) {
    for (const io::CsvDialect d : {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        const io::ProtocolImport r =
            io::parseProtocolCsv(io::writeProtocolCsv(defaultProtocol(), d));
        ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
        EXPECT_EQ(r.steps, defaultProtocol());
    }
}

TEST(ProtocolCsv, ACycleIsRefusedWithTheCycleNamedAndNothingImported) {
    const QByteArray csv =
        "step,name,phase,duration_days,predecessors,resource,resource_capacity\n"
        "a,Archive,before_harvest,10,c,,\n"
        "b,Tests,after_harvest,20,a,lab,4\n"
        "c,Recalc,after_harvest,15,b,,\n";
    const io::ProtocolImport r = io::parseProtocolCsv(csv);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.steps.empty());
    ASSERT_FALSE(r.errors.empty());
    bool named = false;
    for (const io::ImportMessage& m : r.errors) {
        if (m.message.contains(QStringLiteral("a -> b -> c -> a")) ||
            m.message.contains(QStringLiteral("b -> c -> a -> b")) ||
            m.message.contains(QStringLiteral("c -> a -> b -> c")))
            named = true;
        EXPECT_GE(m.row, 2);
    }
    EXPECT_TRUE(named) << r.errors.front().toString().toStdString();
}

TEST(ProtocolCsv, FieldErrorsSayRowColumnAndValue) {
    const QByteArray csv =
        "step,name,phase,duration_days,predecessors,resource,resource_capacity,cost_eur\n"
        "a,Archive,before_harvest,-3,,,,\n"        // row 2: negative duration
        "b,Tests,after_harvest,20,x,lab,4,\n"      // row 3: unknown predecessor
        "c,More tests,after_harvest,5,b,lab,2,\n"  // row 4: lab's capacity disagrees
        "d,Drive,during,5,,,0,-1\n"                // row 5: phase, capacity, cost
        "a,Again,after_harvest,1,,,,\n";           // row 6: duplicate id
    const io::ProtocolImport r = io::parseProtocolCsv(csv);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.steps.empty());
    const io::ImportMessage* m = messageAt(r.errors, 2, "duration_days");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->value, QStringLiteral("-3"));
    EXPECT_NE(messageAt(r.errors, 5, "phase"), nullptr);
    EXPECT_NE(messageAt(r.errors, 5, "resource_capacity"), nullptr);
    EXPECT_NE(messageAt(r.errors, 5, "cost_eur"), nullptr);
    // Template-wide problems are reported once the fields are clean.
    const io::ProtocolImport t = io::parseProtocolCsv(
        "step,name,phase,duration_days,predecessors,resource,resource_capacity\n"
        "a,Archive,before_harvest,3,,,\n"
        "b,Tests,after_harvest,20,x,lab,4\n"
        "c,More tests,after_harvest,5,b,lab,2\n"
        "a,Again,after_harvest,1,,,\n");
    ASSERT_FALSE(t.ok());
    const io::ImportMessage* pred = messageAt(t.errors, 3, "predecessors");
    ASSERT_NE(pred, nullptr);
    EXPECT_EQ(pred->value, QStringLiteral("x"));
    EXPECT_NE(messageAt(t.errors, 4, "resource_capacity"), nullptr);
    EXPECT_NE(messageAt(t.errors, 5, "step"), nullptr);
}

/// Two girders in storage, harvested 2027-03-15; G1 has every step passed but the last.
class CertificationImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        Element g1 = test::handGirder(kNoUid, "G1", 900, 20.5, 25, 3000);
        Element g2 = test::handGirder(kNoUid, "G2", 900, 20.5, 25, 3000);
        g1.harvestDate = g2.harvestDate = QDate(2027, 3, 15);
        for (const ProtocolStep& s : defaultProtocol()) {
            if (s.id == QLatin1String("quality_declaration")) continue;
            StepRecord r;
            r.step = s.id;
            r.status = StepStatus::Passed;
            g1.certification.push_back(r);
        }
        doc.appendElements({g1, g2});
    }
    ProjectDocument doc;
    const QDateTime when{QDate(2027, 6, 1), QTime(9, 0), Qt::UTC};
};

TEST_F(CertificationImportTest, FailedRejectsPassedResistancesAreVerifiedLastStepCertifies) {
    const QByteArray csv =
        "element,step,status,actual_start,actual_end,result,moment_capacity_knm,"
        "shear_capacity_kn,note\n"
        "G1,quality_declaration,passed,2027-05-01,2027-05-06,declared,,,\n"
        "G2,recalculation,conditional,2027-04-01,2027-04-16,shear governs,3100,650,\n"
        "G2,material_tests,failed,2027-03-20,2027-04-09,chlorides 0.6 %,,,\n";
    io::CertificationImport r = io::parseCertificationCsv(csv, doc, QStringLiteral("anna"), when);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    EXPECT_EQ(r.records, 3);
    EXPECT_EQ(r.certified, QStringList{QStringLiteral("G1")});
    EXPECT_EQ(r.rejected, QStringList{QStringLiteral("G2")});
    EXPECT_EQ(r.verified, QStringList{QStringLiteral("G2")});
    io::applyCertificationImport(doc, std::move(r));
    const Element& g1 = *doc.elementById(QStringLiteral("G1"));
    EXPECT_EQ(g1.status, ElementStatus::Certified);
    EXPECT_EQ(g1.history.back().user, QStringLiteral("anna"));
    EXPECT_EQ(g1.history.back().time, when);
    const Element& g2 = *doc.elementById(QStringLiteral("G2"));
    EXPECT_EQ(g2.status, ElementStatus::Rejected);
    EXPECT_EQ(g2.momentCapacity, KiloNewtonMetres(3100));
    EXPECT_EQ(g2.shearCapacity, KiloNewtons(650));
    EXPECT_EQ(g2.capacityBasis, CapacityBasis::Verified);
    ASSERT_EQ(g2.history.size(), 2u);  // resistances verified, then rejected
    EXPECT_TRUE(g2.history[0].note.contains(QStringLiteral("MRd 3100 kNm")));
    EXPECT_TRUE(g2.history[0].note.contains(QStringLiteral("MRd 3000 kNm")));  // what it replaced
    EXPECT_EQ(g2.history[1].to, ElementStatus::Rejected);
    EXPECT_TRUE(g2.history[1].note.contains(QStringLiteral("material_tests")));
    ASSERT_NE(g2.stepRecord(QStringLiteral("material_tests")), nullptr);
    EXPECT_EQ(g2.stepRecord(QStringLiteral("material_tests"))->actualEnd, QDate(2027, 4, 9));
    // Neither of them is scheduled any more (certified, rejected).
    EXPECT_TRUE(certification::scheduleDocument(doc).girders.empty());
}

TEST_F(CertificationImportTest, BadRowsAreRefusedWithRowColumnValueAndNothingChanges) {
    const QByteArray csv =
        "element,step,status,actual_start,actual_end,moment_capacity_knm\n"
        "G9,archive,passed,,,\n"                             // row 2: unknown girder
        "G1,painting,passed,,,\n"                            // row 3: unknown step
        "G2,archive,done,,,\n"                               // row 4: unknown status
        "G2,material_tests,passed,2027-04-09,2027-03-20,\n"  // row 5: ends before it starts
        "G2,recalculation,failed,,,2900\n"                   // row 6: resistance from a fail
        "G2,material_tests,passed,,,\n";                     // row 7: pair twice
    const io::CertificationImport r =
        io::parseCertificationCsv(csv, doc, QStringLiteral("anna"), when);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.changed.empty());
    ASSERT_NE(messageAt(r.errors, 2, "element"), nullptr);
    EXPECT_EQ(messageAt(r.errors, 2, "element")->value, QStringLiteral("G9"));
    EXPECT_NE(messageAt(r.errors, 3, "step"), nullptr);
    EXPECT_EQ(messageAt(r.errors, 4, "status")->value, QStringLiteral("done"));
    EXPECT_NE(messageAt(r.errors, 5, "actual_end"), nullptr);
    EXPECT_NE(messageAt(r.errors, 6, "moment_capacity_knm"), nullptr);
    ASSERT_NE(messageAt(r.errors, 7, "step"), nullptr);
    EXPECT_TRUE(messageAt(r.errors, 7, "step")->message.contains(QStringLiteral("row 5")));
}

TEST(Lifecycle, OneStepAtATimeRejectedFromAnyNothingAfterTheEnd) {
    using S = ElementStatus;
    const std::vector<S> chain{S::InStructure, S::Harvested, S::InStorage,
                               S::Certified,   S::Reserved,  S::Installed};
    for (int a = 0; a < kElementStatusCount; ++a) {
        for (int b = 0; b < kElementStatusCount; ++b) {
            const auto from = static_cast<S>(a);
            const auto to = static_cast<S>(b);
            const bool allowed =
                from == to || (to == S::Rejected && from != S::Installed && from != S::Rejected) ||
                (from != S::Rejected && from != S::Installed && b == a + 1 && to != S::Rejected) ||
                (from == S::Reserved && to == S::Certified);
            EXPECT_EQ(refusedStatusChange(from, to).isEmpty(), allowed)
                << elementStatusKey(from).toStdString() << " -> "
                << elementStatusKey(to).toStdString();
        }
    }
    EXPECT_TRUE(refusedStatusChange(S::InStorage, S::Reserved)
                    .contains(elementStatusName(S::Certified)));  // says what comes first
}

// A lab of one: each girder's material tests take 20 days and nobody else may use the lab, so
// three girders harvested together are ready 20 days apart. The slots of one span need them by
// a date that only two can make. Each girder alone could make it (the earliest-date bound
// says three), but any plan of three has one late. Brute force over every plan says two.
TEST(PlanInTime, TheOptimisersPlanAgreesWithItsOwnScheduleAndEqualsBruteForce) {
    ProjectDocument doc;
    ProjectSettings s;
    s.planStart = QDate(2027, 1, 4);
    s.planCertification = true;
    s.deliveryLeadDays = 7;
    doc.setSettings(s);
    std::vector<ProtocolStep> protocol(2);
    protocol[0].id = QStringLiteral("inspection");
    protocol[0].name = QStringLiteral("Inspection");
    protocol[0].durationDays = 2;
    protocol[1].id = QStringLiteral("material_tests");
    protocol[1].name = QStringLiteral("Material tests");
    protocol[1].durationDays = 20;
    protocol[1].predecessors = {QStringLiteral("inspection")};
    protocol[1].resource = QStringLiteral("lab");
    protocol[1].resourceCapacity = 1;
    doc.setProtocol(protocol);
    std::vector<Element> girders;
    for (const char* id : {"G1", "G2", "G3"}) {
        Element e = test::handGirder(kNoUid, id, 900, 20.5, 25, 3000);
        e.harvestDate = QDate(2027, 2, 1);
        girders.push_back(e);
    }
    doc.appendElements(girders);
    Structure st;
    st.name = QStringLiteral("KW1");
    st.site = GeoPoint{52.25, 4.57};
    Span span = test::handSpan(
        kNoUid, "1",
        {test::handSlot(kNoUid, "S1"), test::handSlot(kNoUid, "S2"), test::handSlot(kNoUid, "S3")});
    // Ready by hand: inspection 02-01..02-03, tests 02-03..02-23, 02-23..03-15, 03-15..04-04.
    // Latest delivery = install - 7 days; 2027-03-22 - 7 = 03-15: the first two make it.
    span.installDate = QDate(2027, 3, 22);
    st.spans.push_back(span);
    doc.insertStructure(0, st);

    // Brute force: every injective plan of a subset of girders into the slots, judged by the
    // schedule of that very plan.
    std::vector<Uid> slots;
    for (const Slot& k : doc.structure(0).spans[0].slots) slots.push_back(k.uid);
    int best = 0;
    for (int code = 0; code < 64; ++code) {
        int c = code;
        std::vector<Assignment> plan;
        std::vector<bool> used(3, false);
        bool ok = true;
        for (int g = 0; g < 3; ++g, c /= 4) {
            const int k = c % 4;
            if (k == 3) continue;
            if (used[static_cast<std::size_t>(k)]) ok = false;
            used[static_cast<std::size_t>(k)] = true;
            plan.push_back({doc.element(g).uid, slots[static_cast<std::size_t>(k)], false});
        }
        if (!ok) continue;
        const QHash<Uid, QDate> ready = certification::readyDates(
            doc.protocol(), doc.elements(), doc.structures(), plan, doc.settings());
        bool inTime = true;
        for (const Assignment& a : plan) {
            if (ready.value(a.elementUid) > QDate(2027, 3, 15)) inTime = false;
        }
        if (inTime) best = std::max(best, static_cast<int>(plan.size()));
    }
    ASSERT_EQ(best, 2);

    matching::MatchOptions options;
    options.objective = matching::Objective::Count;
    const matching::MatchResult r = matching::optimisePlan(matching::makeMatchInput(doc), options);
    EXPECT_EQ(r.filledSlots, best);
    EXPECT_GE(r.statistics.certificationRounds, 2);  // the first plan of three was late
    EXPECT_EQ(r.upperBoundFilledSlots, 3);           // the earliest-date bound
    EXPECT_FALSE(r.optimal);                         // 2 < 3: not proven by this search
    // The plan's own schedule has every assigned girder in time.
    doc.setAssignments(matching::plannedAssignments(doc, r));
    const certification::Schedule sch = certification::scheduleDocument(doc);
    EXPECT_TRUE(sch.late.isEmpty()) << sch.late.join(QStringLiteral(", ")).toStdString();
    for (const Assignment& a : doc.assignments()) {
        ASSERT_TRUE(sch.readyDate(a.elementUid).has_value());
        EXPECT_LE(*sch.readyDate(a.elementUid), QDate(2027, 3, 15));
    }
    // The girder left out is explained by its ready date (R5 v2).
    bool explained = false;
    for (const matching::UnfilledSlot& u : r.unfilledSlots) {
        for (const matching::SlotReason& why : u.reasons) {
            if (why.rule == matching::RuleId::R5Timing &&
                why.detail.contains(QStringLiteral("2027-04-04")))
                explained = true;
        }
    }
    EXPECT_TRUE(explained);
}

TEST(PlanInTime, ACancelBetweenRoundsKeepsTheLastRoundsPlan) {
    // Plan and schedule agree only after several rounds (a lab for one girder at a time).
    // Cancel is pressed the moment the first round's search has closed its gap, so the second
    // round starts cancelled and finds no plan at all: the first round's plan, without its
    // late girders, must come back (it once came back empty).
    test::RealisticSpec spec;
    spec.seed = 1;
    spec.pinnedSpans = 3;
    matching::MatchInput in = test::generateRealistic(spec);
    in.protocol = defaultProtocol();
    for (ProtocolStep& p : in.protocol) {
        if (p.resource == QLatin1String("lab")) p.resourceCapacity = 1;
    }
    in.settings.planCertification = true;
    in.settings.planStart = QDate(2025, 1, 1);
    in.settings.deliveryLeadDays = 14;
    for (Element& e : in.elements) e.harvestDate = e.availableFrom.value_or(QDate(2025, 1, 1));
    const matching::MatchResult full = matching::optimisePlan(in, {});
    ASSERT_GE(full.statistics.certificationRounds, 2);

    std::atomic<bool> cancel{false};
    matching::MatchOptions options;
    options.cancel = &cancel;
    options.progress = [&cancel](const matching::MatchProgress& p) {
        if (p.upperBoundKg - p.bestSavingKg <= 1e-3) cancel.store(true);
    };
    const matching::MatchResult r = matching::optimisePlan(in, options);
    ASSERT_TRUE(cancel.load());
    EXPECT_EQ(r.statistics.certificationRounds, 2);
    EXPECT_TRUE(r.stopped);
    EXPECT_FALSE(r.optimal);
    int pins = 0;
    for (const matching::PlannedAssignment& a : r.assignments) pins += a.pinned ? 1 : 0;
    EXPECT_GT(r.filledSlots, pins) << "only the pins came back";
    EXPECT_LE(r.totalSavingKg, r.upperBoundKg + 1e-6);
    std::vector<Assignment> plan;
    for (const matching::PlannedAssignment& a : r.assignments)
        plan.push_back({a.elementUid, a.slotUid, a.pinned});
    EXPECT_TRUE(matching::validatePlan(in, plan).empty());
}

TEST(PlanInTime, R5NamesTheReadyDateAndTheLeadDays) {
    Element e = test::handGirder(kNoUid, "A9O-12", 900, 20.5, 25, 3000);
    Span p = test::handSpan(kNoUid, "1", {test::handSlot(kNoUid, "L3")});
    p.installDate = QDate(2027, 3, 1);
    Structure st;
    st.name = QStringLiteral("KW1");
    st.site = GeoPoint{52.25, 4.57};
    ProjectSettings s;
    s.deliveryLeadDays = 14;
    // Latest delivery 2027-02-15: ready on that day holds, a day later fails by one day.
    EXPECT_TRUE(matching::checkPair(e, st, p, p.slots[0], s, QDate(2027, 2, 15)).admissible());
    const matching::PairCheck late =
        matching::checkPair(e, st, p, p.slots[0], s, QDate(2027, 2, 16));
    ASSERT_FALSE(late.admissible());
    EXPECT_EQ(late.failed, matching::RuleId::R5Timing);
    const QString why = matching::describeFailure(late);
    EXPECT_TRUE(why.contains(QStringLiteral("2027-02-16"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("2027-02-15"))) << why.toStdString();
    // Without a ready date and lead days the v1 rule and text hold.
    s.deliveryLeadDays = 0;
    EXPECT_TRUE(matching::checkPair(e, st, p, p.slots[0], s, std::nullopt).admissible());
}

TEST(PlanInTime, DemoMatchApplyThenCertificationHasEveryAssignedGirderReady) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("demo.respan"));
    const QString json = dir.filePath(QStringLiteral("cert.json"));
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    auto run = [&](QStringList args) {
        args.prepend(QStringLiteral("respan-cli"));
        return cli::run(args, out, err);
    };
    ASSERT_EQ(run({QStringLiteral("demo"), file}), 0);
    ASSERT_EQ(run({QStringLiteral("match"), file, QStringLiteral("--apply")}), 0);
    ASSERT_EQ(run({QStringLiteral("certification"), file, QStringLiteral("--json"), json}), 0);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(root.keys(), (QStringList{QStringLiteral("girders"), QStringLiteral("late"),
                                        QStringLiteral("resource_peaks")}));
    EXPECT_TRUE(root.value(QStringLiteral("late")).toArray().isEmpty());
    ProjectDocument doc;
    ProjectStore::load(file, doc, true);
    QSet<QString> assigned;
    for (const Assignment& a : doc.assignments())
        assigned.insert(doc.elementByUid(a.elementUid)->id);
    int withDeadline = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("girders")).toArray()) {
        const QJsonObject g = v.toObject();
        EXPECT_EQ(g.keys(), (QStringList{QStringLiteral("deadline"), QStringLiteral("element"),
                                         QStringLiteral("late_days"), QStringLiteral("ready_date"),
                                         QStringLiteral("steps")}));
        const QString id = g.value(QStringLiteral("element")).toString();
        if (!assigned.contains(id)) continue;
        ++withDeadline;
        const QDate ready =
            QDate::fromString(g.value(QStringLiteral("ready_date")).toString(), Qt::ISODate);
        const QDate due =
            QDate::fromString(g.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
        ASSERT_TRUE(due.isValid()) << id.toStdString();
        if (ready.isValid()) {
            EXPECT_LE(ready, due) << id.toStdString();
        }
        EXPECT_EQ(g.value(QStringLiteral("late_days")).toInt(), 0);
        for (const QJsonValue& st : g.value(QStringLiteral("steps")).toArray()) {
            EXPECT_EQ(st.toObject().keys(),
                      (QStringList{QStringLiteral("end"), QStringLiteral("latest_start"),
                                   QStringLiteral("resource"), QStringLiteral("start"),
                                   QStringLiteral("status"), QStringLiteral("step")}));
        }
    }
    EXPECT_GT(withDeadline, 10);  // the demo's A9 girders in storage with open steps are in use
    const QJsonArray peaks = root.value(QStringLiteral("resource_peaks")).toArray();
    ASSERT_FALSE(peaks.isEmpty());
    for (const QJsonValue& v : peaks) {
        EXPECT_LE(v.toObject().value(QStringLiteral("in_use")).toInt(),
                  v.toObject().value(QStringLiteral("capacity")).toInt());
    }
}

// The lab's actual days count for everyone: a certified girder's recorded tests keep a girder
// with an earlier deadline out of the lab on those days (by hand: lab of one, 20 days; C's
// tests ran 2027-02-10..03-02, so A, harvested 02-01, waits until 03-02 and is ready 03-22).
TEST(PlanInTime, RecordedStepsHoldTheirResourceDaysEvenForCertifiedGirders) {
    std::vector<ProtocolStep> protocol(1);
    protocol[0].id = QStringLiteral("material_tests");
    protocol[0].name = QStringLiteral("Material tests");
    protocol[0].durationDays = 20;
    protocol[0].resource = QStringLiteral("lab");
    protocol[0].resourceCapacity = 1;
    Element a = test::handGirder(1, "A", 900, 20.5, 25, 3000);
    a.harvestDate = QDate(2027, 2, 1);
    Element c = test::handGirder(2, "C", 900, 20.5, 25, 3000);
    c.status = ElementStatus::Certified;
    StepRecord done;
    done.step = protocol[0].id;
    done.status = StepStatus::Passed;
    done.actualStart = QDate(2027, 2, 10);
    done.actualEnd = QDate(2027, 3, 2);
    c.certification = {done};
    certification::ScheduleOptions o;
    o.planStart = QDate(2027, 1, 4);
    const certification::Schedule s =
        certification::schedule(protocol, {a, c}, {{Uid(1), QDate(2027, 6, 1)}}, o);
    ASSERT_EQ(s.girders.size(), 1u);  // C is certified: not scheduled
    EXPECT_EQ(s.girders[0].steps[0].start, QDate(2027, 3, 2));
    EXPECT_EQ(s.readyDate(1), QDate(2027, 3, 22));
    ASSERT_EQ(s.resources.size(), 1u);
    EXPECT_EQ(s.resources[0].peak, 1);
}

}  // namespace
}  // namespace respan
