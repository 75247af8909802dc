// Replays every input that a fuzzer once found a problem with (tests/fuzz/regressions/<target>/)
// and the seed corpus, through the same entry functions as the fuzz targets.
#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

#include "fuzz/fuzzentries.h"
#include "support/testsupport.h"

namespace {

int replay(const QString& folder, void (*entry)(const std::uint8_t*, std::size_t)) {
    int count = 0;
    QDirIterator it(QStringLiteral(RESPAN_SOURCE_DIR "/tests/fuzz/") + folder, QDir::Files);
    while (it.hasNext()) {
        const QByteArray bytes = respan::test::readFile(it.next());
        SCOPED_TRACE(it.fileName().toStdString());
        entry(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
              static_cast<std::size_t>(bytes.size()));
        ++count;
    }
    return count;
}

}  // namespace

TEST(FuzzRegressions, ProjectLoader) {
    const int seeds = replay(QStringLiteral("corpus/project_loader"), respan::fuzz::projectLoader);
    EXPECT_GE(seeds, 3);
    replay(QStringLiteral("regressions/project_loader"), respan::fuzz::projectLoader);
}

TEST(FuzzRegressions, ElementsCsv) {
    EXPECT_GE(replay(QStringLiteral("corpus/elements_csv"), respan::fuzz::elementsCsv), 3);
    replay(QStringLiteral("regressions/elements_csv"), respan::fuzz::elementsCsv);
}

TEST(FuzzRegressions, DesignCsv) {
    EXPECT_GE(replay(QStringLiteral("corpus/design_csv"), respan::fuzz::designCsv), 2);
    replay(QStringLiteral("regressions/design_csv"), respan::fuzz::designCsv);
}

TEST(FuzzRegressions, Passport) {
    EXPECT_GE(replay(QStringLiteral("corpus/passport"), respan::fuzz::passport), 3);
    replay(QStringLiteral("regressions/passport"), respan::fuzz::passport);
}
