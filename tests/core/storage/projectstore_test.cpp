// Project file: round trip, incremental save, refusal of files ReSpan does not understand.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

using Kind = ProjectFileError::Kind;

/// Runs raw SQL on a file with the SQLite C API (to plant what ReSpan itself never writes).
void rawSql(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

Kind loadKind(const QString& path) {
    ProjectDocument doc;
    try {
        ProjectStore::load(path, doc);
    } catch (const ProjectFileError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "load of " << path.toStdString() << " did not fail";
    return Kind::Io;
}

class ProjectStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    /// No lock, journal or temporary file may be left beside a refused file.
    void expectOnlyFile(const QString& name) const {
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        EXPECT_EQ(entries, QStringList{name}) << entries.join(QLatin1Char(' ')).toStdString();
    }
};

}  // namespace

TEST_F(ProjectStoreTest, RoundTripKeepsEveryField) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const QString file = path("sample.respan");
    ProjectStore::writeFull(file, doc, QString());

    ProjectDocument loaded;
    EXPECT_EQ(ProjectStore::load(file, loaded), schema::currentVersion());
    EXPECT_EQ(test::compareDocuments(doc, loaded), QString());
    EXPECT_FALSE(loaded.isModified());

    // Attached documents come back byte for byte, and their hash still matches.
    const Element* g1 = loaded.elementById(QStringLiteral("G-1"));
    ASSERT_NE(g1, nullptr);
    ASSERT_EQ(g1->documents.size(), 2u);
    const QByteArray content = ProjectStore::readAttachment(file, g1->documents[0].uid);
    EXPECT_EQ(content, QByteArray("%PDF-1.4 fake drawing \x00\x01\x02 bytes", 31));
    EXPECT_EQ(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
              g1->documents[0].sha256.toLatin1());
    EXPECT_EQ(ProjectStore::readAttachment(file, g1->documents[1].uid), QByteArray());
}

TEST_F(ProjectStoreTest, FileIdentityIsSet) {
    ProjectDocument doc;
    const QString file = path("empty.respan");
    ProjectStore::createEmpty(file);
    const FileIdentity id = inspectFile(file);
    EXPECT_TRUE(id.isSqlite);
    EXPECT_EQ(id.applicationId, 0x5253504Eu);  // "RSPN"
    EXPECT_EQ(id.userVersion, schema::currentVersion());
    // createEmpty never overwrites.
    EXPECT_THROW(ProjectStore::createEmpty(file), ProjectFileError);
}

TEST_F(ProjectStoreTest, IncrementalSaveWritesEveryKindOfChange) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const QString file = path("inc.respan");
    ProjectStore::writeFull(file, doc, QString());
    doc.markSaved();

    // Edit one element, remove one (with its documents), add one, rename a structure, move an
    // assignment, change a setting and the donors.
    Element g2 = *doc.elementById(QStringLiteral("G-2"));
    g2.condition = 3;
    g2.id = QStringLiteral("G-2b");
    doc.updateElement(doc.elementRow(g2.uid), g2);
    const QByteArray photo = ProjectStore::readAttachment(
        file, doc.elementById(QStringLiteral("G-3 ë"))->documents[0].uid);
    EXPECT_EQ(photo.size(), 5000);
    doc.takeElement(doc.elementRowById(QStringLiteral("G-3 ë")));
    Element added = *doc.elementById(QStringLiteral("G-1"));
    added.uid = kNoUid;
    added.id = QStringLiteral("G-1");  // reuse of a removed id is fine only after removal
    added.id = QStringLiteral("G-4");
    added.documents.clear();
    doc.insertElement(added);
    doc.updateStructureHeader(1, QStringLiteral("A76 viaduct Daelderweg"), GeoPoint{50.92, 5.89},
                              QString());
    const Uid slot = doc.structure(0).spans[1].slots[2].uid;
    doc.setAssignment({doc.elementById(QStringLiteral("G-4"))->uid, slot, false});
    ProjectSettings s = doc.settings();
    s.fNew = 180.5;
    doc.setSettings(s);
    std::vector<DonorStructure> donors = doc.donors();
    donors.pop_back();
    doc.setDonors(donors);
    // Storage (schema step 5): a site changed and one added, a stay entered by hand.
    std::vector<StorageSite> sites = doc.sites();
    sites[0].maxLayers = 3;
    StorageSite second = sites[0];
    second.id = QStringLiteral("ALM");
    second.openFrom.reset();
    second.blockedWkt.clear();
    sites.push_back(second);
    doc.setSites(sites);
    Element g1 = *doc.elementById(QStringLiteral("G-1"));
    g1.storageSite = QStringLiteral("ALM");
    g1.manualStay = ManualStay{QDate(2024, 5, 1), QDate(2024, 5, 1)};
    doc.updateElement(doc.elementRow(g1.uid), g1);
    // Impact (schema step 6): a factor of the table with a new value and source.
    std::vector<ImpactFactor> factors = doc.factors();
    for (ImpactFactor& f : factors) {
        if (f.key == QLatin1String("eur_new_t")) {
            f.value = 640.0;
            f.source = QStringLiteral("Quote of a precaster");
            f.year = 2026;
            f.illustrative = false;
        }
    }
    doc.setFactors(factors);
    ASSERT_TRUE(doc.isModified());

    ProjectStore::saveChanges(file, doc);
    doc.markSaved();
    ProjectDocument loaded;
    ProjectStore::load(file, loaded);
    EXPECT_EQ(test::compareDocuments(doc, loaded), QString());
    // The removed element's document content is gone from the file, the others stay.
    const CheckReport r = ProjectStore::check(file);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.documents, 2);
    EXPECT_EQ(r.elements, 3);
}

// Recertification data (schema step 4): a changed protocol, step records with dates, results,
// resistances and evidence, and a harvest date survive a full and an incremental save; evidence
// of a document that was removed from the girder is dropped with it.
TEST_F(ProjectStoreTest, CertificationRecordsAndProtocolSurviveSaves) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    std::vector<ProtocolStep> protocol = defaultProtocol();
    protocol[3].resourceCapacity = 7;
    for (ProtocolStep& st : protocol) {
        if (st.resource == QLatin1String("lab")) st.resourceCapacity = 7;
    }
    protocol.pop_back();
    doc.setProtocol(protocol);
    Element g1 = *doc.elementById(QStringLiteral("G-1"));
    g1.harvestDate = QDate(2027, 3, 15);
    StepRecord tests;
    tests.step = QStringLiteral("material_tests");
    tests.status = StepStatus::Passed;
    tests.actualStart = QDate(2027, 3, 20);
    tests.actualEnd = QDate(2027, 4, 9);
    tests.result = QStringLiteral("fck 58 MPa; carbonation 4 mm");
    tests.evidence = {g1.documents[0].uid};
    StepRecord recalc;
    recalc.step = QStringLiteral("recalculation");
    recalc.status = StepStatus::Conditional;
    recalc.momentCapacity = KiloNewtonMetres(2875.5);
    recalc.shearCapacity = KiloNewtons(612.0);
    recalc.plannedStart = QDate(2027, 4, 12);
    recalc.note = QStringLiteral("shear after shortening governs");
    g1.certification = {tests, recalc};
    doc.updateElement(doc.elementRow(g1.uid), g1);
    const QString file = path("cert.respan");
    ProjectStore::writeFull(file, doc, QString());
    doc.markSaved();
    {
        ProjectDocument loaded;
        ProjectStore::load(file, loaded);
        EXPECT_EQ(test::compareDocuments(doc, loaded), QString());
        EXPECT_EQ(loaded.protocol().size(), 7u);
    }
    // Incremental: the evidence's document is removed, a record added, the protocol changed.
    g1 = *doc.elementById(QStringLiteral("G-1"));
    g1.documents.erase(g1.documents.begin());
    g1.certification[0].status = StepStatus::Failed;
    doc.updateElement(doc.elementRow(g1.uid), g1);
    protocol[0].durationDays = 12;
    doc.setProtocol(protocol);
    ProjectStore::saveChanges(file, doc);
    doc.markSaved();
    ProjectDocument loaded;
    ProjectStore::load(file, loaded);
    EXPECT_EQ(test::compareDocuments(doc, loaded), QString());
    const Element* back = loaded.elementById(QStringLiteral("G-1"));
    ASSERT_NE(back, nullptr);
    ASSERT_EQ(back->certification.size(), 2u);
    EXPECT_EQ(back->certification[0].status, StepStatus::Failed);
    EXPECT_TRUE(back->certification[0].evidence.empty());
    EXPECT_EQ(back->certification[1], recalc);
    EXPECT_EQ(back->harvestDate, QDate(2027, 3, 15));
    EXPECT_EQ(loaded.protocol(), protocol);
    // A save of everything into the same file (a restored autosave does this) rewrites the
    // records instead of colliding with the stored ones.
    doc.markAllChanged();
    ASSERT_NO_THROW(ProjectStore::saveChanges(file, doc));
    ProjectDocument again;
    ProjectStore::load(file, again);
    EXPECT_EQ(test::compareDocuments(doc, again), QString());
    EXPECT_TRUE(ProjectStore::check(file).ok());
}

TEST_F(ProjectStoreTest, SaveAfterAttachingKeepsOlderContents) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const QString file = path("attach.respan");
    ProjectStore::writeFull(file, doc, QString());
    doc.markSaved();
    // Edit the element that already has documents (their content is only in the file now).
    Element g1 = *doc.elementById(QStringLiteral("G-1"));
    AttachedDocument extra;
    extra.uid = doc.allocateUid();
    extra.name = QStringLiteral("lab.csv");
    extra.mimeType = QStringLiteral("text/csv");
    extra.pendingContent = QByteArray("strength;104.4\n");
    extra.size = extra.pendingContent.size();
    extra.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(extra.pendingContent, QCryptographicHash::Sha256).toHex());
    extra.added = QDateTime::currentDateTimeUtc();
    g1.documents.push_back(extra);
    doc.updateElement(doc.elementRow(g1.uid), g1);
    ProjectStore::saveChanges(file, doc);
    EXPECT_EQ(ProjectStore::readAttachment(file, g1.documents[0].uid).size(), 31);
    EXPECT_EQ(ProjectStore::readAttachment(file, extra.uid), QByteArray("strength;104.4\n"));

    // Save As to a new file copies contents that are not in memory any more.
    doc.markSaved();
    const QString copy = path("copy.respan");
    ProjectStore::writeFull(copy, doc, file);
    EXPECT_EQ(ProjectStore::readAttachment(copy, g1.documents[0].uid).size(), 31);
    EXPECT_EQ(ProjectStore::readAttachment(copy, extra.uid), QByteArray("strength;104.4\n"));
}

TEST_F(ProjectStoreTest, RefusesGarbageAndLeavesItUntouched) {
    struct Case {
        const char* name;
        QByteArray bytes;
        Kind kind;
    };
    QByteArray truncatedHeader("SQLite format 3\0", 16);
    const std::vector<Case> cases = {
        {"empty.respan", QByteArray(), Kind::NotSqlite},
        {"text.respan", QByteArray("id,length_m\nG-1,17.9\n"), Kind::NotSqlite},
        {"random.respan", QByteArray(8192, '\x5a'), Kind::NotSqlite},
        {"truncated.respan", truncatedHeader + QByteArray(50, '\0'), Kind::NotSqlite},
    };
    for (const Case& c : cases) {
        QTemporaryDir own;
        const QString file = own.filePath(QString::fromLatin1(c.name));
        ASSERT_TRUE(test::writeFile(file, c.bytes));
        const QByteArray before = test::fileSha256(file);
        EXPECT_EQ(loadKind(file), c.kind) << c.name;
        EXPECT_EQ(test::fileSha256(file), before) << c.name;
        EXPECT_EQ(QDir(own.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << c.name;
    }
    EXPECT_EQ(loadKind(path("missing.respan")), Kind::NotFound);
}

TEST_F(ProjectStoreTest, RefusesForeignSqliteUntouched) {
    const QString file = path("other.sqlite");
    rawSql(file,
           "CREATE TABLE element (uid INTEGER PRIMARY KEY, id TEXT); INSERT INTO element VALUES "
           "(1, 'x');");
    const QByteArray before = test::fileSha256(file);
    EXPECT_EQ(loadKind(file), Kind::Foreign);
    EXPECT_EQ(test::fileSha256(file), before);
    expectOnlyFile(QStringLiteral("other.sqlite"));

    // Same with another application's id.
    const QString gpkg = path("map.gpkg");
    rawSql(gpkg, "PRAGMA application_id = 1196444487; CREATE TABLE t (x);");
    const QByteArray gpkgBefore = test::fileSha256(gpkg);
    EXPECT_EQ(loadKind(gpkg), Kind::Foreign);
    EXPECT_EQ(test::fileSha256(gpkg), gpkgBefore);
}

TEST_F(ProjectStoreTest, RefusesNewerVersionsNamingTheVersion) {
    for (int ahead : {1, 5}) {
        QTemporaryDir own;
        const QString file = own.filePath(QStringLiteral("newer.respan"));
        ProjectStore::createEmpty(file);
        const int version = schema::currentVersion() + ahead;
        rawSql(file, QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData());
        const QByteArray before = test::fileSha256(file);
        ProjectDocument doc;
        try {
            ProjectStore::load(file, doc);
            ADD_FAILURE() << "newer file loaded";
        } catch (const ProjectFileError& e) {
            EXPECT_EQ(e.kind(), Kind::Newer);
            EXPECT_TRUE(e.message().contains(QString::number(version)))
                << e.message().toStdString();
        }
        EXPECT_EQ(test::fileSha256(file), before);
        EXPECT_EQ(QDir(own.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
}

TEST_F(ProjectStoreTest, RefusesPlantedTriggersAndViewsWithoutRunningThem) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const char* plants[] = {
        // Would wipe the inventory when ReSpan saves an element, if it ever ran.
        "CREATE TRIGGER wipe AFTER INSERT ON element BEGIN DELETE FROM element; END;",
        "CREATE VIEW everything AS SELECT * FROM element;",
        "CREATE TABLE extra (x);",
    };
    for (const char* plant : plants) {
        QTemporaryDir own;
        const QString file = own.filePath(QStringLiteral("hostile.respan"));
        ProjectStore::writeFull(file, doc, QString());
        rawSql(file, plant);
        const QByteArray before = test::fileSha256(file);
        EXPECT_EQ(loadKind(file), Kind::Foreign) << plant;
        EXPECT_EQ(test::fileSha256(file), before) << plant;
        // check refuses too (and reports why) instead of running anything.
        EXPECT_THROW(ProjectStore::check(file), ProjectFileError) << plant;
    }
}

TEST_F(ProjectStoreTest, RefusesImpossibleValuesNamingTableRowAndColumn) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const QString file = path("bad.respan");
    ProjectStore::writeFull(file, doc, QString());
    // Bypass the CHECK constraints the way a foreign tool could.
    rawSql(file,
           "PRAGMA ignore_check_constraints = ON; UPDATE element SET length_m = 'long' WHERE id = "
           "'G-2';");
    ProjectDocument loaded;
    try {
        ProjectStore::load(file, loaded);
        ADD_FAILURE() << "bad value loaded";
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.kind(), Kind::Corrupt);
        EXPECT_TRUE(e.message().contains(QLatin1String("element"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QLatin1String("column 6"))) << e.message().toStdString();
    }
    // The document that was open before keeps its content.
    EXPECT_EQ(loaded.elementCount(), 0);
}

TEST_F(ProjectStoreTest, CheckReportsVersionAndCounts) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const QString file = path("check.respan");
    ProjectStore::writeFull(file, doc, QString());
    const CheckReport r = ProjectStore::check(file);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.schemaVersion, schema::currentVersion());
    EXPECT_EQ(r.elements, 3);
    EXPECT_EQ(r.donors, 2);
    EXPECT_EQ(r.structures, 2);
    EXPECT_EQ(r.spans, 3);
    EXPECT_EQ(r.slots, 7);
    EXPECT_EQ(r.assignments, 2);
    EXPECT_EQ(r.pinned, 1);
    EXPECT_EQ(r.documents, 3);
    EXPECT_EQ(r.documentBytes, 31 + 0 + 5000);
    EXPECT_EQ(r.historyEntries, 6);
}

/// A file from before planning in time (schema < 4) keeps its plans (docs/contract/planning.md
/// section 1): plan_certification is false, its plan starts on the day of its oldest history
/// entry, and it has the default protocol. Applied to `expected` after checking `loaded`.
void expectPlanningInTimeOff(ProjectDocument& expected, const ProjectDocument& loaded) {
    EXPECT_FALSE(loaded.settings().planCertification);
    QDate oldest;
    for (const Element& e : expected.elements()) {
        for (const StatusChange& c : e.history) {
            if (!oldest.isValid() || c.time.date() < oldest) oldest = c.time.toUTC().date();
        }
    }
    ASSERT_TRUE(oldest.isValid());
    EXPECT_EQ(loaded.settings().planStart, oldest);
    EXPECT_EQ(loaded.protocol(), defaultProtocol());
    ProjectSettings s = expected.settings();
    s.planCertification = false;
    s.planStart = oldest;
    expected.setSettings(s);
    // A file from before interim storage (schema step 5) has no sites and no girder lies at one.
    EXPECT_TRUE(loaded.sites().empty());
    expected.setSites({});
    for (int row = 0; row < expected.elementCount(); ++row) {
        Element e = expected.element(row);
        e.storageSite.clear();
        e.manualStay.reset();
        expected.updateElement(row, e);
    }
}

// A new file never goes without an attached document's content: a loaded document holds no
// contents, so a full write needs the file they are in; without it nothing is written (before,
// such a file came out with the documents listed and their bytes gone).
TEST_F(ProjectStoreTest, AFullWriteWithoutADocumentsContentIsRefusedAndWritesNothing) {
    const QString file = path("with-documents.respan");
    ProjectDocument doc;
    test::fillSampleProject(doc);
    ProjectStore::writeFull(file, doc, QString());
    ProjectDocument loaded;
    ProjectStore::load(file, loaded);
    const QString copy = path("copy.respan");
    EXPECT_THROW(ProjectStore::writeFull(copy, loaded, QString()), ProjectFileError);
    EXPECT_FALSE(QFileInfo::exists(copy));
    ProjectStore::writeFull(copy, loaded, file);
    const CheckReport r = ProjectStore::check(copy);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.documents, 3);
    EXPECT_EQ(r.documentBytes, 31 + 0 + 5000);
}

// The checked-in fixture was written by schema version 1. Opening it migrates it (each step after
// a backup copy) and gives the golden content below.
TEST_F(ProjectStoreTest, MigratesTheVersion1Fixture) {
    const QString file = path("v1.respan");
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("fixtures/project-v1.respan")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(inspectFile(file).userVersion, 1);
    ProjectDocument doc;
    EXPECT_EQ(ProjectStore::load(file, doc), 1);
    EXPECT_EQ(inspectFile(file).userVersion, schema::currentVersion());
    if (schema::currentVersion() > 1) {
        EXPECT_TRUE(QFileInfo::exists(file + QStringLiteral(".v1.bak")));
    }
    const CheckReport r = ProjectStore::check(file);
    EXPECT_TRUE(r.ok());
    // Golden content of the fixture (tests/data/fixtures/README.md describes it).
    ProjectDocument expected;
    test::fillSampleProject(expected);
    expectPlanningInTimeOff(expected, doc);
    EXPECT_EQ(test::compareDocuments(expected, doc), QString());
    // Step 6 wrote this release's factor table; F_new etc. still come from the settings.
    EXPECT_EQ(doc.factors(), withSettingsValues(defaultImpactFactors(), doc.settings()));
    const Element* g1 = doc.elementById(QStringLiteral("G-1"));
    ASSERT_NE(g1, nullptr);
    EXPECT_EQ(ProjectStore::readAttachment(file, g1->documents[0].uid).size(), 31);
}

// A file of schema version 2 (tests/data/fixtures/README.md): step 3 rebuilds the slot and
// element tables to let demands and resistances be empty; every entered value, the plan and the
// setting history survive, and the demands stay "entered".
TEST_F(ProjectStoreTest, MigratesTheVersion2Fixture) {
    const QString file = path("v2.respan");
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("fixtures/project-v2.respan")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(inspectFile(file).userVersion, 2);
    ProjectDocument doc;
    EXPECT_EQ(ProjectStore::load(file, doc), 2);
    EXPECT_EQ(inspectFile(file).userVersion, schema::currentVersion());
    EXPECT_TRUE(QFileInfo::exists(file + QStringLiteral(".v2.bak")));
    EXPECT_TRUE(ProjectStore::check(file).ok());
    ProjectDocument expected;
    test::fillSampleProject(expected);
    ProjectSettings settings = expected.settings();
    settings.maxShorteningM = 2.5;
    settings.history.push_back(
        {QStringLiteral("max_shortening_m"), QStringLiteral("3"), QStringLiteral("2.5"),
         QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC), QStringLiteral("fixture")});
    expected.setSettings(settings);
    expectPlanningInTimeOff(expected, doc);
    EXPECT_EQ(test::compareDocuments(expected, doc), QString());
    for (const Structure& st : doc.structures()) {
        EXPECT_EQ(st.deck, DeckDesign{});
        for (const Span& p : st.spans) {
            for (const Slot& k : p.slots) {
                EXPECT_TRUE(k.momentDemand.has_value() && k.shearDemand.has_value()) << "entered";
            }
        }
    }
    // Saved again at version 3, an empty demand is stored as empty.
    Slot slot = doc.structure(0).spans[0].slots[0];
    slot.momentDemand.reset();
    doc.updateSlot(0, 0, 0, slot);
    // The attachments' contents come from the file itself (a loaded document holds none).
    ProjectStore::writeFull(file, doc, file);
    ProjectDocument again;
    ProjectStore::load(file, again);
    EXPECT_FALSE(again.structure(0).spans[0].slots[0].momentDemand.has_value());
    EXPECT_TRUE(again.structure(0).spans[0].slots[0].shearDemand.has_value());
}
