// Autosave as a crash meets it: a planner's edit in a real ReSpan window (a second process) is
// in the autosave within 30 seconds, and after `kill -9` opening the project offers it back.
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>

#include "core/document/projectdocument.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/childprocess.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"

namespace respan::test {
namespace {

const QString kEditedLength = QStringLiteral("17.61");

std::unique_ptr<ui::MainWindow> window(FakePrompts** prompts = nullptr) {
    ui::MainWindow::Options options;
    auto fake = std::make_unique<FakePrompts>();
    if (prompts != nullptr) *prompts = fake.get();
    options.prompts = std::move(fake);
    options.restoreLayout = false;
    return std::make_unique<ui::MainWindow>(std::move(options));
}

}  // namespace

// The child: opens the project in a main window, changes a length in the inventory table as a
// user types it, says so, and runs the event loop (where the autosave timer fires) until killed.
TEST(ChildProcess, Run) {
    QString mode;
    QString path;
    if (!isChildProcess(&mode, &path)) GTEST_SKIP() << "only runs as a child process";
    ASSERT_EQ(mode, QStringLiteral("gui-edit"));
    auto w = window();
    ASSERT_TRUE(w->open(path));
    ui::ElementTableModel& model = part<ui::ElementTableModel>(*w);
    const int row = w->document().elementRowById(QStringLiteral("A9W-10"));
    ASSERT_TRUE(model.setData(model.index(row, ui::ElementTableModel::Length), kEditedLength));
    std::fputs("CHILD-READY\n", stdout);
    std::fflush(stdout);
    QApplication::exec();
}

TEST(Autosave, AnEditIsInTheAutosaveWithin30SecondsAndComesBackAfterAKill) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("A9-A44.respan"));
    {
        ProjectDocument doc;
        buildDemoSample(doc);
        ProjectStore::writeFull(path, doc, QString());
    }
    const QString autosave = ProjectSession::autosavePathFor(path);
    ChildProcess child(QStringLiteral("gui-edit"), path);
    ASSERT_TRUE(child.startAndWaitReady(60000)) << child.output().toStdString();
    QElapsedTimer sinceEdit;
    sinceEdit.start();
    while (!QFileInfo::exists(autosave) && sinceEdit.elapsed() < 60000) QThread::msleep(50);
    const qint64 ms = sinceEdit.elapsed();
    RecordProperty("autosave_ms_after_edit", static_cast<int>(ms));
    std::printf("autosave written %lld ms after the edit\n", static_cast<long long>(ms));
    ASSERT_TRUE(QFileInfo::exists(autosave)) << "no autosave after 60 s";
    QThread::msleep(300);  // let the write that made the file finish before the crash
    child.kill();
    // The default interval, measured from the moment the edit was made (plus start-up jitter).
    EXPECT_LE(ms, 31000) << "the autosave came " << ms << " ms after the edit";
    EXPECT_GE(ms, 25000) << "the autosave came early: " << ms << " ms";

    FakePrompts* prompts = nullptr;
    auto w = window(&prompts);
    prompts->recoveryChoice = ui::FilePrompts::RecoveryChoice::Restore;
    ASSERT_TRUE(part<ui::DocumentController>(*w).open(path));
    EXPECT_EQ(prompts->recoveryQuestions, 1);
    EXPECT_DOUBLE_EQ(w->document().elementById(QStringLiteral("A9W-10"))->length.value(), 17.61);
}

}  // namespace respan::test
