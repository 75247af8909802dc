// Drag and drop onto the drawing, driven by simulated events: drag enter/move/drop on the view's
// viewport, and QTest mouse presses and moves to drag an element from one slot to another.
// Also the drop planner on its own (span fill order, span section with pending placements).
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdspanadd.h"
#include "core/document/projectdocument.h"
#include "core/matching/judging/planexplanation.h"
#include "core/matching/rules.h"
#include "core/planning/assignmentchecker.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/dragdrop/dropplanner.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/spanitem.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/planning/planexplainer.h"

namespace respan::test {
namespace {

using Mark = ui::SlotItem::DragMark;

class DragDrop : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_);
        panel_ = std::make_unique<ui::DrawingPanel>(doc_, &stack_, &checker_);
        panel_->resize(1200, 800);
        panel_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel_.get()));
        lisserweg_ =
            doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 viaduct Lisserweg"))).uid;
        panel_->showStructure(lisserweg_);
    }
    ui::ViaductScene& scene() const { return *panel_->scene(); }
    ui::ViaductView& view() const { return *panel_->view(); }
    QPoint slotPos(Uid slot) const {
        scene().flush();
        return view().mapFromScene(scene().slotItem(slot)->sceneBoundingRect().center());
    }
    QPoint spanPos(Uid span) const {
        scene().flush();
        return view().mapFromScene(scene().spanItem(span)->sceneBoundingRect().center());
    }
    Uid lisserwegSlot(const char* span, const char* slot) const {
        return slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QString::fromLatin1(span),
                       QString::fromLatin1(slot));
    }
    bool enter(const QMimeData& mime, QPoint pos) {
        QDragEnterEvent e(pos, Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view().viewport(), &e);
        return e.isAccepted();
    }
    bool move(const QMimeData& mime, QPoint pos, Qt::KeyboardModifiers keys = Qt::NoModifier) {
        QDragMoveEvent e(pos, Qt::LinkAction, &mime, Qt::LeftButton, keys);
        QApplication::sendEvent(view().viewport(), &e);
        return e.isAccepted();
    }
    bool drop(const QMimeData& mime, QPoint pos, Qt::KeyboardModifiers keys = Qt::NoModifier) {
        QDropEvent e(QPointF(pos), Qt::LinkAction, &mime, Qt::LeftButton, keys);
        QApplication::sendEvent(view().viewport(), &e);
        return e.isAccepted();
    }

    ProjectDocument doc_;
    QUndoStack stack_;
    AssignmentChecker checker_;
    std::unique_ptr<ui::DrawingPanel> panel_;
    Uid lisserweg_ = kNoUid;
};

TEST_F(DragDrop, AdmissibleSlotsLightUpWhileDragging) {
    const Uid a10 = elementUid(doc_, QStringLiteral("A9W-24"));
    std::unique_ptr<QMimeData> mime(ui::encodeElements({a10}));
    ASSERT_TRUE(enter(*mime, slotPos(lisserwegSlot("1", "L8"))));
    int admissible = 0;
    for (const Span& span : doc_.structure(doc_.structureIndex(lisserweg_)).spans) {
        for (const Slot& slot : span.slots) {
            const bool expected = checker_.check(doc_, a10, slot.uid, {}).admissible;
            admissible += expected ? 1 : 0;
            EXPECT_EQ(scene().slotItem(slot.uid)->dragMark(),
                      expected ? Mark::Admissible : Mark::Inadmissible)
                << slot.name.toStdString();
        }
    }
    EXPECT_GT(admissible, 0);
    QDragLeaveEvent leave;
    QApplication::sendEvent(view().viewport(), &leave);
    EXPECT_EQ(scene().slotItem(lisserwegSlot("1", "L8"))->dragMark(), Mark::None);
}

TEST_F(DragDrop, DropOnAnAdmissibleSlotPinsInOneUndoStep) {
    // A9W-24: 17.92 m for L = 17.40 m, MRd 2950 >= 2740, VRd 660 >= 625, condition 2.
    const Uid a10 = elementUid(doc_, QStringLiteral("A9W-24"));
    const Uid l8 = lisserwegSlot("1", "L8");
    std::unique_ptr<QMimeData> mime(ui::encodeElements({a10}));
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    const QPoint pos = slotPos(l8);
    ASSERT_TRUE(enter(*mime, pos));
    EXPECT_TRUE(move(*mime, pos));
    EXPECT_EQ(scene().slotItem(l8)->dragMark(), Mark::HoverAdmissible);
    ASSERT_FALSE(status.isEmpty());
    // The figures are the engine's: cut 17.92 - 17.40 m, utilisation max(2740/2950, 625/660).
    const matching::PairCheck c = *checker_.pairCheck(doc_, a10, l8);
    EXPECT_NEAR(c.cutM, 0.52, 1e-9);
    EXPECT_NEAR(c.utilisation, 625.0 / 660.0, 1e-12);
    EXPECT_TRUE(status.last().at(0).toString().startsWith(
        QStringLiteral("Place A9W-24 in A44 viaduct Lisserweg / 1 / L8: cut 0.52 m, "
                       "utilisation 0.95, saves")))
        << status.last().at(0).toString().toStdString();
    EXPECT_TRUE(drop(*mime, pos));
    ASSERT_TRUE(doc_.assignmentForSlot(l8).has_value());
    EXPECT_EQ(doc_.assignmentForSlot(l8)->elementUid, a10);
    EXPECT_TRUE(doc_.assignmentForSlot(l8)->pinned);
    EXPECT_EQ(stack_.count(), 1);
    stack_.undo();
    EXPECT_FALSE(doc_.assignmentForSlot(l8).has_value());
}

TEST_F(DragDrop, HoveringARefusedSlotSaysWhyAndTheDropIsRefused) {
    // KKW-30 has an 850 mm section; Lisserweg span 1 holds 900 mm girders.
    const Uid kkw = elementUid(doc_, QStringLiteral("KKW-30"));
    const Uid l8 = lisserwegSlot("1", "L8");
    std::unique_ptr<QMimeData> mime(ui::encodeElements({kkw}));
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    ASSERT_TRUE(enter(*mime, slotPos(l8)));
    EXPECT_FALSE(move(*mime, slotPos(l8)));
    EXPECT_EQ(scene().slotItem(l8)->dragMark(), Mark::HoverRefused);
    ASSERT_FALSE(status.isEmpty());
    const QString why = status.last().at(0).toString();
    EXPECT_EQ(why,
              QStringLiteral("KKW-30 cannot go into A44 viaduct Lisserweg / 1 / L8: R8 section: "
                             "girder section "
                             "850 x 1180 mm differs from section 900 x 1180 mm of the other "
                             "girders in this span"));
    EXPECT_FALSE(drop(*mime, slotPos(l8)));
    EXPECT_FALSE(doc_.assignmentForSlot(l8).has_value());
    EXPECT_EQ(stack_.count(), 0);
}

/// The engine's own sentence for a pair, computed here independently of the planning board.
QString engineReason(const ProjectDocument& doc, const QString& element, Uid slot) {
    const SlotPosition pos = doc.slotPosition(slot);
    const Structure& d = doc.structure(pos.structure);
    const Span& p = d.spans.at(static_cast<std::size_t>(pos.span));
    return matching::describeFailure(
        matching::checkPair(*doc.elementById(element), d, p,
                            p.slots.at(static_cast<std::size_t>(pos.slot)), doc.settings()));
}

TEST_F(DragDrop, AnInadmissibleSlotShowsTheEnginesReasonAndRefusesTheDrop) {
    // A9W-10 has condition score 4; the demo admits at most 3 (R3).
    const Uid l8 = lisserwegSlot("1", "L8");
    std::unique_ptr<QMimeData> mime(
        ui::encodeElements({elementUid(doc_, QStringLiteral("A9W-10"))}));
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    ASSERT_TRUE(enter(*mime, slotPos(l8)));
    EXPECT_EQ(scene().slotItem(l8)->dragMark(), Mark::Inadmissible);
    EXPECT_FALSE(move(*mime, slotPos(l8)));
    EXPECT_EQ(scene().slotItem(l8)->dragMark(), Mark::HoverRefused);
    const QString reason = engineReason(doc_, QStringLiteral("A9W-10"), l8);
    EXPECT_EQ(reason,
              QStringLiteral("R3 condition: condition score 4 is worse than the allowed 3"));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toString(),
              QStringLiteral("A9W-10 cannot go into A44 viaduct Lisserweg / 1 / L8: ") + reason);
    EXPECT_FALSE(drop(*mime, slotPos(l8)));
    EXPECT_TRUE(status.last().at(0).toString().contains(reason));
    EXPECT_FALSE(doc_.assignmentForSlot(l8).has_value());
    EXPECT_EQ(stack_.count(), 0);
}

TEST_F(DragDrop, DraggingAGirderWithTheMouseOntoATooLongSpanSaysR1InWords) {
    // All structures in view; A9W-01 (17.92 m, Lisserweg span 1 L1) is dragged with the mouse
    // onto the Kaagbrug, whose spans need 18.20 m.
    panel_->showStructure(kNoUid);
    QMimeData* captured = nullptr;
    view().setDragStarter([&captured](QMimeData* mime) { captured = mime; });
    const Uid from = lisserwegSlot("1", "L1");
    const Uid to = slotUid(doc_, QStringLiteral("A44 Kaagbrug"), QStringLiteral("approach west"),
                           QStringLiteral("L5"));
    const QPoint start = slotPos(from);
    QTest::mousePress(view().viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view().viewport(), start + QPoint(30, 0));
    QTest::mouseRelease(view().viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(30, 0));
    ASSERT_NE(captured, nullptr) << "no drag was started";
    std::unique_ptr<QMimeData> mime(captured);
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    ASSERT_TRUE(enter(*mime, slotPos(to)));
    EXPECT_EQ(scene().slotItem(to)->dragMark(), Mark::Inadmissible);
    // Another slot of its own span is admissible (empty L8: same girder, same span).
    EXPECT_EQ(scene().slotItem(lisserwegSlot("1", "L8"))->dragMark(), Mark::Admissible);
    EXPECT_FALSE(move(*mime, slotPos(to)));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toString(),
              QStringLiteral("A9W-01 cannot go into A44 Kaagbrug / approach west / L5: R1 length: "
                             "girder 17.92 m is 0.28 m shorter than required 18.20 m"));
    EXPECT_EQ(engineReason(doc_, QStringLiteral("A9W-01"), to),
              QStringLiteral("R1 length: girder 17.92 m is 0.28 m shorter than required 18.20 m"));
    EXPECT_FALSE(drop(*mime, slotPos(to)));
    EXPECT_EQ(doc_.assignmentForSlot(from)->elementUid, elementUid(doc_, QStringLiteral("A9W-01")));
    EXPECT_FALSE(doc_.assignmentForSlot(to).has_value());
    EXPECT_EQ(stack_.count(), 0);
}

TEST_F(DragDrop, SeveralElementsOnASpanLabelFillItsEmptySlots) {
    // Empty both Lisserweg spans' last slots are the only free ones: L8 of span 1 and span 2.
    const Uid span2 = spanUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("2"));
    std::unique_ptr<QMimeData> mime(ui::encodeElements(
        {elementUid(doc_, QStringLiteral("A9W-24")), elementUid(doc_, QStringLiteral("A9W-25"))}));
    const QPoint pos = spanPos(span2);
    ASSERT_TRUE(enter(*mime, pos));
    EXPECT_TRUE(move(*mime, pos));
    EXPECT_EQ(scene().spanItem(span2)->dropHighlight(), 1);
    EXPECT_TRUE(drop(*mime, pos));
    // One empty slot: the first element takes it, the second is reported as left out.
    EXPECT_EQ(doc_.assignmentForSlot(lisserwegSlot("2", "L8"))->elementUid,
              elementUid(doc_, QStringLiteral("A9W-24")));
    EXPECT_FALSE(doc_.assignmentForElement(elementUid(doc_, QStringLiteral("A9W-25"))).has_value());
    EXPECT_EQ(stack_.count(), 1);
}

TEST_F(DragDrop, DragBetweenSlotsWithTheMouseMovesTheElement) {
    QMimeData* captured = nullptr;
    view().setDragStarter([&captured](QMimeData* mime) { captured = mime; });
    const Uid from = lisserwegSlot("1", "L1");
    const Uid to = lisserwegSlot("1", "L8");
    const Uid a01 = doc_.assignmentForSlot(from)->elementUid;
    const QPoint start = slotPos(from);
    QTest::mousePress(view().viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view().viewport(), start + QPoint(40, 0));
    QTest::mouseRelease(view().viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(40, 0));
    ASSERT_NE(captured, nullptr) << "no drag was started";
    std::unique_ptr<QMimeData> mime(captured);
    EXPECT_EQ(ui::decodeElements(mime.get()), QList<Uid>{a01});
    EXPECT_EQ(ui::decodeSourceSlot(mime.get()), from);
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    ASSERT_TRUE(enter(*mime, slotPos(to)));
    EXPECT_TRUE(move(*mime, slotPos(to)));
    // The planner sees, before dropping, which slot the move leaves empty.
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().at(0).toString().endsWith(
        QStringLiteral("; A44 viaduct Lisserweg / 1 / L1, where it was pinned, is left empty")))
        << status.last().at(0).toString().toStdString();
    EXPECT_TRUE(drop(*mime, slotPos(to)));
    EXPECT_EQ(status.last().at(0).toString(),
              QStringLiteral("A9W-01 placed in A44 viaduct Lisserweg / 1 / L8 and pinned; "
                             "A44 viaduct Lisserweg / 1 / L1 is left empty."));
    EXPECT_FALSE(doc_.assignmentForSlot(from).has_value());
    EXPECT_EQ(doc_.assignmentForSlot(to)->elementUid, a01);
    EXPECT_EQ(stack_.undoText(), QStringLiteral("Move A9W-01 to slot L8"));
    stack_.undo();
    EXPECT_EQ(doc_.assignmentForSlot(from)->elementUid, a01);
}

// A drop never overwrites silently: on a slot that holds another girder the hover says what is
// there and that Shift replaces it, a plain drop changes nothing, and a Shift-drop replaces it in
// one undo step, saying so.
TEST_F(DragDrop, ADropOnAnOccupiedSlotSaysWhatItReplacesAndNeedsShift) {
    const Uid l1 = lisserwegSlot("1", "L1");
    const Uid a01 = elementUid(doc_, QStringLiteral("A9W-01"));
    const Uid a24 = elementUid(doc_, QStringLiteral("A9W-24"));
    ASSERT_EQ(doc_.assignmentForSlot(l1)->elementUid, a01);
    const QString held =
        doc_.assignmentForSlot(l1)->pinned ? QStringLiteral("pinned") : QStringLiteral("proposed");
    std::unique_ptr<QMimeData> mime(ui::encodeElements({a24}));
    QSignalSpy status(&view(), &ui::ViaductView::statusMessage);
    ASSERT_TRUE(enter(*mime, slotPos(l1)));
    EXPECT_FALSE(move(*mime, slotPos(l1)));
    EXPECT_EQ(scene().slotItem(l1)->dragMark(), Mark::HoverRefused);
    EXPECT_EQ(status.last().at(0).toString(),
              QStringLiteral("Not placed: A44 viaduct Lisserweg / 1 / L1 holds A9W-01 (%1): hold "
                             "Shift while dropping to replace it")
                  .arg(held));
    EXPECT_FALSE(drop(*mime, slotPos(l1)));
    EXPECT_EQ(doc_.assignmentForSlot(l1)->elementUid, a01);
    EXPECT_EQ(stack_.count(), 0);

    ASSERT_TRUE(enter(*mime, slotPos(l1)));
    EXPECT_TRUE(move(*mime, slotPos(l1), Qt::ShiftModifier));
    EXPECT_EQ(scene().slotItem(l1)->dragMark(), Mark::HoverAdmissible);
    EXPECT_TRUE(status.last().at(0).toString().endsWith(
        QStringLiteral("; replaces A9W-01 (%1), which goes back to the inventory").arg(held)))
        << status.last().at(0).toString().toStdString();
    EXPECT_TRUE(drop(*mime, slotPos(l1), Qt::ShiftModifier));
    EXPECT_EQ(doc_.assignmentForSlot(l1)->elementUid, a24);
    EXPECT_FALSE(doc_.assignmentForElement(a01).has_value());
    EXPECT_EQ(status.last().at(0).toString(),
              QStringLiteral("A9W-24 placed in A44 viaduct Lisserweg / 1 / L1 and pinned; replaces "
                             "A9W-01 (%1), which goes back to the inventory.")
                  .arg(held));
    EXPECT_EQ(stack_.count(), 1);
    stack_.undo();
    EXPECT_EQ(doc_.assignmentForSlot(l1)->elementUid, a01);
}

TEST_F(DragDrop, ReadOnlyViewAcceptsNoDrops) {
    view().setReadOnly(true);
    std::unique_ptr<QMimeData> mime(
        ui::encodeElements({elementUid(doc_, QStringLiteral("A9W-10"))}));
    EXPECT_FALSE(enter(*mime, slotPos(lisserwegSlot("1", "L8"))));
}

TEST(DropPlanner, SpanFillSkipsSlotsWhereAnElementIsRefusedAndKeepsOneSection) {
    ProjectDocument doc;
    buildDemoSample(doc, false);
    const AssignmentChecker checker;
    const Uid structure = doc.structure(0).uid;
    doc.insertSpan(0, 2,
                   makeSpan(QStringLiteral("3"), Metres(17.40), QDate(2026, 1, 1), 3,
                            QStringLiteral("L"), KiloNewtonMetres(1500), KiloNewtons(500)));
    // Slot L1 demands more than A9W-22 carries (MRd 1650 kNm).
    Slot heavy = doc.structure(0).spans[2].slots[0];
    heavy.momentDemand = KiloNewtonMetres(3000);
    doc.updateSlot(0, 2, 0, heavy);
    const Uid span = doc.structure(0).spans[2].uid;
    (void)structure;
    const ui::DropPlan plan = ui::planDrop(
        doc, checker,
        {elementUid(doc, QStringLiteral("A9W-22")), elementUid(doc, QStringLiteral("A9W-01")),
         elementUid(doc, QStringLiteral("KKW-01"))},
        ui::DropTarget::span(span));
    ASSERT_EQ(plan.placements.size(), 2u);
    // A9W-22 skips L1 (too weak) and takes L2; A9W-01 takes L1; KKW-01 (850 mm) cannot join
    // the 900 mm girders just placed: the span keeps one section.
    EXPECT_EQ(plan.placements[0].slotUid, doc.structure(0).spans[2].slots[1].uid);
    EXPECT_EQ(plan.placements[1].slotUid, doc.structure(0).spans[2].slots[0].uid);
    ASSERT_EQ(plan.refusals.size(), 1);
    EXPECT_TRUE(plan.refusals[0].contains(QStringLiteral("KKW-01")))
        << plan.refusals[0].toStdString();
}

}  // namespace
}  // namespace respan::test

namespace respan::test {
namespace {

// Dutch numbers on the board: the engine's reasons in the drag message and the Issues panel's
// explanations write "17,92 m" in a Dutch session, as the tables and editors do.
TEST(DutchNumbers, TheBoardsReasonsUseThePlannersLocale) {
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    ProjectDocument doc;
    buildDemoSample(doc);
    const AssignmentChecker checker(dutch);
    const Uid a01 = elementUid(doc, QStringLiteral("A9W-01"));
    const Uid kaag = slotUid(doc, QStringLiteral("A44 Kaagbrug"), QStringLiteral("approach west"),
                             QStringLiteral("L5"));
    const AdmissibilityVerdict v = checker.check(doc, a01, kaag);
    ASSERT_FALSE(v.admissible);
    EXPECT_EQ(v.reason,
              QStringLiteral("R1 length: girder 17,92 m is 0,28 m shorter than required 18,20 m"));
    // The same check for files and the command line keeps the decimal point.
    EXPECT_TRUE(AssignmentChecker().check(doc, a01, kaag).reason.contains(QLatin1String("17.92")));

    const QLocale before;
    QLocale::setDefault(dutch);
    ui::PlanExplainer explainer(doc);
    explainer.refreshNow();
    QLocale::setDefault(before);
    QStringList reasons;
    for (const matching::UnfilledSlot& u : explainer.explanation().unfilledSlots) {
        for (const matching::SlotReason& r : u.reasons) reasons << r.detail;
    }
    ASSERT_FALSE(reasons.isEmpty());
    const QString all = reasons.join(u'\n');
    EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral("\\d,\\d\\d m"))))
        << all.left(400).toStdString();
    EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("\\d\\.\\d\\d m"))))
        << all.left(400).toStdString();
}

}  // namespace
}  // namespace respan::test
