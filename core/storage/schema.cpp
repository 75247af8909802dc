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

// Step 3: estimated demands and resistances (docs/load-model.md). The structure's load model and
// deck build-up and the span's calculation span are new columns (empty: the default); a slot's
// demand and an element's resistances may now be empty ("estimate it"), which SQLite can only
// allow by rebuilding those tables (foreign keys are off while it does, and checked before the
// step commits).
const QStringList kStep3 = {
    QStringLiteral("ALTER TABLE structure ADD COLUMN load_model TEXT NOT NULL DEFAULT 'LM1'"
                   " CHECK (load_model IN ('LM1'))"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN carriageway_width_m REAL"
                   " CHECK (carriageway_width_m IS NULL OR carriageway_width_m > 0)"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN girder_spacing_m REAL"
                   " CHECK (girder_spacing_m IS NULL OR girder_spacing_m > 0)"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN deck_thickness_m REAL"
                   " CHECK (deck_thickness_m IS NULL OR deck_thickness_m > 0)"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN surfacing_m REAL"
                   " CHECK (surfacing_m IS NULL OR surfacing_m >= 0)"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN consequence_class TEXT NOT NULL DEFAULT 'CC3'"
                   " CHECK (consequence_class IN ('CC2', 'CC3'))"),
    QStringLiteral("ALTER TABLE span ADD COLUMN span_length_m REAL"
                   " CHECK (span_length_m IS NULL OR span_length_m > 0)"),
    QStringLiteral("CREATE TABLE slot_v3 ("
                   " uid INTEGER PRIMARY KEY NOT NULL,"
                   " span_uid INTEGER NOT NULL REFERENCES span(uid),"
                   " position INTEGER NOT NULL,"
                   " name TEXT NOT NULL CHECK (length(name) > 0),"
                   " moment_demand_knm REAL"
                   "   CHECK (moment_demand_knm IS NULL OR moment_demand_knm >= 0),"
                   " shear_demand_kn REAL CHECK (shear_demand_kn IS NULL OR shear_demand_kn >= 0),"
                   " UNIQUE (span_uid, name))"),
    QStringLiteral("INSERT INTO slot_v3 (uid, span_uid, position, name, moment_demand_knm,"
                   " shear_demand_kn) SELECT uid, span_uid, position, name, moment_demand_knm,"
                   " shear_demand_kn FROM slot"),
    QStringLiteral("DROP TABLE slot"),
    QStringLiteral("ALTER TABLE slot_v3 RENAME TO slot"),
    QStringLiteral(
        "CREATE TABLE element_v3 ("
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
        " moment_capacity_knm REAL CHECK (moment_capacity_knm IS NULL OR moment_capacity_knm > 0),"
        " shear_capacity_kn REAL CHECK (shear_capacity_kn IS NULL OR shear_capacity_kn > 0),"
        " capacity_basis TEXT NOT NULL CHECK (capacity_basis IN ('estimated', 'verified')),"
        " condition INTEGER NOT NULL CHECK (condition BETWEEN 1 AND 6),"
        " status TEXT NOT NULL CHECK (status IN ('in_structure', 'harvested', 'in_storage',"
        "   'certified', 'reserved', 'installed', 'rejected')),"
        " lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
        " lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
        " available_from TEXT,"
        " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("INSERT INTO element_v3 SELECT uid, id, donor_structure, donor_position, type,"
                   " length_m, height_mm, width_mm, mass_t, year_built, original_load_class,"
                   " moment_capacity_knm, shear_capacity_kn, capacity_basis, condition, status,"
                   " lat, lon, available_from, notes FROM element"),
    QStringLiteral("DROP TABLE element"),
    QStringLiteral("ALTER TABLE element_v3 RENAME TO element"),
};

// Step 4: recertification (docs/recertification.md; docs/contract/planning.md sections 1 and 4).
// The protocol template (a file of an earlier version gets the default template, written out
// here literally: a released step never changes with the code's default), one row per girder and
// step where something is known, the documents that prove a step, and the girder's harvest date.
// A file from before planning in time keeps its plans: `plan_certification` is false there
// (section 1), and its plan starts on the day of its oldest history entry (or today).
const QStringList kStep4 = {
    QStringLiteral("ALTER TABLE element ADD COLUMN harvest_date TEXT"),
    QStringLiteral("CREATE TABLE protocol_step ("
                   " position INTEGER PRIMARY KEY NOT NULL,"
                   " id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),"
                   " name TEXT NOT NULL,"
                   " phase TEXT NOT NULL CHECK (phase IN ('before_harvest', 'after_harvest')),"
                   " duration_days INTEGER NOT NULL CHECK (duration_days >= 0),"
                   " predecessors TEXT NOT NULL DEFAULT '',"
                   " resource TEXT NOT NULL DEFAULT '',"
                   " resource_capacity INTEGER"
                   "   CHECK (resource_capacity IS NULL OR resource_capacity >= 1),"
                   " cost_eur REAL CHECK (cost_eur IS NULL OR cost_eur >= 0),"
                   " party TEXT NOT NULL DEFAULT '',"
                   " evidence TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE certification_step ("
        " element_uid INTEGER NOT NULL REFERENCES element(uid),"
        " step TEXT NOT NULL CHECK (length(step) > 0),"
        " seq INTEGER NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'passed',"
        "   'failed', 'conditional')),"
        " actual_start TEXT,"
        " actual_end TEXT,"
        " planned_start TEXT,"
        " result TEXT NOT NULL DEFAULT '',"
        " moment_capacity_knm REAL"
        "   CHECK (moment_capacity_knm IS NULL OR moment_capacity_knm > 0),"
        " shear_capacity_kn REAL CHECK (shear_capacity_kn IS NULL OR shear_capacity_kn > 0),"
        " note TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (element_uid, step)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE certification_evidence ("
        " element_uid INTEGER NOT NULL,"
        " step TEXT NOT NULL,"
        " seq INTEGER NOT NULL,"
        " document_uid INTEGER NOT NULL REFERENCES element_document(uid),"
        " PRIMARY KEY (element_uid, step, seq),"
        " FOREIGN KEY (element_uid, step) REFERENCES certification_step(element_uid, step))"
        " WITHOUT ROWID"),
    QStringLiteral(
        "INSERT INTO protocol_step (position, id, name, phase, duration_days, predecessors,"
        " resource, resource_capacity, cost_eur, party, evidence) VALUES"
        " (0, 'archive', 'Archive search', 'before_harvest', 10, '', '', NULL, 400,"
        "  'engineering firm', 'archive memo: drawings and original design code'),"
        " (1, 'inspection_in_situ', 'Inspection in the structure', 'before_harvest', 5,"
        "  'archive', '', NULL, 600, 'inspection firm', 'inspection report (NEN 2767)'),"
        " (2, 'inspection_dismantled', 'Inspection after dismantling', 'after_harvest', 2,"
        "  'inspection_in_situ', '', NULL, 300, 'inspection firm',"
        "  'inspection report after dismantling'),"
        " (3, 'material_tests', 'Material tests', 'after_harvest', 20, 'inspection_dismantled',"
        "  'lab', 4, 2500, 'accredited laboratory',"
        "  'lab report: strength, cover, carbonation, chlorides, prestressing'),"
        " (4, 'remaining_life', 'Remaining-life assessment', 'after_harvest', 10,"
        "  'material_tests', '', NULL, 800, 'engineering firm',"
        "  'remaining-life assessment (CUR 121)'),"
        " (5, 'recalculation', 'Recalculation at new-build level', 'after_harvest', 15,"
        "  'material_tests', 'engineer', 6, 1500, 'engineering firm',"
        "  'calculation note: MRd and VRd after shortening'),"
        " (6, 'modification', 'Modification', 'after_harvest', 10,"
        "  'recalculation|remaining_life', 'yard', 2, 3000, 'contractor',"
        "  'modification record: shortening, compression layer, repair'),"
        " (7, 'quality_declaration', 'Quality declaration', 'after_harvest', 5, 'modification',"
        "  '', NULL, 500, 'independent certification body', 'quality declaration')"),
    QStringLiteral("INSERT OR REPLACE INTO setting (name, value)"
                   " VALUES ('plan_certification', 'false')"),
    QStringLiteral("INSERT OR REPLACE INTO setting (name, value) SELECT 'plan_start',"
                   " coalesce(min(substr(time, 1, 10)), date('now')) FROM element_history"),
};

// Step 5: interim storage (docs/storage-layout.md; docs/contract/planning.md section 3). The
// sites with their outlines as normalised WKT, each girder's site, a stay entered by hand (both
// dates or neither) and a place in the yard put by hand (all four or none).
const QStringList kStep5 = {
    QStringLiteral("ALTER TABLE element ADD COLUMN storage_site TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE element ADD COLUMN stay_from TEXT"),
    QStringLiteral("ALTER TABLE element ADD COLUMN stay_to TEXT"),
    QStringLiteral("ALTER TABLE element ADD COLUMN yard_x REAL"),
    QStringLiteral("ALTER TABLE element ADD COLUMN yard_y REAL"),
    QStringLiteral("ALTER TABLE element ADD COLUMN yard_angle_deg REAL"),
    QStringLiteral("ALTER TABLE element ADD COLUMN yard_layer INTEGER"
                   " CHECK (yard_layer IS NULL OR yard_layer >= 0)"),
    QStringLiteral("CREATE TABLE storage_site ("
                   " position INTEGER PRIMARY KEY NOT NULL,"
                   " id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),"
                   " name TEXT NOT NULL DEFAULT '',"
                   " lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),"
                   " lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),"
                   " outline_wkt TEXT NOT NULL CHECK (length(outline_wkt) > 0),"
                   " blocked_wkt TEXT NOT NULL DEFAULT '',"
                   " clearance_m REAL NOT NULL CHECK (clearance_m >= 0),"
                   " aisle_m REAL NOT NULL CHECK (aisle_m >= 0),"
                   " max_layers INTEGER NOT NULL CHECK (max_layers >= 1),"
                   " cost_eur_per_m2_month REAL NOT NULL CHECK (cost_eur_per_m2_month >= 0),"
                   " open_from TEXT,"
                   " open_to TEXT)"),
};

// Step 6: impact and cost (docs/impact.md; docs/contract/planning.md section 5). The factor table
// with the defaults of this release written out literally (a released step never changes with
// the code's default); F_new, F_tkm and road_factor keep their values in the settings (value
// NULL here: one value for matching and impact).
const QStringList kStep6 = {
    QStringLiteral("CREATE TABLE impact_factor ("
                   " position INTEGER PRIMARY KEY NOT NULL,"
                   " key TEXT NOT NULL UNIQUE CHECK (length(key) > 0),"
                   " value REAL CHECK (value IS NULL OR value >= 0),"
                   " unit TEXT NOT NULL DEFAULT '',"
                   " source TEXT NOT NULL DEFAULT '',"
                   " year INTEGER NOT NULL DEFAULT 0 CHECK (year >= 0),"
                   " illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1)))"),
    QStringLiteral(
        "INSERT INTO impact_factor (position, key, value, unit, source, year, illustrative)"
        " VALUES"
        " (0, 'F_new', NULL, 'kg CO2e/t', 'British Precast, structural precast factsheet,"
        " cradle to grave', 0, 0),"
        " (1, 'F_tkm', NULL, 'kg CO2e/tkm', 'illustrative; replace by the STREAM"
        " Goederenvervoer 2020 factor (CE Delft) for the vehicle used', 0, 1),"
        " (2, 'road_factor', NULL, '', 'illustrative', 0, 1),"
        " (3, 'F_crush', 3.0, 'kg CO2e/t', 'Est\u00e9vez et al. (UPC): crushing to recycled"
        " aggregate, about 3 kg CO2/t', 0, 0),"
        " (4, 'F_cut', 25.0, 'kg CO2e/cut', 'illustrative: about 8 l of diesel for sawing one"
        " end at 3.2 kg CO2/l well-to-wheel (TLN)', 0, 1),"
        " (5, 'mki_climate_A1', 0.05, 'EUR/kg CO2e', 'SBK Bepalingsmethode set A1 climate"
        " price; A2 is \"a ruime verdubbeling\" of it (we-boost.nl)', 0, 0),"
        " (6, 'mki_climate_A2', 0.116, 'EUR/kg CO2e', 'CE Delft, Milieuprijzen als weegfactor"
        " in de bepalingsmethode, Table 6 (set A2, EN 15804+A2)', 2023, 0),"
        " (7, 'eur_new_t', 500.0, 'EUR/t', 'illustrative: no public price per tonne of a new"
        " Dutch girder was found', 0, 1),"
        " (8, 'eur_tkm', 0.5, 'EUR/tkm', 'illustrative: no public heavy-transport rate was"
        " found', 0, 1),"
        " (9, 'eur_crush_t', 15.0, 'EUR/t', 'illustrative: no public demolition and crushing"
        " rate was found', 0, 1),"
        " (10, 'eur_cut', 2500.0, 'EUR/cut', 'illustrative', 0, 1)"),
};

// Step 7: designing the new viaduct around the stock (docs/design-around-stock.md;
// docs/contract/planning.md section 6): per span the bounds within which its required length may
// be chosen (both or neither, today's length inside), per structure the fixed total length.
const QStringList kStep7 = {
    QStringLiteral("ALTER TABLE span ADD COLUMN required_length_min_m REAL"
                   " CHECK (required_length_min_m IS NULL OR required_length_min_m > 0)"),
    QStringLiteral("ALTER TABLE span ADD COLUMN required_length_max_m REAL"
                   " CHECK (required_length_max_m IS NULL OR (required_length_min_m IS NOT NULL"
                   " AND required_length_min_m <= required_length_m"
                   " AND required_length_m <= required_length_max_m))"),
    QStringLiteral("ALTER TABLE structure ADD COLUMN fixed_total_length_m REAL"
                   " CHECK (fixed_total_length_m IS NULL OR fixed_total_length_m > 0)"),
};

void checkForeignKeys(SqliteConnection& db) {
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) throwQueryError(q, db.path(), -1);
    if (q.next()) {
        throw ProjectFileError(
            ProjectFileError::Kind::Corrupt, db.path(),
            QCoreApplication::translate("respan::Schema",
                                        "%1: a row of table %2 refers to a missing row of %3")
                .arg(db.path(), q.value(0).toString(), q.value(2).toString()));
    }
}

}  // namespace

const std::vector<MigrationStep>& migrationSteps() {
    static const std::vector<MigrationStep> steps = {
        {1, "inventory, donor and receiving structures, assignments, settings, documents", kStep1},
        {2, "history of the settings", kStep2},
        {3, "load models: deck build-up, calculation spans, estimated demands and resistances",
         kStep3, true},
        {4, "recertification: protocol template, steps per girder, evidence, harvest dates",
         kStep4},
        {5, "interim storage: sites with outlines, each girder's site, stays entered by hand",
         kStep5},
        {6, "impact and cost: the factor table with its sources", kStep6},
        {7, "design around the stock: bounds of the spans' lengths, fixed total lengths", kStep7},
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
        // A step that rebuilds tables runs with foreign keys off (SQLite's documented way to
        // change a column's constraints), and proves before it commits that every reference
        // still holds.
        if (step.rebuildsTables) db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        try {
            db.transaction([&] {
                for (const QString& sql : step.statements) db.exec(sql);
                if (step.rebuildsTables) checkForeignKeys(db);
                db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            });
        } catch (...) {
            if (step.rebuildsTables) db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            throw;
        }
        if (step.rebuildsTables) db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
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
