// What the attack of issue 9 did with the file system: symlinks planted at the lock file's
// names, a read-only file system and a full disk. Each must be reported as what it is, and no
// file may be written that was not ReSpan's own.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/mount.h>
#include <unistd.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/childprocess.h"
#include "support/clirunner.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

QString makeProject(const QString& path) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    ProjectStore::writeFull(path, doc, QString());
    return path;
}

}  // namespace

// The old lock taker wrote "<file>.lock.<pid>.tmp" with O_TRUNC through whatever was there: a
// symlink planted at that name (or at the lock file) overwrote its target.
TEST(LockTemporaries, PlantedSymlinksAreReplacedNeverFollowed) {
    QTemporaryDir dir;
    const QString project = makeProject(dir.filePath(QStringLiteral("p.respan")));
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    ASSERT_TRUE(test::writeFile(victim, "precious\n"));
    const QString lock = ProjectLock::lockPathFor(project);
    // The next pids the system hands out, and the lock file itself.
    const qint64 next = [] {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
        return p.processId();
    }();
    for (qint64 pid = next; pid < next + 200; ++pid)
        ASSERT_TRUE(QFile::link(victim, lock + QStringLiteral(".%1.tmp").arg(pid)));
    ASSERT_TRUE(QFile::link(victim, lock));

    // A stale-looking lock (a symlink to a non-lock) is taken over: replaced, not written into.
    const test::CliRun set =
        test::runCli({QStringLiteral("set"), project, QStringLiteral("author=someone")});
    EXPECT_EQ(set.status, 0) << set.err.toStdString();
    QFile f(victim);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious\n"));
    EXPECT_FALSE(QFileInfo(lock).exists() && !QFileInfo(lock).isSymLink())
        << "the lock file stayed behind";
    // No temporary of the lock is left either.
    const QStringList leftovers = QDir(dir.path())
                                      .entryList({QStringLiteral("p.respan.lock.tmp-*")},
                                                 QDir::Files | QDir::Hidden | QDir::System);
    EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(QLatin1Char(' ')).toStdString();
}

namespace {

/// A small tmpfs of our own (root only; skipped elsewhere), for a read-only file system and a
/// full disk.
class SmallFileSystem : public ::testing::Test {
protected:
    void SetUp() override {
        if (::geteuid() != 0) GTEST_SKIP() << "mounting a tmpfs needs root";
        ASSERT_TRUE(dir.isValid());
        if (::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, "size=1m") != 0)
            GTEST_SKIP() << "cannot mount a tmpfs here";
        mounted = true;
        project = makeProject(dir.filePath(QStringLiteral("p.respan")));
        savedHash = test::fileSha256(project);
    }
    void TearDown() override {
        if (mounted) ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
    void remount(unsigned long flags) {
        ASSERT_EQ(::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs",
                          MS_REMOUNT | flags, "size=1m"),
                  0);
    }

    QTemporaryDir dir;
    bool mounted = false;
    QString project;
    QByteArray savedHash;
};

}  // namespace

TEST_F(SmallFileSystem, AReadOnlyFileSystemIsReportedAsThat) {
    remount(MS_RDONLY);
    const test::CliRun set =
        test::runCli({QStringLiteral("set"), project, QStringLiteral("author=someone")});
    EXPECT_NE(set.status, 0);
    EXPECT_TRUE(set.err.contains(QLatin1String("read-only"))) << set.err.toStdString();
    EXPECT_FALSE(set.err.contains(QLatin1String("another ReSpan"))) << set.err.toStdString();
    EXPECT_FALSE(set.err.contains(QLatin1String("unknown user"))) << set.err.toStdString();

    ProjectDocument doc;
    ProjectSession session(doc);
    const auto outcome = session.open(project, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    EXPECT_TRUE(outcome.readOnly);
    EXPECT_FALSE(outcome.heldBy.has_value());
    EXPECT_TRUE(outcome.readOnlyReason.contains(QLatin1String("read-only")))
        << outcome.readOnlyReason.toStdString();
    EXPECT_EQ(doc.elementCount(), 3);  // still there to read
    // Reading commands work as usual.
    EXPECT_EQ(test::runCli({QStringLiteral("check"), project}).status, 0);
    remount(0);
    EXPECT_EQ(test::fileSha256(project), savedHash);
}

TEST_F(SmallFileSystem, AFullDiskIsReportedAsThatAndAnnouncesNothing) {
    // Fill the file system but for one page: the lock file (a hundred bytes) still fits, the
    // save's journal and pages do not, so the failure comes from the save itself.
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        ASSERT_TRUE(filler.resize(filler.size() - 4096));
    }
    const QString csv = QDir::temp().filePath(QStringLiteral("respan-full-disk.csv"));
    ASSERT_TRUE(test::writeFile(csv, test::oneElementCsv(QStringLiteral("FULL-1"))));
    const test::CliRun import =
        test::runCli({QStringLiteral("import"), project, QStringLiteral("--elements"), csv});
    QFile::remove(csv);
    EXPECT_EQ(import.status, 3) << import.err.toStdString();
    EXPECT_FALSE(import.out.contains(QLatin1String("imported"))) << import.out.toStdString();
    EXPECT_TRUE(import.err.contains(QLatin1String("disk is full"))) << import.err.toStdString();
    EXPECT_FALSE(import.err.contains(QLatin1String("another ReSpan"))) << import.err.toStdString();
    EXPECT_EQ(test::fileSha256(project), savedHash);
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(project)));
}
