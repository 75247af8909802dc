// Renders the main views offscreen into <build>/screenshots/*.png, for the README and for a
// person to look at. The test checks that each picture was written and is not blank.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QImage>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/commands/cmdelementedit.h"
#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeexchangeprompts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/drawing/drawingexport.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/editors/elementeditordialog.h"
#include "ui/exchange/messagereport.h"
#include "ui/exchange/messagereportdialog.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/planning/issuesmodel.h"
#include "ui/planning/issuespanel.h"
#include "ui/planning/planexplainer.h"
#include "ui/planning/planningcontroller.h"
#include "ui/planning/proposaldialog.h"

namespace respan::test {
namespace {

QString shotPath(const QString& name) {
    const QString dir = QStringLiteral(RESPAN_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

/// True when the image has more than a handful of distinct colours (not blank or one fill).
bool looksDrawn(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        if (colours.size() > 20) return true;
    }
    return false;
}

class Screenshots : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("A9-A44.respan"));
        ProjectDocument doc;
        buildDemoSample(doc);
        ProjectStore::writeFull(path_, doc, QString());
    }
    QTemporaryDir dir_;
    QString path_;
};

TEST_F(Screenshots, MainWindowInventoryAndDrawing) {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.restoreLayout = false;
    ui::MainWindow window(std::move(options));
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(test::part<ui::DocumentController>(window).open(path_));
    test::part<ui::PlanningController>(window).explainer()->refreshNow();
    test::part<ui::DrawingPanel>(window).showStructure(window.document().structure(0).uid);
    QTest::qWait(50);
    const QImage main = window.grab().toImage();
    ASSERT_TRUE(main.save(shotPath(QStringLiteral("main-window.png"))));
    EXPECT_TRUE(looksDrawn(main));

    test::part<ui::DrawingPanel>(window).showStructure(kNoUid);
    QTest::qWait(20);
    const QImage all = window.grab().toImage();
    ASSERT_TRUE(all.save(shotPath(QStringLiteral("main-window-all-structures.png"))));

    test::part<ui::InventoryPanel>(window).searchField()->setText(QStringLiteral("KKW"));
    test::part<ui::InventoryPanel>(window).view()->scrollToTop();
    QTest::qWait(50);
    ASSERT_TRUE(test::part<ui::InventoryPanel>(window).grab().toImage().save(
        shotPath(QStringLiteral("inventory-filtered.png"))));

    EXPECT_TRUE(ui::DrawingExport::toPng(*test::part<ui::DrawingPanel>(window).scene(),
                                         shotPath(QStringLiteral("drawing-export.png")))
                    .isEmpty());

    // While a 21.99 m girder is dragged: span 1 (19.80 m) admits it, span 2 (23.60 m) does not;
    // the hovered slot of span 2 is marked refused.
    const ProjectDocument& doc = window.document();
    const int spoor = doc.structureIndexByName(QStringLiteral("A44 Spoorwegviaduct"));
    test::part<ui::DrawingPanel>(window).showStructure(doc.structure(spoor).uid);
    ui::ViaductScene& scene = *test::part<ui::DrawingPanel>(window).scene();
    scene.flush();
    const Span& span = doc.structure(spoor).spans[1];
    // A real drag over the view: the drawing marks the slots and the status bar gives the
    // engine's reason for the hovered one.
    std::unique_ptr<QMimeData> mime(
        ui::encodeElements({doc.elementById(QStringLiteral("A9O-17"))->uid}));
    ui::ViaductView& view = *test::part<ui::DrawingPanel>(window).view();
    const QPoint pos =
        view.mapFromScene(scene.slotItem(span.slots[2].uid)->sceneBoundingRect().center());
    QDragEnterEvent enter(pos, Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    QDragMoveEvent move(pos, Qt::LinkAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::qWait(20);
    ASSERT_TRUE(test::part<ui::DrawingPanel>(window).grab().toImage().save(
        shotPath(QStringLiteral("drawing-drag-feedback.png"))));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("R1 length")))
        << window.statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(
        window.grab().toImage().save(shotPath(QStringLiteral("main-window-drag-feedback.png"))));
    QDragLeaveEvent leave;
    QApplication::sendEvent(view.viewport(), &leave);
}

/// The optimiser's proposal on the demo (with its pins), the main window after Apply with the
/// issues dock, and the issues panel on its own.
TEST_F(Screenshots, OptimiserProposalAndIssues) {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.exchangePrompts = std::make_unique<FakeExchangePrompts>();
    options.restoreLayout = false;
    ui::MainWindow window(std::move(options));
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(test::part<ui::DocumentController>(window).open(path_));
    ui::PlanningController& planning = test::part<ui::PlanningController>(window);
    QSignalSpy shown(&planning, &ui::PlanningController::proposalShown);
    planning.optimise->trigger();
    ASSERT_TRUE(shown.wait(30000));
    ui::ProposalDialog* dialog = planning.proposal();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(20);
    const QImage proposal = dialog->grab().toImage();
    ASSERT_TRUE(proposal.save(shotPath(QStringLiteral("optimiser-proposal.png"))));
    EXPECT_TRUE(looksDrawn(proposal));
    dialog->accept();
    QTest::qWait(20);
    ASSERT_EQ(test::part<QUndoStack>(window).undoText(), QStringLiteral("Apply optimiser plan"));
    // Then a re-inspection scores pinned girder A9W-03 at 4: its placement is now a conflict.
    ProjectDocument& doc = window.document();
    Element reinspected = *doc.elementById(QStringLiteral("A9W-03"));
    reinspected.condition = 4;
    ASSERT_TRUE(pushCommand(test::part<QUndoStack>(window),
                            std::make_unique<CmdElementEdit>(doc, reinspected.uid, reinspected,
                                                             QStringLiteral("Re-inspection"))));
    planning.explainer()->refreshNow();
    test::part<ui::DrawingPanel>(window).showStructure(
        doc.structure(doc.structureIndexByName(QStringLiteral("A44 viaduct Lisserweg"))).uid);
    ui::IssuesPanel& issues = *planning.issuesPanel();
    const QModelIndex unfilled = issues.model()->groupIndex(ui::IssuesModel::UnfilledSlots);
    if (issues.model()->rowCount(unfilled) > 0)
        issues.view()->expand(issues.model()->index(0, 0, unfilled));
    QTest::qWait(50);
    const QImage after = window.grab().toImage();
    ASSERT_TRUE(after.save(shotPath(QStringLiteral("main-window-after-optimise.png"))));
    EXPECT_TRUE(looksDrawn(after));
    issues.resize(1000, 560);
    const QImage panel = issues.grab().toImage();
    ASSERT_TRUE(panel.save(shotPath(QStringLiteral("issues-panel.png"))));
}

/// The report of a refused CSV import: every error with row, column, value and rule.
TEST_F(Screenshots, ImportErrors) {
    ProjectDocument doc;
    buildDemoSample(doc);
    const QByteArray csv =
        "id,length_m,height_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,condition,"
        "location_lat,location_lon\r\n"
        "N-01,20.1,900,1180,27,3000,700,2,52.3,4.6\r\n"
        "N-02,-2.5,900,1180,27,3000,700,2,52.3,4.6\r\n"
        "A9W-01,20.3,900,1180,27,3000,700,9,52.3,4.6\r\n"
        ",20.4,900,1180,27,3000,700,2,52.3,4.6\r\n"
        "N-05,20.4,900,1180,27,3000,700,2,152.3,4.6\r\n";
    const io::ElementImport import = io::parseElementsCsv(csv, doc, QString());
    ASSERT_FALSE(import.ok());
    ui::MessageReportDialog dialog(ui::csvImportReport(QStringLiteral("girders-2024-03.csv"),
                                                       import.errors, import.warnings, {}));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    ASSERT_TRUE(image.save(shotPath(QStringLiteral("import-errors.png"))));
    EXPECT_TRUE(looksDrawn(image));
}

TEST_F(Screenshots, ElementEditor) {
    ProjectDocument doc;
    buildDemoSample(doc);
    Element e = *doc.elementById(QStringLiteral("A9W-05"));
    ui::ElementEditorDialog dialog(doc, e, QStringLiteral("anna"), {});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QImage general = dialog.grab().toImage();
    ASSERT_TRUE(general.save(shotPath(QStringLiteral("element-editor.png"))));
    EXPECT_TRUE(looksDrawn(general));
    dialog.tabs()->setCurrentIndex(2);
    QTest::qWait(10);
    ASSERT_TRUE(
        dialog.grab().toImage().save(shotPath(QStringLiteral("element-editor-history.png"))));
}

/// The main window as a Dutch user sees it: Dutch texts, decimal commas.
TEST_F(Screenshots, MainWindowInDutch) {
    const QLocale previous;
    QTranslator dutch;
    ASSERT_TRUE(dutch.load(QStringLiteral(":/i18n/respan_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    QTranslator qtDutch;  // Qt's own buttons, when qt6-translations-l10n is installed
    if (qtDutch.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtDutch);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    {
        ui::MainWindow::Options options;
        options.prompts = std::make_unique<FakePrompts>();
        options.restoreLayout = false;
        ui::MainWindow window(std::move(options));
        window.resize(1600, 1000);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(test::part<ui::DocumentController>(window).open(path_));
        test::part<ui::PlanningController>(window).explainer()->refreshNow();
        test::part<ui::DrawingPanel>(window).showStructure(
            window.document()
                .structure(window.document().structureIndexByName(
                    QStringLiteral("A76 viaduct Daelderweg, Nuth")))
                .uid);
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        ASSERT_TRUE(image.save(shotPath(QStringLiteral("main-window-nl.png"))));
        EXPECT_TRUE(looksDrawn(image));
        EXPECT_TRUE(
            window.findChild<QDockWidget*>(QStringLiteral("inventoryDock"))->windowTitle() ==
            QStringLiteral("Voorraad"));

        ProjectDocument doc;
        buildDemoSample(doc);
        ui::ElementEditorDialog dialog(doc, *doc.elementById(QStringLiteral("KKW-14")),
                                       QStringLiteral("anna"), {});
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ASSERT_TRUE(
            dialog.grab().toImage().save(shotPath(QStringLiteral("element-editor-nl.png"))));
    }
    QCoreApplication::removeTranslator(&qtDutch);
    QCoreApplication::removeTranslator(&dutch);
    QLocale::setDefault(previous);
}

}  // namespace
}  // namespace respan::test
