// A project file from before planning in time (docs/contract/planning.md section 1): opened by
// this version it migrates with plan_certification = false and `respan-cli match` gives the
// same result as the version it was made with. The expected JSON files were written by
// respan-cli at commit 01d940e (the last before recertification and R5 v2); see
// tests/data/fixtures/README.md. Timings (keys ending in "_seconds") are left out.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

namespace respan {
namespace {

QJsonValue withoutTimings(const QJsonValue& v) {
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.key().endsWith(QLatin1String("_seconds")))
                out.insert(it.key(), withoutTimings(it.value()));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& x : v.toArray()) out.append(withoutTimings(x));
        return out;
    }
    return v;
}

/// SHA-256 of the match JSON without timings, keys in order (QJsonObject sorts them).
QString matchSha(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument d = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QByteArray canonical =
        QJsonDocument(withoutTimings(d.object()).toObject()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

struct Case {
    const char* fixture;
    const char* expected;
    int slotsFilled;
};

class BeforePlanningInTime : public ::testing::TestWithParam<Case> {};

TEST_P(BeforePlanningInTime, MigratesWithPlanCertificationOffAndMatchesAsBefore) {
    const Case c = GetParam();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.respan"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QString::fromLatin1(c.fixture)), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

    const QString json = dir.filePath(QStringLiteral("match.json"));
    const test::CliRun run =
        test::runCli({QStringLiteral("match"), file, QStringLiteral("--json"), json});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();

    // Migrated: the plan does not wait for recertification.
    ProjectDocument doc;
    ProjectStore::load(file, doc);
    EXPECT_FALSE(doc.settings().planCertification);

    const QByteArray now = readFile(json);
    const QByteArray before = readFile(test::dataPath(QString::fromLatin1(c.expected)));
    EXPECT_EQ(matchSha(now), matchSha(before));
    const QJsonObject o = QJsonDocument::fromJson(now).object();
    EXPECT_EQ(o.value(QStringLiteral("filled_slots")).toInt(), c.slotsFilled);
    EXPECT_TRUE(o.value(QStringLiteral("optimal")).toBool());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BeforePlanningInTime,
                         ::testing::Values(Case{"fixtures/project-v1.respan",
                                                "fixtures/project-v1.match.json", 1},
                                           Case{"fixtures/project-v3-demo.respan",
                                                "fixtures/project-v3-demo.match.json", 69}));

}  // namespace
}  // namespace respan
