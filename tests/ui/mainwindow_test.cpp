// The main window's file handling through DocumentController with scripted prompts: the dirty
// state follows the undo stack and Save; closing with unsaved changes asks; a project locked by
// another session opens read-only and says who holds it; unsaved work of a crashed session is
// offered back; a file that cannot be opened leaves the open project as it was.
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdassignmentset.h"
#include "core/document/projectdocument.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"
#include "support/windowparts.h"
#include "tests/ui/fakeprompts.h"
#include "tests/ui/uitestutil.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/recentfiles.h"

namespace respan::test {
namespace {

struct Window {
    FakePrompts* prompts = nullptr;
    std::unique_ptr<ui::MainWindow> window;
};

Window makeWindow() {
    Window w;
    auto prompts = std::make_unique<FakePrompts>();
    w.prompts = prompts.get();
    ui::MainWindow::Options options;
    options.prompts = std::move(prompts);
    options.restoreLayout = false;
    w.window = std::make_unique<ui::MainWindow>(std::move(options));
    return w;
}

class MainWindowFiles : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("A9-A44.respan"));
        ProjectDocument doc;
        buildDemoSample(doc);
        ProjectStore::writeFull(path_, doc, QString());
    }
    /// Changes the length of A9W-10 through the inventory table (one undo step).
    static void editLength(ui::MainWindow& w, const QString& value) {
        ui::ElementTableModel* m = &test::part<ui::ElementTableModel>(w);
        const int row = w.document().elementRowById(QStringLiteral("A9W-10"));
        ASSERT_TRUE(m->setData(m->index(row, ui::ElementTableModel::Length), value));
    }
    QTemporaryDir dir_;
    QString path_;
};

TEST_F(MainWindowFiles, DirtyStateFollowsTheUndoStackAndSave) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    EXPECT_FALSE(win.isWindowModified());
    EXPECT_EQ(win.windowTitle(), QStringLiteral("A9-A44.respan[*] — ReSpan"));
    editLength(win, QStringLiteral("18.1"));
    EXPECT_TRUE(win.isWindowModified());
    EXPECT_EQ(test::part<ui::MainActions>(win).undo->text(),
              QStringLiteral("&Undo Change Length (m) of A9W-10"));
    test::part<QUndoStack>(win).undo();
    EXPECT_FALSE(win.isWindowModified());
    test::part<QUndoStack>(win).redo();
    EXPECT_TRUE(win.isWindowModified());
    ASSERT_TRUE(test::part<ui::DocumentController>(win).save());
    EXPECT_FALSE(win.isWindowModified());
    ProjectDocument reread;
    ProjectStore::load(path_, reread, true);
    EXPECT_EQ(reread.elementById(QStringLiteral("A9W-10"))->length, Metres(18.1));
    // Undoing past the save makes the window dirty again.
    test::part<QUndoStack>(win).undo();
    EXPECT_TRUE(win.isWindowModified());
    EXPECT_TRUE(w.prompts->errors.isEmpty())
        << w.prompts->errors.join(QStringLiteral("\n")).toStdString();
}

TEST_F(MainWindowFiles, ClosingWithUnsavedChangesAsks) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    win.show();
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    editLength(win, QStringLiteral("18.2"));
    w.prompts->saveChoice = ui::FilePrompts::SaveChoice::Cancel;
    EXPECT_FALSE(win.close());
    EXPECT_TRUE(win.isVisible());
    EXPECT_EQ(w.prompts->saveQuestions, 1);
    w.prompts->saveChoice = ui::FilePrompts::SaveChoice::Save;
    EXPECT_TRUE(win.close());
    EXPECT_EQ(w.prompts->saveQuestions, 2);
    ProjectDocument reread;
    ProjectStore::load(path_, reread, true);
    EXPECT_EQ(reread.elementById(QStringLiteral("A9W-10"))->length, Metres(18.2));
    // The lock is released: the file can be opened for writing again.
    ProjectDocument again;
    ProjectSession session(again);
    EXPECT_FALSE(session.open(path_, ProjectSession::LockPolicy::ReadOnlyIfLocked).readOnly);
}

TEST_F(MainWindowFiles, DiscardClosesWithoutSaving) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    win.show();
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    const QByteArray before = fileSha256(path_);
    editLength(win, QStringLiteral("18.3"));
    w.prompts->saveChoice = ui::FilePrompts::SaveChoice::Discard;
    EXPECT_TRUE(win.close());
    EXPECT_EQ(fileSha256(path_), before);
    EXPECT_FALSE(QFileInfo::exists(ProjectSession::autosavePathFor(path_)));
}

TEST_F(MainWindowFiles, SecondSessionIsReadOnlyAndSaysWhoHoldsTheLock) {
    Window first = makeWindow();
    ASSERT_TRUE(test::part<ui::DocumentController>(*first.window).open(path_));
    ASSERT_FALSE(test::part<ui::DocumentController>(*first.window).isReadOnly());

    Window second = makeWindow();
    ui::MainWindow& win = *second.window;
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    EXPECT_TRUE(test::part<ui::DocumentController>(win).isReadOnly());
    EXPECT_TRUE(win.windowTitle().contains(QStringLiteral("(read-only)")));
    const QString banner = test::part<ui::MessageBar>(win).text();
    EXPECT_TRUE(banner.contains(QStringLiteral("Read-only")));
    EXPECT_TRUE(banner.contains(ProjectLock::currentProcess().user)) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QString::number(QCoreApplication::applicationPid())));
    EXPECT_FALSE(test::part<ui::MainActions>(win).save->isEnabled());
    EXPECT_FALSE(test::part<ui::MainActions>(win).deleteSelection->isEnabled());
    EXPECT_TRUE(test::part<ui::MainActions>(win).saveAs->isEnabled());
    ui::ElementTableModel* m = &test::part<ui::ElementTableModel>(win);
    EXPECT_FALSE(m->setData(m->index(0, ui::ElementTableModel::Length), QStringLiteral("19")));
    EXPECT_EQ(test::part<QUndoStack>(win).count(), 0);
    // The first session is unaffected.
    editLength(*first.window, QStringLiteral("18.4"));
    EXPECT_TRUE(test::part<ui::DocumentController>(*first.window).save());
    // Saving a copy makes the second window writable, on the copy.
    const QString copy = dir_.filePath(QStringLiteral("copy.respan"));
    ASSERT_TRUE(test::part<ui::DocumentController>(win).saveAs(copy));
    EXPECT_FALSE(test::part<ui::DocumentController>(win).isReadOnly());
    EXPECT_EQ(test::part<ui::MessageBar>(win).text(), QString());
}

/// Leaves `path` as a crashed session would: its autosave holds an edit, and its lock names a
/// process that no longer runs.
void simulateCrash(const QString& path) {
    {
        ProjectDocument doc;
        ProjectSession session(doc);
        session.open(path, ProjectSession::LockPolicy::FailIfLocked);
        Element e = *doc.elementById(QStringLiteral("A9W-10"));
        e.notes = QStringLiteral("crack at the support, seen 2025-01-20");
        doc.updateElement(doc.elementRowById(e.id), e);
        session.writeAutosave();
    }  // the session ends without close(): its autosave stays
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    gone.waitForFinished();
    const LockInfo me = ProjectLock::currentProcess();
    writeFile(
        ProjectLock::lockPathFor(path),
        QStringLiteral("respan-lock 1\npid=%1\nhost=%2\nuser=%3\napplication=ReSpan\nsince=%4\n")
            .arg(gone.processId())
            .arg(QSysInfo::machineHostName(), me.user,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .toUtf8());
}

TEST_F(MainWindowFiles, CrashedSessionsWorkIsOfferedBackAndRestored) {
    simulateCrash(path_);
    ASSERT_TRUE(QFileInfo::exists(ProjectSession::autosavePathFor(path_)));
    Window w = makeWindow();
    w.prompts->recoveryChoice = ui::FilePrompts::RecoveryChoice::Restore;
    ASSERT_TRUE(test::part<ui::DocumentController>(*w.window).open(path_));
    EXPECT_EQ(w.prompts->recoveryQuestions, 1);
    EXPECT_EQ(w.window->document().elementById(QStringLiteral("A9W-10"))->notes,
              QStringLiteral("crack at the support, seen 2025-01-20"));
    EXPECT_TRUE(w.window->isWindowModified());  // restored work is not in the file yet
    EXPECT_FALSE(test::part<ui::DocumentController>(*w.window).isReadOnly());
    ASSERT_TRUE(test::part<ui::DocumentController>(*w.window).save())
        << w.prompts->errors.join(QStringLiteral("\n")).toStdString();
    ProjectDocument reread;
    ProjectStore::load(path_, reread, true);
    EXPECT_EQ(reread.elementById(QStringLiteral("A9W-10"))->notes,
              QStringLiteral("crack at the support, seen 2025-01-20"));
}

TEST_F(MainWindowFiles, CrashedSessionsWorkCanBeDiscarded) {
    ProjectDocument saved;
    ProjectStore::load(path_, saved, true);
    simulateCrash(path_);
    Window w = makeWindow();
    w.prompts->recoveryChoice = ui::FilePrompts::RecoveryChoice::Discard;
    ASSERT_TRUE(test::part<ui::DocumentController>(*w.window).open(path_));
    EXPECT_EQ(w.prompts->recoveryQuestions, 1);
    EXPECT_EQ(compareDocuments(saved, w.window->document()), QString());
    EXPECT_FALSE(w.window->isWindowModified());
    EXPECT_FALSE(QFileInfo::exists(ProjectSession::autosavePathFor(path_)));
}

TEST_F(MainWindowFiles, AFileThatCannotBeOpenedLeavesTheProjectAsItWas) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    editLength(win, QStringLiteral("18.5"));
    ProjectDocument before;
    cloneInto(win.document(), before);
    const QString garbage = dir_.filePath(QStringLiteral("notes.respan"));
    writeFile(garbage, QByteArray("this is not a project file\n"));
    w.prompts->saveChoice = ui::FilePrompts::SaveChoice::Discard;
    EXPECT_FALSE(test::part<ui::DocumentController>(win).open(garbage));
    ASSERT_EQ(w.prompts->errors.size(), 1);
    EXPECT_TRUE(w.prompts->errors[0].contains(QStringLiteral("notes.respan")));
    EXPECT_EQ(compareDocuments(before, win.document()), QString());
    EXPECT_EQ(test::part<ui::DocumentController>(win).path(), QFileInfo(path_).absoluteFilePath());
    EXPECT_EQ(test::part<QUndoStack>(win).count(), 1);
    EXPECT_EQ(readFile(garbage), QByteArray("this is not a project file\n"));  // untouched
}

TEST_F(MainWindowFiles, OpenedFilesAreRememberedAndAutosaveWritesUnsavedWork) {
    Window w = makeWindow();
    ASSERT_TRUE(test::part<ui::DocumentController>(*w.window).open(path_));
    EXPECT_EQ(ui::RecentFiles().files().value(0), QFileInfo(path_).absoluteFilePath());
    test::part<ui::DocumentController>(*w.window).autosave();
    EXPECT_FALSE(QFileInfo::exists(ProjectSession::autosavePathFor(path_)));  // nothing to keep
    editLength(*w.window, QStringLiteral("18.6"));
    test::part<ui::DocumentController>(*w.window).autosave();
    ASSERT_TRUE(QFileInfo::exists(ProjectSession::autosavePathFor(path_)));
    ProjectDocument autosaved;
    ProjectStore::load(ProjectSession::autosavePathFor(path_), autosaved, true);
    EXPECT_EQ(autosaved.elementById(QStringLiteral("A9W-10"))->length, Metres(18.6));
}

TEST_F(MainWindowFiles, PlanActionsAreOneUndoStepEach) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    ProjectDocument& doc = win.document();
    int pinned = 0;
    for (const Assignment& a : doc.assignments()) pinned += a.pinned ? 1 : 0;
    ASSERT_LT(pinned, static_cast<int>(doc.assignments().size()));
    win.clearUnpinned();
    EXPECT_EQ(static_cast<int>(doc.assignments().size()), pinned);
    EXPECT_EQ(test::part<QUndoStack>(win).count(), 1);
    test::part<QUndoStack>(win).undo();

    // Delete in the drawing empties the selected slots.
    const Uid l1 = slotUid(doc, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    const Uid l2 = slotUid(doc, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L2"));
    test::part<ui::DrawingPanel>(win).scene()->flush();
    test::part<ui::DrawingPanel>(win).scene()->selectSlots({l1, l2});
    win.removeFromSlots();
    EXPECT_FALSE(doc.assignmentForSlot(l1).has_value());
    EXPECT_FALSE(doc.assignmentForSlot(l2).has_value());
    EXPECT_EQ(test::part<QUndoStack>(win).undoText(), QStringLiteral("Empty 2 slots"));
    test::part<QUndoStack>(win).undo();
    EXPECT_TRUE(doc.assignmentForSlot(l1)->pinned);

    // Unpin turns the selection into proposals; Pin fixes them again.
    test::part<ui::DrawingPanel>(win).scene()->flush();
    test::part<ui::DrawingPanel>(win).scene()->selectSlots({l1});
    win.setPinned(false);
    EXPECT_FALSE(doc.assignmentForSlot(l1)->pinned);
    win.setPinned(true);
    EXPECT_TRUE(doc.assignmentForSlot(l1)->pinned);
}

TEST_F(MainWindowFiles, DeleteActsWhereTheUserWorkedLast) {
    Window w = makeWindow();
    ui::MainWindow& win = *w.window;
    win.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&win));
    ASSERT_TRUE(test::part<ui::DocumentController>(win).open(path_));
    ProjectDocument& doc = win.document();
    const int before = doc.elementCount();
    QTableView* table = test::part<ui::InventoryPanel>(win).view();
    table->setFocus();
    QApplication::processEvents();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(test::part<ui::InventoryPanel>(win).selectedElements().size(), 2);
    test::part<ui::MainActions>(win).deleteSelection->trigger();
    EXPECT_EQ(doc.elementCount(), before - 2);
    EXPECT_EQ(test::part<QUndoStack>(win).count(), 1);  // one step for both
    EXPECT_EQ(test::part<QUndoStack>(win).undoText(), QStringLiteral("Delete 2 elements"));
    test::part<QUndoStack>(win).undo();
    EXPECT_EQ(doc.elementCount(), before);
}

}  // namespace
}  // namespace respan::test
