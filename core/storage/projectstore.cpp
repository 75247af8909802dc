#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include "core/model/contenthash.h"
#include "core/model/validation.h"
#include "core/storage/filemode.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectlock.h"
#include "core/storage/rowcodec.h"
#include "core/storage/schema.h"
#include "core/storage/sqliteconnection.h"

namespace respan {

namespace {

using Kind = ProjectFileError::Kind;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectFile)
};

constexpr int kKindIo = static_cast<int>(Kind::Io);

void prepare(QSqlQuery& q, const QString& sql, const QString& path) {
    if (!q.prepare(sql)) throwQueryError(q, path, kKindIo);
}

void run(QSqlQuery& q, const QString& path) {
    if (!q.exec()) throwQueryError(q, path, kKindIo);
}

void syncPath(const QString& path, bool directory) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | (directory ? O_DIRECTORY : 0) | O_CLOEXEC);
    if (fd < 0) {
        if (directory) return;  // some file systems do not allow opening a folder; best effort
        throw ProjectFileError(Kind::Io, path,
                               Tr::tr("%1: cannot reopen to flush it to disk").arg(path));
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0 && !directory) {
        throw ProjectFileError(Kind::Io, path, Tr::tr("%1: flushing to disk failed").arg(path));
    }
}

QString temporarySibling(const QString& path) {
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() +
           QStringLiteral(".tmp-%1").arg(QRandomGenerator::global()->generate64(), 16, 16,
                                         QLatin1Char('0'));
}

/// Renames the finished temporary file to `path`; with `noReplace`, an existing `path` is
/// refused in the same step.
void moveIntoPlace(const QString& tmp, const QString& path, bool noReplace) {
    const QByteArray from = QFile::encodeName(tmp);
    const QByteArray to = QFile::encodeName(path);
    const int rc = noReplace ? ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(),
                                           RENAME_NOREPLACE)
                             : ::rename(from.constData(), to.constData());
    if (rc == 0) return;
    const int error = errno;
    if (error == EEXIST) {
        throw ProjectFileError(Kind::Io, path,
                               Tr::tr("%1: a file of that name exists already").arg(path));
    }
    throw ProjectFileError(Kind::Io, path,
                           Tr::tr("%1: cannot replace the file (%2)")
                               .arg(path, QString::fromLocal8Bit(::strerror(error))));
}

/// Refuses files whose schema is not exactly the one the migration chain creates at `version`
/// (docs/project-file.md, "Identity and schema"): planted triggers, views or tables, a column,
/// CHECK, foreign key action or index that was changed, or a table that is missing.
void checkSchemaObjects(SqliteConnection& db, int version) {
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        throwQueryError(q, db.path(), -1);
    const std::vector<schema::SchemaObject>& expected = schema::expectedObjects(version);
    QSet<QString> seen;
    while (q.next()) {
        const schema::SchemaObject found{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString()};
        const auto match = std::find_if(expected.begin(), expected.end(), [&](const auto& o) {
            return o.name == found.name && o.type == found.type;
        });
        if (match == expected.end()) {
            throw ProjectFileError(
                Kind::Foreign, db.path(),
                Tr::tr("%1: holds a %2 named \"%3\" that ReSpan did not create; the "
                       "file was altered outside ReSpan and is refused")
                    .arg(db.path(), found.type, found.name));
        }
        if (!(*match == found)) {
            throw ProjectFileError(
                Kind::Foreign, db.path(),
                Tr::tr("%1: the definition of %2 \"%3\" is not the one ReSpan writes (file "
                       "format %4); the file was altered outside ReSpan and is refused")
                    .arg(db.path(), found.type, found.name)
                    .arg(version));
        }
        seen.insert(found.name);
    }
    for (const schema::SchemaObject& o : expected) {
        if (seen.contains(o.name)) continue;
        throw ProjectFileError(Kind::Corrupt, db.path(),
                               Tr::tr("%1: the file is damaged: the %2 \"%3\" is missing")
                                   .arg(db.path(), o.type, o.name));
    }
}

/// Every attached document whose content is missing or differs from its recorded size and
/// SHA-256 (what `respan-cli check` reports under "attached documents").
QStringList documentProblems(SqliteConnection& db) {
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT e.id, d.name, d.size, d.sha256, c.content IS NULL,"
                               " c.content FROM element_document d"
                               " JOIN element e ON e.uid = d.element_uid"
                               " LEFT JOIN document_content c ON c.uid = d.uid"
                               " ORDER BY e.id, d.seq")))
        throwQueryError(q, db.path(), static_cast<int>(Kind::Corrupt));
    QStringList problems;
    while (q.next()) {
        const QString where = q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
        if (q.value(4).toBool()) {
            problems << Tr::tr("%1: the content is missing").arg(where);
            continue;
        }
        const QByteArray content = q.value(5).toByteArray();
        if (content.size() != q.value(2).toLongLong()) {
            problems << Tr::tr("%1: %2 bytes stored, %3 recorded")
                            .arg(where)
                            .arg(content.size())
                            .arg(q.value(2).toLongLong());
        } else if (sha256Hex(content) != q.value(3).toString()) {
            problems << Tr::tr(
                            "%1: the SHA-256 of the stored content differs from the recorded "
                            "one")
                            .arg(where);
        }
    }
    return problems;
}

void quickCheck(SqliteConnection& db) {
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("PRAGMA quick_check(20)")))
        throwQueryError(q, db.path(), static_cast<int>(Kind::Corrupt));
    QStringList problems;
    while (q.next()) problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        throw ProjectFileError(Kind::Corrupt, db.path(),
                               Tr::tr("%1: the file is damaged (%2)")
                                   .arg(db.path(), problems.join(QStringLiteral("; "))));
    }
}

ProjectDocument::Content readContent(SqliteConnection& db) {
    ProjectDocument::Content c;
    RowReader reader(db);
    c.settings = reader.readSettings();
    c.donors = reader.readDonors();
    c.elements = reader.readElements();
    c.structures = reader.readStructures();
    c.assignments = reader.readAssignments();
    c.protocol = reader.readProtocol();
    c.sites = reader.readSites();
    c.factors = reader.readFactors();
    return c;
}

/// Refuses a file in which an attached document has no content (the write is then undone):
/// a document's bytes exist only in memory until saved and in the file after.
void requireEveryContent(SqliteConnection& db) {
    const QString missing =
        db.scalar(QStringLiteral("SELECT d.name FROM element_document d LEFT JOIN "
                                 "document_content c ON c.uid = d.uid WHERE c.uid IS NULL"
                                 " LIMIT 1"))
            .toString();
    if (!missing.isEmpty()) {
        throw ProjectFileError(Kind::Io, db.path(),
                               Tr::tr("%1: the content of attached document %2 is not available")
                                   .arg(db.path(), missing));
    }
}

void writeAll(SqliteConnection& db, const ProjectDocument& doc, bool contentAttached) {
    RowWriter w(db);
    w.writeSettings(doc.settings());
    w.writeDonors(doc.donors());
    for (const Element& e : doc.elements()) w.insertElement(e, contentAttached);
    w.writeStructures(doc.structures());
    w.writeAssignments(doc.assignments());
    w.writeProtocol(doc.protocol());
    w.writeSites(doc.sites());
    w.writeFactors(doc.factors());
}

/// Replaces every row of the project at `db` by the document's, in the transaction the caller
/// opened. Attachment contents stay where they are unless the document holds new ones.
void rewriteAll(SqliteConnection& db, const ProjectDocument& doc) {
    // Children before parents (foreign keys); every table that writeAll fills is here.
    for (const char* table :
         {"assignment", "slot", "span", "structure", "certification_evidence", "certification_step",
          "element_history", "element_document", "element", "donor_structure", "setting",
          "storage_site", "impact_factor"}) {
        db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    writeAll(db, doc, false);
    db.exec(QStringLiteral(
        "DELETE FROM document_content WHERE uid NOT IN (SELECT uid FROM element_document)"));
    requireEveryContent(db);
}

/// The file a read-only operation reads (docs/project-file.md, "Read-only commands"): the
/// project itself, or, when an interrupted save left a hot journal that a ReSpan session vouches
/// for (it holds the project's lock, or its lock file says it ended abnormally), a private copy
/// of the project and its journal in which SQLite has rolled the journal back. The reader sees
/// the last saved state and the project is not written. A journal nobody vouches for may belong
/// to another state of the file (a restored backup): it is refused, never applied.
class ReadView {
public:
    explicit ReadView(const QString& path) : path_(path) {
        if (!needsRollbackToRead(path)) return;
        if (!ProjectLock::isHeld(path) && !QFileInfo::exists(ProjectLock::lockPathFor(path))) {
            throw ProjectStore::unvouchedJournal(path);
        }
        folder_.emplace(QDir::tempPath() + QStringLiteral("/respan-read-XXXXXX"));
        if (!folder_->isValid()) {
            throw ProjectFileError(Kind::Io, path,
                                   Tr::tr("%1: no temporary folder to read it in").arg(path));
        }
        const QString copy = folder_->filePath(QStringLiteral("read.respan"));
        if (!QFile::copy(path, copy) ||
            !QFile::copy(journalPathFor(path), copy + QStringLiteral("-journal"))) {
            throw ProjectFileError(
                Kind::Io, path,
                Tr::tr("%1: cannot copy it to read its last saved state").arg(path));
        }
        {
            SqliteConnection db(copy, SqliteConnection::Mode::ReadWrite);  // rolls back the copy
            quickCheck(db);
        }
        path_ = copy;
    }
    [[nodiscard]] const QString& path() const { return path_; }

private:
    QString path_;
    std::optional<QTemporaryDir> folder_;  ///< only when a copy is needed
};

}  // namespace

FileIdentity inspectFile(const QString& path) {
    FileIdentity id;
    QFile f(path);
    const QFileInfo info(path);
    id.exists = info.exists() && info.isFile();
    if (!id.exists || !f.open(QIODevice::ReadOnly)) return id;
    id.size = f.size();
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) return id;
    id.isSqlite = true;
    id.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    id.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    return id;
}

namespace ProjectStore {

int checkIdentity(const QString& path) {
    const FileIdentity id = inspectFile(path);
    if (!id.exists) {
        throw ProjectFileError(Kind::NotFound, path, Tr::tr("%1: no such file").arg(path));
    }
    if (id.size == 0) {
        throw ProjectFileError(
            Kind::NotSqlite, path,
            Tr::tr("%1: the file is empty; it is not a ReSpan project").arg(path));
    }
    if (!id.isSqlite) {
        throw ProjectFileError(
            Kind::NotSqlite, path,
            Tr::tr("%1: not a ReSpan project (not an SQLite database)").arg(path));
    }
    if (id.applicationId != schema::kApplicationId) {
        throw ProjectFileError(
            Kind::Foreign, path,
            Tr::tr("%1: an SQLite database of another application (application id "
                   "0x%2), not a ReSpan project")
                .arg(path)
                .arg(id.applicationId, 8, 16, QLatin1Char('0')));
    }
    if (id.userVersion > schema::currentVersion()) {
        throw ProjectFileError(
            Kind::Newer, path,
            Tr::tr("%1: written by a newer ReSpan (file format %2); this version "
                   "reads up to format %3. Open it with a newer ReSpan.")
                .arg(path)
                .arg(id.userVersion)
                .arg(schema::currentVersion()));
    }
    if (id.userVersion < 1) {
        throw ProjectFileError(Kind::Corrupt, path,
                               Tr::tr("%1: a ReSpan project without a format version").arg(path));
    }
    return id.userVersion;
}

int load(const QString& path, ProjectDocument& doc, bool readOnly) {
    const int version = checkIdentity(path);
    std::optional<ReadView> view;
    if (readOnly) view.emplace(path);
    QString readPath = view ? view->path() : path;
    QString temporary;
    if (version < schema::currentVersion()) {
        if (readOnly) {
            temporary = temporarySibling(QDir::tempPath() + QStringLiteral("/") +
                                         QFileInfo(path).fileName());
            if (!QFile::copy(readPath, temporary)) {
                throw ProjectFileError(Kind::Io, path,
                                       Tr::tr("%1: cannot make a copy to upgrade").arg(path));
            }
            readPath = temporary;
        } else {
            QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            for (int n = 2; QFileInfo::exists(backup); ++n) {
                backup = path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
            }
            if (!QFile::copy(path, backup)) {
                throw ProjectFileError(
                    Kind::Io, path,
                    Tr::tr("%1: cannot write the backup %2 before upgrading").arg(path, backup));
            }
            syncPath(backup, false);
        }
        SqliteConnection db(readPath, SqliteConnection::Mode::ReadWrite);
        quickCheck(db);
        checkSchemaObjects(db, version);
        schema::migrate(db, version);
    }
    try {
        SqliteConnection db(readPath, readOnly && temporary.isEmpty()
                                          ? SqliteConnection::Mode::ReadOnly
                                          : SqliteConnection::Mode::ReadWrite);
        // One read transaction: every table from the same state, also while another process
        // saves (without it, each SELECT could see a different commit).
        ProjectDocument::Content content;
        db.readTransaction([&] {
            quickCheck(db);
            checkSchemaObjects(db, schema::currentVersion());
            content = readContent(db);
        });
        try {
            doc.resetContent(std::move(content));
        } catch (const std::invalid_argument& e) {
            throw ProjectFileError(
                Kind::Corrupt, path,
                Tr::tr("%1: inconsistent data (%2)").arg(path, QString::fromStdString(e.what())));
        }
    } catch (...) {
        if (!temporary.isEmpty()) QFile::remove(temporary);
        throw;
    }
    if (!temporary.isEmpty()) QFile::remove(temporary);
    return version;
}

void writeFull(const QString& path, const ProjectDocument& doc, const QString& contentSource,
               const WriteFullOptions& options) {
    const QString tmp = temporarySibling(path);
    try {
        {
            SqliteConnection db(tmp, SqliteConnection::Mode::Create);
            // A fresh temporary file needs no journal: it only becomes the project after it is
            // complete and flushed.
            db.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            db.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            schema::migrate(db, 0);
            const bool attach = !contentSource.isEmpty() && QFileInfo::exists(contentSource);
            if (attach) {
                QSqlQuery q = db.query();
                prepare(q, QStringLiteral("ATTACH DATABASE ? AS src"), tmp);
                q.addBindValue(contentSource);
                run(q, tmp);
            }
            db.transaction([&] {
                writeAll(db, doc, attach);
                // A new file never goes without a document's content (it would be lost).
                requireEveryContent(db);
            });
            if (attach) db.exec(QStringLiteral("DETACH DATABASE src"));
        }
        syncPath(tmp, false);
        if (!filemode::applyTo(tmp)) {
            throw ProjectFileError(Kind::Io, path,
                                   Tr::tr("%1: cannot set the file's permissions").arg(path));
        }
        if (options.beforeRename) options.beforeRename(tmp);
        moveIntoPlace(tmp, path, options.noReplace);
        syncPath(QFileInfo(path).absolutePath(), true);
    } catch (...) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
        throw;
    }
}

void saveChanges(const QString& path, const ProjectDocument& doc) {
    const ChangeSet& changes = doc.changes();
    if (!QFileInfo::exists(path)) {
        writeFull(path, doc, QString());
        return;
    }
    if (!changes.any()) return;
    const int version = checkIdentity(path);
    if (version != schema::currentVersion()) {
        throw ProjectFileError(Kind::Corrupt, path,
                               Tr::tr("%1: the file changed format while open").arg(path));
    }
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    db.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    // Normal locking, not locking_mode=EXCLUSIVE: under fault injection (a disk whose fsync keeps
    // failing), exclusive mode left a half-rolled-back file after a failed commit, while normal
    // locking leaves a hot journal that the next open rolls back. The project lock file already
    // keeps other ReSpan processes from writing.
    checkSchemaObjects(db, schema::currentVersion());
    if (changes.everything) {
        db.transaction([&] { rewriteAll(db, doc); });
        return;
    }
    db.transaction([&] {
        RowWriter w(db);
        if (!changes.elements.isEmpty()) {
            QList<Uid> uids(changes.elements.begin(), changes.elements.end());
            std::sort(uids.begin(), uids.end());
            // Elements above the file's highest element uid are new: nothing to delete for them
            // (this keeps a save after importing 100,000 elements a plain bulk insert).
            const Uid maxInFile =
                db.scalar(QStringLiteral("SELECT coalesce(max(uid), 0) FROM element")).toLongLong();
            const QList<Uid> existing(uids.begin(),
                                      std::upper_bound(uids.begin(), uids.end(), maxInFile));
            const QSet<Uid> oldDocuments = w.documentUidsOf(existing);
            for (Uid uid : existing) w.deleteElement(uid);
            QSet<Uid> keptDocuments;
            for (Uid uid : uids) {
                if (const Element* e = doc.elementByUid(uid)) {
                    w.insertElement(*e, false);
                    for (const AttachedDocument& d : e->documents) keptDocuments.insert(d.uid);
                }
            }
            for (Uid gone : oldDocuments) {
                if (!keptDocuments.contains(gone)) w.deleteContent(gone);
            }
        }
        if (changes.settings) w.writeSettings(doc.settings());
        if (changes.donors) w.writeDonors(doc.donors());
        if (changes.structures) w.writeStructures(doc.structures());
        if (changes.protocol) w.writeProtocol(doc.protocol());
        if (changes.sites) w.writeSites(doc.sites());
        if (changes.factors) w.writeFactors(doc.factors());
        if (changes.assignments) {
            w.writeAssignments(doc.assignments());
        }
    });
}

ProjectFileError unvouchedJournal(const QString& path) {
    return ProjectFileError(
        Kind::Locked, path,
        Tr::tr("%1 has an unfinished save (%1-journal) that no ReSpan session of this file left "
               "behind; ReSpan has not applied it. If the file was restored from a backup, move "
               "%1-journal away and open it again.")
            .arg(path));
}

bool rollBackFailedSave(const QString& path) {
    if (!hasHotJournal(path)) return true;
    try {
        SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
        db.scalar(QStringLiteral("PRAGMA schema_version"));  // the first read rolls back
    } catch (const ProjectFileError&) {
        return false;
    }
    return !hasHotJournal(path);
}

QByteArray readAttachment(const QString& path, Uid documentUid) {
    checkIdentity(path);
    const ReadView view(path);
    SqliteConnection db(view.path(), SqliteConnection::Mode::ReadOnly);
    QSqlQuery q = db.query();
    prepare(q, QStringLiteral("SELECT content FROM document_content WHERE uid = ?"), path);
    q.addBindValue(documentUid);
    run(q, path);
    if (!q.next()) {
        throw ProjectFileError(Kind::Corrupt, path,
                               Tr::tr("%1: the content of attached document %2 is missing")
                                   .arg(path)
                                   .arg(documentUid));
    }
    return q.value(0).toByteArray();
}

CheckReport check(const QString& path) {
    CheckReport r;
    r.schemaVersion = checkIdentity(path);
    const ReadView view(path);
    // Every check runs on one snapshot of the file, copied with SQLite's backup API under a
    // single read lock: consistent while another process saves, and writable, since SQLite
    // skips CHECK constraints in integrity_check on a read-only connection (and check never
    // opens the project for writing). A temporary file, not memory: attachments can be large.
    const QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/respan-check-XXXXXX"));
    if (!folder.isValid()) {
        throw ProjectFileError(Kind::Io, path,
                               Tr::tr("%1: no temporary folder to read it in").arg(path));
    }
    SqliteConnection db(folder.filePath(QStringLiteral("snapshot.respan")),
                        SqliteConnection::Mode::Create);
    {
        SqliteConnection source(view.path(), SqliteConnection::Mode::ReadOnly);
        sqlite3_backup* backup = sqlite3_backup_init(db.handle(), "main", source.handle(), "main");
        const int rc = backup != nullptr ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            throw ProjectFileError(rc == SQLITE_READONLY_ROLLBACK ? Kind::Locked : Kind::Corrupt,
                                   path,
                                   Tr::tr("%1: the file cannot be read whole (%2)")
                                       .arg(path, sqliteErrorText(rc, QString())));
        }
    }
    {
        QSqlQuery q = db.query();
        if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)")))
            throwQueryError(q, path, static_cast<int>(Kind::Corrupt));
        while (q.next()) r.integrityMessages << q.value(0).toString();
        r.integrityOk = r.integrityMessages == QStringList{QStringLiteral("ok")};
        if (r.integrityOk) r.integrityMessages.clear();
    }
    checkSchemaObjects(db, r.schemaVersion);
    {
        QSqlQuery q = db.query();
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            throwQueryError(q, path, static_cast<int>(Kind::Corrupt));
        while (q.next()) {
            r.foreignKeyViolations
                << QStringLiteral("%1 row %2 -> %3")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        }
    }
    r.documentProblems = documentProblems(db);
    auto count = [&](const char* sql) { return db.scalar(QString::fromLatin1(sql)).toLongLong(); };
    r.elements = count("SELECT count(*) FROM element");
    r.donors = count("SELECT count(*) FROM donor_structure");
    r.structures = count("SELECT count(*) FROM structure");
    r.spans = count("SELECT count(*) FROM span");
    r.slots = count("SELECT count(*) FROM slot");
    r.assignments = count("SELECT count(*) FROM assignment");
    r.pinned = count("SELECT count(*) FROM assignment WHERE pinned = 1");
    r.documents = count("SELECT count(*) FROM element_document");
    r.documentBytes = count("SELECT coalesce(sum(length(content)), 0) FROM document_content");
    r.historyEntries = count("SELECT count(*) FROM element_history");
    return r;
}

void createEmpty(const QString& path, const ProjectSettings& settings) {
    if (QFileInfo::exists(path)) {
        throw ProjectFileError(Kind::Io, path,
                               Tr::tr("%1: a file of that name exists already").arg(path));
    }
    ProjectDocument doc;
    ProjectDocument::Content content;
    content.settings = settings;
    if (!content.settings.planStart) content.settings.planStart = QDate::currentDate();
    doc.resetContent(std::move(content));
    WriteFullOptions options;
    options.noReplace = true;
    writeFull(path, doc, QString(), options);
}

}  // namespace ProjectStore

}  // namespace respan
