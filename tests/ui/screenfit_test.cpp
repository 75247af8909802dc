// Any screen from 1280x720 up: the main window and the large dialogs open entirely within the
// available screen, status bar and buttons included, and a layout saved on a larger monitor is
// not restored onto a smaller one.
#include <QDialogButtonBox>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "support/demosample.h"
#include "tests/ui/fakeprompts.h"
#include "ui/common/screenfit.h"
#include "ui/editors/elementeditordialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/reportpreviewdialog.h"

namespace respan::test {
namespace {

const QRect kSmallScreen(0, 0, 1280, 720);

/// The window's frame as it will be once shown: at its position (a top-level window's pos() is
/// its frame's), its client size plus the frame allowance.
QRect expectedFrame(const QWidget& w) {
    return QRect(w.pos(), w.size() + QSize(ui::kFrameAllowance / 2, ui::kFrameAllowance));
}

/// Whether `child` (shown) lies entirely inside its window's client area.
bool insideWindow(const QWidget& child, const QWidget& window) {
    const QRect r(child.mapTo(&window, QPoint(0, 0)), child.size());
    return QRect(QPoint(0, 0), window.size()).contains(r);
}

std::unique_ptr<ui::MainWindow> demoWindow() {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.restoreLayout = false;
    auto w = std::make_unique<ui::MainWindow>(std::move(options));
    buildDemoSample(w->document());
    return w;
}

TEST(ScreenFit, TheMainWindowFitsA1280x720ScreenWithItsStatusBar) {
    auto w = demoWindow();
    ui::fitToScreen(*w, QSize(1500, 950), kSmallScreen);
    EXPECT_LE(w->minimumSizeHint().width(), kSmallScreen.width());
    EXPECT_LE(w->minimumSizeHint().height(), kSmallScreen.height() - ui::kFrameAllowance);
    EXPECT_TRUE(kSmallScreen.contains(expectedFrame(*w)))
        << w->geometry().width() << "x" << w->geometry().height();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    EXPECT_TRUE(w->statusBar()->isVisible());
    EXPECT_TRUE(insideWindow(*w->statusBar(), *w));
    EXPECT_LE(w->height(), kSmallScreen.height() - ui::kFrameAllowance);
}

TEST(ScreenFit, AWindowKeepsItsPreferredSizeWhereTheScreenHasRoom) {
    auto w = demoWindow();
    ui::fitToScreen(*w, QSize(1500, 950), QRect(0, 0, 1920, 1080));
    EXPECT_EQ(w->size(), QSize(1500, 950));
}

TEST(ScreenFit, GeometrySavedOnALargerMonitorIsNotRestoredOntoASmallOne) {
    auto w = demoWindow();
    w->resize(1800, 1000);
    w->move(100, 40);
    const QByteArray saved = w->saveGeometry();
    EXPECT_FALSE(ui::restoreGeometryWithin(*w, saved, QSize(1500, 950), kSmallScreen));
    EXPECT_TRUE(kSmallScreen.contains(expectedFrame(*w)));
    // On the monitor it was saved on, it comes back as it was.
    EXPECT_TRUE(ui::restoreGeometryWithin(*w, saved, QSize(1500, 950), QRect(0, 0, 2560, 1440)));
    EXPECT_EQ(w->size(), QSize(1800, 1000));
}

TEST(ScreenFit, TheReportPreviewAndTheElementEditorFitWithTheirButtons) {
    ProjectDocument doc;
    buildDemoSample(doc);
    ui::ReportPreviewDialog preview(doc, {}, QStringLiteral("en"));
    ui::fitToScreen(preview, QSize(900, 1000), kSmallScreen);
    EXPECT_TRUE(kSmallScreen.contains(expectedFrame(preview)))
        << preview.width() << "x" << preview.height();
    ui::ElementEditorDialog editor(doc, doc.element(0), QStringLiteral("t"), {});
    ui::fitToScreen(editor, QSize(980, 620), kSmallScreen);
    EXPECT_TRUE(kSmallScreen.contains(expectedFrame(editor)));
    for (QDialog* dialog : {static_cast<QDialog*>(&preview), static_cast<QDialog*>(&editor)}) {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        for (const QDialogButtonBox* buttons : dialog->findChildren<QDialogButtonBox*>()) {
            if (buttons->isVisible()) {
                EXPECT_TRUE(insideWindow(*buttons, *dialog)) << dialog->objectName().toStdString();
            }
        }
        dialog->hide();
    }
}

}  // namespace
}  // namespace respan::test
