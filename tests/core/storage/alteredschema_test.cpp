// Files whose schema was altered outside ReSpan (issue 9): the names of the tables are all
// there, but a foreign key gained ON DELETE CASCADE, a CHECK was dropped or an index redefined.
// Open, the GUI's session and `respan-cli check` refuse them (exit 2) and change no byte.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/clirunner.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

/// Runs SQL on `file` with Debian's sqlite3 shell (not through ReSpan's hardened connection,
/// which would refuse to touch the schema): the way someone alters a file outside ReSpan.
void alter(const QString& file, const QString& sql) {
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {file, sql});
    ASSERT_TRUE(p.waitForFinished(10000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
}

struct Alteration {
    const char* what;
    const char* sql;
};

const Alteration kAlterations[] = {
    {"ON DELETE CASCADE added to a foreign key",
     "PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = replace(sql, "
     "'REFERENCES element(uid)', 'REFERENCES element(uid) ON DELETE CASCADE') "
     "WHERE name = 'assignment';"},
    {"a CHECK removed",
     "PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = replace(sql, "
     "' CHECK (length_m > 0)', '') WHERE name = 'element';"},
    {"an index redefined",
     "DROP INDEX element_document_by_element; "
     "CREATE INDEX element_document_by_element ON element_document(seq);"},
    {"an index dropped", "DROP INDEX element_document_by_element;"},
    {"a column added", "ALTER TABLE slot ADD COLUMN remark TEXT;"},
};

class AlteredSchemaTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("altered.respan"));
        ProjectDocument doc;
        test::fillSampleProject(doc);
        ProjectStore::writeFull(file, doc, QString());
    }

    void expectRefusedEverywhere(const char* what) {
        const QByteArray before = test::fileSha256(file);
        ProjectDocument doc;
        try {
            ProjectStore::load(file, doc);
            ADD_FAILURE() << what << ": load accepted the file";
        } catch (const ProjectFileError& e) {
            EXPECT_TRUE(e.isRefusal()) << what << ": " << e.message().toStdString();
        }
        ProjectSession session(doc);
        EXPECT_THROW(session.open(file, ProjectSession::LockPolicy::ReadOnlyIfLocked),
                     ProjectFileError)
            << what;
        const test::CliRun check = test::runCli({QStringLiteral("check"), file});
        EXPECT_EQ(check.status, 2) << what << "\n"
                                   << check.out.toStdString() << check.err.toStdString();
        EXPECT_TRUE(check.err.contains(QLatin1String("altered outside ReSpan")) ||
                    check.err.contains(QLatin1String("damaged")))
            << what << ": " << check.err.toStdString();
        const test::CliRun edit =
            test::runCli({QStringLiteral("set"), file, QStringLiteral("author=x")});
        EXPECT_EQ(edit.status, 2) << what;
        EXPECT_EQ(test::fileSha256(file), before) << what;
    }

    QTemporaryDir dir;
    QString file;
};

}  // namespace

TEST_F(AlteredSchemaTest, TheUnalteredFileIsAccepted) {
    const test::CliRun check = test::runCli({QStringLiteral("check"), file});
    EXPECT_EQ(check.status, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QLatin1String("content: ok"))) << check.out.toStdString();
}

TEST_F(AlteredSchemaTest, EveryAlterationIsRefusedUnchanged) {
    const QString pristine = dir.filePath(QStringLiteral("pristine.respan"));
    ASSERT_TRUE(QFile::copy(file, pristine));
    for (const Alteration& a : kAlterations) {
        QFile::remove(file);
        ASSERT_TRUE(QFile::copy(pristine, file));
        alter(file, QString::fromLatin1(a.sql));
        expectRefusedEverywhere(a.what);
    }
}

TEST_F(AlteredSchemaTest, AProjectIdWithoutTablesIsDamagedNotAFailure) {
    QFile::remove(file);
    alter(file, QStringLiteral("PRAGMA application_id = 1381191758; PRAGMA user_version = 1; "
                               "CREATE TABLE x(a); DROP TABLE x;"));
    const test::CliRun check = test::runCli({QStringLiteral("check"), file});
    EXPECT_EQ(check.status, 2) << check.err.toStdString();
    EXPECT_TRUE(check.err.contains(QLatin1String("damaged"))) << check.err.toStdString();
    EXPECT_FALSE(check.err.contains(QLatin1String("no such table"))) << check.err.toStdString();
    const test::CliRun match = test::runCli({QStringLiteral("match"), file});
    EXPECT_EQ(match.status, 2) << match.err.toStdString();
}

// Data changed outside ReSpan behind its constraints: check names what is wrong.
TEST_F(AlteredSchemaTest, CheckReportsBrokenConstraintsAndDocumentsAsDamaged) {
    const QString pristine = dir.filePath(QStringLiteral("pristine.respan"));
    ASSERT_TRUE(QFile::copy(file, pristine));

    alter(file, QStringLiteral("UPDATE document_content SET content = x'00112233';"));
    test::CliRun check = test::runCli({QStringLiteral("check"), file});
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(check.out.contains(QLatin1String("content: damaged"))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QLatin1String("G-1: "))) << check.out.toStdString();

    QFile::remove(file);
    ASSERT_TRUE(QFile::copy(pristine, file));
    alter(file, QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                               "UPDATE element SET length_m = -3 WHERE id = 'G-1';"));
    check = test::runCli({QStringLiteral("check"), file});
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(check.out.contains(QLatin1String("integrity check: FAILED")))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QLatin1String("CHECK constraint failed in element")))
        << check.out.toStdString();
}
