// Impact and cost in the GUI (issue 15; docs/impact.md): the Impact panel on the demo states the
// totals the engine computes, follows an edit of the plan at once, names the quantity and factor
// of every bar, switches the MKI weighting set and edits the factor table as one undo step each;
// a bad factors file imports nothing. RESPAN_SCREENSHOT_DIR saves what the user sees.
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/commands/cmdassignmentremove.h"
#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/impact/factorsdialog.h"
#include "ui/impact/impactpanel.h"

namespace respan::test {
namespace {

class ImpactGui : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_, true);
        panel_ = std::make_unique<ui::ImpactPanel>(doc_, undo_);
        panel_->resize(1200, 520);
        panel_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel_.get()));
        panel_->refresh();
        const QByteArray dir = qgetenv("RESPAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            panel_->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/impact.png"));
    }
    ProjectDocument doc_;
    QUndoStack undo_;
    std::unique_ptr<ui::ImpactPanel> panel_;
};

TEST_F(ImpactGui, TheSummaryStatesTheEnginesTotalsAndFollowsAnEdit) {
    const impact::ImpactReport r = impact::computeImpact(doc_);
    const double saved =
        (r.total(QStringLiteral("crush")).kgCo2e - r.total(QStringLiteral("reuse")).kgCo2e) /
        1000.0;
    ASSERT_GT(saved, 1.0);
    const QString text = panel_->summaryText();
    EXPECT_TRUE(text.contains(QLocale().toString(saved, 'f', 1))) << text.toStdString();
    // One placement fewer: the panel says so without being asked (a queued refresh).
    ASSERT_FALSE(doc_.assignments().empty());
    const Uid slot = doc_.assignments().front().slotUid;
    ASSERT_TRUE(
        pushCommand(undo_, std::make_unique<CmdAssignmentRemove>(doc_, std::vector<Uid>{slot})));
    QTest::qWait(1);
    const impact::ImpactReport after = impact::computeImpact(doc_);
    const double savedAfter = (after.total(QStringLiteral("crush")).kgCo2e -
                               after.total(QStringLiteral("reuse")).kgCo2e) /
                              1000.0;
    ASSERT_LT(savedAfter, saved);
    EXPECT_TRUE(panel_->summaryText().contains(QLocale().toString(savedAfter, 'f', 1)))
        << panel_->summaryText().toStdString();
}

TEST_F(ImpactGui, EveryBarNamesItsQuantityAndFactor) {
    QChart* chart = panel_->stagesChart()->chart();
    ASSERT_EQ(chart->series().size(), 1);
    // A structure's reuse bar: its transport stage names F_tkm. The first structure is on top.
    const QStringList& bars = panel_->categories();
    ASSERT_FALSE(bars.isEmpty());
    EXPECT_EQ(bars.back(), QStringLiteral("A44 viaduct Lisserweg: reuse"));
    const int reuse = static_cast<int>(bars.size()) - 1;
    const QString tip = panel_->stageTip(reuse, 1);
    EXPECT_TRUE(tip.contains(QStringLiteral("t*km"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("F_tkm"))) << tip.toStdString();
    // In euro, the storage stage names the yard's rate.
    panel_->measureBox()->setCurrentIndex(2);
    const QString storage = panel_->stageTip(reuse, 2);
    EXPECT_TRUE(storage.contains(QStringLiteral("IJM"))) << storage.toStdString();
    EXPECT_TRUE(storage.contains(QStringLiteral("m2*month"))) << storage.toStdString();
    // The mouse on the Lisserweg crush + new bar: its tooltip names the stage under it.
    panel_->measureBox()->setCurrentIndex(0);
    QChartView& view = *panel_->stagesChart();
    QAbstractSeries* series = view.chart()->series().front();
    const int crushRow = static_cast<int>(bars.size()) - 2;
    const QPointF inBar = view.chart()->mapToPosition(QPointF(1.0, crushRow), series);
    const QPoint at = view.mapFromScene(view.chart()->mapToScene(inBar));
    QTest::mouseMove(view.viewport(), at - QPoint(4, 0));
    QTest::mouseMove(view.viewport(), at);
    QTest::qWait(50);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("F_new")))
        << QToolTip::text().toStdString();
    EXPECT_EQ(panel_->waterfallChart()->chart()->series().size(), 1);
    EXPECT_EQ(panel_->girdersTable()->rowCount(), doc_.elementCount());
}

TEST_F(ImpactGui, TheWeightingSetIsOneUndoStepAndChangesTheMkiOnly) {
    const double a2 = panel_->report().total(QStringLiteral("crush")).mkiEur;
    const double kg = panel_->report().total(QStringLiteral("crush")).kgCo2e;
    QComboBox& box = *panel_->weightingBox();
    ASSERT_EQ(box.currentData().toString(), QStringLiteral("A2"));
    // The way a user picks it: open the list, go up one, Enter.
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_Up);
    QTest::qWait(1);
    EXPECT_EQ(doc_.settings().weightingSet, QStringLiteral("A1"));
    EXPECT_EQ(undo_.count(), 1);
    panel_->refresh();
    EXPECT_NEAR(panel_->report().total(QStringLiteral("crush")).mkiEur, a2 * 0.05 / 0.116, 0.01);
    EXPECT_DOUBLE_EQ(panel_->report().total(QStringLiteral("crush")).kgCo2e, kg);
    undo_.undo();
    EXPECT_EQ(doc_.settings().weightingSet, QStringLiteral("A2"));
}

TEST_F(ImpactGui, TheFactorDialogImportsAndExportsCsvAndABadFileImportsNothing) {
    ui::FactorsDialog dialog(doc_.factors());
    QTableWidget& table = *dialog.table();
    int row = -1;
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.item(r, 0)->text() == QLatin1String("eur_new_t")) row = r;
    }
    ASSERT_GE(row, 0);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("key,value,unit,source,year,illustrative\neur_new_t,-5,EUR/t,quote,,\n");
    f.close();
    const QString error = dialog.importFile(bad);
    EXPECT_TRUE(error.contains(QStringLiteral("row 2"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("value"))) << error.toStdString();
    EXPECT_EQ(dialog.factors(), doc_.factors()) << "nothing imported";
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile g(good);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("key,value,unit,source,year,illustrative\neur_new_t,640,EUR/t,Quote (2026),2026,\n");
    g.close();
    EXPECT_EQ(dialog.importFile(good), QString());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const std::vector<ImpactFactor> edited = dialog.factors();
    EXPECT_DOUBLE_EQ(factorValue(edited, QStringLiteral("eur_new_t")), 640.0);
    // Written out and read back by the dialog's export: the same table.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    EXPECT_EQ(dialog.exportFile(out), QString());
    ui::FactorsDialog again(defaultImpactFactors());
    EXPECT_EQ(again.importFile(out), QString());
    again.accept();
    EXPECT_EQ(again.factors(), edited);
}

}  // namespace
}  // namespace respan::test
