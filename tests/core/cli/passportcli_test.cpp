// respan-cli passport export / import through the real executable: exit statuses
// (docs/contract/matching.md section 5), all or nothing, refused imports leave the project
// byte-identical.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/childprocess.h"
#include "support/clirunner.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

using test::CliRun;

CliRun cli(const QStringList& args) {
    return test::runCli(args);
}

class PassportCliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    /// The sample project (elements with history and documents) as a file.
    QString sample() {
        const QString file = path("sample.respan");
        if (!QFile::exists(file)) {
            ProjectDocument doc;
            test::fillSampleProject(doc);
            ProjectStore::writeFull(file, doc, QString());
        }
        return file;
    }
    QString emptyProject(const char* name) {
        const QString file = path(name);
        EXPECT_EQ(cli({QStringLiteral("new"), file}).status, 0);
        return file;
    }
    static QJsonObject readJson(const QString& file) {
        return QJsonDocument::fromJson(test::readFile(file)).object();
    }
};

}  // namespace

TEST_F(PassportCliTest, ExportThenImportKeepsElementsHistoryAndDocuments) {
    const QString out = path("all.json");
    const CliRun exported = cli({QStringLiteral("passport"), QStringLiteral("export"), sample(),
                                 QStringLiteral("-o"), out});
    ASSERT_EQ(exported.status, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QLatin1String("3 elements"))) << exported.out.toStdString();
    EXPECT_EQ(readJson(out).value(QStringLiteral("elements")).toArray().size(), 3);

    const QString target = emptyProject("target.respan");
    const CliRun imported =
        cli({QStringLiteral("passport"), QStringLiteral("import"), target, out});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QLatin1String("imported 3 elements")))
        << imported.out.toStdString();

    ProjectDocument a;
    ProjectStore::load(sample(), a);
    ProjectDocument b;
    ProjectStore::load(target, b);
    ASSERT_EQ(b.elementCount(), 3);
    for (int i = 0; i < 3; ++i) {
        Element x = a.element(i);
        Element y = b.element(i);
        ASSERT_EQ(x.documents.size(), y.documents.size());
        for (std::size_t k = 0; k < x.documents.size(); ++k) {
            // The stored bytes hash to the recorded SHA-256 in both projects.
            const QByteArray bytes = ProjectStore::readAttachment(target, y.documents[k].uid);
            EXPECT_EQ(QString::fromLatin1(
                          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                      x.documents[k].sha256);
            EXPECT_EQ(bytes, ProjectStore::readAttachment(sample(), x.documents[k].uid));
            x.documents[k].uid = y.documents[k].uid;
        }
        x.uid = y.uid;
        // The storage site and a manual stay are project-local (docs/materials-passport.md).
        x.storageSite.clear();
        x.manualStay.reset();
        EXPECT_EQ(x, y) << x.id.toStdString();  // every field, history and document metadata
    }
    EXPECT_EQ(cli({QStringLiteral("check"), target}).status, 0);

    // The same passport again: everything is already there, nothing to do, still success.
    const CliRun again = cli({QStringLiteral("passport"), QStringLiteral("import"), target, out});
    EXPECT_EQ(again.status, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.count(QLatin1String("already in the project")), 3)
        << again.out.toStdString();
}

TEST_F(PassportCliTest, ExportSelectedElements) {
    const QString out = path("two.json");
    const CliRun r =
        cli({QStringLiteral("passport"), QStringLiteral("export"), sample(),
             QStringLiteral("--element"), QStringLiteral("G-3 ë"), QStringLiteral("--element"),
             QStringLiteral("G-1"), QStringLiteral("-o"), out, QStringLiteral("--no-content")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray elements = readJson(out).value(QStringLiteral("elements")).toArray();
    ASSERT_EQ(elements.size(), 2);
    EXPECT_EQ(elements.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("G-1"));
    EXPECT_EQ(elements.at(1).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("G-3 ë"));
    EXPECT_FALSE(test::readFile(out).contains("content_base64"));

    // An unknown id writes nothing and exits 2.
    const QString none = path("none.json");
    const CliRun bad =
        cli({QStringLiteral("passport"), QStringLiteral("export"), sample(),
             QStringLiteral("--element"), QStringLiteral("G-9"), QStringLiteral("-o"), none});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(QLatin1String("G-9"))) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(none));
}

TEST_F(PassportCliTest, UsageErrorsExitWith1) {
    for (const QStringList& args :
         {QStringList{QStringLiteral("passport")},
          QStringList{QStringLiteral("passport"), QStringLiteral("print"), sample()},
          QStringList{QStringLiteral("passport"), QStringLiteral("export"), sample()},
          QStringList{QStringLiteral("passport"), QStringLiteral("export"), sample(),
                      QStringLiteral("-o")},
          QStringList{QStringLiteral("passport"), QStringLiteral("export"), sample(),
                      QStringLiteral("--colour"), QStringLiteral("-o"), path("x.json")},
          QStringList{QStringLiteral("passport"), QStringLiteral("import"), sample()},
          QStringList{QStringLiteral("passport"), QStringLiteral("import"), sample(),
                      path("a.json"), path("b.json")}}) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.status, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String("usage: respan-cli passport")))
            << r.err.toStdString();
    }
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QLatin1String("respan-cli passport import FILE IN.json")));
}

TEST_F(PassportCliTest, RefusedImportsExitWith2AndLeaveTheProjectUntouched) {
    const QString good = path("good.json");
    ASSERT_EQ(cli({QStringLiteral("passport"), QStringLiteral("export"), sample(),
                   QStringLiteral("-o"), good})
                  .status,
              0);
    QJsonObject o = readJson(good);

    // Conflict: the target has G-2 with another length.
    ProjectDocument doc;
    test::fillSampleProject(doc);
    Element g2 = *doc.elementById(QStringLiteral("G-2"));
    g2.length = Metres(21.5);
    doc.updateElement(doc.elementRowById(QStringLiteral("G-2")), g2);
    const QString target = path("conflict.respan");
    ProjectStore::writeFull(target, doc, QString());

    auto writeVariant = [&](const char* name, const QJsonObject& variant) {
        const QString file = path(name);
        EXPECT_TRUE(test::writeFile(file, QJsonDocument(variant).toJson()));
        return file;
    };
    QJsonObject v7 = o;
    v7.insert(QStringLiteral("schema_version"), 7);
    QJsonObject wrongType = o;
    QJsonArray elements = wrongType.value(QStringLiteral("elements")).toArray();
    QJsonObject e0 = elements.at(0).toObject();
    e0.insert(QStringLiteral("mass_t"), QStringLiteral("heavy"));
    elements.replace(0, e0);
    wrongType.insert(QStringLiteral("elements"), elements);
    QJsonObject missing = o;
    missing.remove(QStringLiteral("elements"));
    const QString garbage = path("garbage.json");
    ASSERT_TRUE(test::writeFile(garbage, "{\"schema\": \"respan-passport\", "));

    const QByteArray before = test::fileSha256(target);
    struct Case {
        QString file;
        const char* expected;
    };
    for (const Case& c :
         {Case{good, "conflict: element G-2 (elements[1])"},
          Case{writeVariant("v7.json", v7), "schema version 7 is needed"},
          Case{writeVariant("type.json", wrongType), "elements[0].mass_t"},
          Case{writeVariant("missing.json", missing), "elements: this key is required"},
          Case{garbage, "not valid JSON"}, Case{path("absent.json"), "cannot read"}}) {
        const CliRun r =
            cli({QStringLiteral("passport"), QStringLiteral("import"), target, c.file});
        EXPECT_EQ(r.status, 2) << c.file.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.expected))) << c.expected << "\n"
                                                               << r.err.toStdString();
        EXPECT_EQ(test::fileSha256(target), before) << c.file.toStdString();
    }
    const CliRun conflict =
        cli({QStringLiteral("passport"), QStringLiteral("import"), target, good});
    EXPECT_TRUE(conflict.err.contains(
        QLatin1String("geometry.length_m: 21.5 in the project, 22.02 in the passport")))
        << conflict.err.toStdString();
    EXPECT_TRUE(conflict.err.contains(QLatin1String("nothing was imported")));
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".lock")));
}

TEST_F(PassportCliTest, ImportIntoALockedProjectIsRefused) {
    const QString good = path("good.json");
    ASSERT_EQ(cli({QStringLiteral("passport"), QStringLiteral("export"), sample(),
                   QStringLiteral("-o"), good})
                  .status,
              0);
    const QString target = emptyProject("locked.respan");
    test::ChildProcess holder(QStringLiteral("hold"), target);
    ASSERT_TRUE(holder.startAndWaitReady());
    const QByteArray before = test::fileSha256(target);
    const CliRun r = cli({QStringLiteral("passport"), QStringLiteral("import"), target, good});
    EXPECT_EQ(r.status, 2) << r.err.toStdString();
    EXPECT_EQ(test::fileSha256(target), before);
    // Exporting only reads, so it works while someone else has the project open.
    EXPECT_EQ(cli({QStringLiteral("passport"), QStringLiteral("export"), target,
                   QStringLiteral("-o"), path("locked.json")})
                  .status,
              0);
}
