#pragma once

#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3;
class QSqlQuery;

namespace respan {

/// One hardened SQLite connection to a project file, opened through Qt Sql (QSQLITE, which on
/// Debian is the system SQLite). Every connection is configured against hostile files before the
/// schema is first read: defensive mode, trusted_schema off, triggers and views disabled, no
/// memory mapping, no extension loading. Project files use a rollback journal (never WAL), so
/// they stay safe on network shares; writes use synchronous=FULL.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    /// Opens `path`. Throws ProjectFileError (Io) when SQLite cannot open it at all. ReadOnly
    /// never writes, not even to roll back a hot journal (reads then fail with
    /// SQLITE_READONLY_ROLLBACK).
    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    [[nodiscard]] const QString& path() const { return path_; }
    [[nodiscard]] QString connectionName() const { return name_; }
    /// A query bound to this connection.
    [[nodiscard]] QSqlQuery query() const;
    /// Runs one statement; throws ProjectFileError with `kind` and the SQLite message on failure.
    void exec(const QString& sql, int kindOnError = -1);
    /// First column of the first row of `sql` (e.g. a PRAGMA); invalid QVariant when no row.
    QVariant scalar(const QString& sql);
    /// The raw handle, for the few things Qt Sql does not expose (db_config).
    [[nodiscard]] sqlite3* handle() const { return handle_; }

    /// Runs `body` in one read transaction (BEGIN DEFERRED): every query sees the same state of
    /// the file, also while another process commits.
    void readTransaction(const std::function<void()>& body);

    /// Runs `body` in one IMMEDIATE transaction with deferred foreign keys; commits when it
    /// returns, rolls back (and rethrows) when it throws.
    void transaction(const std::function<void()>& body);

private:
    /// `begin`, then `body`, then COMMIT; ROLLBACK and rethrow when anything throws.
    void inTransaction(const QString& begin, const std::function<void()>& body);

    QString path_;
    QString name_;
    sqlite3* handle_ = nullptr;
};

/// `<canonical path>-journal`: SQLite keeps the journal beside the real file, not beside a
/// symlink that leads to it.
QString journalPathFor(const QString& path);

/// True when `path` has a hot journal: its journal is there with a header that is not zeroed,
/// and no process holds SQLite's RESERVED lock on the file (so no live writer owns it: a save
/// was interrupted). Opening such a file read-write rolls the journal back into it. For writers
/// that hold the project's lock; readers ask needsRollbackToRead, which is SQLite's own answer.
bool hasHotJournal(const QString& path);

/// True when SQLite refuses to read `path` on a read-only connection because a hot journal
/// would have to be rolled back first (SQLITE_READONLY_ROLLBACK).
bool needsRollbackToRead(const QString& path);

/// Sentence for an SQLite result code that a user can act on ("the disk is full", ...), or the
/// SQLite message itself for codes without one.
QString sqliteErrorText(int code, const QString& sqliteMessage);

/// Throws ProjectFileError(kind) for a failed QSqlQuery, naming the file and the statement.
[[noreturn]] void throwQueryError(const QSqlQuery& query, const QString& path, int kind);

}  // namespace respan
