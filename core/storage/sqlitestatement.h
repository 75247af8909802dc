#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace respan {

class SqliteConnection;

/// A prepared statement on a SqliteConnection's handle. Qt Sql owns the connection; the bulk
/// reads and writes of whole projects use statements directly, because QSqlQuery's per-value
/// QVariant handling made them about three times slower (measured in bench_storage).
/// Errors throw ProjectFileError naming the file.
class SqliteStatement {
public:
    SqliteStatement(const SqliteConnection& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binding, 1-based like SQLite.
    void bind(int index, long long value);
    void bind(int index, int value) { bind(index, static_cast<long long>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString& text);  ///< a null QString binds '' (never SQL NULL)
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);
    void bindOptional(int index, const std::optional<QString>& text);

    /// Executes a statement that returns no rows, then resets it for the next use.
    void run();
    /// Steps to the next row; false when done (the statement is then reset).
    bool next();
    /// Rows changed by the last run().
    [[nodiscard]] int changes() const;

    // Column access of the current row, 0-based like SQLite.
    [[nodiscard]] int type(int column) const;  ///< SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, ...
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] long long integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    const SqliteConnection& db_;
    sqlite3* handle_;
    sqlite3_stmt* stmt_ = nullptr;
    QString sql_;
};

}  // namespace respan
