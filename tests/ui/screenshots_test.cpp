// Renders the main views offscreen into <build>/screenshots/*.png, for the README and for a
// person to look at. The test checks that each picture was written and is not blank.
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "document/projectdocument.h"
#include "drawing/drawingexport.h"
#include "drawing/drawingpanel.h"
#include "drawing/viaductscene.h"
#include "drawing/viaductview.h"
#include "editors/elementeditordialog.h"
#include "inventory/inventorypanel.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/mainwindow.h"
#include "storage/projectstore.h"
#include "support/demosample.h"
#include "ui/fakeprompts.h"

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
    ASSERT_TRUE(window.controller().open(path_));
    window.drawing()->showStructure(window.document().structure(0).uid);
    QTest::qWait(50);
    const QImage main = window.grab().toImage();
    ASSERT_TRUE(main.save(shotPath(QStringLiteral("main-window.png"))));
    EXPECT_TRUE(looksDrawn(main));

    window.drawing()->showStructure(kNoUid);
    QTest::qWait(20);
    const QImage all = window.grab().toImage();
    ASSERT_TRUE(all.save(shotPath(QStringLiteral("main-window-all-structures.png"))));

    window.inventory()->searchField()->setText(QStringLiteral("KKW"));
    QTest::qWait(20);
    ASSERT_TRUE(window.inventory()->grab().toImage().save(
        shotPath(QStringLiteral("inventory-filtered.png"))));

    EXPECT_TRUE(ui::DrawingExport::toPng(*window.drawing()->scene(),
                                         shotPath(QStringLiteral("drawing-export.png")))
                    .isEmpty());

    // While a 21.99 m girder is dragged: span 1 (19.80 m) admits it, span 2 (23.60 m) does not;
    // the hovered slot of span 2 is marked refused.
    const ProjectDocument& doc = window.document();
    const int spoor = doc.structureIndexByName(QStringLiteral("A44 Spoorwegviaduct"));
    window.drawing()->showStructure(doc.structure(spoor).uid);
    ui::ViaductScene& scene = *window.drawing()->scene();
    scene.flush();
    const Span& span = doc.structure(spoor).spans[1];
    scene.beginDragFeedback({doc.elementById(QStringLiteral("A9O-17"))->uid});
    scene.setHover(span.slots[2].uid, kNoUid, false);
    QTest::qWait(20);
    ASSERT_TRUE(window.drawing()->grab().toImage().save(
        shotPath(QStringLiteral("drawing-drag-feedback.png"))));
    scene.endDragFeedback();
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
        ASSERT_TRUE(window.controller().open(path_));
        window.drawing()->showStructure(window.document()
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
