// Interim storage in the GUI (issue 14; docs/storage-layout.md): the demo's IJmuiden yard on its
// peak day, a girder dragged and turned with the mouse and keyboard (one undo step each; dropped
// on another it turns red), a stay entered by hand in the table, the date slider replaying the
// yard, and the export as PNG and SVG. RESPAN_SCREENSHOT_DIR saves what the user sees.
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

#include "core/document/projectdocument.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/storage/storagepanel.h"
#include "ui/storage/yardview.h"

namespace respan::test {
namespace {

class StorageGui : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_, true);
        panel_ = std::make_unique<ui::StoragePanel>(doc_, undo_);
        panel_->resize(1200, 560);
        panel_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel_.get()));
        panel_->refresh();
        const QByteArray dir = qgetenv("RESPAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            panel_->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/storage.png"));
    }
    ui::YardView& yard() { return *panel_->yardView(); }
    ProjectDocument doc_;
    QUndoStack undo_;
    std::unique_ptr<ui::StoragePanel> panel_;
};

TEST_F(StorageGui, TheDemosYardShowsTheA9GirdersOnTheirPeakDay) {
    EXPECT_EQ(panel_->siteBox()->count(), 1);
    EXPECT_EQ(panel_->siteBox()->currentData().toString(), QStringLiteral("IJM"));
    EXPECT_EQ(panel_->shownDate(), QDate(2024, 3, 15)) << "the peak: harvest day of the A9";
    EXPECT_EQ(yard().scene().layout.placed.size(), 53u);
    EXPECT_TRUE(yard().scene().problems.isEmpty());
    EXPECT_EQ(panel_->staysTable()->rowCount(), 53);
    // The slider replays the yard: a year and a half later the girders of the 2025 spans left.
    panel_->dateSlider()->setValue(panel_->dateSlider()->value() + 600);
    EXPECT_EQ(panel_->shownDate(), QDate(2024, 3, 15).addDays(600));
    EXPECT_LT(yard().scene().layout.placed.size(), 53u);
}

TEST_F(StorageGui, DraggingAGirderPutsItThereAsOneUndoStepAndOnAnotherItTurnsRed) {
    // A girder that lies alone (a click on a stack takes its top girder).
    const std::vector<yard::Footprint>& placed = yard().scene().layout.placed;
    const auto alone = std::find_if(placed.begin(), placed.end(), [&](const yard::Footprint& f) {
        return std::count_if(placed.begin(), placed.end(), [&](const yard::Footprint& g) {
                   return g.x == f.x && g.y == f.y;
               }) == 1;
    });
    ASSERT_NE(alone, placed.end());
    const yard::Footprint a = *alone;
    const std::optional<QPointF> from = yard().widgetPosOf(a.element);
    ASSERT_TRUE(from.has_value());
    const QPoint start = from->toPoint();
    // Up into the empty part of the yard (the rows and their lanes fill it from the bottom).
    const QPoint end = start - QPoint(0, yard().height() * 45 / 100);
    QTest::mousePress(&yard(), Qt::LeftButton, {}, start);
    QTest::mouseMove(&yard(), start - QPoint(0, 30));
    QTest::mouseMove(&yard(), end);
    QTest::mouseRelease(&yard(), Qt::LeftButton, {}, end);
    ASSERT_EQ(undo_.count(), 1);
    const Element* moved = doc_.elementByUid(a.element);
    ASSERT_NE(moved, nullptr);
    ASSERT_TRUE(moved->yardPlace.has_value());
    EXPECT_GT(moved->yardPlace->y, a.y + 5.0) << "dragged north";
    panel_->refresh();
    EXPECT_TRUE(yard().scene().manual.value(a.element));
    QStringList red;
    for (auto it = yard().scene().problems.cbegin(); it != yard().scene().problems.cend(); ++it)
        red << yard().scene().ids.value(it.key()) + QLatin1Char(':') + it.value();
    EXPECT_TRUE(red.isEmpty()) << "on free ground nothing is red: "
                               << red.join(QLatin1Char(' ')).toStdString() << " at y "
                               << moved->yardPlace->y;
    // R turns it by 90 degrees, another undo step.
    QTest::keyClick(&yard(), Qt::Key_R);
    ASSERT_EQ(undo_.count(), 2);
    EXPECT_DOUBLE_EQ(doc_.elementByUid(a.element)->yardPlace->angleDeg, 90.0);
    undo_.undo();
    undo_.undo();
    EXPECT_FALSE(doc_.elementByUid(a.element)->yardPlace.has_value());

    // Dropped onto another girder: both footprints overlap and are drawn red.
    panel_->refresh();
    const yard::Footprint b = *std::find_if(
        yard().scene().layout.placed.rbegin(), yard().scene().layout.placed.rend(),
        [&](const yard::Footprint& f) { return f.element != a.element && f.layer == 0; });
    ASSERT_NE(b.element, a.element);
    const QPoint onB = yard().widgetPosOf(b.element)->toPoint();
    const QPoint aNow = yard().widgetPosOf(a.element)->toPoint();
    QTest::mousePress(&yard(), Qt::LeftButton, {}, aNow);
    QTest::mouseMove(&yard(), (aNow + onB) / 2);
    QTest::mouseMove(&yard(), onB);
    QTest::mouseRelease(&yard(), Qt::LeftButton, {}, onB);
    panel_->refresh();
    EXPECT_TRUE(yard().scene().problems.contains(a.element));
    // The panel names the girder and what it breaks (the automatic layout moves the girders it
    // places away from a hand-placed one, so the dropped girder may end up on their lane).
    const auto* said = panel_->findChild<QLabel*>(QStringLiteral("storageConflicts"));
    ASSERT_NE(said, nullptr);
    EXPECT_TRUE(said->text().contains(yard().scene().ids.value(a.element) + QLatin1Char(' ') +
                                      ui::layoutRuleName(yard().scene().problems.value(a.element))))
        << said->text().toStdString();
}

TEST_F(StorageGui, AStayEnteredInTheTableIsManualAndUndoGivesThePlansStayBack) {
    QTableWidget* t = panel_->staysTable();
    ASSERT_GT(t->rowCount(), 0);
    const Uid element = t->item(0, 0)->data(Qt::UserRole).toLongLong();
    t->item(0, 2)->setData(Qt::EditRole, QDate(2024, 9, 2));  // "To"
    ASSERT_EQ(undo_.count(), 1);
    const Element* e = doc_.elementByUid(element);
    ASSERT_TRUE(e->manualStay.has_value());
    EXPECT_EQ(e->manualStay->from, QDate(2024, 3, 15));
    EXPECT_EQ(e->manualStay->to, QDate(2024, 9, 2));
    // A stay that ends before it starts is refused and changes nothing.
    panel_->refresh();
    t->item(0, 2)->setData(Qt::EditRole, QDate(2024, 1, 1));
    EXPECT_EQ(undo_.count(), 1);
    undo_.undo();
    EXPECT_FALSE(doc_.elementByUid(element)->manualStay.has_value());
}

TEST_F(StorageGui, TheYardIsExportedAsPngAndSvg) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("yard.png"));
    const QString svg = dir.filePath(QStringLiteral("yard.svg"));
    EXPECT_EQ(panel_->exportYard(png), QString());
    EXPECT_EQ(panel_->exportYard(svg), QString());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1600, 1100));
    // Not blank: the yard's ground colour is there.
    EXPECT_EQ(image.pixelColor(800, 550).isValid(), true);
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("<svg"));
    EXPECT_FALSE(panel_->exportYard(dir.filePath(QStringLiteral("no/such/dir/y.png"))).isEmpty());
}

TEST_F(StorageGui, ASiteIsRemovedWithAClickAsOneUndoStepAndItsGirdersBecomeConflicts) {
    ASSERT_EQ(doc_.sites().size(), 1u);
    QSignalSpy said(panel_.get(), &ui::StoragePanel::statusMessage);
    QTest::mouseClick(panel_->removeSiteButton(), Qt::LeftButton);
    EXPECT_TRUE(doc_.sites().empty());
    ASSERT_EQ(undo_.count(), 1);
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.front().front().toString().contains(QStringLiteral("53 girders")))
        << said.front().front().toString().toStdString();
    const yard::StoragePlan plan = yard::planStorage(doc_);
    ASSERT_FALSE(plan.conflicts.empty());
    EXPECT_EQ(plan.conflicts.front().rule, QStringLiteral("unknown_site"));
    QTest::qWait(1);
    EXPECT_FALSE(panel_->removeSiteButton()->isEnabled()) << "nothing left to remove";
    undo_.undo();
    EXPECT_EQ(doc_.sites().size(), 1u);
    EXPECT_TRUE(yard::planStorage(doc_).conflicts.empty());
}

}  // namespace
}  // namespace respan::test
