// Fault injection (reliability.md, issue 3): disk full and I/O errors during every write and
// sync of a save. The user gets a clear error, the last saved state stays intact, and the
// unsaved edits are still in the open document, ready to be saved once the disk has room.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/cli/cli.h"
#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/faultyvfs.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

using Op = test::FaultyVfs::Operation;

struct Fault {
    Op op;
    int code;
    const char* words;  // what the error message must say
};

const Fault kFaults[] = {
    {Op::Write, SQLITE_FULL, "disk is full"},
    {Op::Write, SQLITE_IOERR_WRITE, "input/output error"},
    {Op::Sync, SQLITE_IOERR_FSYNC, "input/output error"},
};

/// Edits that touch every table, so that a save writes many pages.
void editEverything(ProjectDocument& doc) {
    for (int row = 0; row < doc.elementCount(); row += 7) {
        Element e = doc.element(row);
        e.notes = QStringLiteral("inspected again ") + QString(200, QLatin1Char('x'));
        doc.updateElement(row, e);
    }
    Element extra = doc.element(0);
    extra.uid = kNoUid;
    extra.id = QStringLiteral("NEW-1");
    extra.documents.clear();
    doc.insertElement(extra);
    doc.takeElement(3);
    const Span& p = doc.structure(0).spans[0];
    doc.updateSpanHeader(0, 0, p.name, Metres(21.0), p.installDate);
    doc.setAssignment({doc.element(5).uid, doc.structure(1).spans[0].slots[0].uid, true});
    ProjectSettings s = doc.settings();
    s.fNew = 190.0;
    doc.setSettings(s);
}

class FaultInjection : public ::testing::Test {
protected:
    void SetUp() override {
        vfs = &test::FaultyVfs::install();
        file = dir.filePath(QStringLiteral("project.respan"));
        ProjectDocument doc;
        test::fillLargeProject(doc, 300, 250, 3);
        ProjectStore::writeFull(file, doc, QString());
        savedHash = test::fileSha256(file);
        baseline = dir.filePath(QStringLiteral("baseline.respan"));
        QFile::copy(file, baseline);
    }
    void TearDown() override { vfs->disarm(); }

    test::FaultyVfs* vfs = nullptr;
    QTemporaryDir dir;
    QString file;
    QByteArray savedHash;
    QString baseline;  // a copy of the saved file, to start every fault position from
};

}  // namespace

TEST_F(FaultInjection, FailedSaveKeepsTheFileAndTheEdits) {
    int faultsAtDistinctPoints = 0;
    for (const Fault& fault : kFaults) {
        for (int nth = 1;; ++nth) {
            ASSERT_LT(nth, 500) << "the save never got past the injected fault";
            QFile::remove(file);
            QFile::copy(baseline, file);
            ProjectDocument doc;
            ProjectSession session(doc);
            session.open(file, ProjectSession::LockPolicy::FailIfLocked);
            ProjectDocument saved;
            ProjectStore::load(file, saved);
            editEverything(doc);
            ProjectDocument edited;
            ProjectStore::load(file, edited);
            editEverything(edited);

            vfs->arm(fault.op, nth, fault.code, dir.path());
            bool failed = false;
            try {
                session.save();
            } catch (const ProjectFileError& e) {
                failed = true;
                EXPECT_EQ(e.kind(), ProjectFileError::Kind::Io);
                EXPECT_TRUE(e.message().contains(QString::fromLatin1(fault.words)))
                    << e.message().toStdString();
                EXPECT_TRUE(e.message().contains(file)) << e.message().toStdString();
            }
            vfs->disarm();
            if (!failed) {
                // The fault lies beyond the last operation of the save: every point was tried.
                EXPECT_GT(nth, 2);
                break;
            }
            ++faultsAtDistinctPoints;
            // The open document still holds every edit, and is still modified.
            EXPECT_TRUE(doc.isModified());
            EXPECT_EQ(test::compareDocuments(edited, doc), QString());
            // The file holds the last saved state and passes its checks.
            const CheckReport report = ProjectStore::check(file);
            EXPECT_TRUE(report.ok()) << "fault at operation " << nth;
            ProjectDocument reread;
            ProjectStore::load(file, reread);
            EXPECT_EQ(test::compareDocuments(saved, reread), QString())
                << "fault " << fault.code << " at operation " << nth << " of " << int(fault.op);
            // Once the disk is fine again, saving the same document succeeds.
            session.save();
            ProjectDocument after;
            ProjectStore::load(file, after);
            EXPECT_EQ(test::compareDocuments(edited, after), QString());
            session.close();
        }
    }
    std::printf(
        "[fault injection] incremental save: %d faults injected at distinct points, all "
        "recovered\n",
        faultsAtDistinctPoints);
    EXPECT_GT(faultsAtDistinctPoints, 10);
}

TEST_F(FaultInjection, FailedSaveAsLeavesNothingBehind) {
    int points = 0;
    for (const Fault& fault : kFaults) {
        for (int nth = 1;; ++nth) {
            ASSERT_LT(nth, 2000);
            ProjectDocument doc;
            ProjectSession session(doc);
            session.open(file, ProjectSession::LockPolicy::FailIfLocked);
            editEverything(doc);
            const QString target = dir.filePath(QStringLiteral("copy.respan"));
            QFile::remove(target);
            vfs->arm(fault.op, nth, fault.code, dir.path());
            bool failed = false;
            try {
                session.saveAs(target);
            } catch (const ProjectFileError& e) {
                failed = true;
                EXPECT_TRUE(e.message().contains(QString::fromLatin1(fault.words)))
                    << e.message().toStdString();
            }
            vfs->disarm();
            if (!failed) break;
            ++points;
            EXPECT_FALSE(QFile::exists(target));
            EXPECT_TRUE(doc.isModified());
            EXPECT_EQ(session.path(), QFileInfo(file).absoluteFilePath());  // still the old file
            EXPECT_EQ(test::fileSha256(file), savedHash);
            // No temporary file is left beside the target.
            const QStringList left =
                QDir(dir.path())
                    .entryList({QStringLiteral(".copy.respan.tmp-*")}, QDir::Files | QDir::Hidden);
            EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
            session.close();
        }
    }
    std::printf("[fault injection] save as: %d faults injected at distinct points, all recovered\n",
                points);
    EXPECT_GT(points, 10);
}

TEST_F(FaultInjection, FailedAutosaveNeverTouchesTheProject) {
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(file, ProjectSession::LockPolicy::FailIfLocked);
    editEverything(doc);
    vfs->arm(Op::Write, 3, SQLITE_FULL, dir.path());
    EXPECT_THROW(session.writeAutosave(), ProjectFileError);
    vfs->disarm();
    EXPECT_EQ(test::fileSha256(file), savedHash);
    EXPECT_TRUE(doc.isModified());
    const QStringList left =
        QDir(dir.path()).entryList({QStringLiteral("*.tmp*")}, QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
    session.writeAutosave();  // works again once there is room
    EXPECT_TRUE(QFile::exists(ProjectSession::autosavePathFor(file)));
    ProjectDocument recovered;
    ProjectStore::load(ProjectSession::autosavePathFor(file), recovered);
    EXPECT_EQ(test::compareDocuments(doc, recovered), QString());
}

// respan-cli on a full disk: the import is not announced, the error says what happened, and the
// file keeps its last saved state (issue 9: "imported N elements" was printed before the save).
TEST_F(FaultInjection, ACommandLineImportOnAFullDiskAnnouncesNothing) {
    const QString csv = dir.filePath(QStringLiteral("one.csv"));
    ASSERT_TRUE(test::writeFile(csv, test::oneElementCsv(QStringLiteral("FULL-1"))));
    vfs->arm(test::FaultyVfs::Operation::Write, 1, SQLITE_FULL, dir.path());
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int status = cli::run({QStringLiteral("respan-cli"), QStringLiteral("import"), file,
                                 QStringLiteral("--elements"), csv},
                                out, err);
    vfs->disarm();
    out.flush();
    err.flush();
    EXPECT_EQ(status, 3) << errText.toStdString();
    EXPECT_FALSE(outText.contains(QLatin1String("imported"))) << outText.toStdString();
    EXPECT_TRUE(errText.contains(QLatin1String("disk is full"))) << errText.toStdString();
    EXPECT_EQ(test::fileSha256(file), savedHash);
    // The same command once the disk has room again.
    EXPECT_EQ(cli::run({QStringLiteral("respan-cli"), QStringLiteral("import"), file,
                        QStringLiteral("--elements"), csv},
                       out, err),
              0);
    out.flush();
    EXPECT_TRUE(outText.contains(QLatin1String("imported 1 element"))) << outText.toStdString();
}
