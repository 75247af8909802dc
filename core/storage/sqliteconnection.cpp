#include "core/storage/sqliteconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include "core/storage/projectfileerror.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectFile)
};

QAtomicInteger<quint64> connectionCounter;

ProjectFileError::Kind kindFrom(int kind, ProjectFileError::Kind fallback) {
    return kind < 0 ? fallback : static_cast<ProjectFileError::Kind>(kind);
}

}  // namespace

QString sqliteErrorText(int code, const QString& sqliteMessage) {
    if (code == SQLITE_READONLY_ROLLBACK) {
        return Tr::tr(
            "it has an unfinished save (its -journal file) that a read-only command "
            "does not roll back; open it in ReSpan to finish the recovery");
    }
    switch (code & 0xff) {
        case SQLITE_FULL:
            return Tr::tr("the disk is full");
        case SQLITE_IOERR:
            return Tr::tr("the disk reported an input/output error (%1)").arg(sqliteMessage);
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return Tr::tr("the file or its folder cannot be written");
        case SQLITE_CANTOPEN:
            return Tr::tr("the file cannot be opened");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Tr::tr("another program is using the file");
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return Tr::tr("the file is damaged (%1)").arg(sqliteMessage);
        default:
            return sqliteMessage;
    }
}

void throwQueryError(const QSqlQuery& query, const QString& path, int kind) {
    const QSqlError err = query.lastError();
    const QString code = err.nativeErrorCode();
    const int native = code.toInt();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file, not the disk, is at fault.
    ProjectFileError::Kind fallback = ProjectFileError::Kind::Io;
    if ((native & 0xff) == SQLITE_CORRUPT) fallback = ProjectFileError::Kind::Corrupt;
    if ((native & 0xff) == SQLITE_NOTADB) fallback = ProjectFileError::Kind::NotSqlite;
    const QString detail = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    throw ProjectFileError(
        kindFrom(kind, fallback), path,
        Tr::tr("%1: %2 (SQLite error %3)").arg(path, sqliteErrorText(native, detail), code));
}

QString journalPathFor(const QString& path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return (canonical.isEmpty() ? path : canonical) + QStringLiteral("-journal");
}

namespace {

/// Whether some process holds SQLite's RESERVED lock on `path` (a live writer); true when that
/// cannot be asked, so that nothing is taken for an abandoned journal then.
bool reservedHeld(const QString& path) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return true;
    // SQLite's RESERVED lock: one byte after its PENDING byte at 1 GiB (os_unix.c).
    struct flock fl = {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0x40000000 + 1;
    fl.l_len = 1;
    const bool asked = ::fcntl(fd, F_OFD_GETLK, &fl) == 0;
    ::close(fd);
    return !asked || fl.l_type != F_UNLCK;
}

}  // namespace

bool hasHotJournal(const QString& path) {
    // SQLite's own test (pager.c, hasHotJournal): the journal exists, its first byte is not
    // zero (a zeroed header is a finished transaction), and no process holds RESERVED. Asked
    // before and after reading the header, so that a writer that starts or ends in between is
    // not taken for an interrupted one.
    if (reservedHeld(path)) return false;
    QFile journal(journalPathFor(path));
    if (!journal.open(QIODevice::ReadOnly)) return false;
    const QByteArray first = journal.read(1);
    if (first.isEmpty() || first.at(0) == '\0') return false;
    return !reservedHeld(path);
}

bool needsRollbackToRead(const QString& path) {
    SqliteConnection probe(path, SqliteConnection::Mode::ReadOnly);
    QSqlQuery q = probe.query();
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) return false;
    return sqlite3_extended_errcode(probe.handle()) == SQLITE_READONLY_ROLLBACK;
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : path_(path), name_(QStringLiteral("respan-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db.setDatabaseName(path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    // Read-only connections never write, not even to roll back a journal left by an interrupted
    // save: SQLite then answers SQLITE_READONLY_ROLLBACK, which ReadView turns into a read of a
    // private copy (or a refusal), see docs/project-file.md "Read-only commands".
    if (mode == Mode::ReadOnly) options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
        throw ProjectFileError(ProjectFileError::Kind::Io, path,
                               Tr::tr("%1: cannot open (%2)").arg(path, message));
    }
    const QVariant h = db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0) {
        handle_ = *static_cast<sqlite3* const*>(h.constData());
    }
    if (handle_ == nullptr) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
        throw ProjectFileError(ProjectFileError::Kind::Io, path,
                               Tr::tr("the Qt SQLite driver does not expose its handle"));
    }
    // Extended result codes, so that SQLITE_READONLY_ROLLBACK is told apart from a read-only file.
    sqlite3_extended_result_codes(handle_, 1);
    // Hardening against hostile files, before anything reads the schema.
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_limit(handle_, SQLITE_LIMIT_LENGTH, 1 << 30);
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA mmap_size=0", "PRAGMA trusted_schema=OFF",
                               "PRAGMA cell_size_check=ON", "PRAGMA foreign_keys=ON"}) {
        q.exec(QString::fromLatin1(pragma));
    }
    if (mode != Mode::ReadOnly) {
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
}

SqliteConnection::~SqliteConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(name_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

QSqlQuery SqliteConnection::query() const {
    QSqlQuery q(QSqlDatabase::database(name_, false));
    q.setForwardOnly(true);
    return q;
}

void SqliteConnection::exec(const QString& sql, int kindOnError) {
    QSqlQuery q = query();
    if (!q.exec(sql)) throwQueryError(q, path_, kindOnError);
}

QVariant SqliteConnection::scalar(const QString& sql) {
    QSqlQuery q = query();
    if (!q.exec(sql)) throwQueryError(q, path_, -1);
    if (!q.next()) return QVariant();
    return q.value(0);
}

void SqliteConnection::inTransaction(const QString& begin, const std::function<void()>& body) {
    exec(begin);
    try {
        body();
        exec(QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery q = query();
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SqliteConnection::readTransaction(const std::function<void()>& body) {
    inTransaction(QStringLiteral("BEGIN DEFERRED"), body);
}

void SqliteConnection::transaction(const std::function<void()>& body) {
    inTransaction(QStringLiteral("BEGIN IMMEDIATE"), [&] {
        exec(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        body();
    });
}

}  // namespace respan
