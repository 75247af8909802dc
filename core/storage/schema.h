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
};

/// The whole chain, in order; step 1 creates the schema of an empty file.
const std::vector<MigrationStep>& migrationSteps();
/// Schema version this build writes (the last step's version).
int currentVersion();

/// Runs the steps after `fromVersion` up to currentVersion(), each in its own transaction that
/// also sets `user_version`; the application id is set by step 1.
void migrate(SqliteConnection& db, int fromVersion);

/// Names of every table and index this build's schema consists of; anything else in a file
/// (a trigger, a view, a foreign table) means the file was altered outside ReSpan.
const QStringList& knownSchemaObjects();

}  // namespace schema
}  // namespace respan
