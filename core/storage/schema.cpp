#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>

#include <map>

#include "core/storage/projectfileerror.h"
#include "core/storage/sqliteconnection.h"

namespace respan::schema {

namespace {

// Foreign keys carry no ON DELETE actions: saves delete and re-insert rows of changed objects
// inside one transaction with deferred foreign keys, and cascades would destroy rows that the
// same transaction re-inserts. Document contents live in their own table for the same reason.
const QStringList kStep1 = {
    QStringLiteral("CREATE TABLE setting ("
                   " name TEXT PRIMARY KEY NOT NULL,"
                   " value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE donor_structure ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " name TEXT NOT NULL UNIQUE,"
                   " lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),"
                   " lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),"
                   " harvest_date TEXT,"
                   " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE element ("
        " uid INTEGER PRIMARY KEY NOT NULL,"
        " id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),"
        " donor_structure TEXT NOT NULL DEFAULT '',"
        " donor_position TEXT NOT NULL DEFAULT '',"
        " type TEXT NOT NULL DEFAULT '',"
        " length_m REAL NOT NULL CHECK (length_m > 0),"
        " height_mm REAL NOT NULL CHECK (height_mm > 0),"
        " width_mm REAL NOT NULL CHECK (width_mm > 0),"
        " mass_t REAL NOT NULL CHECK (mass_t > 0),"
        " year_built INTEGER,"
        " original_load_class TEXT NOT NULL DEFAULT '',"
        " moment_capacity_knm REAL NOT NULL CHECK (moment_capacity_knm > 0),"
        " shear_capacity_kn REAL NOT NULL CHECK (shear_capacity_kn > 0),"
        " capacity_basis TEXT NOT NULL CHECK (capacity_basis IN ('estimated', 'verified')),"
        " condition INTEGER NOT NULL CHECK (condition BETWEEN 1 AND 6),"
        " status TEXT NOT NULL CHECK (status IN ('in_structure', 'harvested', 'in_storage',"
        "   'certified', 'reserved', 'installed', 'rejected')),"
        " lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
        " lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
        " available_from TEXT,"
        " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE element_history ("
                   " element_uid INTEGER NOT NULL REFERENCES element(uid),"
                   " seq INTEGER NOT NULL,"
                   " time TEXT NOT NULL,"
                   " user TEXT NOT NULL,"
                   " from_status TEXT,"
                   " to_status TEXT NOT NULL,"
                   " note TEXT NOT NULL DEFAULT '',"
                   " PRIMARY KEY (element_uid, seq)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE element_document ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " element_uid INTEGER NOT NULL REFERENCES element(uid),"
                   " seq INTEGER NOT NULL,"
                   " name TEXT NOT NULL,"
                   " mime_type TEXT NOT NULL,"
                   " size INTEGER NOT NULL CHECK (size >= 0),"
                   " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                   " added TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX element_document_by_element ON element_document(element_uid)"),
    QStringLiteral("CREATE TABLE document_content ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " content BLOB NOT NULL)"),
    QStringLiteral("CREATE TABLE structure ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " position INTEGER NOT NULL,"
                   " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
                   " lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
                   " lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
                   " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE span ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " structure_uid INTEGER NOT NULL REFERENCES structure(uid),"
                   " position INTEGER NOT NULL,"
                   " name TEXT NOT NULL CHECK (length(name) > 0),"
                   " required_length_m REAL NOT NULL CHECK (required_length_m > 0),"
                   " install_date TEXT NOT NULL,"
                   " UNIQUE (structure_uid, name))"),
    QStringLiteral("CREATE TABLE slot ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " span_uid INTEGER NOT NULL REFERENCES span(uid),"
                   " position INTEGER NOT NULL,"
                   " name TEXT NOT NULL CHECK (length(name) > 0),"
                   " moment_demand_knm REAL NOT NULL CHECK (moment_demand_knm >= 0),"
                   " shear_demand_kn REAL NOT NULL CHECK (shear_demand_kn >= 0),"
                   " UNIQUE (span_uid, name))"),
    QStringLiteral("CREATE TABLE assignment ("
                   " slot_uid INTEGER PRIMARY KEY NOT NULL REFERENCES slot(uid),"
                   " element_uid INTEGER NOT NULL UNIQUE REFERENCES element(uid),"
                   " pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)))"),
    QStringLiteral("PRAGMA application_id = 1381191758"),  // kApplicationId
};

static_assert(kApplicationId == 1381191758u, "step 1 writes the application id literally");

// Step 2: where each setting's value came from (the report's assumptions say "set in this
// project by whom and when"), and the report's revision block (new keys of `setting`).
const QStringList kStep2 = {
    QStringLiteral("CREATE TABLE setting_history ("
                   " seq INTEGER PRIMARY KEY NOT NULL,"
                   " name TEXT NOT NULL CHECK (length(name) > 0),"
                   " old_value TEXT NOT NULL,"
                   " new_value TEXT NOT NULL,"
                   " time TEXT NOT NULL,"
                   " user TEXT NOT NULL)"),
};

}  // namespace

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps = {
        {1, "inventory, donor and receiving structures, assignments, settings, documents", kStep1},
        {2, "history of the settings", kStep2},
    };
    return steps;
}

int currentVersion() {
    return migrationSteps().back().version;
}

void migrate(SqliteConnection& db, int fromVersion, int toVersion) {
    if (toVersion < 0) toVersion = currentVersion();
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= fromVersion || step.version > toVersion) continue;
        db.transaction([&] {
            for (const QString& sql : step.statements) db.exec(sql);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        });
    }
}

const std::vector<SchemaObject>& expectedObjects(int version) {
    static QMutex mutex;
    static std::map<int, std::vector<SchemaObject>> cache;
    const QMutexLocker locker(&mutex);
    auto it = cache.find(version);
    if (it != cache.end()) return it->second;
    std::vector<SchemaObject> objects;
    {
        SqliteConnection db(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
        migrate(db, 0, version);
        QSqlQuery q = db.query();
        if (!q.exec(QStringLiteral(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")))
            throwQueryError(q, db.path(), -1);
        while (q.next()) {
            objects.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()});
        }
    }
    return cache.emplace(version, std::move(objects)).first->second;
}

}  // namespace respan::schema
