// respan-cli's outputs (export, report, passport export, match --json) as the attack of issue 9
// aimed them: never over the project itself under any name, another project, a held file or a
// project's own lock and autosave; written with the user's umask; named by what they hold.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/childprocess.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

class OutputsTest : public ::testing::Test {
protected:
    void SetUp() override {
        project = path("demo.respan");
        ASSERT_EQ(test::runCli({QStringLiteral("demo"), project}).status, 0);
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    /// Every output command of respan-cli, writing to `output`.
    std::vector<QStringList> outputCommands(const QString& output) const {
        return {
            {QStringLiteral("export"), project, QStringLiteral("-o"), output},
            {QStringLiteral("report"), project, QStringLiteral("-o"), output},
            {QStringLiteral("passport"), QStringLiteral("export"), project, QStringLiteral("-o"),
             output},
            {QStringLiteral("match"), project, QStringLiteral("--json"), output},
        };
    }

    /// Each command with `output` exits 2, says why, and changes no byte of `guarded`.
    void expectRefused(const QString& output, const QString& guarded, const char* what) {
        const QByteArray before = test::fileSha256(guarded);
        const QByteArray projectBefore = test::fileSha256(project);
        for (const QStringList& args : outputCommands(output)) {
            const test::CliRun run = test::runCli(args);
            EXPECT_EQ(run.status, 2)
                << what << ": " << args.join(QLatin1Char(' ')).toStdString() << "\n"
                << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(QLatin1String("error:"))) << run.err.toStdString();
            EXPECT_EQ(test::fileSha256(guarded), before) << what;
            EXPECT_EQ(test::fileSha256(project), projectBefore) << what;
        }
    }

    QTemporaryDir dir;
    QString project;
};

}  // namespace

TEST_F(OutputsTest, TheProjectItselfUnderAnyNameIsRefused) {
    expectRefused(project, project, "the input");
    expectRefused(
        QDir(dir.path()).relativeFilePath(project).prepend(dir.path() + QStringLiteral("/./")),
        project, "the input by another path");
    const QString symlink = path("link.pdf");
    ASSERT_TRUE(QFile::link(project, symlink));
    expectRefused(symlink, project, "a symlink to the input");
    const QString hardlink = path("hard.xlsx");
    ASSERT_EQ(
        ::link(QFile::encodeName(project).constData(), QFile::encodeName(hardlink).constData()), 0);
    expectRefused(hardlink, project, "a hard link to the input");
}

TEST_F(OutputsTest, AnotherProjectAHeldFileAndAProjectsOwnFilesAreRefused) {
    const QString other = path("other.xlsx");  // a project, whatever its name says
    ASSERT_EQ(test::runCli({QStringLiteral("new"), other}).status, 0);
    expectRefused(other, other, "another ReSpan project");

    // A project that a ReSpan session holds, and its lock file.
    const QString held = path("held.respan");
    ASSERT_EQ(test::runCli({QStringLiteral("new"), held}).status, 0);
    test::ChildProcess holder(QStringLiteral("hold"), held);
    ASSERT_TRUE(holder.startAndWaitReady()) << holder.output().toStdString();
    expectRefused(held, held, "a held project");
    expectRefused(ProjectLock::lockPathFor(held), ProjectLock::lockPathFor(held), "its lock file");

    // While a session has the demo open: its lock file and its autosave.
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(project, ProjectSession::LockPolicy::FailIfLocked);
    ProjectSettings s = doc.settings();
    s.author = QStringLiteral("unsaved edit");
    doc.setSettings(s);
    session.writeAutosave();
    const QString autosave = ProjectSession::autosavePathFor(project);
    ASSERT_TRUE(QFileInfo::exists(autosave));
    expectRefused(autosave, autosave, "the autosave");
    expectRefused(ProjectLock::lockPathFor(project), ProjectLock::lockPathFor(project),
                  "the open project's lock file");
    expectRefused(project + QStringLiteral("-journal"), project, "the project's journal");
    EXPECT_FALSE(QFileInfo::exists(project + QStringLiteral("-journal")));
    session.close();
}

TEST_F(OutputsTest, AnOrdinaryOutputIsWrittenWithTheUsersUmask) {
    const mode_t previous = ::umask(022);
    for (const char* name : {"plan.xlsx", "inventory.csv", "plan.json", "report.pdf"}) {
        const QString output = path(name);
        QStringList args;
        if (QString::fromLatin1(name).endsWith(QLatin1String(".json")))
            args = {QStringLiteral("match"), project, QStringLiteral("--json"), output};
        else if (QString::fromLatin1(name).endsWith(QLatin1String(".pdf")))
            args = {QStringLiteral("report"), project, QStringLiteral("-o"), output};
        else
            args = {QStringLiteral("export"), project, QStringLiteral("-o"), output};
        const test::CliRun run = test::runCli(args);
        EXPECT_EQ(run.status, 0) << name << ": " << run.err.toStdString();
        struct stat st = {};
        ASSERT_EQ(::stat(QFile::encodeName(output).constData(), &st), 0) << name;
        EXPECT_EQ(st.st_mode & 0777, 0644u) << name;
    }
    ::umask(002);
    const QString shared = path("shared.xlsx");
    EXPECT_EQ(
        test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"), shared}).status, 0);
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(shared).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0664u);
    ::umask(previous);
}

TEST_F(OutputsTest, ExportWritesWhatTheNameSays) {
    const QString csv = path("inventory.csv");
    const test::CliRun run =
        test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"), csv});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("id,donor_structure,")) << bytes.left(40).toStdString();
    // The CSV is the import's format: a new project takes every girder of the demo from it.
    const QString fresh = path("fresh.respan");
    ASSERT_EQ(test::runCli({QStringLiteral("new"), fresh}).status, 0);
    EXPECT_EQ(
        test::runCli({QStringLiteral("import"), fresh, QStringLiteral("--elements"), csv}).status,
        0);
    ProjectDocument demo;
    ProjectDocument reimported;
    ProjectStore::load(project, demo, true);
    ProjectStore::load(fresh, reimported, true);
    EXPECT_EQ(reimported.elementCount(), demo.elementCount());

    const QString xlsx = path("plan.xlsx");
    ASSERT_EQ(test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"), xlsx}).status,
              0);
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK");  // a zip container, as xlsx is

    for (const char* name : {"plan.txt", "plan", "plan.pdf"}) {
        const test::CliRun refused =
            test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"), path(name)});
        EXPECT_EQ(refused.status, 1) << name;
        EXPECT_TRUE(refused.err.contains(QLatin1String(".xlsx"))) << refused.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path(name))) << name;
    }
}

// A symlink that leads to a project's lock file or journal: QSaveFile writes where it leads.
TEST_F(OutputsTest, SymlinksToAProjectsOwnFilesAreRefused) {
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(project, ProjectSession::LockPolicy::FailIfLocked);
    const QString lock = ProjectLock::lockPathFor(project);
    const QString toLock = path("out.csv");
    ASSERT_TRUE(QFile::link(lock, toLock));
    expectRefused(toLock, lock, "a symlink to the lock file");
    const QString toJournal = path("j.json");  // dangling: the journal is not there yet
    ASSERT_TRUE(QFile::link(project + QStringLiteral("-journal"), toJournal));
    expectRefused(toJournal, project, "a symlink to the journal's name");
    EXPECT_FALSE(QFileInfo::exists(project + QStringLiteral("-journal")));
    session.close();
}

// Exporting into a FIFO (a pipe to another program) works and never hangs on the checks.
TEST_F(OutputsTest, AFifoOutputDoesNotHang) {
    const QString fifo = path("pipe.csv");
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    const test::CliRun run =
        test::runCli({QStringLiteral("export"), project, QStringLiteral("-o"), fifo}, 20000);
    EXPECT_NE(run.status, -1) << "the export hung";
    reader.waitForFinished(20000);
    if (run.status != 0) reader.kill();
}
