// The viaduct drawing: true-to-scale geometry, what each slot shows (checked by hand from the
// demo values), zoom by wheel, Ctrl+wheel and keys, fit to view, PNG and SVG export.
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "core/commands/cmdassignmentset.h"
#include "core/commands/cmdelementedit.h"
#include "core/commands/cmdstructureadd.h"
#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/drawing/drawingexport.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/viaductlayout.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"

namespace respan::test {
namespace {

class Drawing : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_);
        panel_ = std::make_unique<ui::DrawingPanel>(doc_, &stack_, &checker_);
        panel_->resize(1000, 700);
        panel_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel_.get()));
    }
    ui::ViaductScene& scene() const { return *panel_->scene(); }
    ui::ViaductView& view() const { return *panel_->view(); }
    void wheel(int delta, Qt::KeyboardModifiers modifiers) {
        const QPointF centre = QRectF(view().viewport()->rect()).center();
        QWheelEvent e(centre, view().viewport()->mapToGlobal(centre), QPoint(), QPoint(0, delta),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view().viewport(), &e);
    }

    ProjectDocument doc_;
    QUndoStack stack_;
    AssignmentChecker checker_;
    std::unique_ptr<ui::DrawingPanel> panel_;
};

TEST_F(Drawing, GeometryIsTrueToScale) {
    // One structure with a 1.48 m wide girder (ZIP XL) placed in a 20 m span of 1.18 m slots.
    Structure s = syntheticStructure(QStringLiteral("Scale test"), 2, 3);
    ASSERT_TRUE(pushCommand(stack_, std::make_unique<CmdStructureAdd>(doc_, s)));
    const int index = doc_.structureIndexByName(QStringLiteral("Scale test"));
    Element wide = doc_.element(0);
    wide.uid = kNoUid;
    wide.id = QStringLiteral("ZIPXL-1");
    wide.width = Millimetres(1480);
    wide.length = Metres(20.4);
    const Uid wideUid = doc_.element(doc_.insertElement(wide)).uid;
    doc_.setAssignment({wideUid, doc_.structure(index).spans[0].slots[1].uid, true});

    const ui::StructureGeometry g = ui::layoutStructure(doc_, index);
    ASSERT_EQ(g.spans.size(), 2u);
    const double u = 100.0;                                         // scene units per metre
    EXPECT_DOUBLE_EQ(g.spans[0].slots[1].rect.width(), 20.0 * u);   // span's required length
    EXPECT_DOUBLE_EQ(g.spans[0].slots[1].rect.height(), 1.48 * u);  // the element's width
    EXPECT_DOUBLE_EQ(g.spans[0].slots[0].rect.height(), 1.48 * u);  // empty: the span's section
    EXPECT_DOUBLE_EQ(g.spans[1].slots[0].rect.height(), 1.18 * u);  // empty span: 1.18 m default
    // Slots lie side by side, spans end to end with a 0.6 m joint.
    EXPECT_DOUBLE_EQ(g.spans[0].slots[1].rect.top(), g.spans[0].slots[0].rect.bottom());
    EXPECT_DOUBLE_EQ(g.spans[1].deck.left() - g.spans[0].deck.right(), 0.6 * u);
    // Both spans centred on the axis.
    EXPECT_DOUBLE_EQ(g.spans[0].deck.center().y(), g.axisY);
    EXPECT_DOUBLE_EQ(g.spans[1].deck.center().y(), g.axisY);
}

TEST_F(Drawing, SlotShowsElementCutAndUtilisation) {
    // A9W-01 (l = 17.92 m, MRd 3020 kNm, VRd 640 kN) in Lisserweg span 1 L1 (L = 17.40 m,
    // MEd 2740 kNm, VEd 625 kN): cut 0.52 m; u = max(2740/3020, 625/640) = max(0.907, 0.977).
    scene().flush();
    const Uid l1 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    const ui::SlotItem* item = scene().slotItem(l1);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->content().elementId, QStringLiteral("A9W-01"));
    QString figures = item->content().figures;
    figures.replace(QChar(0x00A0), QLatin1Char(' '));
    EXPECT_EQ(figures, QStringLiteral("cut 0.52 m · u 0.98"));
    EXPECT_EQ(item->content().state, ui::SlotState::Pinned);
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    EXPECT_EQ(scene().slotItem(l8)->content().state, ui::SlotState::Empty);
    const Uid proposed = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("2"),
                                 QStringLiteral("L1"));
    EXPECT_EQ(scene().slotItem(proposed)->content().state, ui::SlotState::Proposed);
    EXPECT_EQ(scene().slotItemCount(), doc_.slotCount());
}

TEST_F(Drawing, FollowsTheDocument) {
    scene().flush();
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdAssignmentSet>(
                    doc_, std::vector<Assignment>{
                              {elementUid(doc_, QStringLiteral("A9W-24")), l8, false}})));
    QTest::qWait(1);  // the rebuild is coalesced into the next event-loop turn
    EXPECT_EQ(scene().slotItem(l8)->content().elementId, QStringLiteral("A9W-24"));
    EXPECT_EQ(scene().slotItem(l8)->content().state, ui::SlotState::Proposed);
    stack_.undo();
    scene().flush();
    EXPECT_EQ(scene().slotItem(l8)->content().state, ui::SlotState::Empty);
}

TEST_F(Drawing, APlacementThatBreaksARuleAfterAnEditIsDrawnAsConflictWithItsReason) {
    scene().flush();
    const Uid l1 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    EXPECT_EQ(scene().slotItem(l1)->content().state, ui::SlotState::Pinned);
    // The engine's figures: A9W-01 is 17.92 m in a 17.40 m span; max(2740/3020, 625/640).
    EXPECT_EQ(scene().slotItem(l1)->content().figures,
              QStringLiteral("cut 0.52") + QChar(0x00A0) + QStringLiteral("m · u 0.98"));
    // After inspection A9W-01 scores 5: worse than the allowed 3 (R3).
    Element e = *doc_.elementById(QStringLiteral("A9W-01"));
    e.condition = 5;
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdElementEdit>(doc_, e.uid, e, QStringLiteral("Inspect"))));
    scene().flush();
    const ui::SlotItem* item = scene().slotItem(l1);
    EXPECT_EQ(item->content().state, ui::SlotState::Conflict);
    EXPECT_TRUE(item->content().figures.startsWith(QStringLiteral("breaks R3")));
    EXPECT_TRUE(item->toolTip().contains(
        QStringLiteral("Conflict: R3 condition: condition score 5 is worse than the allowed 3")))
        << item->toolTip().toStdString();
    // The other girders of the span are not affected.
    EXPECT_EQ(scene()
                  .slotItem(slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"),
                                    QStringLiteral("1"), QStringLiteral("L2")))
                  ->content()
                  .state,
              ui::SlotState::Pinned);
    stack_.undo();
    scene().flush();
    EXPECT_EQ(scene().slotItem(l1)->content().state, ui::SlotState::Pinned);
}

TEST_F(Drawing, ZoomWithWheelCtrlWheelKeysAndFit) {
    view().fitToView();
    const double start = view().pixelsPerMetre();
    wheel(120, Qt::NoModifier);
    EXPECT_NEAR(view().pixelsPerMetre() / start, 1.2, 1e-9);
    wheel(-120, Qt::NoModifier);
    EXPECT_NEAR(view().pixelsPerMetre() / start, 1.0, 1e-9);
    wheel(120, Qt::ControlModifier);
    EXPECT_NEAR(view().pixelsPerMetre() / start, 1.06, 1e-9);
    view().setFocus();
    QTest::keyClick(&view(), Qt::Key_Plus);
    EXPECT_NEAR(view().pixelsPerMetre() / start, 1.06 * 1.25, 1e-9);
    QTest::keyClick(&view(), Qt::Key_Minus);
    EXPECT_NEAR(view().pixelsPerMetre() / start, 1.06, 1e-9);
    view().fitToView();
    // Fitted: the whole drawing is inside the viewport.
    const QRect drawn = view().mapFromScene(scene().itemsBoundingRect()).boundingRect();
    EXPECT_TRUE(view().viewport()->rect().adjusted(-2, -2, 2, 2).contains(drawn))
        << drawn.x() << "," << drawn.y() << " " << drawn.width() << "x" << drawn.height();
}

TEST_F(Drawing, PansWithTheMiddleButtonAndSpaceDrag) {
    view().fitToView();
    for (int i = 0; i < 6; ++i) view().zoomIn();
    const QPoint start = view().viewport()->rect().center();
    const int h = view().horizontalScrollBar()->value();
    const int v = view().verticalScrollBar()->value();
    QTest::mousePress(view().viewport(), Qt::MiddleButton, Qt::NoModifier, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(-120, -60)),
                     view().viewport()->mapToGlobal(QPointF(start + QPoint(-120, -60))),
                     Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
    QApplication::sendEvent(view().viewport(), &move);
    QTest::mouseRelease(view().viewport(), Qt::MiddleButton, Qt::NoModifier,
                        start + QPoint(-120, -60));
    EXPECT_EQ(view().horizontalScrollBar()->value(), h + 120);
    EXPECT_EQ(view().verticalScrollBar()->value(), v + 60);
    // Space held: the left button drags the view instead of selecting.
    view().setFocus();
    QTest::keyPress(&view(), Qt::Key_Space);
    EXPECT_EQ(view().dragMode(), QGraphicsView::ScrollHandDrag);
    QTest::keyRelease(&view(), Qt::Key_Space);
    EXPECT_EQ(view().dragMode(), QGraphicsView::RubberBandDrag);
}

TEST_F(Drawing, ShowsOneStructureOrAll) {
    const Uid kaag = doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 Kaagbrug"))).uid;
    panel_->showStructure(kaag);
    EXPECT_EQ(scene().slotItemCount(), 8);
    panel_->showStructure(kNoUid);
    EXPECT_EQ(scene().slotItemCount(), doc_.slotCount());
}

TEST_F(Drawing, ExportsPngAndSvgTrueToScale) {
    QTemporaryDir dir;
    const Uid kaag = doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 Kaagbrug"))).uid;
    panel_->showStructure(kaag);
    const QString png = dir.filePath(QStringLiteral("kaagbrug.png"));
    ASSERT_EQ(ui::DrawingExport::toPng(scene(), png, 40.0), QString());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // 40 px per metre: the drawing's width in metres times 40, plus a margin on each side as
    // wide as the legend's font (at least 14 px).
    const double drawn = scene().itemsBoundingRect().width() / 100.0 * 40.0;
    EXPECT_NEAR(image.width(), drawn + 2 * std::max(14.0, std::floor(drawn / 120)), 2.0);
    const QString svg = dir.filePath(QStringLiteral("kaagbrug.svg"));
    ASSERT_EQ(ui::DrawingExport::toSvg(scene(), svg, QStringLiteral("Kaagbrug")), QString());
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.startsWith("<?xml"));
    // The girder in the Kaagbrug's first slot is named in the drawing.
    const Structure& kaagbrug =
        doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 Kaagbrug")));
    const auto first = doc_.assignmentForSlot(kaagbrug.spans[0].slots[0].uid);
    ASSERT_TRUE(first.has_value());
    EXPECT_TRUE(text.contains(doc_.elementByUid(first->elementUid)->id.toUtf8()));
    EXPECT_TRUE(text.contains("A44 Kaagbrug"));
    // A file that cannot be written gives a reason, not a crash.
    EXPECT_NE(ui::DrawingExport::toPng(scene(), dir.filePath(QStringLiteral("missing/dir/x.png"))),
              QString());
}

}  // namespace
}  // namespace respan::test
