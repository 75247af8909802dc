// Export then import: the same elements, history and documents (passport issue, "Tests").
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/passport/passporterror.h"
#include "core/passport/passportformat.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "passporttestutil.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

/// Field by field, written out (not through the passport's own mapping), uids aside.
void expectSameElement(const Element& a, const Element& b) {
    SCOPED_TRACE(a.id.toStdString());
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.donorStructure, b.donorStructure);
    EXPECT_EQ(a.donorPosition, b.donorPosition);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.length.value(), b.length.value());
    EXPECT_EQ(a.height.value(), b.height.value());
    EXPECT_EQ(a.width.value(), b.width.value());
    EXPECT_EQ(a.mass.value(), b.mass.value());
    EXPECT_EQ(a.yearBuilt, b.yearBuilt);
    EXPECT_EQ(a.originalLoadClass, b.originalLoadClass);
    EXPECT_EQ(a.momentCapacity, b.momentCapacity);  // empty stays empty (estimated)
    EXPECT_EQ(a.shearCapacity, b.shearCapacity);
    EXPECT_EQ(a.capacityBasis, b.capacityBasis);
    EXPECT_EQ(a.condition, b.condition);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.location.latitude, b.location.latitude);
    EXPECT_EQ(a.location.longitude, b.location.longitude);
    EXPECT_EQ(a.availableFrom, b.availableFrom);
    EXPECT_EQ(a.notes, b.notes);
    ASSERT_EQ(a.history.size(), b.history.size());
    for (std::size_t i = 0; i < a.history.size(); ++i) {
        EXPECT_EQ(a.history[i].time, b.history[i].time);
        EXPECT_EQ(a.history[i].time.toMSecsSinceEpoch(), b.history[i].time.toMSecsSinceEpoch());
        EXPECT_EQ(a.history[i].user, b.history[i].user);
        EXPECT_EQ(a.history[i].from, b.history[i].from);
        EXPECT_EQ(a.history[i].to, b.history[i].to);
        EXPECT_EQ(a.history[i].note, b.history[i].note);
    }
    ASSERT_EQ(a.documents.size(), b.documents.size());
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        EXPECT_EQ(a.documents[i].name, b.documents[i].name);
        EXPECT_EQ(a.documents[i].mimeType, b.documents[i].mimeType);
        EXPECT_EQ(a.documents[i].size, b.documents[i].size);
        EXPECT_EQ(a.documents[i].sha256, b.documents[i].sha256);
        EXPECT_EQ(a.documents[i].added, b.documents[i].added);
    }
}

class PassportRoundTrip : public ::testing::Test {
protected:
    ProjectDocument source;
    void SetUp() override { test::fillSampleProject(source); }
};

}  // namespace

TEST_F(PassportRoundTrip, AllElementsIntoAnEmptyProject) {
    const QByteArray json =
        passport::writePassport(source, {}, passport::pendingContentSource(), test::fixedOptions());
    ProjectDocument target;
    passport::PassportImport import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    EXPECT_TRUE(import.warnings.empty()) << test::describe(import);
    EXPECT_EQ(import.schemaVersion, 1);
    EXPECT_EQ(import.sourceProject, source.settings().projectName);
    EXPECT_EQ(import.producer, QStringLiteral("ReSpan " RESPAN_VERSION));
    passport::applyPassportImport(target, std::move(import));

    ASSERT_EQ(target.elementCount(), source.elementCount());
    for (int i = 0; i < source.elementCount(); ++i) {
        expectSameElement(source.element(i), target.element(i));
        // The bytes themselves: the pending content has the recorded hash.
        const Element& t = target.element(i);
        for (std::size_t k = 0; k < t.documents.size(); ++k) {
            EXPECT_EQ(test::sha256Of(t.documents[k].pendingContent),
                      source.element(i).documents[k].sha256);
            EXPECT_EQ(t.documents[k].pendingContent, source.element(i).documents[k].pendingContent);
        }
    }
    // Only the donor the elements came from travels; "Unknown donor" has no element.
    ASSERT_EQ(target.donors().size(), 1u);
    DonorStructure expected = source.donors().front();
    expected.uid = target.donors().front().uid;
    EXPECT_EQ(target.donors().front(), expected);
}

// A girder whose resistances are left to the estimate from its class travels with null
// resistances and arrives the same (docs/materials-passport.md; docs/load-model.md).
TEST_F(PassportRoundTrip, EmptyResistancesStayEmpty) {
    Element e = source.element(0);
    e.uid = kNoUid;
    e.id = QStringLiteral("EST-1");
    e.originalLoadClass = QStringLiteral("BK-60-1963");
    e.momentCapacity.reset();
    e.shearCapacity.reset();
    e.documents.clear();
    source.insertElement(e);
    const QByteArray json =
        passport::writePassport(source, {}, passport::pendingContentSource(), test::fixedOptions());
    EXPECT_TRUE(json.contains("\"moment_capacity_knm\": null")) << json.toStdString();
    ProjectDocument target;
    passport::PassportImport import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    passport::applyPassportImport(target, std::move(import));
    const Element* back = target.elementById(QStringLiteral("EST-1"));
    ASSERT_NE(back, nullptr);
    EXPECT_FALSE(back->momentCapacity.has_value());
    EXPECT_FALSE(back->shearCapacity.has_value());
}

TEST_F(PassportRoundTrip, ThroughProjectFilesOnDisk) {
    // Source on disk: document contents come from the file, not from memory.
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.respan"));
    ProjectStore::writeFull(sourcePath, source, QString());
    ProjectDocument loaded;
    ProjectSession session(loaded);
    session.open(sourcePath, ProjectSession::LockPolicy::ReadOnlyNoLock);
    for (const Element& e : loaded.elements()) {
        for (const AttachedDocument& d : e.documents) ASSERT_TRUE(d.pendingContent.isEmpty());
    }
    const QByteArray json = passport::writePassport(
        loaded, {}, [&](const AttachedDocument& d) { return session.attachmentContent(d); },
        test::fixedOptions());

    const QString targetPath = dir.filePath(QStringLiteral("target.respan"));
    ProjectStore::createEmpty(targetPath);
    ProjectDocument target;
    ProjectSession targetSession(target);
    targetSession.open(targetPath, ProjectSession::LockPolicy::FailIfLocked);
    passport::PassportImport import = passport::readPassport(json, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    passport::applyPassportImport(target, std::move(import));
    targetSession.save();  // pending contents go into the file here
    targetSession.close();

    ProjectDocument reloaded;
    ProjectStore::load(targetPath, reloaded);
    ASSERT_EQ(reloaded.elementCount(), source.elementCount());
    int documents = 0;
    for (int i = 0; i < source.elementCount(); ++i) {
        expectSameElement(source.element(i), reloaded.element(i));
        for (const AttachedDocument& d : reloaded.element(i).documents) {
            const QByteArray bytes = ProjectStore::readAttachment(targetPath, d.uid);
            EXPECT_EQ(test::sha256Of(bytes), d.sha256) << d.name.toStdString();
            EXPECT_EQ(bytes.size(), d.size);
            ++documents;
        }
    }
    EXPECT_EQ(documents, 3);
}

TEST_F(PassportRoundTrip, OneElementAndASelection) {
    const QByteArray one = passport::writeElementPassport(
        source, QStringLiteral("G-2"), passport::pendingContentSource(), test::fixedOptions());
    const QJsonObject o = test::parseObject(one);
    ASSERT_EQ(o.value(QStringLiteral("elements")).toArray().size(), 1);
    EXPECT_EQ(
        o.value(QStringLiteral("elements")).toArray().at(0).toObject().value(QStringLiteral("id")),
        QStringLiteral("G-2"));

    // Selection order and repeats do not matter: project order, each once.
    const QByteArray some = passport::writePassport(
        source, {QStringLiteral("G-3 ë"), QStringLiteral("G-1"), QStringLiteral("G-3 ë")},
        passport::pendingContentSource(), test::fixedOptions());
    ProjectDocument target;
    passport::PassportImport import = passport::readPassport(some, target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    passport::applyPassportImport(target, std::move(import));
    ASSERT_EQ(target.elementCount(), 2);
    expectSameElement(*source.elementById(QStringLiteral("G-1")), target.element(0));
    expectSameElement(*source.elementById(QStringLiteral("G-3 ë")), target.element(1));

    // Then the rest: the two already there are skipped, G-2 is added.
    const QByteArray all =
        passport::writePassport(source, {}, passport::pendingContentSource(), test::fixedOptions());
    passport::PassportImport rest = passport::readPassport(all, target);
    ASSERT_TRUE(rest.ok()) << test::describe(rest);
    EXPECT_EQ(rest.alreadyPresent, (QStringList{QStringLiteral("G-1"), QStringLiteral("G-3 ë")}));
    ASSERT_EQ(rest.elements.size(), 1u);
    EXPECT_EQ(rest.elements[0].id, QStringLiteral("G-2"));
}

TEST_F(PassportRoundTrip, UnknownElementIdsAreNamed) {
    try {
        passport::writePassport(
            source, {QStringLiteral("G-1"), QStringLiteral("nope"), QStringLiteral("G-9")},
            passport::pendingContentSource());
        FAIL() << "no error";
    } catch (const passport::PassportError& e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("nope"))) << e.what();
        EXPECT_TRUE(e.message().contains(QLatin1String("G-9"))) << e.what();
    }
}

TEST_F(PassportRoundTrip, ContentThatDoesNotMatchItsHashIsNotExported) {
    EXPECT_THROW(
        passport::writePassport(source, {QStringLiteral("G-1")},
                                [](const AttachedDocument& d) { return d.pendingContent + "x"; }),
        passport::PassportError);
    // Without contents the documents are listed by metadata alone.
    const QByteArray json = passport::writePassport(
        source, {QStringLiteral("G-1")},
        [](const AttachedDocument&) -> QByteArray {
            ADD_FAILURE() << "content read although not embedded";
            return {};
        },
        test::fixedOptions(false));
    EXPECT_FALSE(json.contains("content_base64"));
    EXPECT_TRUE(json.contains("\"omitted\""));
}

TEST_F(PassportRoundTrip, SameDataGivesTheSameBytesAndHashes) {
    const QByteArray a =
        passport::writePassport(source, {}, passport::pendingContentSource(), test::fixedOptions());
    const QByteArray b =
        passport::writePassport(source, {}, passport::pendingContentSource(), test::fixedOptions());
    EXPECT_EQ(a, b);
    // The element hash does not depend on whether contents are embedded.
    const QByteArray without = passport::writePassport(source, {}, passport::pendingContentSource(),
                                                       test::fixedOptions(false));
    const QJsonArray withContent = test::parseObject(a).value(QStringLiteral("elements")).toArray();
    const QJsonArray withoutContent =
        test::parseObject(without).value(QStringLiteral("elements")).toArray();
    for (qsizetype i = 0; i < withContent.size(); ++i) {
        const QString h =
            withContent.at(i).toObject().value(QStringLiteral("content_sha256")).toString();
        EXPECT_EQ(h.size(), 64);
        EXPECT_EQ(
            h, withoutContent.at(i).toObject().value(QStringLiteral("content_sha256")).toString());
    }
}

TEST(PassportNumbers, AwkwardValuesRoundTripExactly) {
    ProjectDocument doc;
    Element e;
    e.id = QStringLiteral("N-1");
    e.length = Metres(1.1 + 2.2);  // 3.3000000000000003
    e.height = Millimetres(10.000000000000002);
    e.width = Millimetres(9999.999999999998);
    e.mass = Tonnes(1.0 / 3.0);
    e.momentCapacity = KiloNewtonMetres(999999.99999999988);
    e.shearCapacity = KiloNewtons(1.0000000000000002);
    e.location = GeoPoint{-89.99999999999999, 179.99999999999997};
    e.condition = 6;
    e.yearBuilt = 1800;
    e.availableFrom = QDate(2200, 12, 31);
    StatusChange c;
    c.time = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    c.user = QStringLiteral("ü\n\"x\"");
    c.to = ElementStatus::Certified;
    e.history.push_back(c);
    doc.insertElement(e);
    ProjectDocument target;
    auto import = passport::readPassport(
        passport::writePassport(doc, {}, passport::pendingContentSource()), target);
    ASSERT_TRUE(import.ok()) << test::describe(import);
    ASSERT_EQ(import.elements.size(), 1u);
    Element back = import.elements[0];
    back.uid = doc.element(0).uid;
    EXPECT_EQ(back, doc.element(0));
}
