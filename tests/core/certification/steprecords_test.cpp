// One entered step result and what it does to a girder (docs/recertification.md, "Results"):
// the checks between a record's fields, and the status, resistances and history it brings,
// shared by the results import and the step editor.
#include <gtest/gtest.h>

#include <QDateTime>

#include <algorithm>

#include "core/certification/steprecords.h"
#include "core/model/certification.h"
#include "core/model/element.h"

namespace respan {
namespace {

const QDateTime kWhen(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

bool hasProblem(const std::vector<certification::RecordProblem>& p, const char* field,
                const char* rule) {
    return std::any_of(p.begin(), p.end(), [&](const certification::RecordProblem& x) {
        return x.field == QLatin1String(field) && x.rule == QLatin1String(rule);
    });
}

StepRecord record(const char* step, StepStatus status) {
    StepRecord r;
    r.step = QString::fromLatin1(step);
    r.status = status;
    return r;
}

Element girderInStorage() {
    Element e;
    e.uid = 7;
    e.id = QStringLiteral("A9O-12");
    e.status = ElementStatus::InStorage;
    e.momentCapacity = KiloNewtonMetres(2210);
    e.shearCapacity = KiloNewtons(640);
    e.capacityBasis = CapacityBasis::Estimated;
    return e;
}

TEST(StepRecordCheck, EachRuleBetweenTheFieldsIsReportedAtItsColumn) {
    StepRecord r = record("material_tests", StepStatus::Passed);
    r.actualStart = QDate(2026, 3, 10);
    r.actualEnd = QDate(2026, 3, 9);
    EXPECT_TRUE(hasProblem(certification::checkStepRecord(r), "actual_end", "order"));

    r.actualStart.reset();
    EXPECT_TRUE(hasProblem(certification::checkStepRecord(r), "actual_start", "required"));

    r = record("material_tests", StepStatus::Running);
    r.actualStart = QDate(2026, 3, 1);
    r.actualEnd = QDate(2026, 3, 9);
    EXPECT_TRUE(hasProblem(certification::checkStepRecord(r), "actual_end", "status"));

    r = record("recalculation", StepStatus::Passed);
    r.momentCapacity = KiloNewtonMetres(0);
    EXPECT_TRUE(hasProblem(certification::checkStepRecord(r), "moment_capacity_knm", "range"));

    r = record("recalculation", StepStatus::Running);
    r.shearCapacity = KiloNewtons(700);
    EXPECT_TRUE(hasProblem(certification::checkStepRecord(r), "shear_capacity_kn", "status"));

    // The same fields in order: nothing to say. A step may end on the day it starts.
    r = record("recalculation", StepStatus::Conditional);
    r.actualStart = QDate(2026, 3, 1);
    r.actualEnd = QDate(2026, 3, 1);
    r.momentCapacity = KiloNewtonMetres(2450);
    EXPECT_TRUE(certification::checkStepRecord(r).empty());
}

TEST(StepRecordApply, AFailedStepRejectsOnceAndSavingItAgainAddsNothing) {
    const std::vector<ProtocolStep> protocol = defaultProtocol();
    StepRecord r = record("material_tests", StepStatus::Failed);
    r.result = QStringLiteral("chlorides 0.6 %");
    certification::StepOutcome outcome;
    const Element before = girderInStorage();
    const Element after =
        certification::withStepRecord(before, protocol, r, QStringLiteral("anna"), kWhen,
                                      QStringLiteral("step editor"), &outcome);
    EXPECT_TRUE(outcome.rejected);
    EXPECT_EQ(after.status, ElementStatus::Rejected);
    ASSERT_EQ(after.history.size(), before.history.size() + 1);
    const StatusChange& h = after.history.back();
    EXPECT_EQ(h.user, QStringLiteral("anna"));
    EXPECT_EQ(h.time, kWhen);
    EXPECT_EQ(h.from, ElementStatus::InStorage);
    EXPECT_EQ(h.to, ElementStatus::Rejected);
    EXPECT_EQ(h.note, QStringLiteral("step material_tests failed: chlorides 0.6 % (step editor)"));
    ASSERT_NE(after.stepRecord(QStringLiteral("material_tests")), nullptr);
    EXPECT_EQ(*after.stepRecord(QStringLiteral("material_tests")), r);

    // The same record again (a note added): no second rejection in the history.
    r.note = QStringLiteral("lab called");
    const Element again = certification::withStepRecord(
        after, protocol, r, QStringLiteral("anna"), kWhen, QStringLiteral("step editor"), &outcome);
    EXPECT_FALSE(outcome.rejected);
    EXPECT_EQ(again.history.size(), after.history.size());
    EXPECT_EQ(again.stepRecord(QStringLiteral("material_tests"))->note, r.note);
}

TEST(StepRecordApply, PassedResistancesReplaceTheEstimateAndTheLastStepCertifies) {
    const std::vector<ProtocolStep> protocol = defaultProtocol();
    Element e = girderInStorage();
    // Every step but the recalculation passed already.
    for (const ProtocolStep& s : protocol) {
        if (s.id != QLatin1String("recalculation"))
            e.certification.push_back(record(s.id.toLatin1().constData(), StepStatus::Passed));
    }
    StepRecord r = record("recalculation", StepStatus::Passed);
    r.momentCapacity = KiloNewtonMetres(2450);
    r.shearCapacity = KiloNewtons(702.5);
    certification::StepOutcome outcome;
    const Element after = certification::withStepRecord(
        e, protocol, r, QStringLiteral("anna"), kWhen, QStringLiteral("step editor"), &outcome);
    EXPECT_TRUE(outcome.verified);
    EXPECT_TRUE(outcome.certified);
    EXPECT_FALSE(outcome.rejected);
    ASSERT_TRUE(after.momentCapacity && after.shearCapacity);
    EXPECT_DOUBLE_EQ(after.momentCapacity->value(), 2450);
    EXPECT_DOUBLE_EQ(after.shearCapacity->value(), 702.5);
    EXPECT_EQ(after.capacityBasis, CapacityBasis::Verified);
    EXPECT_EQ(after.status, ElementStatus::Certified);
    ASSERT_EQ(after.history.size(), e.history.size() + 2);
    EXPECT_TRUE(after.history[after.history.size() - 2].note.contains(
        QStringLiteral("MRd 2450 kNm, VRd 702.5 kN, verified; before: MRd 2210 kNm, VRd 640 kN")));
    EXPECT_EQ(after.history.back().note, QStringLiteral("every protocol step done (step editor)"));
}

TEST(StepRecordApply, ARecordThatSaysNothingIsDroppedAndAPlannedStartAloneChangesNoStatus) {
    const std::vector<ProtocolStep> protocol = defaultProtocol();
    Element e = girderInStorage();
    StepRecord moved = record("material_tests", StepStatus::Planned);
    moved.plannedStart = QDate(2026, 5, 4);
    certification::StepOutcome outcome;
    e = certification::withStepRecord(e, protocol, moved, QString(), kWhen, QString(), &outcome);
    EXPECT_FALSE(outcome.rejected || outcome.verified || outcome.certified);
    EXPECT_EQ(e.status, ElementStatus::InStorage);
    EXPECT_TRUE(e.history.empty());
    ASSERT_EQ(e.certification.size(), 1u);
    EXPECT_EQ(e.certification.front().plannedStart, QDate(2026, 5, 4));

    moved.plannedStart.reset();
    e = certification::withStepRecord(e, protocol, moved, QString(), kWhen, QString(), &outcome);
    EXPECT_TRUE(e.certification.empty());
}

}  // namespace
}  // namespace respan
