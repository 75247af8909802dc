// Commands that only read (check, export, report, match without --apply, passport export) never
// write the project or beside it, and a hot journal is never rolled back by a reader nor by a
// writer that cannot vouch for it (issue 9: a restored backup with an old journal beside it).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/clirunner.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

class ReadOnlyCommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        project = dir.filePath(QStringLiteral("demo.respan"));
        ASSERT_EQ(test::runCli({QStringLiteral("demo"), project}).status, 0);
    }

    std::vector<QStringList> readingCommands() const {
        const QString out = dir.filePath(QStringLiteral("out"));
        return {
            {QStringLiteral("check"), project},
            {QStringLiteral("export"), project, QStringLiteral("-o"),
             out + QStringLiteral(".xlsx")},
            {QStringLiteral("export"), project, QStringLiteral("-o"), out + QStringLiteral(".csv")},
            {QStringLiteral("report"), project, QStringLiteral("-o"), out + QStringLiteral(".pdf")},
            {QStringLiteral("match"), project},
            {QStringLiteral("storage"), project},
            {QStringLiteral("storage"), project, QStringLiteral("--at"),
             QStringLiteral("2025-01-06"), QStringLiteral("--json"),
             out + QStringLiteral("-storage.json")},
            {QStringLiteral("match"), project, QStringLiteral("--json"),
             out + QStringLiteral(".json")},
            {QStringLiteral("passport"), QStringLiteral("export"), project, QStringLiteral("-o"),
             out + QStringLiteral("-passport.json")},
        };
    }

    /// Kills an sqlite3 shell in the middle of a transaction that changed every element, after
    /// its cache spilled into the file: a real hot journal, as an interrupted save leaves one.
    void leaveHotJournal() {
        QProcess p;
        p.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("printf 'PRAGMA cache_size=1;\\nBEGIN;\\nUPDATE element SET notes "
                                "= hex(randomblob(2000));\\n.shell kill -9 $PPID\\n' | sqlite3 "
                                "'%1'")
                     .arg(project)});
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_GT(QFileInfo(journal()).size(), 0) << "no journal was left";
        ASSERT_TRUE(hasHotJournalFile());
    }
    QString journal() const { return project + QStringLiteral("-journal"); }
    bool hasHotJournalFile() const { return QFileInfo(journal()).size() > 0; }

    QStringList listing() const {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    QTemporaryDir dir;
    QString project;
};

}  // namespace

TEST_F(ReadOnlyCommandsTest, ReadingCommandsLeaveTheProjectAndItsFolderAlone) {
    const QByteArray sha = test::fileSha256(project);
    const QDateTime modified = QFileInfo(project).lastModified();
    for (const QStringList& args : readingCommands()) {
        const QStringList before = listing();
        const test::CliRun run = test::runCli(args);
        EXPECT_EQ(run.status, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << run.err.toStdString();
        EXPECT_EQ(test::fileSha256(project), sha) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(QFileInfo(project).lastModified(), modified);
        // Only the command's own output may have appeared: no lock, journal or autosave.
        QStringList after = listing();
        for (const QString& name : before) after.removeAll(name);
        for (const QString& name : after) {
            EXPECT_TRUE(name.startsWith(QLatin1String("out")))
                << args.join(QLatin1Char(' ')).toStdString() << " left " << name.toStdString();
        }
    }
}

TEST_F(ReadOnlyCommandsTest, AHotJournalIsReportedAndNeverRolledBackByAReader) {
    leaveHotJournal();
    const QByteArray sha = test::fileSha256(project);
    const QByteArray journalSha = test::fileSha256(journal());
    for (const QStringList& args : readingCommands()) {
        const test::CliRun run = test::runCli(args);
        EXPECT_EQ(run.status, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("unfinished save"))) << run.err.toStdString();
        EXPECT_EQ(test::fileSha256(project), sha) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(test::fileSha256(journal()), journalSha);
    }
}

TEST_F(ReadOnlyCommandsTest, AJournalNoReSpanSessionLeftIsNotAppliedByAWriterEither) {
    leaveHotJournal();
    const QByteArray sha = test::fileSha256(project);
    const test::CliRun set =
        test::runCli({QStringLiteral("set"), project, QStringLiteral("author=someone")});
    EXPECT_EQ(set.status, 2) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QLatin1String("restored from a backup"))) << set.err.toStdString();
    ProjectDocument doc;
    ProjectSession gui(doc);
    EXPECT_THROW(gui.open(project, ProjectSession::LockPolicy::ReadOnlyIfLocked), ProjectFileError);
    EXPECT_EQ(test::fileSha256(project), sha);
    EXPECT_TRUE(hasHotJournalFile());
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(project)));
}

TEST_F(ReadOnlyCommandsTest, TheInterruptedSaveOfACrashedSessionIsUndoneOnTheNextOpen) {
    ProjectDocument saved;
    ProjectStore::load(project, saved, true);
    leaveHotJournal();
    // The lock file that a ReSpan session killed in the middle of that save leaves behind.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    gone.waitForFinished();
    ASSERT_TRUE(test::writeFile(
        ProjectLock::lockPathFor(project),
        QStringLiteral("respan-lock 1\npid=%1\nhost=%2\nuser=tester\napplication=ReSpan\n"
                       "since=2026-12-01T10:00:00Z\n")
            .arg(gone.processId())
            .arg(QSysInfo::machineHostName())
            .toUtf8()));
    ProjectDocument doc;
    ProjectSession session(doc);
    const ProjectSession::OpenOutcome outcome =
        session.open(project, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    EXPECT_FALSE(outcome.readOnly);
    EXPECT_TRUE(outcome.interruptedSaveUndone);
    EXPECT_FALSE(hasHotJournalFile());
    EXPECT_EQ(test::compareDocuments(saved, doc), QString());  // the last saved state
    session.close();
    EXPECT_EQ(test::runCli({QStringLiteral("check"), project}).status, 0);
}

// SQLite keeps the journal beside the real file: a command given a symlink to the project must
// see that journal too, and refuse it as it refuses it under the real name.
TEST_F(ReadOnlyCommandsTest, AJournalIsFoundThroughASymlinkedName) {
    leaveHotJournal();
    const QString link = dir.filePath(QStringLiteral("link.respan"));
    ASSERT_TRUE(QFile::link(project, link));
    const QByteArray sha = test::fileSha256(project);
    const test::CliRun set =
        test::runCli({QStringLiteral("set"), link, QStringLiteral("author=someone")});
    EXPECT_EQ(set.status, 2) << set.err.toStdString();
    const test::CliRun check = test::runCli({QStringLiteral("check"), link});
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(check.err.contains(QLatin1String("unfinished save"))) << check.err.toStdString();
    EXPECT_EQ(test::fileSha256(project), sha);
    EXPECT_TRUE(hasHotJournalFile());
}

// A file written by an earlier version with a value below today's plausibility minimum (0.005 t)
// still opens: the minimums apply to new input, a file only has to hold positive values.
TEST_F(ReadOnlyCommandsTest, FilesWithValuesBelowTodaysMinimumsStillOpen) {
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {project, QStringLiteral("UPDATE element SET mass_t = 0.005 WHERE id = 'A9W-01';")});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0);
    const test::CliRun check = test::runCli({QStringLiteral("check"), project});
    EXPECT_EQ(check.status, 0) << check.out.toStdString() << check.err.toStdString();
    const test::CliRun csv = test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"),
                                           dir.filePath(QStringLiteral("o.csv"))});
    EXPECT_EQ(csv.status, 0) << csv.err.toStdString();
}
