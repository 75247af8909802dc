// The issues panel: its model through QAbstractItemModelTester while explanations come and go;
// the explanations are the engine's for the plan as it stands (recomputed after a change) or the
// optimiser's after Apply; double-click jumps to the slot or the element.
#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdelementedit.h"
#include "core/document/projectdocument.h"
#include "core/matching/judging/planexplanation.h"
#include "core/matching/matchinput.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeexchangeprompts.h"
#include "tests/ui/fakeprompts.h"
#include "tests/ui/uitestutil.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/viaductscene.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/planning/issuesmodel.h"
#include "ui/planning/issuespanel.h"
#include "ui/planning/planexplainer.h"
#include "ui/planning/planningcontroller.h"
#include "ui/structures/structurepanel.h"

namespace respan::test {
namespace {

using ui::IssuesModel;

QModelIndex findRow(const IssuesModel& model, IssuesModel::Group group, const QString& item) {
    const QModelIndex parent = model.groupIndex(group);
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, IssuesModel::Item, parent);
        if (i.data().toString() == item) return i;
    }
    return {};
}

TEST(IssuesModel, ShowsTheEnginesExplanationOfThePlanAsItStands) {
    ProjectDocument doc;
    buildDemoSample(doc);
    QUndoStack stack;
    ui::PlanExplainer explainer(doc);
    explainer.setDelay(0);
    IssuesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QObject::connect(&explainer, &ui::PlanExplainer::updated, &model,
                     [&] { model.setExplanation(explainer.explanation()); });
    explainer.refreshNow();
    ASSERT_TRUE(explainer.isUpToDate());
    EXPECT_EQ(explainer.source(), ui::PlanExplainer::Source::Document);

    // The same as the engine says, called directly on a snapshot.
    const matching::PlanExplanation expected =
        matching::explainAssignments(matching::makeMatchInput(doc), doc.assignments());
    ASSERT_EQ(model.rowCount(), IssuesModel::GroupCount);
    EXPECT_EQ(model.rowCount(model.groupIndex(IssuesModel::Conflicts)), 0);
    EXPECT_EQ(model.rowCount(model.groupIndex(IssuesModel::UnfilledSlots)),
              static_cast<int>(expected.unfilledSlots.size()));
    EXPECT_EQ(model.rowCount(model.groupIndex(IssuesModel::UnusedElements)),
              static_cast<int>(expected.unusedElements.size()));
    EXPECT_EQ(model.groupIndex(IssuesModel::UnfilledSlots).data().toString(),
              QStringLiteral("Unfilled slots (%1)").arg(expected.unfilledSlots.size()));

    // Lisserweg span 1 L8 is empty; its closest candidates are listed with the engine's words.
    const QModelIndex l8 = findRow(model, IssuesModel::UnfilledSlots,
                                   QStringLiteral("A44 viaduct Lisserweg / 1 / L8"));
    ASSERT_TRUE(l8.isValid());
    EXPECT_EQ(l8.data(IssuesModel::SlotUidRole).toLongLong(),
              slotUid(doc, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                      QStringLiteral("L8")));
    ASSERT_GT(model.rowCount(l8), 0);
    const matching::UnfilledSlot* slot = nullptr;
    for (const auto& u : expected.unfilledSlots) {
        if (u.where.path() == QLatin1String("A44 viaduct Lisserweg / 1 / L8")) slot = &u;
    }
    ASSERT_NE(slot, nullptr);
    ASSERT_EQ(model.rowCount(l8), static_cast<int>(slot->reasons.size()));
    for (int r = 0; r < model.rowCount(l8); ++r) {
        const QModelIndex c = model.index(r, IssuesModel::Reason, l8);
        EXPECT_EQ(c.data().toString(), slot->reasons[static_cast<std::size_t>(r)].detail);
        EXPECT_EQ(
            c.siblingAtColumn(IssuesModel::Item).data(IssuesModel::ElementUidRole).toLongLong(),
            slot->reasons[static_cast<std::size_t>(r)].elementUid);
    }
    // A9W-10 (condition 4) is unused; its reason names the nearest slot and R3.
    const QModelIndex a10 = findRow(model, IssuesModel::UnusedElements, QStringLiteral("A9W-10"));
    ASSERT_TRUE(a10.isValid());
    EXPECT_EQ(a10.data(IssuesModel::RuleRole).toString(), QStringLiteral("R3"));
    EXPECT_TRUE(a10.siblingAtColumn(IssuesModel::Reason)
                    .data()
                    .toString()
                    .contains(QStringLiteral(
                        "R3 condition: condition score 4 is worse than the allowed 3")));

    // The data change after pinning: A9W-01 gets condition 5. After the quiet time the panel
    // shows it as a conflict, with the engine's reason.
    Element e = *doc.elementById(QStringLiteral("A9W-01"));
    e.condition = 5;
    ASSERT_TRUE(
        pushCommand(stack, std::make_unique<CmdElementEdit>(doc, e.uid, e, QStringLiteral("x"))));
    EXPECT_FALSE(explainer.isUpToDate());
    QSignalSpy updated(&explainer, &ui::PlanExplainer::updated);
    ASSERT_TRUE(updated.wait(5000));
    ASSERT_EQ(model.rowCount(model.groupIndex(IssuesModel::Conflicts)), 1);
    const QModelIndex conflict =
        model.index(0, IssuesModel::Item, model.groupIndex(IssuesModel::Conflicts));
    EXPECT_EQ(conflict.data().toString(),
              QStringLiteral("A9W-01 in A44 viaduct Lisserweg / 1 / L1"));
    EXPECT_EQ(conflict.siblingAtColumn(IssuesModel::Reason).data().toString(),
              QStringLiteral("R3 condition: condition score 5 is worse than the allowed 3"));
    // Its slot is a conflict, not an unfilled slot; its girder is not "unused".
    EXPECT_FALSE(
        findRow(model, IssuesModel::UnfilledSlots, QStringLiteral("A44 viaduct Lisserweg / 1 / L1"))
            .isValid());
    EXPECT_FALSE(findRow(model, IssuesModel::UnusedElements, QStringLiteral("A9W-01")).isValid());
    stack.undo();
    ASSERT_TRUE(updated.wait(5000));
    EXPECT_EQ(model.rowCount(model.groupIndex(IssuesModel::Conflicts)), 0);
}

TEST(IssuesModel, ManyEditsInARowGiveOneExplanationOfTheLastState) {
    ProjectDocument doc;
    buildDemoSample(doc);
    ui::PlanExplainer explainer(doc);
    explainer.refreshNow();
    QSignalSpy updated(&explainer, &ui::PlanExplainer::updated);
    QSignalSpy busy(&explainer, &ui::PlanExplainer::busyChanged);
    auto edit = [&doc](int i) {
        Element e = doc.element(i);
        e.notes = QStringLiteral("inspected %1").arg(i);
        doc.updateElement(i, e);
    };

    // Typing: edits closer together than the quiet time start no run at all, with the event
    // loop running between them; one run follows the last edit.
    explainer.setDelay(400);
    for (int i = 0; i < 20; ++i) {
        edit(i);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(busy.count(), 0);
    ASSERT_TRUE(updated.wait(5000));
    EXPECT_TRUE(explainer.isUpToDate());
    EXPECT_EQ(busy.count(), 2);  // one run: started and finished

    // An edit while a run is under way cancels it: its stale result is never shown, and the
    // run that follows explains the last state.
    updated.clear();
    busy.clear();
    explainer.setDelay(0);
    edit(20);
    ASSERT_TRUE(busy.wait(5000));  // the run for edit 20 has started
    edit(21);
    while (!explainer.isUpToDate() && updated.wait(5000)) {
    }
    EXPECT_TRUE(explainer.isUpToDate());
    EXPECT_EQ(updated.count(), 1);
    EXPECT_GE(busy.count(), 4);  // two runs: the cancelled one and the one that counts
}

class IssuesPanelInWindow : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        const QString path = dir_.filePath(QStringLiteral("demo.respan"));
        ProjectDocument doc;
        buildDemoSample(doc);
        ProjectStore::writeFull(path, doc, QString());
        ui::MainWindow::Options options;
        options.prompts = std::make_unique<FakePrompts>();
        options.exchangePrompts = std::make_unique<FakeExchangePrompts>();
        options.restoreLayout = false;
        window_ = std::make_unique<ui::MainWindow>(std::move(options));
        window_->resize(1500, 950);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        ASSERT_TRUE(test::part<ui::DocumentController>(*window_).open(path));
        test::part<ui::PlanningController>(*window_).explainer()->refreshNow();
        QTest::qWait(1);
    }
    ui::IssuesPanel& panel() const {
        return *test::part<ui::PlanningController>(*window_).issuesPanel();
    }
    void doubleClick(const QModelIndex& index) {
        QTreeView* view = panel().view();
        view->scrollTo(index);
        const QPoint pos = view->visualRect(index).center();
        // What a real double-click delivers: press and release, then the double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    }

    QTemporaryDir dir_;
    std::unique_ptr<ui::MainWindow> window_;
};

TEST_F(IssuesPanelInWindow, DoubleClickJumpsToTheSlotOrTheElement) {
    EXPECT_TRUE(test::part<ui::PlanningController>(*window_).issuesDock()->isVisible());
    const IssuesModel& model = *panel().model();
    const QModelIndex l8 = findRow(model, IssuesModel::UnfilledSlots,
                                   QStringLiteral("A44 viaduct Lisserweg / 1 / L8"));
    ASSERT_TRUE(l8.isValid());
    const Uid slot = slotUid(window_->document(), QStringLiteral("A44 viaduct Lisserweg"),
                             QStringLiteral("1"), QStringLiteral("L8"));
    doubleClick(l8);
    EXPECT_EQ(test::part<ui::DrawingPanel>(*window_).scene()->selectedSlots(), QList<Uid>{slot});
    EXPECT_EQ(test::part<ui::StructurePanel>(*window_).selectedUid(), slot);

    panel().view()->expand(model.groupIndex(IssuesModel::UnusedElements));
    const QModelIndex a10 = findRow(model, IssuesModel::UnusedElements, QStringLiteral("A9W-10"));
    ASSERT_TRUE(a10.isValid());
    doubleClick(a10);
    EXPECT_EQ(test::part<ui::InventoryPanel>(*window_).selectedElements(),
              QList<Uid>{elementUid(window_->document(), QStringLiteral("A9W-10"))});
}

}  // namespace
}  // namespace respan::test
