// respan-cli import --sites and respan-cli storage (docs/contract/planning.md sections 3.1 and
// 3.4) run as a user runs them: on the demo, with a bad sites file (nothing changes) and with a
// GeoJSON yard.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "support/clirunner.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

class StorageCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        project = dir.filePath(QStringLiteral("demo.respan"));
        ASSERT_EQ(test::runCli({QStringLiteral("demo"), project}).status, 0);
        ASSERT_EQ(
            test::runCli({QStringLiteral("match"), project, QStringLiteral("--apply")}).status, 0);
    }
    QJsonObject storageJson(const QStringList& extra = {}) {
        const QString out = dir.filePath(QStringLiteral("storage.json"));
        const test::CliRun r = test::runCli(QStringList{QStringLiteral("storage"), project} +
                                            extra + QStringList{QStringLiteral("--json"), out});
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(test::readFile(out)).object();
    }
    QTemporaryDir dir;
    QString project;
};

TEST_F(StorageCliTest, TheDemosIjmuidenYardHoldsTheA9GirdersAtTheirPeak) {
    const QJsonObject root = storageJson();
    const QJsonArray sites = root.value(QStringLiteral("sites")).toArray();
    ASSERT_EQ(sites.size(), 1);
    const QJsonObject ijm = sites[0].toObject();
    EXPECT_EQ(ijm.value(QStringLiteral("site")).toString(), QStringLiteral("IJM"));
    const QString check = test::runCli({QStringLiteral("storage"), project}).out;
    EXPECT_TRUE(check.contains(QStringLiteral("IJmuiden"))) << check.toStdString();
    // The 53 A9 girders (29 West, 24 Oost) arrive on their harvest day, 15 March 2024.
    EXPECT_EQ(ijm.value(QStringLiteral("peak_count")).toInt(), 53);
    EXPECT_EQ(ijm.value(QStringLiteral("peak_date")).toString(), QStringLiteral("2024-03-15"));
    const QJsonObject layout = ijm.value(QStringLiteral("layout")).toObject();
    EXPECT_EQ(layout.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-15"));
    EXPECT_EQ(layout.value(QStringLiteral("placed")).toArray().size() +
                  layout.value(QStringLiteral("unplaced")).toArray().size(),
              53);
    // Stays: days are the interval's length, the site's cost their sum.
    const QJsonArray stays = root.value(QStringLiteral("stays")).toArray();
    ASSERT_EQ(stays.size(), 53);
    double sum = 0.0;
    int maxWeek = 0;
    for (const QJsonValue& v : stays) {
        const QJsonObject s = v.toObject();
        const QDate from =
            QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate);
        EXPECT_EQ(s.value(QStringLiteral("days")).toInt(), from.daysTo(to));
        sum += s.value(QStringLiteral("cost_eur")).toDouble();
    }
    EXPECT_NEAR(ijm.value(QStringLiteral("cost_eur")).toDouble(), sum, 0.005);
    for (const QJsonValue& w : ijm.value(QStringLiteral("weeks")).toArray())
        maxWeek = std::max(maxWeek, w.toObject().value(QStringLiteral("count")).toInt());
    EXPECT_EQ(maxWeek, 53);
    // A9W-01 (17.92 m x 1,180 mm) at 0.85 EUR/m2/month from 15 March 2024 to its slot's install
    // date 15 October 2025 minus the demo's 14 days of lead: 565 days,
    // 17.92 * 1.18 * 0.85 * 565 / 30.4375 = 333.64 EUR.
    for (const QJsonValue& v : stays) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("element")).toString() != QLatin1String("A9W-01")) continue;
        EXPECT_EQ(s.value(QStringLiteral("to")).toString(), QStringLiteral("2025-10-01"));
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("cost_eur")).toDouble(), 333.64);
    }
    // A later date has fewer girders: the N201 girders have left by then.
    const QJsonObject later = storageJson({QStringLiteral("--at"), QStringLiteral("2025-06-02")});
    const QJsonObject l2 = later.value(QStringLiteral("sites"))
                               .toArray()[0]
                               .toObject()
                               .value(QStringLiteral("layout"))
                               .toObject();
    EXPECT_EQ(l2.value(QStringLiteral("date")).toString(), QStringLiteral("2025-06-02"));
    EXPECT_LT(l2.value(QStringLiteral("placed")).toArray().size(), 53);
}

TEST_F(StorageCliTest, ABadSitesFileIsRefusedWithItsPlaceAndChangesNothing) {
    const QString csv = dir.filePath(QStringLiteral("sites.csv"));
    ASSERT_TRUE(test::writeFile(
        csv, "site,lat,lon,outline_wkt\nNEW,52.4,4.6,\"POLYGON((0 0,10 10,10 0,0 10,0 0))\"\n"));
    const QByteArray before = test::fileSha256(project);
    const test::CliRun r =
        test::runCli({QStringLiteral("import"), project, QStringLiteral("--sites"), csv});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("row 2"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("outline_wkt"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("intersects itself"))) << r.err.toStdString();
    EXPECT_EQ(test::fileSha256(project), before);
    EXPECT_EQ(test::runCli({QStringLiteral("storage"), project, QStringLiteral("--at"),
                            QStringLiteral("15-03-2024")})
                  .status,
              1);
}

TEST_F(StorageCliTest, AGeoJsonYardInRdNewIsImportedBesideTheDemosYard) {
    const QString geojson = dir.filePath(QStringLiteral("almere.geojson"));
    ASSERT_TRUE(test::writeFile(geojson, R"({"type": "FeatureCollection",
      "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
      "features": [{"type": "Feature", "properties": {"site": "ALM", "name": "Almere",
        "cost_eur_per_m2_month": 1.1},
        "geometry": {"type": "Polygon", "coordinates": [[[146000, 487000], [146080, 487000],
        [146080, 487040], [146000, 487040], [146000, 487000]]]}}]})"));
    const test::CliRun r =
        test::runCli({QStringLiteral("import"), project, QStringLiteral("--sites"), geojson});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray sites = storageJson().value(QStringLiteral("sites")).toArray();
    ASSERT_EQ(sites.size(), 2);
    const QJsonObject alm = sites[1].toObject();
    EXPECT_EQ(alm.value(QStringLiteral("site")).toString(), QStringLiteral("ALM"));
    EXPECT_DOUBLE_EQ(alm.value(QStringLiteral("outline_area_m2")).toDouble(), 3200.0);
    EXPECT_EQ(alm.value(QStringLiteral("peak_count")).toInt(), 0) << "no girder lies there yet";
}

}  // namespace
