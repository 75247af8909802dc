// Recertification in the GUI (issue 13; docs/recertification.md): the Gantt view's bars moved
// with the mouse (one undo step), the late girders list jumping to the girder, the step editor
// (a failed step rejects, evidence attached to the step, dates in the wrong order refused) and
// the protocol editor (a cycle refused with its step, OK replaces the template, undo restores).
// RESPAN_SCREENSHOT_DIR saves what the user sees.
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"
#include "core/matching/judging/plancheck.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/certification/certificationpanel.h"
#include "ui/certification/ganttview.h"
#include "ui/certification/protocoleditordialog.h"
#include "ui/certification/stepeditordialog.h"

namespace respan::test {
namespace {

void screenshot(QWidget& w, const char* name) {
    const QByteArray dir = qgetenv("RESPAN_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    w.show();
    w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
}

/// A girder of the schedule and one of its steps that is planned (no actual dates, not done).
struct PlannedStep {
    Uid element = kNoUid;
    int step = -1;
    QDate start;
};

PlannedStep firstPlannedStep(const certification::Schedule& s) {
    for (const certification::GirderSchedule& g : s.girders) {
        for (const certification::ScheduledStep& st : g.steps) {
            if (!st.actual && !st.done && st.status == StepStatus::Planned)
                return {g.element, st.step, st.start};
        }
    }
    return {};
}

class CertificationGui : public ::testing::Test {
protected:
    void SetUp() override { buildDemoSample(doc_, true); }
    ProjectDocument doc_;
    QUndoStack undo_;
};

TEST_F(CertificationGui, DraggingAPlannedBarMovesTheStepByTheDaysDraggedAndUndoPutsItBack) {
    ui::CertificationPanel panel(doc_, undo_);
    panel.resize(1200, 650);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.refresh();
    ui::GanttView* gantt = panel.gantt();
    gantt->setZoom(ui::GanttView::Zoom::Weeks);  // 20 px a day: ten days are 200 px
    const PlannedStep p = firstPlannedStep(gantt->schedule());
    ASSERT_NE(p.element, kNoUid) << "the demo has a girder with a planned step";
    ASSERT_TRUE(gantt->selectElement(p.element));
    gantt->scrollToDate(p.start);
    const QRect bar = gantt->barRect(p.element, p.step);
    ASSERT_FALSE(bar.isEmpty());
    const Element before = *doc_.elementByUid(p.element);

    const QPoint from = bar.center();
    QWidget* vp = gantt->viewport();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    // Pressing on a bar selects its girder without moving the chart under the mouse.
    EXPECT_EQ(gantt->barRect(p.element, p.step), bar);
    for (int dx = 20; dx <= 200; dx += 20) QTest::mouseMove(vp, from + QPoint(dx, 0));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, from + QPoint(200, 0));

    const Element* after = doc_.elementByUid(p.element);
    ASSERT_NE(after, nullptr);
    const ProtocolStep& step = doc_.protocol()[static_cast<std::size_t>(p.step)];
    const StepRecord* r = after->stepRecord(step.id);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->plannedStart, p.start.addDays(10));
    EXPECT_EQ(after->status, before.status);
    ASSERT_EQ(undo_.count(), 1);
    EXPECT_TRUE(undo_.text(0).contains(after->id));
    // The schedule the view shows now starts the step no earlier than the day it was dragged to.
    panel.refresh();
    const certification::GirderSchedule* g = gantt->schedule().find(p.element);
    ASSERT_NE(g, nullptr);
    EXPECT_GE(g->steps[static_cast<std::size_t>(p.step)].start, p.start.addDays(10));
    screenshot(panel, "gantt-after-drag.png");

    undo_.undo();
    EXPECT_EQ(*doc_.elementByUid(p.element), before);

    // Read-only: the same drag moves nothing.
    panel.setEditable(false);
    panel.refresh();
    gantt->scrollToDate(p.start);
    const QRect again = gantt->barRect(p.element, p.step);
    ASSERT_FALSE(again.isEmpty());
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, again.center());
    for (int dx = 20; dx <= 200; dx += 20) QTest::mouseMove(vp, again.center() + QPoint(dx, 0));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, again.center() + QPoint(200, 0));
    EXPECT_EQ(*doc_.elementByUid(p.element), before);
    EXPECT_EQ(undo_.index(), 0);
}

TEST(GanttView, PaintsBeforeItsFirstScheduleAndForAnEmptyProject) {
    // Shown before any schedule came (the dock opening): an axis around today, no rows.
    ProjectDocument empty;
    ui::GanttView view(empty);
    view.resize(900, 300);
    EXPECT_FALSE(view.grab().isNull());
    EXPECT_TRUE(view.firstDate().isValid());
    view.rebuild();
    EXPECT_EQ(view.rowCount(), 0);
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(CertificationGui, AClickInTheLateListSelectsTheGirderInTheChart) {
    // A deadline nobody can meet: every assigned girder with open steps is late.
    ProjectSettings s = doc_.settings();
    s.deliveryLeadDays = 2000;
    doc_.setSettings(s);
    ui::CertificationPanel panel(doc_, undo_);
    panel.resize(1200, 650);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.refresh();
    const certification::Schedule& schedule = panel.gantt()->schedule();
    ASSERT_FALSE(schedule.late.isEmpty());
    QListWidget* late = panel.lateList();
    ASSERT_EQ(late->count(), schedule.late.size());
    // The list says by how many days, as the schedule does.
    const certification::GirderSchedule* first = nullptr;
    for (const auto& g : schedule.girders) {
        if (g.id == schedule.late.front()) first = &g;
    }
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(late->item(0)->text().startsWith(first->id));
    EXPECT_TRUE(late->item(0)->text().contains(QString::number(first->lateDays)));

    QSignalSpy selected(&panel, &ui::CertificationPanel::elementSelected);
    const int row = late->count() - 1;
    const QRect r = late->visualItemRect(late->item(row));
    late->scrollToItem(late->item(row));
    QTest::mouseClick(late->viewport(), Qt::LeftButton, Qt::NoModifier,
                      late->visualItemRect(late->item(row)).center());
    (void)r;
    ASSERT_EQ(selected.count(), 1);
    const Uid uid = selected.front().front().value<Uid>();
    EXPECT_EQ(doc_.elementByUid(uid)->id, schedule.late.back());
    EXPECT_EQ(panel.gantt()->selectedElement(), uid);
    screenshot(panel, "gantt-late.png");
}

class StepEditorTest : public CertificationGui {
protected:
    /// A girder in storage with open steps (the editor starts at its first open step).
    Uid girder() const {
        for (const Element& e : doc_.elements()) {
            if (e.status == ElementStatus::InStorage && certification::needsCertification(e))
                return e.uid;
        }
        return kNoUid;
    }
    static ui::DocumentsTab::ContentReader noReader() {
        return [](const AttachedDocument&) { return QByteArray(); };
    }
};

TEST_F(StepEditorTest, AFailedStepRejectsTheGirderAndItsPlacementBecomesAConflict) {
    // A girder in storage with open steps that the plan places in a slot.
    Uid uid = kNoUid;
    for (const Element& e : doc_.elements()) {
        if (e.status == ElementStatus::InStorage && certification::needsCertification(e) &&
            doc_.assignmentForElement(e.uid))
            uid = e.uid;
    }
    ASSERT_NE(uid, kNoUid);
    const auto verdict = [this, &uid] {
        for (const matching::CheckedAssignment& c : matching::checkAssignments(doc_)) {
            if (c.assignment.elementUid == uid) return c.rule;
        }
        return matching::RuleId::None;
    };
    ASSERT_EQ(verdict(), matching::RuleId::None);
    const Element before = *doc_.elementByUid(uid);
    ui::StepEditorDialog dialog(doc_, uid, -1, QStringLiteral("anna"), noReader());
    const int step = dialog.currentStep();
    ASSERT_GE(step, 0);
    EXPECT_FALSE(dialog.record(step).done());
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("stepStatus"));
    auto* startKnown = dialog.findChild<QCheckBox*>(QStringLiteral("actualStartKnown"));
    auto* start = dialog.findChild<QDateEdit*>(QStringLiteral("actualStart"));
    auto* endKnown = dialog.findChild<QCheckBox*>(QStringLiteral("actualEndKnown"));
    auto* end = dialog.findChild<QDateEdit*>(QStringLiteral("actualEnd"));
    auto* result = dialog.findChild<QLineEdit*>(QStringLiteral("stepResult"));
    ASSERT_TRUE(status && startKnown && start && endKnown && end && result);
    status->setCurrentIndex(static_cast<int>(StepStatus::Failed));
    startKnown->setChecked(true);
    start->setDate(QDate(2026, 11, 2));
    endKnown->setChecked(true);
    end->setDate(QDate(2026, 11, 9));
    QTest::keyClicks(result, QStringLiteral("chlorides 0.6 %"));
    EXPECT_TRUE(dialog.problems().isEmpty())
        << dialog.problems().join(QLatin1Char('\n')).toStdString();
    screenshot(dialog, "step-editor-failed.png");

    ASSERT_EQ(dialog.apply(undo_, doc_), QString());
    const Element* after = doc_.elementByUid(uid);
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->status, ElementStatus::Rejected);
    const ProtocolStep& s = doc_.protocol()[static_cast<std::size_t>(step)];
    const StepRecord* rec = after->stepRecord(s.id);
    ASSERT_NE(rec, nullptr);
    EXPECT_EQ(rec->status, StepStatus::Failed);
    EXPECT_EQ(rec->actualEnd, QDate(2026, 11, 9));
    EXPECT_EQ(after->history.back().user, QStringLiteral("anna"));
    EXPECT_TRUE(after->history.back().note.contains(QStringLiteral("chlorides 0.6 %")));
    // Its placement stays on the board and is a conflict there: R6, the status.
    EXPECT_EQ(verdict(), matching::RuleId::R6Status);
    EXPECT_EQ(undo_.count(), 1);
    undo_.undo();
    EXPECT_EQ(*doc_.elementByUid(uid), before);
    EXPECT_EQ(verdict(), matching::RuleId::None);
}

TEST_F(StepEditorTest, DatesInTheWrongOrderKeepOkOff) {
    const Uid uid = girder();
    ASSERT_NE(uid, kNoUid);
    ui::StepEditorDialog dialog(doc_, uid, -1, QString(), noReader());
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("stepStatus"));
    dialog.findChild<QCheckBox*>(QStringLiteral("actualStartKnown"))->setChecked(true);
    dialog.findChild<QDateEdit*>(QStringLiteral("actualStart"))->setDate(QDate(2026, 11, 9));
    dialog.findChild<QCheckBox*>(QStringLiteral("actualEndKnown"))->setChecked(true);
    dialog.findChild<QDateEdit*>(QStringLiteral("actualEnd"))->setDate(QDate(2026, 11, 2));
    status->setCurrentIndex(static_cast<int>(StepStatus::Passed));
    ASSERT_FALSE(dialog.problems().isEmpty());
    EXPECT_TRUE(dialog.problems().front().contains(QStringLiteral("ends before it starts")));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    EXPECT_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_FALSE(dialog.apply(undo_, doc_).isEmpty());
    EXPECT_EQ(undo_.count(), 0);
}

TEST_F(StepEditorTest, ALabReportAttachedAsEvidenceIsStoredWithTheStepAndLeavesOnUndo) {
    const Uid uid = girder();
    ASSERT_NE(uid, kNoUid);
    const Element before = *doc_.elementByUid(uid);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab-report-A9.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% a lab report\n");
    }
    ui::StepEditorDialog dialog(doc_, uid, -1, QString(), noReader());
    const int step = dialog.currentStep();
    ASSERT_EQ(dialog.documentsTab()->attachFile(path), QString());
    const AttachedDocument added = dialog.documentsTab()->documents().back();
    EXPECT_LT(added.uid, 0);  // new until OK
    // Attached from the step editor: ticked as the shown step's evidence at once.
    EXPECT_TRUE(dialog.documentsTab()->evidence().contains(added.uid));
    ASSERT_EQ(dialog.record(step).evidence, std::vector<Uid>{added.uid});
    // Another step shows its own ticks: none.
    dialog.showStep(step == 0 ? 1 : 0);
    EXPECT_TRUE(dialog.documentsTab()->evidence().isEmpty());
    dialog.showStep(step);
    EXPECT_TRUE(dialog.documentsTab()->evidence().contains(added.uid));

    ASSERT_EQ(dialog.apply(undo_, doc_), QString());
    const Element* after = doc_.elementByUid(uid);
    ASSERT_NE(after, nullptr);
    ASSERT_EQ(after->documents.size(), before.documents.size() + 1);
    const AttachedDocument& stored = after->documents.back();
    EXPECT_EQ(stored.name, QStringLiteral("lab-report-A9.pdf"));
    EXPECT_GT(stored.uid, 0);
    const StepRecord* r = after->stepRecord(doc_.protocol()[static_cast<std::size_t>(step)].id);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->evidence, std::vector<Uid>{stored.uid});
    EXPECT_EQ(undo_.count(), 1);
    undo_.undo();
    EXPECT_EQ(doc_.elementByUid(uid)->documents, before.documents);
    EXPECT_EQ(doc_.elementByUid(uid)->certification, before.certification);
}

TEST_F(CertificationGui, TheProtocolEditorRefusesACycleNamingTheStepAndAppliesAFixedTemplate) {
    const std::vector<ProtocolStep> before = doc_.protocol();
    ASSERT_GE(before.size(), 3u);
    ui::ProtocolEditorDialog dialog(before);
    EXPECT_EQ(dialog.table()->rowCount(), static_cast<int>(before.size()));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.read().errors.empty());

    // The first step after the last one: a cycle through the whole chain.
    const QString last = before.back().id;
    dialog.setCell(0, ui::ProtocolEditorDialog::Predecessors, last);
    EXPECT_FALSE(ok->isEnabled());
    const ui::ProtocolEditorDialog::Result bad = dialog.read();
    ASSERT_FALSE(bad.errors.empty());
    bool cycleNamed = false;
    for (const io::ImportMessage& m : bad.errors) {
        if (m.message.contains(QStringLiteral(" -> ")) && m.message.contains(before.front().id))
            cycleNamed = true;
        EXPECT_GE(m.row, 0);
        EXPECT_LT(m.row, dialog.table()->rowCount());
    }
    EXPECT_TRUE(cycleNamed);
    ASSERT_GE(dialog.problemList()->count(), 1);
    EXPECT_TRUE(dialog.problemList()->item(0)->text().contains(
        before[static_cast<std::size_t>(bad.errors.front().row)].id));
    screenshot(dialog, "protocol-editor-cycle.png");
    // A click on the problem selects the cell concerned.
    dialog.show();
    QListWidget* list = dialog.problemList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(0)).center());
    EXPECT_EQ(dialog.table()->currentRow(), bad.errors.front().row);

    // Fixed, a step added after the last and the lab's duration changed: OK applies it.
    dialog.setCell(0, ui::ProtocolEditorDialog::Predecessors, QString());
    dialog.table()->setCurrentCell(dialog.table()->rowCount() - 1, 0);
    dialog.addStep();
    const int added = dialog.table()->rowCount() - 1;
    dialog.setCell(added, ui::ProtocolEditorDialog::Step, QStringLiteral("load_test"));
    dialog.setCell(added, ui::ProtocolEditorDialog::Name, QStringLiteral("Load test"));
    dialog.setCell(added, ui::ProtocolEditorDialog::Phase, QStringLiteral("after_harvest"));
    dialog.setCell(added, ui::ProtocolEditorDialog::Duration, QStringLiteral("3"));
    dialog.setCell(added, ui::ProtocolEditorDialog::Predecessors, last);
    dialog.setCell(added, ui::ProtocolEditorDialog::Cost, QLocale().toString(1250.5, 'f', 1));
    EXPECT_TRUE(ok->isEnabled()) << dialog.problemList()->item(0)->text().toStdString();
    ASSERT_EQ(dialog.apply(undo_, doc_), QString());
    ASSERT_EQ(doc_.protocol().size(), before.size() + 1);
    const ProtocolStep& s = doc_.protocol().back();
    EXPECT_EQ(s.id, QStringLiteral("load_test"));
    EXPECT_EQ(s.durationDays, 3);
    EXPECT_EQ(s.predecessors, QStringList{last});
    ASSERT_TRUE(s.costEur.has_value());
    EXPECT_DOUBLE_EQ(*s.costEur, 1250.5);
    EXPECT_EQ(std::vector<ProtocolStep>(doc_.protocol().begin(), doc_.protocol().end() - 1),
              before);
    undo_.undo();
    EXPECT_EQ(doc_.protocol(), before);
}

TEST_F(CertificationGui, MovingAStepDownKeepsItsFieldsAndAnOrderAgainstAPredecessorIsStillValid) {
    const std::vector<ProtocolStep> before = doc_.protocol();
    ui::ProtocolEditorDialog dialog(before);
    dialog.table()->setCurrentCell(0, 1);
    dialog.moveStep(0, 1);
    EXPECT_EQ(dialog.table()->currentRow(), 1);
    const ui::ProtocolEditorDialog::Result r = dialog.read();
    ASSERT_TRUE(r.errors.empty());
    EXPECT_EQ(r.steps[0], before[1]);
    EXPECT_EQ(r.steps[1], before[0]);
    dialog.removeStep(0);
    // The removed step was a predecessor of the next ones: refused with that step named.
    const ui::ProtocolEditorDialog::Result gone = dialog.read();
    ASSERT_FALSE(gone.errors.empty());
    EXPECT_EQ(gone.errors.front().column, QStringLiteral("predecessors"));
    EXPECT_EQ(gone.errors.front().value, before[1].id);
}

TEST_F(CertificationGui, ProtocolEditorReadsCommaListsAndSaysWhenAStepWithResultsGoes) {
    const std::vector<ProtocolStep> before = doc_.protocol();
    ui::ProtocolEditorDialog dialog(before);
    // "a, b" as people type it is the CSV's "a|b".
    dialog.setCell(5, ui::ProtocolEditorDialog::Predecessors,
                   QStringLiteral("material_tests, remaining_life"));
    const ui::ProtocolEditorDialog::Result r = dialog.read();
    ASSERT_TRUE(r.errors.empty()) << r.errors.front().toString().toStdString();
    EXPECT_EQ(r.steps[5].predecessors,
              (QStringList{QStringLiteral("material_tests"), QStringLiteral("remaining_life")}));
    // Removing a step that girders have results for is allowed, and said.
    dialog.setRecordedSteps({{QStringLiteral("quality_declaration"), 4}});
    dialog.removeStep(dialog.table()->rowCount() - 1);
    bool warned = false;
    for (int i = 0; i < dialog.problemList()->count(); ++i) {
        const QString t = dialog.problemList()->item(i)->text();
        if (t.contains(QStringLiteral("quality_declaration")) && t.contains(QStringLiteral("4")))
            warned = true;
    }
    EXPECT_TRUE(warned);
    EXPECT_TRUE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

}  // namespace
}  // namespace respan::test
