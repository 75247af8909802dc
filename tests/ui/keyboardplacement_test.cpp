// Placement without the mouse (issue 11): Ctrl+L on a girder of the inventory lists the slots
// with the admissible ones first and their figures, Enter places it; Choose Girder… on an
// occupied slot says what it replaces before anything changes. Also what the planner sees of
// the plan elsewhere: a pinned girder's status reads reserved, a clicked slot is the current
// item of the Structures tree, and a drag carries a small label, not the whole row.
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

#include "core/commands/cmdassignmentset.h"
#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/dragdrop/draglabel.h"
#include "ui/dragdrop/dropplanner.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/planning/placementdialog.h"
#include "ui/structures/structurepanel.h"
#include "ui/structures/structuretreemodel.h"

namespace respan::test {
namespace {

class KeyboardPlacement : public ::testing::Test {
protected:
    void SetUp() override {
        ui::MainWindow::Options options;
        options.prompts = std::make_unique<FakePrompts>();
        options.restoreLayout = false;
        window_ = std::make_unique<ui::MainWindow>(std::move(options));
        buildDemoSample(window_->document());
        window_->resize(1280, 720);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
    }
    ProjectDocument& doc() const { return window_->document(); }

    /// Runs `inside` on the placement dialog once it is open (it is modal), then returns.
    void whenDialogOpens(std::function<void(ui::PlacementDialog&)> inside) {
        QTimer::singleShot(0, [inside = std::move(inside)] {
            auto* d = qobject_cast<ui::PlacementDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(d, nullptr) << "no placement dialog open";
            inside(*d);
            if (d->isVisible()) d->reject();
        });
    }

    std::unique_ptr<ui::MainWindow> window_;
    AssignmentChecker checker_;  // the rules, asked independently of the dialog
};

TEST_F(KeyboardPlacement, CtrlLListsAdmissibleSlotsFirstAndEnterPlacesTheGirder) {
    // An unplaced girder that is admissible somewhere empty.
    Uid girder = kNoUid;
    int admissibleEmpty = 0;
    for (int i = 0; i < doc().elementCount() && girder == kNoUid; ++i) {
        const Element& e = doc().element(i);
        if (doc().assignmentForElement(e.uid)) continue;
        int count = 0;
        for (int s = 0; s < doc().structureCount(); ++s)
            for (const Span& p : doc().structure(s).spans)
                for (const Slot& k : p.slots)
                    if (!doc().assignmentForSlot(k.uid) &&
                        checker_.check(doc(), e.uid, k.uid).admissible)
                        ++count;
        if (count > 0) {
            girder = e.uid;
            admissibleEmpty = count;
        }
    }
    ASSERT_NE(girder, kNoUid);
    auto& inventory = part<ui::InventoryPanel>(*window_);
    inventory.showElement(girder);
    inventory.view()->setFocus();
    ASSERT_EQ(inventory.selectedElements(), QList<Uid>{girder});

    Uid chosen = kNoUid;
    whenDialogOpens([&](ui::PlacementDialog& d) {
        QTreeWidget* list = d.list();
        ASSERT_GT(list->topLevelItemCount(), admissibleEmpty);
        // The first rows are the admissible empty slots, with figures and no note.
        for (int r = 0; r < admissibleEmpty; ++r) {
            QTreeWidgetItem* item = list->topLevelItem(r);
            EXPECT_TRUE(item->flags() & Qt::ItemIsEnabled) << r;
            EXPECT_FALSE(item->text(1).isEmpty()) << "cut shown";
            EXPECT_TRUE(item->text(4).isEmpty()) << item->text(4).toStdString();
        }
        // The last row is refused, with the rule's reason.
        QTreeWidgetItem* last = list->topLevelItem(list->topLevelItemCount() - 1);
        EXPECT_FALSE(last->flags() & Qt::ItemIsEnabled);
        EXPECT_TRUE(last->text(4).contains(QLatin1Char('R'))) << last->text(4).toStdString();
        chosen = d.chosenSlot();
        EXPECT_EQ(d.findChild<QPushButton*>() != nullptr, true);
        // Enter in the filter field, where the typing goes.
        QTest::keyClick(d.findChild<QLineEdit*>(), Qt::Key_Return);
    });
    QTest::keyClick(window_.get(), Qt::Key_L, Qt::ControlModifier);

    ASSERT_NE(chosen, kNoUid);
    const auto placed = doc().assignmentForElement(girder);
    ASSERT_TRUE(placed.has_value());
    EXPECT_EQ(placed->slotUid, chosen);
    EXPECT_TRUE(placed->pinned);
    EXPECT_TRUE(window_->statusBar()->currentMessage().contains(ui::slotPath(doc(), chosen)))
        << window_->statusBar()->currentMessage().toStdString();
}

TEST_F(KeyboardPlacement, ChooseGirderOnAnOccupiedSlotSaysWhatItReplaces) {
    const Assignment held = doc().assignments().front();
    const QString occupant = doc().elementByUid(held.elementUid)->id;
    auto& drawing = part<ui::DrawingPanel>(*window_);
    drawing.scene()->flush();
    drawing.scene()->selectSlots({held.slotUid});
    drawing.view()->setFocus();

    bool sawReplace = false;
    whenDialogOpens([&](ui::PlacementDialog& d) {
        if (d.chosenElement() == kNoUid) return;  // nothing admissible: nothing to check
        const auto* label = d.findChild<QLabel*>(QStringLiteral("consequence"));
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->text().contains(occupant)) << label->text().toStdString();
        auto* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->text().contains(QStringLiteral("Replace"))) << ok->text().toStdString();
        sawReplace = true;
    });
    QTest::keyClick(window_.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(sawReplace);
    // Cancelled: nothing changed.
    EXPECT_EQ(doc().assignmentForSlot(held.slotUid)->elementUid, held.elementUid);
}

TEST_F(KeyboardPlacement, APinnedGirderReadsReservedAndAProposedOneKeepsItsStatus) {
    auto& table = *part<ui::InventoryPanel>(*window_).view();
    auto* model = table.model();
    auto statusText = [&](Uid uid) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(ui::ElementTableModel::UidRole).toLongLong() != uid)
                continue;
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Status"))
                    return model->index(r, c).data().toString();
            }
        }
        return QString();
    };
    Assignment a = doc().assignments().front();
    a.pinned = false;
    ASSERT_TRUE(pushCommand(
        part<QUndoStack>(*window_),
        std::make_unique<CmdAssignmentSet>(doc(), std::vector{a}, QStringLiteral("unpin"))));
    const QString before = statusText(a.elementUid);
    EXPECT_FALSE(before.startsWith(QStringLiteral("Reserved"))) << before.toStdString();
    a.pinned = true;
    // The table is told, so the cell on the screen changes at once (not on the next click).
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(pushCommand(
        part<QUndoStack>(*window_),
        std::make_unique<CmdAssignmentSet>(doc(), std::vector{a}, QStringLiteral("pin"))));
    EXPECT_EQ(statusText(a.elementUid), QStringLiteral("Reserved (pinned)"));
    bool statusRepainted = false;
    for (const QList<QVariant>& args : changed) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        for (int c = from.column(); c <= to.column(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Status"))
                statusRepainted = true;
        }
    }
    EXPECT_TRUE(statusRepainted);
}

TEST_F(KeyboardPlacement, ClickingASlotMakesItTheCurrentItemOfTheStructuresTree) {
    auto& drawing = part<ui::DrawingPanel>(*window_);
    drawing.view()->fitToView();
    drawing.scene()->flush();
    const Uid slot = doc().structure(1).spans.front().slots.front().uid;
    ui::SlotItem* item = drawing.scene()->slotItem(slot);
    ASSERT_NE(item, nullptr);
    const QPoint at = drawing.view()->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(drawing.view()->viewport(), Qt::LeftButton, {}, at);
    auto* tree = part<ui::StructurePanel>(*window_).findChild<QTreeView*>();
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->currentIndex().data(ui::StructureTreeModel::UidRole).toLongLong(), slot);
}

TEST(DragLabel, IsASmallLabelWithTheIdsNotTheRow) {
    QWidget w;
    const QPixmap one = ui::dragLabel({QStringLiteral("A9W-01")}, w);
    const QPixmap three = ui::dragLabel(
        {QStringLiteral("A9W-01"), QStringLiteral("A9W-02"), QStringLiteral("A9W-03")}, w);
    const QSizeF a = one.deviceIndependentSize();
    const QSizeF b = three.deviceIndependentSize();
    // About one line of text: far smaller than an inventory row (over 500 px wide).
    EXPECT_LT(a.width(), 120);
    EXPECT_LT(a.height(), 2.5 * w.fontMetrics().height());
    EXPECT_GT(b.width(), a.width());  // "A9W-01 + 2 more"
    EXPECT_LT(b.width(), 220);
}

}  // namespace
}  // namespace respan::test
