// Concurrent writers through respan-cli, as the outside attack of issue 9 ran them: no import
// that exited 0 may be missing afterwards, and no refused import may have left anything behind,
// also when the writers reach the file through a symlink or a hard link.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <unistd.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectstore.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

/// One girder, id `id`, in an elements.csv of its own.
QString writeOneRowCsv(const QString& folder, const QString& id) {
    const QString path = folder + QStringLiteral("/") + id + QStringLiteral(".csv");
    EXPECT_TRUE(test::writeFile(path, test::oneElementCsv(id)));
    return path;
}

struct Tally {
    std::mutex mutex;
    std::set<QString> acknowledged;  ///< ids whose import exited 0
    std::set<QString> refused;       ///< ids whose import exited 2 because the file was locked
    QStringList unexpected;          ///< any other outcome, with what the command said
};

/// Runs `count` one-row imports of ids "<prefix>-<n>" into `target`, one after the other.
void runWriter(const QString& target, const QString& csvFolder, const QString& prefix, int count,
               Tally& tally) {
    for (int n = 0; n < count; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        const QString csv = writeOneRowCsv(csvFolder, id);
        const test::CliRun run =
            test::runCli({QStringLiteral("import"), target, QStringLiteral("--elements"), csv});
        const std::lock_guard guard(tally.mutex);
        if (run.status == 0) {
            tally.acknowledged.insert(id);
        } else if (run.status == 2 && run.err.contains(QLatin1String("open in another ReSpan"))) {
            tally.refused.insert(id);
        } else {
            tally.unexpected
                << QStringLiteral("%1: exit %2: %3").arg(id).arg(run.status).arg(run.err.trimmed());
        }
    }
}

std::set<QString> idsIn(const QString& file) {
    ProjectDocument doc;
    ProjectStore::load(file, doc, true);
    std::set<QString> ids;
    for (const Element& e : doc.elements()) ids.insert(e.id);
    return ids;
}

/// Returns the number of acknowledged imports that are missing from the file.
int expectEveryAcknowledgedRowAndNothingElse(const QString& file, const Tally& tally) {
    EXPECT_TRUE(tally.unexpected.isEmpty())
        << tally.unexpected.join(QLatin1Char('\n')).toStdString();
    const std::set<QString> present = idsIn(file);
    int lost = 0;
    for (const QString& id : tally.acknowledged) {
        if (present.count(id)) continue;
        ++lost;
        ADD_FAILURE() << "acknowledged import lost: " << id.toStdString();
    }
    for (const QString& id : tally.refused)
        EXPECT_FALSE(present.count(id)) << "refused import was written: " << id.toStdString();
    EXPECT_EQ(present.size(), tally.acknowledged.size());
    EXPECT_TRUE(ProjectStore::check(file).ok());
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(file)));
    return lost;
}

class ConcurrencyTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("shared.respan"));
        csvFolder = dir.filePath(QStringLiteral("csv"));
        ASSERT_TRUE(QDir().mkpath(csvFolder));
        ASSERT_EQ(test::runCli({QStringLiteral("new"), file}).status, 0);
    }
    QTemporaryDir dir;
    QString file;
    QString csvFolder;
};

}  // namespace

// 8 writers x 30 one-row imports into one file, all at once.
TEST_F(ConcurrencyTest, EightWritersLoseNoAcknowledgedImport) {
    constexpr int kWriters = 8;
    constexpr int kImports = 30;
    Tally tally;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back(runWriter, file, csvFolder, QStringLiteral("W%1").arg(w), kImports,
                             std::ref(tally));
    }
    // Two readers check the file all the while: every check sees one whole saved state.
    std::atomic<bool> writing{true};
    std::atomic<int> checks{0};
    QStringList readerErrors;
    std::mutex readerMutex;
    std::vector<std::thread> readers;
    for (int r = 0; r < 2; ++r) {
        readers.emplace_back([&] {
            while (writing) {
                const test::CliRun run = test::runCli({QStringLiteral("check"), file});
                ++checks;
                if (run.status != 0) {
                    const std::lock_guard guard(readerMutex);
                    readerErrors << run.err.trimmed() + run.out.right(200);
                }
            }
        });
    }
    for (std::thread& t : writers) t.join();
    writing = false;
    for (std::thread& t : readers) t.join();
    EXPECT_TRUE(readerErrors.isEmpty()) << readerErrors.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(checks.load(), 0);
    const int lost = expectEveryAcknowledgedRowAndNothingElse(file, tally);
    EXPECT_EQ(tally.acknowledged.size() + tally.refused.size(),
              static_cast<size_t>(kWriters * kImports));
    EXPECT_GT(tally.acknowledged.size(), 0u);
    std::cout << "[          ] " << tally.acknowledged.size() << " imports acknowledged, "
              << tally.refused.size() << " refused while locked, " << lost << " lost; "
              << checks.load() << " checks alongside, " << readerErrors.size() << " failed\n";
}

// 8 races of writers that reach one file through its name, a symlink and a hard link.
TEST_F(ConcurrencyTest, WritersThroughSymlinksAndHardLinksShareOneLock) {
    constexpr int kRaces = 8;
    constexpr int kImportsPerName = 4;
    const QString symlink = dir.filePath(QStringLiteral("via-symlink.respan"));
    const QString hardlink = dir.filePath(QStringLiteral("via-hardlink.respan"));
    ASSERT_TRUE(QFile::link(file, symlink));
    ASSERT_EQ(::link(QFile::encodeName(file).constData(), QFile::encodeName(hardlink).constData()),
              0);
    Tally tally;
    for (int race = 0; race < kRaces; ++race) {
        std::vector<std::thread> writers;
        int name = 0;
        for (const QString& target : {file, symlink, hardlink}) {
            writers.emplace_back(runWriter, target, csvFolder,
                                 QStringLiteral("R%1N%2").arg(race).arg(name++), kImportsPerName,
                                 std::ref(tally));
        }
        for (std::thread& t : writers) t.join();
    }
    const int lost = expectEveryAcknowledgedRowAndNothingElse(file, tally);
    // All three names still lead to the same file.
    EXPECT_EQ(test::fileSha256(file), test::fileSha256(hardlink));
    EXPECT_EQ(test::fileSha256(file), test::fileSha256(symlink));
    std::cout << "[          ] " << tally.acknowledged.size() << " imports acknowledged through "
              << "3 names, " << tally.refused.size() << " refused while locked, " << lost
              << " lost\n";
}
