// Locks between processes, read-only mode, crash recovery from the autosave.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"
#include "support/childprocess.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

class SessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("shared.respan"));
        ProjectDocument doc;
        test::fillSampleProject(doc);
        ProjectStore::writeFull(file, doc, QString());
    }
    QTemporaryDir dir;
    QString file;
};

}  // namespace

TEST_F(SessionTest, SecondProcessGetsReadOnlyAndIsToldWhoHoldsTheLock) {
    test::ChildProcess holder(QStringLiteral("hold"), file);
    ASSERT_TRUE(holder.startAndWaitReady()) << holder.output().toStdString();

    ProjectDocument doc;
    ProjectSession session(doc);
    const auto outcome = session.open(file, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    EXPECT_TRUE(outcome.readOnly);
    EXPECT_TRUE(session.isReadOnly());
    ASSERT_TRUE(outcome.heldBy.has_value());
    EXPECT_EQ(outcome.heldBy->pid, holder.pid());
    EXPECT_EQ(outcome.heldBy->user, ProjectLock::currentProcess().user);
    EXPECT_TRUE(outcome.heldBy->describe().contains(QString::number(holder.pid())));
    EXPECT_EQ(doc.elementCount(), 3);  // the content is there to read

    // Saving is refused and the file stays as it was.
    const QByteArray before = test::fileSha256(file);
    ProjectSettings s = doc.settings();
    s.author = QStringLiteral("someone else");
    doc.setSettings(s);
    try {
        session.save();
        ADD_FAILURE() << "read-only save succeeded";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), ProjectFileError::Kind::ReadOnly);
    }
    EXPECT_EQ(test::fileSha256(file), before);
    EXPECT_TRUE(doc.isModified());  // the edit is still in the open document

    // A command-line edit is refused outright while the lock is held.
    ProjectDocument other;
    ProjectSession cli(other);
    EXPECT_THROW(cli.open(file, ProjectSession::LockPolicy::FailIfLocked), ProjectFileError);
}

TEST_F(SessionTest, LockOfACrashedProcessIsTakenOverWithoutRecoveryWhenNothingWasUnsaved) {
    test::ChildProcess holder(QStringLiteral("hold"), file);
    ASSERT_TRUE(holder.startAndWaitReady());
    const qint64 pid = holder.pid();
    holder.kill();
    ASSERT_TRUE(QFileInfo::exists(ProjectLock::lockPathFor(file)));  // left behind by the crash

    ProjectDocument doc;
    ProjectSession session(doc);
    const auto outcome = session.open(file, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    EXPECT_FALSE(outcome.readOnly);
    ASSERT_TRUE(outcome.crashedHolder.has_value());
    EXPECT_EQ(outcome.crashedHolder->pid, pid);
    EXPECT_FALSE(outcome.recoveryAvailable.has_value());
    session.close();
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(file)));
}

TEST_F(SessionTest, CrashWithUnsavedEditsOffersTheAutosave) {
    const QByteArray saved = test::fileSha256(file);
    test::ChildProcess editor(QStringLiteral("edit-autosave"), file);
    ASSERT_TRUE(editor.startAndWaitReady()) << editor.output().toStdString();
    editor.kill();
    EXPECT_EQ(test::fileSha256(file), saved);  // the autosave never touches the project file

    // The command line refuses to edit over unsaved work it cannot offer back.
    {
        ProjectDocument doc;
        ProjectSession cli(doc);
        EXPECT_THROW(cli.open(file, ProjectSession::LockPolicy::FailIfLocked), ProjectFileError);
    }

    ProjectDocument doc;
    ProjectSession session(doc);
    const auto outcome = session.open(file, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    ASSERT_TRUE(outcome.recoveryAvailable.has_value());
    EXPECT_NE(doc.settings().projectName,
              QStringLiteral("edited before the crash"));  // saved state
    session.restoreAutosave();
    EXPECT_EQ(doc.settings().projectName, QStringLiteral("edited before the crash"));
    EXPECT_EQ(doc.element(0).notes, QStringLiteral("unsaved note"));
    // The recertification protocol edited before the crash comes back too.
    EXPECT_EQ(doc.protocol().back().durationDays, 9);
    EXPECT_TRUE(doc.isModified());
    session.save();
    EXPECT_FALSE(QFileInfo::exists(ProjectSession::autosavePathFor(file)));
    session.close();

    ProjectDocument reread;
    ProjectStore::load(file, reread);
    EXPECT_EQ(reread.settings().projectName, QStringLiteral("edited before the crash"));
    EXPECT_EQ(reread.element(0).notes, QStringLiteral("unsaved note"));
    EXPECT_EQ(reread.protocol().back().durationDays, 9);
    // Attachments saved before the crash survived the recovery save.
    const Element* g1 = reread.elementById(QStringLiteral("G-1"));
    ASSERT_NE(g1, nullptr);
    EXPECT_EQ(ProjectStore::readAttachment(file, g1->documents[0].uid).size(), 31);
}

TEST_F(SessionTest, DecliningTheAutosaveLeavesTheSavedFileAsItWas) {
    const QByteArray saved = test::fileSha256(file);
    test::ChildProcess editor(QStringLiteral("edit-autosave"), file);
    ASSERT_TRUE(editor.startAndWaitReady());
    editor.kill();

    ProjectDocument doc;
    ProjectSession session(doc);
    const auto outcome = session.open(file, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    ASSERT_TRUE(outcome.recoveryAvailable.has_value());
    session.discardAutosave();
    session.close();
    EXPECT_EQ(test::fileSha256(file), saved);
    EXPECT_FALSE(QFileInfo::exists(ProjectSession::autosavePathFor(file)));
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(file)));
}

TEST_F(SessionTest, SaveAsMovesTheLockAndWritesEverything) {
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(file, ProjectSession::LockPolicy::FailIfLocked);
    Element e = doc.element(1);
    e.notes = QStringLiteral("changed before save as");
    doc.updateElement(1, e);
    const QString copy = dir.filePath(QStringLiteral("copy.respan"));
    session.saveAs(copy);
    EXPECT_EQ(session.path(), QFileInfo(copy).absoluteFilePath());
    EXPECT_FALSE(doc.isModified());
    EXPECT_TRUE(QFileInfo::exists(ProjectLock::lockPathFor(copy)));
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(file)));
    ProjectDocument reread;
    ProjectStore::load(copy, reread);
    EXPECT_EQ(test::compareDocuments(doc, reread), QString());
    // The original file still holds the state from before the edit.
    ProjectDocument original;
    ProjectStore::load(file, original);
    EXPECT_NE(original.element(1).notes, QStringLiteral("changed before save as"));
}

TEST_F(SessionTest, FailedOpenKeepsTheDocumentAndTakesNoLock) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    ProjectSession session(doc);
    const QString garbage = dir.filePath(QStringLiteral("garbage.respan"));
    ASSERT_TRUE(test::writeFile(garbage, QByteArray("not a project")));
    EXPECT_THROW(session.open(garbage, ProjectSession::LockPolicy::ReadOnlyIfLocked),
                 ProjectFileError);
    EXPECT_EQ(doc.elementCount(), 3);
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(garbage)));
}

// The checked-in file of schema version 1 holds exactly the schema that migration step 1 creates
// today. Files are checked against the chain's definitions (docs/project-file.md), so a step that
// is edited after release, instead of a new step being added, would make every older file
// "altered outside ReSpan": this test fails first.
TEST(Fixtures, Version1FixtureHasTheSchemaOfStep1) {
    const QString fixture = test::dataPath(QStringLiteral("fixtures/project-v1.respan"));
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"), fixture,
             QStringLiteral("SELECT type || '|' || name || '|' || tbl_name || '|' || "
                            "coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    QStringList found = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    found.removeAll(QString());
    QStringList expected;
    for (const schema::SchemaObject& o : schema::expectedObjects(1))
        expected << o.type + QLatin1Char('|') + o.name + QLatin1Char('|') + o.table +
                        QLatin1Char('|') + o.sql;
    EXPECT_EQ(found, expected);
}

// Two sessions saving as the same new name: there is no inode to lock yet, so the lock file is
// created exclusively and the second one is refused instead of replacing the first one's file.
TEST_F(SessionTest, TwoSaveAsToOneNewNameCannotBothSucceed) {
    const QString target = dir.filePath(QStringLiteral("new.respan"));
    ProjectLock first(target);
    ASSERT_EQ(first.tryLock(), ProjectLock::Result::Acquired);
    EXPECT_FALSE(first.hasInode());
    ProjectDocument doc;
    test::fillSampleProject(doc);
    ProjectSession second(doc);
    EXPECT_THROW(second.saveAs(target), ProjectFileError);
    EXPECT_FALSE(QFileInfo::exists(target));
    first.unlock();
    second.saveAs(target);
    EXPECT_TRUE(QFileInfo::exists(target));
}
