#include "core/storage/sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include "core/storage/projectfileerror.h"
#include "core/storage/sqliteconnection.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectFile)
};
}  // namespace

SqliteStatement::SqliteStatement(const SqliteConnection& db, const char* sql)
    : db_(db), handle_(db.handle()), sql_(QString::fromLatin1(sql)) {
    const int rc = sqlite3_prepare_v3(handle_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(rc);
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(stmt_);
}

void SqliteStatement::fail(int rc) const {
    const int primary = rc & 0xff;
    ProjectFileError::Kind kind = ProjectFileError::Kind::Io;
    if (primary == SQLITE_CORRUPT) kind = ProjectFileError::Kind::Corrupt;
    if (primary == SQLITE_NOTADB) kind = ProjectFileError::Kind::NotSqlite;
    if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH)
        kind = ProjectFileError::Kind::Corrupt;
    throw ProjectFileError(
        kind, db_.path(),
        Tr::tr("%1: %2 (SQLite error %3)")
            .arg(db_.path(), sqliteErrorText(rc, QString::fromUtf8(sqlite3_errmsg(handle_))),
                 QString::number(rc)));
}

void SqliteStatement::bind(int index, long long value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(rc);
}

void SqliteStatement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(rc);
}

void SqliteStatement::bind(int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    if (const int rc = sqlite3_bind_text(stmt_, index, utf8.constData(),
                                         static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes) {
    // A zero-length blob, not NULL, for empty content.
    if (const int rc =
            sqlite3_bind_blob64(stmt_, index, bytes.isEmpty() ? "" : bytes.constData(),
                                static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(rc);
}

void SqliteStatement::bindOptional(int index, const std::optional<QString>& text) {
    if (text) {
        bind(index, *text);
    } else {
        bindNull(index);
    }
}

void SqliteStatement::run() {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) fail(rc);
}

bool SqliteStatement::next() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(stmt_);
    if (rc != SQLITE_DONE) fail(rc);
    return false;
}

int SqliteStatement::changes() const {
    return sqlite3_changes(handle_);
}

int SqliteStatement::type(int column) const {
    return sqlite3_column_type(stmt_, column);
}

bool SqliteStatement::isNull(int column) const {
    return type(column) == SQLITE_NULL;
}

long long SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

QString SqliteStatement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray SqliteStatement::blob(int column) const {
    const void* data = sqlite3_column_blob(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

}  // namespace respan
