// respan-cli match and pin on project files (docs/contract/matching.md section 5): exit statuses,
// the JSON schema, --apply, and pins refused for R1-R7 and R8.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include "core/cli/cli.h"
#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/matchinginstances.h"
#include "support/testsupport.h"

namespace respan {
namespace {

Element girder(const char* id, double height, double length, double mass, double mrd) {
    return test::handGirder(kNoUid, id, height, length, mass, mrd);
}

/// The hand-made project of the planner tests, as a file: span 1 (S1-S3), span 2 (T1).
class MatchCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("project.respan"));
        ProjectDocument doc;
        doc.appendElements({girder("A1", 900, 20.5, 25, 3000), girder("A2", 900, 20.5, 24, 3000),
                            girder("B1", 1000, 20.5, 40, 3000), girder("B2", 1000, 20.4, 39, 3000),
                            girder("W1", 900, 20.5, 25, 2210)});
        Structure d;
        d.name = QStringLiteral("KW1");
        d.site = GeoPoint{52.25, 4.57};
        d.spans.push_back(
            test::handSpan(kNoUid, "1",
                           {test::handSlot(kNoUid, "S1"), test::handSlot(kNoUid, "S2"),
                            test::handSlot(kNoUid, "S3")}));
        d.spans.push_back(test::handSpan(kNoUid, "2", {test::handSlot(kNoUid, "T1")}));
        doc.insertStructure(0, d);
        // An old, unpinned proposal that a new plan replaces: W1 cannot even carry T1.
        doc.setAssignment({doc.elementById(QStringLiteral("A2"))->uid,
                           doc.structure(0).spans[1].slots[0].uid, false});
        ProjectStore::writeFull(path, doc, QString());
    }

    int run(QStringList args) {
        output.clear();
        errors.clear();
        QTextStream out(&output);
        QTextStream err(&errors);
        args.prepend(QStringLiteral("respan-cli"));
        const int status = cli::run(args, out, err);
        out.flush();
        err.flush();
        return status;
    }

    std::unique_ptr<ProjectDocument> load() {
        auto doc = std::make_unique<ProjectDocument>();
        ProjectStore::load(path, *doc, true);
        return doc;
    }

    QTemporaryDir dir;
    QString path;
    QString output;
    QString errors;
};

TEST_F(MatchCommand, JsonHasExactlyTheSchemaOfSection5) {
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    ASSERT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--json"), json}), 0)
        << errors.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(json), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QStringList keys = {QStringLiteral("objective"),
                              QStringLiteral("optimal"),
                              QStringLiteral("total_saving_kg_co2e"),
                              QStringLiteral("upper_bound_kg_co2e"),
                              QStringLiteral("filled_slots"),
                              QStringLiteral("solve_seconds"),
                              QStringLiteral("assignments"),
                              QStringLiteral("unfilled_slots"),
                              QStringLiteral("unused_elements"),
                              QStringLiteral("conflicts")};
    EXPECT_EQ(root.keys().size(), keys.size());
    for (const QString& k : keys) EXPECT_TRUE(root.contains(k)) << k.toStdString();
    EXPECT_EQ(root[QStringLiteral("objective")].toString(), QStringLiteral("carbon"));
    EXPECT_TRUE(root[QStringLiteral("optimal")].toBool());
    EXPECT_TRUE(root[QStringLiteral("total_saving_kg_co2e")].isDouble());
    EXPECT_TRUE(root[QStringLiteral("upper_bound_kg_co2e")].isDouble());
    EXPECT_TRUE(root[QStringLiteral("solve_seconds")].isDouble());
    EXPECT_GT(root[QStringLiteral("solve_seconds")].toDouble(), 0.0);
    EXPECT_EQ(root[QStringLiteral("filled_slots")].toInt(), 3);

    const QJsonArray assignments = root[QStringLiteral("assignments")].toArray();
    ASSERT_EQ(assignments.size(), 3);
    double sum = 0.0;
    for (const QJsonValue& v : assignments) {
        const QJsonObject a = v.toObject();
        EXPECT_EQ(a.keys().size(), 9);
        for (const char* k : {"element", "structure", "span", "slot"}) {
            EXPECT_TRUE(a[QLatin1String(k)].isString()) << k;
        }
        EXPECT_TRUE(a[QStringLiteral("pinned")].isBool());
        for (const char* k : {"cut_m", "utilisation", "distance_km", "saving_kg_co2e"}) {
            EXPECT_TRUE(a[QLatin1String(k)].isDouble()) << k;
        }
        EXPECT_EQ(a[QStringLiteral("structure")].toString(), QStringLiteral("KW1"));
        sum += a[QStringLiteral("saving_kg_co2e")].toDouble();
    }
    EXPECT_NEAR(sum, root[QStringLiteral("total_saving_kg_co2e")].toDouble(), 1e-6);
    EXPECT_GE(root[QStringLiteral("upper_bound_kg_co2e")].toDouble(), sum - 1e-6);

    const QJsonArray unfilled = root[QStringLiteral("unfilled_slots")].toArray();
    ASSERT_EQ(unfilled.size(), 1);
    const QJsonObject slot = unfilled[0].toObject();
    EXPECT_EQ(slot.keys().size(), 4);
    EXPECT_EQ(slot[QStringLiteral("span")].toString(), QStringLiteral("1"));
    const QJsonArray reasons = slot[QStringLiteral("reasons")].toArray();
    ASSERT_FALSE(reasons.isEmpty());
    QStringList rules;
    for (const QJsonValue& v : reasons) {
        const QJsonObject r = v.toObject();
        EXPECT_EQ(r.keys().size(), 3);
        rules << r[QStringLiteral("rule")].toString();
        if (r[QStringLiteral("element")].toString() == QLatin1String("W1")) {
            EXPECT_EQ(r[QStringLiteral("detail")].toString(),
                      QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
        }
    }
    EXPECT_TRUE(rules.contains(QStringLiteral("R2")));
    EXPECT_TRUE(rules.contains(QStringLiteral("R8")));
    EXPECT_EQ(rules.count(QStringLiteral("R8")), 2);  // A2, and A1 which is used in the other span
    const QJsonArray unused = root[QStringLiteral("unused_elements")].toArray();
    EXPECT_EQ(unused.size(), 2);
    for (const QJsonValue& v : unused) EXPECT_EQ(v.toObject().keys().size(), 2);
    EXPECT_TRUE(root[QStringLiteral("conflicts")].toArray().isEmpty());
    // Reading only: the file keeps its old proposal.
    ASSERT_EQ(load()->assignments().size(), 1u);
}

TEST_F(MatchCommand, PlainTextSummaryAndObjectives) {
    ASSERT_EQ(run({QStringLiteral("match"), path}), 0) << errors.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Result: proven optimal")));
    EXPECT_TRUE(output.contains(QStringLiteral("Filled slots: 3 of 4")));
    EXPECT_TRUE(output.contains(QStringLiteral("F_new = 173.8 kg CO2e/t")));
    const QString json = dir.filePath(QStringLiteral("count.json"));
    ASSERT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--objective"),
                   QStringLiteral("count"), QStringLiteral("--json"), json}),
              0);
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(json)).object();
    EXPECT_EQ(root[QStringLiteral("objective")].toString(), QStringLiteral("count"));
    EXPECT_EQ(root[QStringLiteral("filled_slots")].toInt(), 3);
}

TEST_F(MatchCommand, ExitStatuses) {
    EXPECT_EQ(run({QStringLiteral("match")}), 1);
    EXPECT_EQ(
        run({QStringLiteral("match"), path, QStringLiteral("--objective"), QStringLiteral("mass")}),
        1);
    EXPECT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--bogus")}), 1);
    EXPECT_EQ(run({QStringLiteral("match"), dir.filePath(QStringLiteral("missing.respan"))}), 2);
    const QString garbage = dir.filePath(QStringLiteral("garbage.respan"));
    ASSERT_TRUE(test::writeFile(garbage, QByteArray("not a project")));
    EXPECT_EQ(run({QStringLiteral("match"), garbage}), 2);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("A1")}), 1);
}

TEST_F(MatchCommand, TimeLimitIsCheckedBeforeAnythingIsReadOrWritten) {
    const QByteArray before = test::readFile(path);
    for (const char* bad : {"0", "-1", "abc", "1e6", "nan", ""}) {
        errors.clear();
        EXPECT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--time-limit"),
                       QString::fromLatin1(bad), QStringLiteral("--apply")}),
                  1)
            << bad;
        EXPECT_TRUE(errors.contains(QStringLiteral("--time-limit"))) << errors.toStdString();
        EXPECT_TRUE(errors.contains(QStringLiteral("\"%1\"").arg(QString::fromLatin1(bad))))
            << errors.toStdString();
    }
    errors.clear();
    EXPECT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--time-limit")}), 1);
    EXPECT_TRUE(errors.contains(QStringLiteral("--time-limit needs a number of seconds")));
    EXPECT_EQ(test::readFile(path), before);
    // A valid limit: the small project is proven optimal well within it.
    ASSERT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--time-limit"),
                   QStringLiteral("2.5")}),
              0)
        << errors.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Result: proven optimal")));
}

TEST_F(MatchCommand, ApplyStoresThePlanKeepingPins) {
    ASSERT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("A2"), QStringLiteral("KW1"),
                   QStringLiteral("1"), QStringLiteral("S3")}),
              0)
        << errors.toStdString();
    ASSERT_EQ(run({QStringLiteral("match"), path, QStringLiteral("--apply")}), 0)
        << errors.toStdString();
    const std::unique_ptr<ProjectDocument> loaded = load();
    const ProjectDocument& doc = *loaded;
    // A2 pinned in span 1 makes it a 900 span: A2 and A1... and the heavy pair goes elsewhere
    // only where it can (span 2 has one slot). Whatever the plan, it is valid and keeps the pin.
    bool pinKept = false;
    for (const Assignment& a : doc.assignments()) {
        const Element* e = doc.elementByUid(a.elementUid);
        const SlotPosition at = doc.slotPosition(a.slotUid);
        ASSERT_NE(e, nullptr);
        ASSERT_TRUE(at.isValid());
        if (e->id == QLatin1String("A2")) {
            EXPECT_TRUE(a.pinned);
            EXPECT_EQ(doc.slotByUid(a.slotUid)->name, QStringLiteral("S3"));
            pinKept = true;
        } else {
            EXPECT_FALSE(a.pinned);
        }
        if (at.span == 0) {
            EXPECT_DOUBLE_EQ(e->height.value(), 900.0) << "R8 broken in span 1";
        }
    }
    EXPECT_TRUE(pinKept);
    EXPECT_EQ(doc.assignments().size(), 3u);  // S3 pinned, one more 900 girder, and T1
}

TEST_F(MatchCommand, PinRefusedWhenInadmissibleOrClashingWithTheSpansPins) {
    const QByteArray before = test::fileSha256(path);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("W1"), QStringLiteral("KW1"),
                   QStringLiteral("2"), QStringLiteral("T1")}),
              2);
    EXPECT_TRUE(errors.contains(QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm")))
        << errors.toStdString();
    EXPECT_EQ(test::fileSha256(path), before);

    ASSERT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("B1"), QStringLiteral("KW1"),
                   QStringLiteral("1"), QStringLiteral("S1")}),
              0);
    const QByteArray afterPin = test::fileSha256(path);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("A1"), QStringLiteral("KW1"),
                   QStringLiteral("1"), QStringLiteral("S2")}),
              2);
    EXPECT_TRUE(errors.contains(QStringLiteral("R8"))) << errors.toStdString();
    EXPECT_EQ(test::fileSha256(path), afterPin);
    // Same section in the same span is fine, and so is the other span.
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("B2"), QStringLiteral("KW1"),
                   QStringLiteral("1"), QStringLiteral("S2")}),
              0);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("A1"), QStringLiteral("KW1"),
                   QStringLiteral("2"), QStringLiteral("T1")}),
              0);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("XX"), QStringLiteral("KW1"),
                   QStringLiteral("2"), QStringLiteral("T1")}),
              2);
    EXPECT_EQ(run({QStringLiteral("pin"), path, QStringLiteral("A1"), QStringLiteral("KW1"),
                   QStringLiteral("9"), QStringLiteral("T1")}),
              2);
    const std::unique_ptr<ProjectDocument> loaded = load();
    const ProjectDocument& doc = *loaded;
    int pins = 0;
    for (const Assignment& a : doc.assignments()) pins += a.pinned;
    EXPECT_EQ(pins, 3);
}

}  // namespace
}  // namespace respan
