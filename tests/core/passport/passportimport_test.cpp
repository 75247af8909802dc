// Importing passports: conflicts are reported and never overwrite, identical elements are
// skipped, and a malformed, mistyped, incomplete or newer passport is refused with every error at
// its JSON path, changing nothing.
#include <QJsonArray>

#include <gtest/gtest.h>

#include "core/passport/passportformat.h"
#include "passporttestutil.h"
#include "support/sampleproject.h"

using namespace respan;

namespace {

class PassportImportTest : public ::testing::Test {
protected:
    ProjectDocument source;
    QByteArray json;  ///< passport of the whole sample project
    void SetUp() override {
        test::fillSampleProject(source);
        json = passport::writePassport(source, {}, passport::pendingContentSource(),
                                       test::fixedOptions());
    }

    /// The sample passport with `edit` applied to its JSON (content hashes left as they were,
    /// unless `rehash`).
    QByteArray edited(const std::function<void(QJsonObject&)>& edit, bool rehash = true) const {
        QJsonObject o = test::parseObject(json);
        edit(o);
        if (rehash) {
            QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
            for (qsizetype i = 0; i < elements.size(); ++i) {
                QJsonObject e = elements.at(i).toObject();
                if (e.contains(QStringLiteral("content_sha256")))
                    e.insert(QStringLiteral("content_sha256"), passport::elementContentHash(e));
                elements.replace(i, e);
            }
            o.insert(QStringLiteral("elements"), elements);
        }
        return test::toJson(o);
    }

    /// Sets a value at a path of element `index` ("geometry", "length_m").
    static void setInElement(QJsonObject& root, int index, const QStringList& path,
                             const QJsonValue& value) {
        QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
        QJsonObject e = elements.at(index).toObject();
        if (path.size() == 1) {
            if (value.isUndefined()) {
                e.remove(path[0]);
            } else {
                e.insert(path[0], value);
            }
        } else {
            QJsonObject inner = e.value(path[0]).toObject();
            if (value.isUndefined()) {
                inner.remove(path[1]);
            } else {
                inner.insert(path[1], value);
            }
            e.insert(path[0], inner);
        }
        elements.replace(index, e);
        root.insert(QStringLiteral("elements"), elements);
    }

    /// Asserts that importing `bytes` into a copy of the sample project is refused and leaves it
    /// exactly as it was; returns the import for further checks.
    passport::PassportImport expectRefusedBySample(const QByteArray& bytes) {
        ProjectDocument target;
        test::fillSampleProject(target);
        target.markAllChanged();
        passport::PassportImport import = passport::readPassport(bytes, target);
        EXPECT_FALSE(import.ok());
        EXPECT_THROW(passport::applyPassportImport(target, passport::PassportImport(import)),
                     std::invalid_argument);
        ProjectDocument reference;
        test::fillSampleProject(reference);
        EXPECT_EQ(test::compareDocuments(target, reference), QString());
        return import;
    }

    /// Asserts that importing `bytes` into an empty project is refused and adds nothing.
    passport::PassportImport expectRefused(const QByteArray& bytes) {
        ProjectDocument target;
        passport::PassportImport import = passport::readPassport(bytes, target);
        EXPECT_FALSE(import.ok());
        EXPECT_FALSE(import.errors.empty());
        EXPECT_TRUE(import.elements.empty());
        EXPECT_THROW(passport::applyPassportImport(target, passport::PassportImport(import)),
                     std::invalid_argument);
        EXPECT_EQ(target.elementCount(), 0);
        EXPECT_TRUE(target.donors().empty());
        EXPECT_FALSE(target.isModified());
        return import;
    }
};

}  // namespace

TEST_F(PassportImportTest, IdenticalElementsAreSkippedAndNothingChanges) {
    ProjectDocument target;
    test::fillSampleProject(target);
    target.markSaved();
    passport::PassportImport import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    EXPECT_EQ(import.alreadyPresent,
              (QStringList{QStringLiteral("G-1"), QStringLiteral("G-2"), QStringLiteral("G-3 ë")}));
    EXPECT_TRUE(import.elements.empty());
    EXPECT_FALSE(import.changesProject());
    passport::applyPassportImport(target, std::move(import));
    EXPECT_FALSE(target.isModified());
}

TEST_F(PassportImportTest, SameIdWithDifferentDataIsAConflictNamingEveryDifference) {
    ProjectDocument target;
    test::fillSampleProject(target);
    Element changed = *target.elementById(QStringLiteral("G-2"));
    changed.length = Metres(18.5);
    changed.capacityBasis = CapacityBasis::Verified;
    changed.history.pop_back();
    changed.documents.push_back(target.element(0).documents[0]);
    changed.documents.back().uid = kNoUid;
    target.updateElement(target.elementRowById(QStringLiteral("G-2")), changed);
    target.markSaved();
    ProjectDocument reference;
    test::fillSampleProject(reference);
    reference.updateElement(reference.elementRowById(QStringLiteral("G-2")), changed);

    passport::PassportImport import = passport::readPassport(json, target);
    EXPECT_TRUE(import.errors.empty()) << test::describe(import);
    ASSERT_EQ(import.conflicts.size(), 1u) << test::describe(import);
    const passport::PassportConflict& c = import.conflicts[0];
    EXPECT_EQ(c.kind, passport::PassportConflict::Kind::Element);
    EXPECT_EQ(c.key, QStringLiteral("G-2"));
    EXPECT_EQ(c.path, QStringLiteral("elements[1]"));
    QStringList paths;
    for (const passport::Difference& d : c.differences) paths << d.path;
    EXPECT_TRUE(paths.contains(QStringLiteral("geometry.length_m")))
        << paths.join(u',').toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("resistance.basis")));
    EXPECT_TRUE(paths.contains(QStringLiteral("history")));
    EXPECT_TRUE(paths.contains(QStringLiteral("documents")));
    const QString text = c.toString();
    EXPECT_TRUE(
        text.contains(QLatin1String("geometry.length_m: 18.5 in the project, 22.02 in the "
                                    "passport")))
        << text.toStdString();
    // G-1 and G-3 ë are identical and would be skipped, but the conflict blocks everything.
    EXPECT_EQ(import.alreadyPresent.size(), 2);
    EXPECT_FALSE(import.ok());
    EXPECT_THROW(passport::applyPassportImport(target, std::move(import)), std::invalid_argument);
    EXPECT_EQ(test::compareDocuments(target, reference), QString());
    EXPECT_FALSE(target.isModified());
}

TEST_F(PassportImportTest, DonorsAreMergedByNameAndConflictsReported) {
    // Same name, no data in the project: filled in from the passport.
    ProjectDocument target;
    DonorStructure bare;
    bare.name = QStringLiteral("A9 viaduct West");
    DonorStructure other;
    other.name = QStringLiteral("Elsewhere");
    target.setDonors({other, bare});
    passport::PassportImport import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    EXPECT_EQ(import.donorUpdates.size(), 3) << import.donorUpdates.join(u'\n').toStdString();
    passport::applyPassportImport(target, std::move(import));
    ASSERT_EQ(target.donors().size(), 2u);
    EXPECT_EQ(target.donors()[0].name, QStringLiteral("Elsewhere"));
    const DonorStructure& merged = target.donors()[1];
    EXPECT_EQ(merged.harvestDate, QDate(2024, 3, 15));
    EXPECT_EQ(merged.location, source.donors()[0].location);
    EXPECT_EQ(merged.notes, source.donors()[0].notes);

    // Same name, another harvest date: a conflict, nothing imported.
    ProjectDocument clash;
    DonorStructure d = source.donors()[0];
    d.uid = kNoUid;
    d.harvestDate = QDate(2023, 1, 1);
    clash.setDonors({d});
    clash.markSaved();
    passport::PassportImport refused = passport::readPassport(json, clash);
    ASSERT_EQ(refused.conflicts.size(), 1u) << test::describe(refused);
    EXPECT_EQ(refused.conflicts[0].kind, passport::PassportConflict::Kind::Donor);
    EXPECT_EQ(refused.conflicts[0].path, QStringLiteral("donors[0]"));
    ASSERT_EQ(refused.conflicts[0].differences.size(), 1u);
    EXPECT_EQ(refused.conflicts[0].differences[0].path, QStringLiteral("harvest_date"));
    EXPECT_EQ(refused.conflicts[0].differences[0].projectValue, QStringLiteral("\"2023-01-01\""));
    EXPECT_THROW(passport::applyPassportImport(clash, std::move(refused)), std::invalid_argument);
    EXPECT_EQ(clash.elementCount(), 0);
    EXPECT_FALSE(clash.isModified());
}

TEST_F(PassportImportTest, NotJsonIsRefusedWithItsPlace) {
    for (const QByteArray& bytes : {QByteArray(), QByteArray("garbage"),
                                    QByteArray("{\n  \"schema\": \"respan-passport\",\n  oops\n}"),
                                    json.left(json.size() / 2)}) {
        const auto import = expectRefused(bytes);
        ASSERT_EQ(import.errors.size(), 1u) << test::describe(import);
        EXPECT_EQ(import.errors[0].rule, QStringLiteral("json"));
        EXPECT_TRUE(import.errors[0].message.contains(QLatin1String("line")))
            << test::describe(import);
    }
    const auto third = expectRefused("{\n  \"schema\": \"respan-passport\",\n  oops\n}");
    EXPECT_TRUE(third.errors[0].message.contains(QLatin1String("line 3"))) << test::describe(third);
    const auto array = expectRefused("[1, 2]");
    EXPECT_EQ(array.errors[0].rule, QStringLiteral("type"));
}

// A key given twice in one object: Qt's reader would keep one silently; the passport is refused
// with the path of the repeat.
TEST_F(PassportImportTest, DuplicateKeysAreRefusedAtTheirPath) {
    const QByteArray key = "\"length_m\"";
    const qsizetype first = json.indexOf(key);
    const qsizetype second = json.indexOf(key, first + 1);
    ASSERT_GT(second, first);
    QByteArray doubled = json;
    doubled.insert(second, key + ": 99.5, ");
    const auto import = expectRefused(doubled);
    ASSERT_EQ(import.errors.size(), 1u) << test::describe(import);
    EXPECT_EQ(import.errors[0].rule, QStringLiteral("duplicate-key"));
    EXPECT_TRUE(import.errors[0].path.startsWith(QLatin1String("elements[1]")))
        << test::describe(import);
    EXPECT_TRUE(import.errors[0].path.endsWith(QLatin1String("length_m")))
        << test::describe(import);
    // The same at the top level, and the same key in two different objects is fine.
    const auto top = expectRefused("{\"schema\": \"respan-passport\", \"schema\": \"x\"}");
    ASSERT_EQ(top.errors.size(), 1u);
    EXPECT_EQ(top.errors[0].path, QStringLiteral("schema"));
    ProjectDocument target;
    EXPECT_TRUE(passport::readPassport(json, target).ok());
}

TEST_F(PassportImportTest, OtherJsonIsNotAPassport) {
    const auto import = expectRefused(R"({"objective": "carbon", "assignments": []})");
    ASSERT_EQ(import.errors.size(), 1u) << test::describe(import);
    EXPECT_EQ(import.errors[0].path, QStringLiteral("schema"));
    EXPECT_EQ(import.errors[0].rule, QStringLiteral("schema"));
}

TEST_F(PassportImportTest, NewerSchemaVersionsAreRefusedNamingTheVersionNeeded) {
    for (int version : {2, 7}) {
        // A newer file may look different in every other way; only the version is reported.
        const QByteArray bytes = edited(
            [&](QJsonObject& o) {
                o.insert(QStringLiteral("schema_version"), version);
                o.insert(QStringLiteral("elements"), QStringLiteral("a new layout"));
            },
            false);
        const auto import = expectRefusedBySample(bytes);
        ASSERT_EQ(import.errors.size(), 1u) << test::describe(import);
        const passport::PassportMessage& m = import.errors[0];
        EXPECT_EQ(m.path, QStringLiteral("schema_version"));
        EXPECT_EQ(m.rule, QStringLiteral("schema-version"));
        EXPECT_TRUE(m.message.contains(QStringLiteral("schema version %1 is needed").arg(version)))
            << m.toString().toStdString();
        EXPECT_TRUE(m.message.contains(QLatin1String("reads version 1")))
            << m.toString().toStdString();
    }
    for (const QJsonValue& bad :
         {QJsonValue(0), QJsonValue(1.5), QJsonValue(QStringLiteral("1"))}) {
        const auto import = expectRefused(
            edited([&](QJsonObject& o) { o.insert(QStringLiteral("schema_version"), bad); }));
        ASSERT_EQ(import.errors.size(), 1u) << test::describe(import);
        EXPECT_EQ(import.errors[0].path, QStringLiteral("schema_version"));
    }
}

TEST_F(PassportImportTest, WrongTypesAreReportedEachAtItsPath) {
    const QByteArray bytes = edited([](QJsonObject& o) {
        setInElement(o, 0, {QStringLiteral("geometry"), QStringLiteral("length_m")},
                     QStringLiteral("17.92"));
        setInElement(o, 1, {QStringLiteral("condition"), QStringLiteral("nen2767_score")}, 2.5);
        setInElement(o, 2, {QStringLiteral("present"), QStringLiteral("status")},
                     QStringLiteral("lost"));
        setInElement(o, 2, {QStringLiteral("origin"), QStringLiteral("year_built")},
                     QStringLiteral("1976"));
        setInElement(o, 1, {QStringLiteral("history")}, QJsonObject{});
        setInElement(o, 0, {QStringLiteral("id")}, 42);
        o.insert(QStringLiteral("donors"), QJsonArray{QStringLiteral("A9")});
    });
    const auto import = expectRefused(bytes);
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[0].geometry.length_m"),
                               QStringLiteral("type")))
        << test::describe(import);
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[1].condition.nen2767_score"),
                               QStringLiteral("integer")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[2].present.status"),
                               QStringLiteral("enum")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[2].origin.year_built"),
                               QStringLiteral("type")));
    EXPECT_TRUE(
        test::hasError(import, QStringLiteral("elements[1].history"), QStringLiteral("type")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[0].id"), QStringLiteral("type")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("donors[0]"), QStringLiteral("type")));
    // Each problem once: the unreadable length is not also reported as out of range.
    EXPECT_EQ(import.errors.size(), 7u) << test::describe(import);
    const QString line = import.errors[0].toString();
    EXPECT_FALSE(line.isEmpty());
}

TEST_F(PassportImportTest, MissingFieldsAreReportedEachAtItsPath) {
    const QByteArray bytes = edited([](QJsonObject& o) {
        setInElement(o, 0, {QStringLiteral("geometry"), QStringLiteral("width_mm")},
                     QJsonValue::Undefined);
        setInElement(o, 1, {QStringLiteral("resistance")}, QJsonValue::Undefined);
        setInElement(o, 2, {QStringLiteral("present"), QStringLiteral("available_from")},
                     QJsonValue::Undefined);
        o.remove(QStringLiteral("created_utc"));
    });
    const auto import = expectRefused(bytes);
    for (const char* path : {"elements[0].geometry.width_mm", "elements[1].resistance",
                             "elements[2].present.available_from", "created_utc"}) {
        EXPECT_TRUE(test::hasError(import, QString::fromLatin1(path), QStringLiteral("required")))
            << path << "\n"
            << test::describe(import);
    }
    EXPECT_EQ(import.errors.size(), 4u) << test::describe(import);
}

TEST_F(PassportImportTest, ModelRulesApplyWithTheModelsMessages) {
    const QByteArray bytes = edited([](QJsonObject& o) {
        setInElement(o, 0, {QStringLiteral("geometry"), QStringLiteral("length_m")}, -2.5);
        setInElement(o, 1, {QStringLiteral("condition"), QStringLiteral("nen2767_score")}, 9);
        setInElement(o, 2, {QStringLiteral("id")}, QStringLiteral("G-1"));
        setInElement(o, 2, {QStringLiteral("present"), QStringLiteral("available_from")},
                     QStringLiteral("20250-01-01"));
    });
    const auto import = expectRefused(bytes);
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[0].geometry.length_m"),
                               QStringLiteral("range")))
        << test::describe(import);
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[1].condition.nen2767_score"),
                               QStringLiteral("range")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[2].id"), QStringLiteral("unique")));
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[2].present.available_from"),
                               QStringLiteral("date")));
    EXPECT_EQ(import.errors.size(), 4u) << test::describe(import);
    for (const auto& m : import.errors) {
        if (m.path == QLatin1String("elements[0].geometry.length_m")) {
            EXPECT_EQ(m.toString(), QStringLiteral("elements[0].geometry.length_m = -2.5: must be "
                                                   "between 1 and 200 m (range)"));
        }
    }
}

TEST_F(PassportImportTest, TamperingIsDetected) {
    // Changing a value without recomputing content_sha256.
    const auto changed = expectRefused(edited(
        [](QJsonObject& o) {
            setInElement(
                o, 0, {QStringLiteral("resistance"), QStringLiteral("moment_capacity_knm")}, 4020);
        },
        false));
    ASSERT_EQ(changed.errors.size(), 1u) << test::describe(changed);
    EXPECT_EQ(changed.errors[0].path, QStringLiteral("elements[0].content_sha256"));
    EXPECT_EQ(changed.errors[0].rule, QStringLiteral("content-hash"));

    // Changing a document's bytes: its own SHA-256 no longer matches.
    const auto document = expectRefused(edited([](QJsonObject& o) {
        QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
        QJsonObject e = elements.at(0).toObject();
        QJsonArray docs = e.value(QStringLiteral("documents")).toArray();
        QJsonObject d = docs.at(0).toObject();
        QByteArray bytes =
            QByteArray::fromBase64(d.value(QStringLiteral("content_base64")).toString().toLatin1());
        bytes[0] = 'X';
        d.insert(QStringLiteral("content_base64"), QString::fromLatin1(bytes.toBase64()));
        docs.replace(0, d);
        e.insert(QStringLiteral("documents"), docs);
        elements.replace(0, e);
        o.insert(QStringLiteral("elements"), elements);
    }));
    EXPECT_TRUE(test::hasError(document, QStringLiteral("elements[0].documents[0].content_base64"),
                               QStringLiteral("sha256")))
        << test::describe(document);

    // Without content_sha256 an edited entry is accepted (hand-made passports).
    const QByteArray unsigned_ = edited(
        [](QJsonObject& o) {
            QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
            QJsonObject e = elements.at(0).toObject();
            e.remove(QStringLiteral("content_sha256"));
            e.insert(QStringLiteral("notes"), QStringLiteral("edited by hand"));
            elements.replace(0, e);
            o.insert(QStringLiteral("elements"), elements);
        },
        false);
    ProjectDocument target;
    const auto ok = passport::readPassport(unsigned_, target);
    EXPECT_TRUE(ok.ok()) << test::describe(ok);
}

TEST_F(PassportImportTest, DocumentsWithoutContentCannotBeImported) {
    const QByteArray without = passport::writePassport(source, {}, passport::pendingContentSource(),
                                                       test::fixedOptions(false));
    const auto import = expectRefused(without);
    // G-1's drawing and G-3's photo have bytes; G-1's empty.txt has none and needs none.
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[0].documents[0].content_base64"),
                               QStringLiteral("content-missing")))
        << test::describe(import);
    EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[2].documents[0].content_base64"),
                               QStringLiteral("content-missing")));
    EXPECT_EQ(import.errors.size(), 2u) << test::describe(import);

    const auto badBase64 = expectRefused(edited([](QJsonObject& o) {
        QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
        QJsonObject e = elements.at(2).toObject();
        QJsonArray docs = e.value(QStringLiteral("documents")).toArray();
        QJsonObject d = docs.at(0).toObject();
        d.insert(QStringLiteral("content_base64"), QStringLiteral("not base64 at all!"));
        d.insert(QStringLiteral("sha256"), QStringLiteral("ABC"));
        docs.replace(0, d);
        e.insert(QStringLiteral("documents"), docs);
        elements.replace(2, e);
        o.insert(QStringLiteral("elements"), elements);
    }));
    EXPECT_TRUE(test::hasError(badBase64, QStringLiteral("elements[2].documents[0].sha256"),
                               QStringLiteral("sha256")))
        << test::describe(badBase64);
}

TEST_F(PassportImportTest, UnknownKeysAreWarnedAboutAndIgnored) {
    const QByteArray bytes = edited([](QJsonObject& o) {
        o.insert(QStringLiteral("comment"), QStringLiteral("from the A9 team"));
        setInElement(o, 1, {QStringLiteral("geometry"), QStringLiteral("skew_deg")}, 12);
    });
    ProjectDocument target;
    const auto import = passport::readPassport(bytes, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    ASSERT_EQ(import.warnings.size(), 2u) << test::describe(import);
    EXPECT_EQ(import.warnings[0].path, QStringLiteral("elements[1].geometry.skew_deg"));
    EXPECT_EQ(import.warnings[1].path, QStringLiteral("comment"));
}

TEST_F(PassportImportTest, IdsAreKeptAndUidsAreNew) {
    ProjectDocument target;
    // Occupy the uids the source used, so keeping them would clash.
    for (int i = 0; i < 20; ++i) target.allocateUid();
    Element mine;
    mine.id = QStringLiteral("X-1");
    mine.length = Metres(10);
    mine.height = Millimetres(500);
    mine.width = Millimetres(500);
    mine.mass = Tonnes(5);
    mine.momentCapacity = KiloNewtonMetres(100);
    mine.shearCapacity = KiloNewtons(100);
    mine.uid = source.element(0).uid;
    target.insertElement(mine);
    auto import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    passport::applyPassportImport(target, std::move(import));
    ASSERT_EQ(target.elementCount(), 4);
    EXPECT_EQ(target.element(0).id, QStringLiteral("X-1"));
    EXPECT_EQ(target.element(1).id, QStringLiteral("G-1"));
    EXPECT_NE(target.element(1).uid, source.element(0).uid);
    EXPECT_EQ(target.element(3).id, QStringLiteral("G-3 ë"));
}
