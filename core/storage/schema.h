#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace respan {

class SqliteConnection;

namespace schema {

/// `PRAGMA application_id` of every ReSpan project file: "RSPN" in ASCII.
inline constexpr std::uint32_t kApplicationId = 0x5253504E;

/// One step of the migration chain: brings a file from version `version - 1` to `version`.
struct MigrationStep {
    int version;
    const char* description;
    QStringList statements;
    bool rebuildsTables = false;  ///< runs with foreign keys off, checked before it commits
};

/// The whole chain, in order; step 1 creates the schema of an empty file.
const std::vector<MigrationStep>& migrationSteps();
/// Schema version this build writes (the last step's version).
int currentVersion();

/// Runs the steps after `fromVersion` up to `toVersion` (default: currentVersion()), each in its
/// own transaction that also sets `user_version`; the application id is set by step 1.
void migrate(SqliteConnection& db, int fromVersion, int toVersion = -1);

/// One table or index as SQLite keeps it in `sqlite_schema`.
struct SchemaObject {
    QString type;  ///< "table" or "index"
    QString name;
    QString table;  ///< tbl_name: the table an index belongs to
    QString sql;    ///< the CREATE statement as stored (empty for automatic indexes)
    bool operator==(const SchemaObject&) const = default;
};

/// Every table and index of a file at schema `version`, exactly as the migration chain creates
/// them (read from an in-memory database built with the chain, once per version). A project's
/// `sqlite_schema` must hold these and nothing else: a changed column, CHECK, foreign key action
/// or index means the file was altered outside ReSpan.
const std::vector<SchemaObject>& expectedObjects(int version);

}  // namespace schema
}  // namespace respan
