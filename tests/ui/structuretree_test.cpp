// The structure tree: QAbstractItemModelTester while structures, spans and slots come and go;
// edits and drops go through the undo stack; drops ask the assignment checker.
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdelementedit.h"
#include "core/commands/cmdslotadd.h"
#include "core/commands/cmdslotdelete.h"
#include "core/commands/cmdspanadd.h"
#include "core/commands/cmdspandelete.h"
#include "core/commands/cmdstructureadd.h"
#include "core/commands/cmdstructuredelete.h"
#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "support/demosample.h"
#include "support/sampleproject.h"
#include "tests/ui/uitestutil.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/structures/structuretreemodel.h"

namespace respan::test {
namespace {

using ui::StructureTreeModel;

class StructureTree : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_);
        model_ = std::make_unique<StructureTreeModel>(doc_, &stack_, &checker_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QModelIndex index(Uid uid, int column = 0) const { return model_->indexOfUid(uid, column); }
    std::unique_ptr<QMimeData> mime(const QStringList& ids) const {
        QList<Uid> uids;
        for (const QString& id : ids) uids << elementUid(doc_, id);
        return std::unique_ptr<QMimeData>(ui::encodeElements(uids));
    }

    ProjectDocument doc_;
    QUndoStack stack_;
    AssignmentChecker checker_;
    std::unique_ptr<StructureTreeModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

TEST_F(StructureTree, MirrorsStructuresSpansAndSlots) {
    ASSERT_EQ(model_->rowCount(), doc_.structureCount());
    const QModelIndex lisserweg = model_->index(0, 0);
    EXPECT_EQ(lisserweg.data().toString(), QStringLiteral("A44 viaduct Lisserweg"));
    ASSERT_EQ(model_->rowCount(lisserweg), 2);
    const QModelIndex span1 = model_->index(0, 0, lisserweg);
    EXPECT_EQ(span1.data().toString(), QStringLiteral("Span 1"));
    EXPECT_EQ(span1.siblingAtColumn(StructureTreeModel::RequiredLength).data().toString(),
              QStringLiteral("17.40"));
    ASSERT_EQ(model_->rowCount(span1), 8);
    const QModelIndex l1 = model_->index(0, 0, span1);
    EXPECT_EQ(l1.data().toString(), QStringLiteral("L1"));
    EXPECT_EQ(l1.siblingAtColumn(StructureTreeModel::Element).data().toString(),
              QStringLiteral("A9W-01"));
    EXPECT_EQ(l1.siblingAtColumn(StructureTreeModel::MomentDemand).data().toString(),
              QStringLiteral("2740"));
    EXPECT_EQ(model_->parent(l1), span1);
    EXPECT_EQ(model_->parent(span1), lisserweg);
}

TEST_F(StructureTree, FollowsStructuralEditsAndTheirUndo) {
    Structure s = syntheticStructure(QStringLiteral("New viaduct"), 2, 5);
    ASSERT_TRUE(pushCommand(stack_, std::make_unique<CmdStructureAdd>(doc_, s, 1)));
    EXPECT_EQ(model_->index(1, 0).data().toString(), QStringLiteral("New viaduct"));
    const Uid structure = doc_.structure(1).uid;
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdSpanAdd>(
                    doc_, structure,
                    makeSpan(QStringLiteral("3"), Metres(20), QDate(2027, 1, 1), 3,
                             QStringLiteral("L"), KiloNewtonMetres(1), KiloNewtons(1)))));
    EXPECT_EQ(model_->rowCount(model_->index(1, 0)), 3);
    Slot slot;
    slot.name = QStringLiteral("L9");
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdSlotAdd>(doc_, doc_.structure(1).spans[0].uid, slot, 0)));
    EXPECT_EQ(model_->index(0, 0, model_->index(0, 0, model_->index(1, 0))).data().toString(),
              QStringLiteral("L9"));
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdSlotDelete>(doc_, doc_.structure(0).spans[0].slots[0].uid)));
    ASSERT_TRUE(
        pushCommand(stack_, std::make_unique<CmdSpanDelete>(doc_, doc_.structure(0).spans[1].uid)));
    ASSERT_TRUE(
        pushCommand(stack_, std::make_unique<CmdStructureDelete>(doc_, doc_.structure(2).uid)));
    while (stack_.canUndo()) stack_.undo();
    EXPECT_EQ(model_->rowCount(), doc_.structureCount());
    EXPECT_EQ(model_->rowCount(model_->index(0, 0)), 2);
    while (stack_.canRedo()) stack_.redo();
    EXPECT_EQ(model_->rowCount(model_->index(0, 0)), 1);
}

TEST_F(StructureTree, InPlaceEditsPushCommands) {
    const Uid span = spanUid(doc_, QStringLiteral("A44 Kaagbrug"), QStringLiteral("approach west"));
    EXPECT_TRUE(
        model_->setData(index(span, StructureTreeModel::RequiredLength), QStringLiteral("18.35")));
    EXPECT_EQ(doc_.structure(doc_.spanPosition(span).structure).spans[0].requiredLength,
              Metres(18.35));
    EXPECT_TRUE(model_->setData(index(span, StructureTreeModel::InstallDate),
                                QStringLiteral("2026-07-01")));
    const Uid l2 = slotUid(doc_, QStringLiteral("A44 Kaagbrug"), QStringLiteral("approach west"),
                           QStringLiteral("L2"));
    EXPECT_TRUE(
        model_->setData(index(l2, StructureTreeModel::MomentDemand), QStringLiteral("2900")));
    EXPECT_EQ(doc_.slotByUid(l2)->momentDemand, KiloNewtonMetres(2900));
    EXPECT_EQ(stack_.count(), 3);
    QSignalSpy status(model_.get(), &StructureTreeModel::statusMessage);
    EXPECT_FALSE(
        model_->setData(index(span, StructureTreeModel::RequiredLength), QStringLiteral("-1")));
    EXPECT_FALSE(model_->setData(index(span, StructureTreeModel::InstallDate),
                                 QStringLiteral("2026-13-01")));
    EXPECT_EQ(status.count(), 2);
    EXPECT_EQ(stack_.count(), 3);
    while (stack_.canUndo()) stack_.undo();
    EXPECT_EQ(doc_.structure(doc_.spanPosition(span).structure).spans[0].requiredLength,
              Metres(18.20));
}

TEST_F(StructureTree, DropOnASlotPlacesAndPinsInOneStep) {
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    auto data = mime({QStringLiteral("A9W-24")});  // 17.92 m for L = 17.40 m; MRd 2950 >= 2740
    ASSERT_TRUE(model_->canDropMimeData(data.get(), Qt::LinkAction, -1, 0, index(l8)));
    EXPECT_TRUE(model_->dropMimeData(data.get(), Qt::LinkAction, -1, 0, index(l8)));
    const auto a = doc_.assignmentForSlot(l8);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->elementUid, elementUid(doc_, QStringLiteral("A9W-24")));
    EXPECT_TRUE(a->pinned);
    EXPECT_EQ(stack_.count(), 1);
    EXPECT_EQ(index(l8, StructureTreeModel::Element).data().toString(), QStringLiteral("A9W-24"));
}

TEST_F(StructureTree, RefusedDropSaysWhyAndChangesNothing) {
    // KKW girders (about 20.3 m) are too long for the 17.40 m Lisserweg span with 3 m allowed?
    // No: 20.32 - 17.40 = 2.92 m <= 3.0 m. But their section 850 mm differs from the A9W 900 mm
    // girders already in span 1: the span rule refuses.
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    auto data = mime({QStringLiteral("KKW-30")});
    EXPECT_FALSE(model_->canDropMimeData(data.get(), Qt::LinkAction, -1, 0, index(l8)));
    EXPECT_TRUE(model_->dropRefusal(data.get(), index(l8)).contains(QStringLiteral("section")));
    // A girder that is too short for the Kaagbrug (18.20 m): A9W-21 is 17.84 m.
    const Uid kaag = slotUid(doc_, QStringLiteral("A44 Kaagbrug"), QStringLiteral("approach west"),
                             QStringLiteral("L8"));
    auto shortOne = mime({QStringLiteral("A9W-21")});
    QSignalSpy status(model_.get(), &StructureTreeModel::statusMessage);
    EXPECT_FALSE(model_->dropMimeData(shortOne.get(), Qt::LinkAction, -1, 0, index(kaag)));
    ASSERT_EQ(status.count(), 1);
    EXPECT_TRUE(status.at(0).at(0).toString().contains(QStringLiteral(
        "A9W-21: R1 length: girder 17.84 m is 0.36 m shorter than required 18.20 m")))
        << status.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(doc_.assignmentForSlot(kaag).has_value());
    EXPECT_EQ(stack_.count(), 0);
}

TEST_F(StructureTree, AConflictShowsInTheSlotsColourAndTooltipAndIsAnnouncedToViews) {
    const Uid l1 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    const QModelIndex cell = index(l1, StructureTreeModel::Element);
    EXPECT_EQ(cell.data(Qt::DecorationRole).value<QColor>(),
              ui::DrawingStyle::fill(ui::SlotState::Pinned));
    QSignalSpy changed(model_.get(), &QAbstractItemModel::dataChanged);
    Element e = *doc_.elementById(QStringLiteral("A9W-01"));
    e.length = Metres(17.30);  // now 0.10 m too short for the 17.40 m span
    ASSERT_TRUE(
        pushCommand(stack_, std::make_unique<CmdElementEdit>(doc_, e.uid, e, QStringLiteral("x"))));
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_EQ(cell.data(Qt::DecorationRole).value<QColor>(),
              ui::DrawingStyle::fill(ui::SlotState::Conflict));
    EXPECT_TRUE(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral(
                        "Conflict: R1 length: girder 17.30 m is 0.10 m shorter than required "
                        "17.40 m")))
        << cell.data(Qt::ToolTipRole).toString().toStdString();
}

TEST_F(StructureTree, DropOnASpanFillsItsEmptySlotsInOrder) {
    const Uid span = spanUid(doc_, QStringLiteral("A44 Spoorwegviaduct"),
                             QStringLiteral("2"));  // 23.60 m, all empty
    // Only the A9O girders of 22.0 m are near, and they are too short: nothing fits.
    auto none = mime({QStringLiteral("A9O-17")});
    EXPECT_FALSE(model_->canDropMimeData(none.get(), Qt::LinkAction, -1, 0, index(span)));
    // On an empty new span of 20 m with 3 slots, three girders go to L1, L2, L3 in order.
    const Uid structure =
        doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 Spoorwegviaduct"))).uid;
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdSpanAdd>(
                    doc_, structure,
                    makeSpan(QStringLiteral("3"), Metres(19.9), QDate(2027, 6, 1), 3,
                             QStringLiteral("L"), KiloNewtonMetres(2500), KiloNewtons(600)))));
    const Uid fresh = spanUid(doc_, QStringLiteral("A44 Spoorwegviaduct"), QStringLiteral("3"));
    auto three =
        mime({QStringLiteral("KKW-28"), QStringLiteral("KKW-29"), QStringLiteral("KKW-30")});
    ASSERT_TRUE(model_->dropMimeData(three.get(), Qt::LinkAction, -1, 0, index(fresh)));
    for (int k = 0; k < 3; ++k) {
        const Uid slot = slotUid(doc_, QStringLiteral("A44 Spoorwegviaduct"), QStringLiteral("3"),
                                 QStringLiteral("L%1").arg(k + 1));
        ASSERT_TRUE(doc_.assignmentForSlot(slot).has_value()) << k;
        EXPECT_EQ(doc_.elementByUid(doc_.assignmentForSlot(slot)->elementUid)->id,
                  QStringLiteral("KKW-%1").arg(28 + k));
    }
    EXPECT_EQ(stack_.count(), 2);  // the span, then the whole drop
    stack_.undo();
    EXPECT_FALSE(doc_.assignmentForElement(elementUid(doc_, QStringLiteral("KKW-28"))).has_value());
}

}  // namespace
}  // namespace respan::test
