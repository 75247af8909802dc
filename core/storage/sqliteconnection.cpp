#include "storage/sqliteconnection.h"

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

#include "storage/projectfileerror.h"

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

bool hasHotJournal(const QString& path) {
    // SQLite's own test (pager.c, hasHotJournal): the journal exists, its first byte is not
    // zero (a zeroed header is a finished transaction), and no process holds RESERVED.
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly)) return false;
    const QByteArray first = journal.read(1);
    if (first.isEmpty() || first.at(0) == '\0') return false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return true;  // cannot ask: assume the worst, nothing is rolled back then
    // SQLite's RESERVED lock: one byte after its PENDING byte at 1 GiB (os_unix.c).
    struct flock fl = {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0x40000000 + 1;
    fl.l_len = 1;
    const bool asked = ::fcntl(fd, F_OFD_GETLK, &fl) == 0;
    ::close(fd);
    return !asked || fl.l_type == F_UNLCK;
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : path_(path), name_(QStringLiteral("respan-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
    // A journal left by an interrupted save must be rolled back before anyone can read the file,
    // and that is a write: a read-only connection refuses the file instead (the journal may not
    // even belong to it, when the file was restored from a backup). Only a session that holds
    // the project's lock decides to roll it back (ProjectSession::open).
    if (mode == Mode::ReadOnly && hasHotJournal(path)) {
        throw ProjectFileError(
            ProjectFileError::Kind::Locked, path,
            Tr::tr("%1 has an unfinished save (%1-journal): reading it would change it. "
                   "Open it in ReSpan to finish the recovery, or, if the file was restored "
                   "from a backup, move %1-journal away first.")
                .arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    db.setDatabaseName(path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
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

void SqliteConnection::transaction(const std::function<void()>& body) {
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        exec(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        body();
        exec(QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery q = query();
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

}  // namespace respan
