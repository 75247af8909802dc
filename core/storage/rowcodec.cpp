#include "core/storage/rowcodec.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

#include <sqlite3.h>

#include "core/loads/loadmodel.h"
#include "core/model/validation.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/sqliteconnection.h"
#include "core/yard/yardgeometry.h"

namespace respan {

namespace {

using Kind = ProjectFileError::Kind;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectFile)
};

/// Reads typed columns of the current row and reports impossible values with their place.
class Row {
public:
    Row(const SqliteStatement& q, const SqliteConnection& db, const char* table)
        : q_(q), db_(db), table_(table) {}

    void setKey(const QString& key) { key_ = key; }

    [[noreturn]] void fail(int column, const QString& what) const {
        throw ProjectFileError(Kind::Corrupt, db_.path(),
                               Tr::tr("%1: table %2, row %3, column %4: %5")
                                   .arg(db_.path(), QString::fromLatin1(table_), key_,
                                        QString::number(column + 1), what));
    }

    [[nodiscard]] bool isNull(int c) const { return q_.isNull(c); }

    [[nodiscard]] qint64 integer(int c) const {
        if (q_.type(c) != SQLITE_INTEGER) fail(c, Tr::tr("not an integer"));
        return q_.integer(c);
    }

    [[nodiscard]] double real(int c) const {
        const int t = q_.type(c);
        if (t != SQLITE_FLOAT && t != SQLITE_INTEGER) fail(c, Tr::tr("not a number"));
        const double d = q_.real(c);
        if (!std::isfinite(d)) fail(c, Tr::tr("not a finite number"));
        return d;
    }

    /// A nullable quantity column.
    template <class Q>
    [[nodiscard]] std::optional<Q> optional(int c) const {
        if (isNull(c)) return std::nullopt;
        return Q(real(c));
    }

    [[nodiscard]] QString text(int c) const {
        const int t = q_.type(c);
        if (t == SQLITE_NULL) return QString();
        if (t != SQLITE_TEXT) fail(c, Tr::tr("not text"));
        return q_.text(c);
    }

    [[nodiscard]] QDate date(int c) const {
        const QString s = text(c);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid()) fail(c, Tr::tr("not a date: %1").arg(s.left(40)));
        return d;
    }

    [[nodiscard]] std::optional<QDate> optionalDate(int c) const {
        if (isNull(c)) return std::nullopt;
        return date(c);
    }

    [[nodiscard]] QDateTime time(int c) const {
        const QString s = text(c);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) fail(c, Tr::tr("not a time: %1").arg(s.left(40)));
        return t.toUTC();
    }

    [[nodiscard]] ElementStatus status(int c) const {
        const auto s = elementStatusFromKey(text(c));
        if (!s) fail(c, Tr::tr("unknown status"));
        return *s;
    }

private:
    const SqliteStatement& q_;
    const SqliteConnection& db_;
    const char* table_;
    QString key_;
};

void checkErrors(const Row& row, const std::vector<FieldError>& errors) {
    if (errors.empty()) return;
    const FieldError& e = errors.front();
    row.fail(0, QStringLiteral("%1 = %2: %3").arg(e.field, e.value, e.message));
}

QString isoTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

template <class Q>
void bindQuantity(SqliteStatement& q, int index, const std::optional<Q>& value) {
    if (value) {
        q.bind(index, value->value());
    } else {
        q.bindNull(index);
    }
}

std::optional<QString> isoDate(const std::optional<QDate>& d) {
    if (!d) return std::nullopt;
    return d->toString(Qt::ISODate);
}

}  // namespace

// --- reading --------------------------------------------------------------------------------

ProjectSettings RowReader::readSettings() {
    ProjectSettings s;
    SqliteStatement q(db_, "SELECT name, value FROM setting");
    Row row(q, db_, "setting");
    while (q.next()) {
        const QString name = row.text(0);
        row.setKey(name);
        if (findSetting(name) == nullptr) continue;  // only a newer build could write one; ignore
        if (auto err = applySetting(s, name, row.text(1))) row.fail(1, err->message);
    }
    SqliteStatement h(db_,
                      "SELECT seq, name, old_value, new_value, time, user FROM setting_history"
                      " ORDER BY seq");
    Row change(h, db_, "setting_history");
    while (h.next()) {
        change.setKey(QString::number(change.integer(0)));
        ProjectSettings::Change c;
        c.name = change.text(1);
        c.oldValue = change.text(2);
        c.newValue = change.text(3);
        c.time = change.time(4);
        c.user = change.text(5);
        s.history.push_back(std::move(c));
    }
    return s;
}

std::vector<DonorStructure> RowReader::readDonors() {
    std::vector<DonorStructure> out;
    SqliteStatement q(
        db_, "SELECT uid, name, lat, lon, harvest_date, notes FROM donor_structure ORDER BY uid");
    Row row(q, db_, "donor_structure");
    while (q.next()) {
        DonorStructure d;
        d.uid = row.integer(0);
        row.setKey(QString::number(d.uid));
        d.name = row.text(1);
        if (!row.isNull(2) || !row.isNull(3)) d.location = GeoPoint{row.real(2), row.real(3)};
        d.harvestDate = row.optionalDate(4);
        d.notes = row.text(5);
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Element> RowReader::readElements() {
    std::vector<Element> out;
    QHash<Uid, int> index;
    {
        SqliteStatement count(db_, "SELECT count(*) FROM element");
        if (count.next()) {
            const auto n = std::max<long long>(0, count.integer(0));
            out.reserve(static_cast<std::size_t>(n));
            index.reserve(static_cast<qsizetype>(n));
        }
    }
    {
        SqliteStatement q(
            db_,
            "SELECT uid, id, donor_structure, donor_position, type, length_m, height_mm,"
            " width_mm, mass_t, year_built, original_load_class, moment_capacity_knm,"
            " shear_capacity_kn, capacity_basis, condition, status, lat, lon,"
            " available_from, notes, harvest_date, storage_site, stay_from, stay_to, yard_x,"
            " yard_y, yard_angle_deg, yard_layer FROM element ORDER BY uid");
        Row row(q, db_, "element");
        while (q.next()) {
            Element e;
            e.uid = row.integer(0);
            row.setKey(QString::number(e.uid));
            e.id = row.text(1);
            e.donorStructure = row.text(2);
            e.donorPosition = row.text(3);
            e.type = row.text(4);
            e.length = Metres(row.real(5));
            e.height = Millimetres(row.real(6));
            e.width = Millimetres(row.real(7));
            e.mass = Tonnes(row.real(8));
            if (!row.isNull(9)) e.yearBuilt = static_cast<int>(row.integer(9));
            e.originalLoadClass = row.text(10);
            e.momentCapacity = row.optional<KiloNewtonMetres>(11);
            e.shearCapacity = row.optional<KiloNewtons>(12);
            const auto basis = capacityBasisFromKey(row.text(13));
            if (!basis) row.fail(13, Tr::tr("unknown capacity basis"));
            e.capacityBasis = *basis;
            e.condition = static_cast<int>(row.integer(14));
            e.status = row.status(15);
            e.location = GeoPoint{row.real(16), row.real(17)};
            e.availableFrom = row.optionalDate(18);
            e.notes = row.text(19);
            e.harvestDate = row.optionalDate(20);
            e.storageSite = row.text(21);
            const std::optional<QDate> stayFrom = row.optionalDate(22);
            const std::optional<QDate> stayTo = row.optionalDate(23);
            if (stayFrom.has_value() != stayTo.has_value())
                row.fail(22, Tr::tr("a manual stay needs both dates"));
            if (stayFrom && *stayTo < *stayFrom)
                row.fail(23, Tr::tr("a manual stay ends before it starts"));
            if (stayFrom) e.manualStay = ManualStay{*stayFrom, *stayTo};
            const int placed = int(!row.isNull(24)) + int(!row.isNull(25)) + int(!row.isNull(26)) +
                               int(!row.isNull(27));
            if (placed != 0 && placed != 4)
                row.fail(24, Tr::tr("a place in the yard needs x, y, angle and layer"));
            if (placed == 4) {
                e.yardPlace = YardPlace{row.real(24), row.real(25), row.real(26),
                                        static_cast<int>(row.integer(27))};
            }
            checkErrors(row, validateElement(e, Bounds::Stored));
            index.insert(e.uid, static_cast<int>(out.size()));
            out.push_back(std::move(e));
        }
    }
    {
        SqliteStatement q(db_,
                          "SELECT element_uid, seq, time, user, from_status, to_status, note"
                          " FROM element_history ORDER BY element_uid, seq");
        Row row(q, db_, "element_history");
        while (q.next()) {
            const Uid owner = row.integer(0);
            row.setKey(QStringLiteral("%1/%2").arg(owner).arg(row.integer(1)));
            const auto it = index.constFind(owner);
            if (it == index.cend()) row.fail(0, Tr::tr("refers to a missing element"));
            StatusChange c;
            c.time = row.time(2);
            c.user = row.text(3);
            if (!row.isNull(4)) c.from = row.status(4);
            c.to = row.status(5);
            c.note = row.text(6);
            out[static_cast<std::size_t>(*it)].history.push_back(std::move(c));
        }
    }
    {
        SqliteStatement q(db_,
                          "SELECT uid, element_uid, name, mime_type, size, sha256, added"
                          " FROM element_document ORDER BY element_uid, seq");
        Row row(q, db_, "element_document");
        while (q.next()) {
            AttachedDocument d;
            d.uid = row.integer(0);
            row.setKey(QString::number(d.uid));
            const auto it = index.constFind(row.integer(1));
            if (it == index.cend()) row.fail(1, Tr::tr("refers to a missing element"));
            d.name = row.text(2);
            d.mimeType = row.text(3);
            d.size = row.integer(4);
            d.sha256 = row.text(5);
            d.added = row.time(6);
            out[static_cast<std::size_t>(*it)].documents.push_back(std::move(d));
        }
    }
    readCertification(out, index);
    return out;
}

void RowReader::readCertification(std::vector<Element>& out, const QHash<Uid, int>& index) {
    QHash<std::pair<Uid, QString>, std::pair<int, int>> where;  // -> element index, record index
    {
        SqliteStatement q(db_,
                          "SELECT element_uid, step, status, actual_start, actual_end,"
                          " planned_start, result, moment_capacity_knm, shear_capacity_kn, note"
                          " FROM certification_step ORDER BY element_uid, seq");
        Row row(q, db_, "certification_step");
        while (q.next()) {
            const Uid owner = row.integer(0);
            StepRecord r;
            r.step = row.text(1);
            row.setKey(QStringLiteral("%1/%2").arg(owner).arg(r.step));
            const auto it = index.constFind(owner);
            if (it == index.cend()) row.fail(0, Tr::tr("refers to a missing element"));
            const auto status = stepStatusFromKey(row.text(2));
            if (!status) row.fail(2, Tr::tr("unknown status"));
            r.status = *status;
            r.actualStart = row.optionalDate(3);
            r.actualEnd = row.optionalDate(4);
            r.plannedStart = row.optionalDate(5);
            r.result = row.text(6);
            r.momentCapacity = row.optional<KiloNewtonMetres>(7);
            r.shearCapacity = row.optional<KiloNewtons>(8);
            r.note = row.text(9);
            auto& records = out[static_cast<std::size_t>(*it)].certification;
            where.insert({owner, r.step}, {*it, static_cast<int>(records.size())});
            records.push_back(std::move(r));
        }
    }
    SqliteStatement q(db_,
                      "SELECT element_uid, step, seq, document_uid FROM certification_evidence"
                      " ORDER BY element_uid, step, seq");
    Row row(q, db_, "certification_evidence");
    while (q.next()) {
        const Uid owner = row.integer(0);
        const QString step = row.text(1);
        row.setKey(QStringLiteral("%1/%2/%3").arg(owner).arg(step).arg(row.integer(2)));
        const auto it = where.constFind({owner, step});
        if (it == where.cend()) row.fail(1, Tr::tr("refers to a missing step record"));
        Element& e = out[static_cast<std::size_t>(it->first)];
        const Uid document = row.integer(3);
        const bool attached =
            std::any_of(e.documents.cbegin(), e.documents.cend(),
                        [&](const AttachedDocument& d) { return d.uid == document; });
        if (!attached) row.fail(3, Tr::tr("refers to a document the element does not have"));
        e.certification[static_cast<std::size_t>(it->second)].evidence.push_back(document);
    }
}

std::vector<ProtocolStep> RowReader::readProtocol() {
    std::vector<ProtocolStep> out;
    SqliteStatement q(db_,
                      "SELECT position, id, name, phase, duration_days, predecessors, resource,"
                      " resource_capacity, cost_eur, party, evidence FROM protocol_step"
                      " ORDER BY position");
    Row row(q, db_, "protocol_step");
    while (q.next()) {
        row.setKey(QString::number(row.integer(0)));
        ProtocolStep s;
        s.id = row.text(1);
        s.name = row.text(2);
        const auto phase = protocolPhaseFromKey(row.text(3));
        if (!phase) row.fail(3, Tr::tr("unknown phase"));
        s.phase = *phase;
        s.durationDays = static_cast<int>(row.integer(4));
        const QString preds = row.text(5);
        if (!preds.isEmpty()) s.predecessors = preds.split(QLatin1Char('|'));
        s.resource = row.text(6);
        if (!row.isNull(7)) s.resourceCapacity = static_cast<int>(row.integer(7));
        if (!row.isNull(8)) s.costEur = row.real(8);
        s.party = row.text(9);
        s.evidence = row.text(10);
        out.push_back(std::move(s));
    }
    const std::vector<ProtocolProblem> problems = checkProtocol(out);
    if (!problems.empty()) {
        row.setKey(QString::number(problems.front().step));
        row.fail(0, problems.front().message);
    }
    return out;
}

std::vector<ImpactFactor> RowReader::readFactors() {
    std::vector<ImpactFactor> out = defaultImpactFactors();
    SqliteStatement q(db_,
                      "SELECT key, value, unit, source, year, illustrative FROM impact_factor"
                      " ORDER BY position");
    Row row(q, db_, "impact_factor");
    while (q.next()) {
        const QString key = row.text(0);
        row.setKey(key);
        auto it = std::find_if(out.begin(), out.end(),
                               [&key](const ImpactFactor& f) { return f.key == key; });
        if (it == out.end()) continue;  // only a newer build could write one; ignore
        ImpactFactor f;
        f.key = key;
        const bool fromSettings = settingOfFactor(key) != nullptr;
        if (!fromSettings && row.isNull(1)) row.fail(1, Tr::tr("no value"));
        f.value = fromSettings ? it->value : row.real(1);
        f.unit = row.text(2);
        f.source = row.text(3);
        f.year = static_cast<int>(row.integer(4));
        f.illustrative = row.integer(5) != 0;
        // Only what no build can accept (the schema's CHECKs hold the rest): a later build with
        // other plausibility limits must still open the file.
        if (!std::isfinite(f.value) || f.value < 0.0) row.fail(1, Tr::tr("not a factor value"));
        if (f.year < 0) row.fail(4, Tr::tr("not a year"));
        *it = std::move(f);
    }
    return out;
}

std::vector<StorageSite> RowReader::readSites() {
    std::vector<StorageSite> out;
    SqliteStatement q(db_,
                      "SELECT position, id, name, lat, lon, outline_wkt, blocked_wkt, clearance_m,"
                      " aisle_m, max_layers, cost_eur_per_m2_month, open_from, open_to"
                      " FROM storage_site ORDER BY position");
    Row row(q, db_, "storage_site");
    while (q.next()) {
        row.setKey(QString::number(row.integer(0)));
        StorageSite s;
        s.id = row.text(1);
        s.name = row.text(2);
        s.location = GeoPoint{row.real(3), row.real(4)};
        s.outlineWkt = row.text(5);
        s.blockedWkt = row.text(6);
        s.clearanceM = row.real(7);
        s.aisleM = row.real(8);
        s.maxLayers = static_cast<int>(row.integer(9));
        s.costEurPerM2Month = row.real(10);
        s.openFrom = row.optionalDate(11);
        s.openTo = row.optionalDate(12);
        const std::vector<SiteProblem> problems = checkSiteValues(s);
        if (!problems.empty())
            row.fail(0, problems.front().field + QStringLiteral(": ") + problems.front().message);
        // The outline as the import accepted it: a tampered or damaged one is refused here.
        QString error;
        if (!yard::parsePolygonWkt(s.outlineWkt, &error)) row.fail(5, error);
        if (!s.blockedWkt.isEmpty() && !yard::parsePolygonsWkt(s.blockedWkt, &error))
            row.fail(6, error);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Structure> RowReader::readStructures() {
    std::vector<Structure> out;
    QHash<Uid, int> structureIndex;
    QHash<Uid, std::pair<int, int>> spanIndex;
    {
        SqliteStatement q(db_,
                          "SELECT uid, name, lat, lon, notes, load_model, carriageway_width_m,"
                          " girder_spacing_m, deck_thickness_m, surfacing_m, consequence_class,"
                          " fixed_total_length_m FROM structure ORDER BY position, uid");
        Row row(q, db_, "structure");
        while (q.next()) {
            Structure s;
            s.uid = row.integer(0);
            row.setKey(QString::number(s.uid));
            s.name = row.text(1);
            s.site = GeoPoint{row.real(2), row.real(3)};
            s.notes = row.text(4);
            const auto model = loads::loadModelFromKey(row.text(5));
            if (!model) row.fail(5, Tr::tr("unknown load model"));
            s.deck.loadModel = *model;
            s.deck.carriagewayWidth = row.optional<Metres>(6);
            s.deck.girderSpacing = row.optional<Metres>(7);
            s.deck.deckThickness = row.optional<Metres>(8);
            s.deck.surfacing = row.optional<Metres>(9);
            const auto cc = loads::consequenceClassFromKey(row.text(10));
            if (!cc) row.fail(10, Tr::tr("unknown consequence class"));
            s.deck.consequenceClass = *cc;
            s.fixedTotalLength = row.optional<Metres>(11);
            structureIndex.insert(s.uid, static_cast<int>(out.size()));
            out.push_back(std::move(s));
        }
    }
    {
        SqliteStatement q(db_,
                          "SELECT uid, structure_uid, name, required_length_m, install_date,"
                          " span_length_m, required_length_min_m, required_length_max_m FROM span"
                          " ORDER BY structure_uid, position, uid");
        Row row(q, db_, "span");
        while (q.next()) {
            Span p;
            p.uid = row.integer(0);
            row.setKey(QString::number(p.uid));
            const auto it = structureIndex.constFind(row.integer(1));
            if (it == structureIndex.cend()) row.fail(1, Tr::tr("refers to a missing structure"));
            p.name = row.text(2);
            p.requiredLength = Metres(row.real(3));
            p.installDate = row.date(4);
            p.calculationSpan = row.optional<Metres>(5);
            p.requiredLengthMin = row.optional<Metres>(6);
            p.requiredLengthMax = row.optional<Metres>(7);
            auto& spans = out[static_cast<std::size_t>(*it)].spans;
            spanIndex.insert(p.uid, {*it, static_cast<int>(spans.size())});
            spans.push_back(std::move(p));
        }
    }
    {
        SqliteStatement q(db_,
                          "SELECT uid, span_uid, name, moment_demand_knm, shear_demand_kn"
                          " FROM slot ORDER BY span_uid, position, uid");
        Row row(q, db_, "slot");
        while (q.next()) {
            Slot k;
            k.uid = row.integer(0);
            row.setKey(QString::number(k.uid));
            const auto it = spanIndex.constFind(row.integer(1));
            if (it == spanIndex.cend()) row.fail(1, Tr::tr("refers to a missing span"));
            k.name = row.text(2);
            k.momentDemand = row.optional<KiloNewtonMetres>(3);
            k.shearDemand = row.optional<KiloNewtons>(4);
            out[static_cast<std::size_t>(it->first)]
                .spans[static_cast<std::size_t>(it->second)]
                .slots.push_back(std::move(k));
        }
    }
    for (const Structure& s : out) {
        const std::vector<FieldError> errors = validateStructure(s, Bounds::Stored);
        if (!errors.empty()) {
            const FieldError& e = errors.front();
            throw ProjectFileError(Kind::Corrupt, db_.path(),
                                   Tr::tr("%1: structure %2: %3 = %4: %5")
                                       .arg(db_.path(), s.name, e.field, e.value, e.message));
        }
    }
    return out;
}

std::vector<Assignment> RowReader::readAssignments() {
    std::vector<Assignment> out;
    SqliteStatement q(db_,
                      "SELECT slot_uid, element_uid, pinned FROM assignment ORDER BY slot_uid");
    Row row(q, db_, "assignment");
    while (q.next()) {
        Assignment a;
        a.slotUid = row.integer(0);
        row.setKey(QString::number(a.slotUid));
        a.elementUid = row.integer(1);
        a.pinned = row.integer(2) != 0;
        out.push_back(a);
    }
    return out;
}

// --- writing --------------------------------------------------------------------------------

namespace {
enum Statement {
    kInsertSetting,
    kInsertSettingChange,
    kInsertDonor,
    kInsertElement,
    kInsertHistory,
    kInsertDocument,
    kInsertContent,
    kCopyContent,
    kDeleteHistory,
    kDeleteDocuments,
    kDeleteElement,
    kSelectDocuments,
    kDeleteContent,
    kInsertStructure,
    kInsertSpan,
    kInsertSlot,
    kInsertAssignment,
    kInsertStepRecord,
    kInsertEvidence,
    kDeleteEvidence,
    kDeleteStepRecords,
    kInsertProtocolStep,
    kInsertSite,
    kInsertFactor,
    kStatementCount
};
}  // namespace

RowWriter::RowWriter(SqliteConnection& db) : db_(db) {
    statements_.resize(kStatementCount);
}

RowWriter::~RowWriter() = default;

SqliteStatement& RowWriter::prepared(int key, const char* sql) {
    auto& slot = statements_[static_cast<std::size_t>(key)];
    if (!slot) slot = std::make_unique<SqliteStatement>(db_, sql);
    return *slot;
}

void RowWriter::writeSettings(const ProjectSettings& settings) {
    db_.exec(QStringLiteral("DELETE FROM setting"));
    SqliteStatement& q =
        prepared(kInsertSetting, "INSERT INTO setting (name, value) VALUES (?, ?)");
    for (const SettingInfo& info : settingInfos()) {
        q.bind(1, info.name);
        q.bind(2, settingValue(settings, info.name));
        q.run();
    }
    db_.exec(QStringLiteral("DELETE FROM setting_history"));
    SqliteStatement& h = prepared(kInsertSettingChange,
                                  "INSERT INTO setting_history (seq, name, old_value, new_value,"
                                  " time, user) VALUES (?, ?, ?, ?, ?, ?)");
    long long seq = 0;
    for (const ProjectSettings::Change& c : settings.history) {
        h.bind(1, ++seq);
        h.bind(2, c.name);
        h.bind(3, c.oldValue);
        h.bind(4, c.newValue);
        h.bind(5, c.time.toUTC().toString(Qt::ISODateWithMs));
        h.bind(6, c.user);
        h.run();
    }
}

void RowWriter::writeDonors(const std::vector<DonorStructure>& donors) {
    db_.exec(QStringLiteral("DELETE FROM donor_structure"));
    SqliteStatement& q =
        prepared(kInsertDonor,
                 "INSERT INTO donor_structure (uid, name, lat, lon, harvest_date, notes)"
                 " VALUES (?, ?, ?, ?, ?, ?)");
    for (const DonorStructure& d : donors) {
        q.bind(1, d.uid);
        q.bind(2, d.name);
        if (d.location) {
            q.bind(3, d.location->latitude);
            q.bind(4, d.location->longitude);
        } else {
            q.bindNull(3);
            q.bindNull(4);
        }
        q.bindOptional(5, isoDate(d.harvestDate));
        q.bind(6, d.notes);
        q.run();
    }
}

void RowWriter::insertElement(const Element& e, bool copyContentFromSource) {
    SqliteStatement& q =
        prepared(kInsertElement,
                 "INSERT INTO element (uid, id, donor_structure, donor_position, type, length_m,"
                 " height_mm, width_mm, mass_t, year_built, original_load_class,"
                 " moment_capacity_knm, shear_capacity_kn, capacity_basis, condition, status,"
                 " lat, lon, available_from, notes, harvest_date, storage_site, stay_from,"
                 " stay_to, yard_x, yard_y, yard_angle_deg, yard_layer)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                 " ?, ?, ?, ?, ?)");
    q.bind(1, e.uid);
    q.bind(2, e.id);
    q.bind(3, e.donorStructure);
    q.bind(4, e.donorPosition);
    q.bind(5, e.type);
    q.bind(6, e.length.value());
    q.bind(7, e.height.value());
    q.bind(8, e.width.value());
    q.bind(9, e.mass.value());
    if (e.yearBuilt) {
        q.bind(10, *e.yearBuilt);
    } else {
        q.bindNull(10);
    }
    q.bind(11, e.originalLoadClass);
    bindQuantity(q, 12, e.momentCapacity);
    bindQuantity(q, 13, e.shearCapacity);
    q.bind(14, capacityBasisKey(e.capacityBasis));
    q.bind(15, e.condition);
    q.bind(16, elementStatusKey(e.status));
    q.bind(17, e.location.latitude);
    q.bind(18, e.location.longitude);
    q.bindOptional(19, isoDate(e.availableFrom));
    q.bind(20, e.notes);
    q.bindOptional(21, isoDate(e.harvestDate));
    q.bind(22, e.storageSite);
    q.bindOptional(23,
                   isoDate(e.manualStay ? std::optional<QDate>(e.manualStay->from) : std::nullopt));
    q.bindOptional(24,
                   isoDate(e.manualStay ? std::optional<QDate>(e.manualStay->to) : std::nullopt));
    if (e.yardPlace) {
        q.bind(25, e.yardPlace->x);
        q.bind(26, e.yardPlace->y);
        q.bind(27, e.yardPlace->angleDeg);
        q.bind(28, e.yardPlace->layer);
    } else {
        for (int c = 25; c <= 28; ++c) q.bindNull(c);
    }
    q.run();

    if (!e.history.empty()) {
        SqliteStatement& h =
            prepared(kInsertHistory,
                     "INSERT INTO element_history (element_uid, seq, time, user, from_status,"
                     " to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int seq = 0;
        for (const StatusChange& c : e.history) {
            h.bind(1, e.uid);
            h.bind(2, seq++);
            h.bind(3, isoTime(c.time));
            h.bind(4, c.user);
            h.bindOptional(
                5, c.from ? std::optional<QString>(elementStatusKey(*c.from)) : std::nullopt);
            h.bind(6, elementStatusKey(c.to));
            h.bind(7, c.note);
            h.run();
        }
    }
    int seq = 0;
    for (const AttachedDocument& d : e.documents) {
        SqliteStatement& m =
            prepared(kInsertDocument,
                     "INSERT INTO element_document (uid, element_uid, seq, name, mime_type, size,"
                     " sha256, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        m.bind(1, d.uid);
        m.bind(2, e.uid);
        m.bind(3, seq++);
        m.bind(4, d.name);
        m.bind(5, d.mimeType);
        m.bind(6, d.size);
        m.bind(7, d.sha256);
        m.bind(8, isoTime(d.added));
        m.run();
        if (!d.pendingContent.isEmpty() || d.size == 0) {
            SqliteStatement& c =
                prepared(kInsertContent,
                         "INSERT OR REPLACE INTO document_content (uid, content) VALUES (?, ?)");
            c.bind(1, d.uid);
            c.bindBlob(2, d.pendingContent);
            c.run();
        } else if (copyContentFromSource) {
            SqliteStatement& c =
                prepared(kCopyContent,
                         "INSERT OR REPLACE INTO document_content (uid, content)"
                         " SELECT uid, content FROM src.document_content WHERE uid = ?");
            c.bind(1, d.uid);
            c.run();
            if (c.changes() != 1) {
                throw ProjectFileError(
                    Kind::Io, db_.path(),
                    Tr::tr("the content of document %1 of element %2 is not available")
                        .arg(d.name, e.id));
            }
        }
    }
    insertCertification(e);
}

void RowWriter::insertCertification(const Element& e) {
    int order = 0;
    for (const StepRecord& r : e.certification) {
        SqliteStatement& q =
            prepared(kInsertStepRecord,
                     "INSERT INTO certification_step (element_uid, step, seq, status, actual_start,"
                     " actual_end, planned_start, result, moment_capacity_knm, shear_capacity_kn,"
                     " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, e.uid);
        q.bind(2, r.step);
        q.bind(3, order++);
        q.bind(4, stepStatusKey(r.status));
        q.bindOptional(5, isoDate(r.actualStart));
        q.bindOptional(6, isoDate(r.actualEnd));
        q.bindOptional(7, isoDate(r.plannedStart));
        q.bind(8, r.result);
        bindQuantity(q, 9, r.momentCapacity);
        bindQuantity(q, 10, r.shearCapacity);
        q.bind(11, r.note);
        q.run();
        int seq = 0;
        for (const Uid document : r.evidence) {
            // Evidence whose document was removed from the girder is not written.
            const bool attached =
                std::any_of(e.documents.cbegin(), e.documents.cend(),
                            [&](const AttachedDocument& d) { return d.uid == document; });
            if (!attached) continue;
            SqliteStatement& m =
                prepared(kInsertEvidence,
                         "INSERT INTO certification_evidence (element_uid, step, seq,"
                         " document_uid) VALUES (?, ?, ?, ?)");
            m.bind(1, e.uid);
            m.bind(2, r.step);
            m.bind(3, seq++);
            m.bind(4, document);
            m.run();
        }
    }
}

void RowWriter::writeSites(const std::vector<StorageSite>& sites) {
    db_.exec(QStringLiteral("DELETE FROM storage_site"));
    SqliteStatement& q =
        prepared(kInsertSite,
                 "INSERT INTO storage_site (position, id, name, lat, lon, outline_wkt,"
                 " blocked_wkt, clearance_m, aisle_m, max_layers, cost_eur_per_m2_month,"
                 " open_from, open_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const StorageSite& s : sites) {
        q.bind(1, position++);
        q.bind(2, s.id);
        q.bind(3, s.name);
        q.bind(4, s.location.latitude);
        q.bind(5, s.location.longitude);
        q.bind(6, s.outlineWkt);
        q.bind(7, s.blockedWkt);
        q.bind(8, s.clearanceM);
        q.bind(9, s.aisleM);
        q.bind(10, s.maxLayers);
        q.bind(11, s.costEurPerM2Month);
        q.bindOptional(12, isoDate(s.openFrom));
        q.bindOptional(13, isoDate(s.openTo));
        q.run();
    }
}

void RowWriter::writeFactors(const std::vector<ImpactFactor>& factors) {
    db_.exec(QStringLiteral("DELETE FROM impact_factor"));
    SqliteStatement& q =
        prepared(kInsertFactor,
                 "INSERT INTO impact_factor (position, key, value, unit, source, year,"
                 " illustrative) VALUES (?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const ImpactFactor& f : factors) {
        q.bind(1, position++);
        q.bind(2, f.key);
        // A settings-backed value lives in the settings only.
        if (settingOfFactor(f.key) != nullptr) {
            q.bindNull(3);
        } else {
            q.bind(3, f.value);
        }
        q.bind(4, f.unit);
        q.bind(5, f.source);
        q.bind(6, f.year);
        q.bind(7, f.illustrative ? 1 : 0);
        q.run();
    }
}

void RowWriter::writeProtocol(const std::vector<ProtocolStep>& protocol) {
    db_.exec(QStringLiteral("DELETE FROM protocol_step"));
    SqliteStatement& q =
        prepared(kInsertProtocolStep,
                 "INSERT INTO protocol_step (position, id, name, phase, duration_days,"
                 " predecessors, resource, resource_capacity, cost_eur, party, evidence)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const ProtocolStep& s : protocol) {
        q.bind(1, position++);
        q.bind(2, s.id);
        q.bind(3, s.name);
        q.bind(4, protocolPhaseKey(s.phase));
        q.bind(5, s.durationDays);
        q.bind(6, s.predecessors.join(QLatin1Char('|')));
        q.bind(7, s.resource);
        if (s.resourceCapacity) {
            q.bind(8, *s.resourceCapacity);
        } else {
            q.bindNull(8);
        }
        if (s.costEur) {
            q.bind(9, *s.costEur);
        } else {
            q.bindNull(9);
        }
        q.bind(10, s.party);
        q.bind(11, s.evidence);
        q.run();
    }
}

void RowWriter::deleteElement(Uid uid) {
    for (auto [key, sql] :
         {std::pair{kDeleteEvidence, "DELETE FROM certification_evidence WHERE element_uid = ?"},
          std::pair{kDeleteStepRecords, "DELETE FROM certification_step WHERE element_uid = ?"},
          std::pair{kDeleteHistory, "DELETE FROM element_history WHERE element_uid = ?"},
          std::pair{kDeleteDocuments, "DELETE FROM element_document WHERE element_uid = ?"},
          std::pair{kDeleteElement, "DELETE FROM element WHERE uid = ?"}}) {
        SqliteStatement& q = prepared(key, sql);
        q.bind(1, uid);
        q.run();
    }
}

QSet<Uid> RowWriter::documentUidsOf(const QList<Uid>& elementUids) {
    QSet<Uid> out;
    SqliteStatement& q =
        prepared(kSelectDocuments, "SELECT uid FROM element_document WHERE element_uid = ?");
    for (Uid uid : elementUids) {
        q.bind(1, uid);
        while (q.next()) out.insert(q.integer(0));
    }
    return out;
}

void RowWriter::deleteContent(Uid documentUid) {
    SqliteStatement& q = prepared(kDeleteContent, "DELETE FROM document_content WHERE uid = ?");
    q.bind(1, documentUid);
    q.run();
}

void RowWriter::writeStructures(const std::vector<Structure>& structures) {
    db_.exec(QStringLiteral("DELETE FROM slot"));
    db_.exec(QStringLiteral("DELETE FROM span"));
    db_.exec(QStringLiteral("DELETE FROM structure"));
    SqliteStatement& qs = prepared(
        kInsertStructure,
        "INSERT INTO structure (uid, position, name, lat, lon, notes, load_model,"
        " carriageway_width_m, girder_spacing_m, deck_thickness_m, surfacing_m, consequence_class,"
        " fixed_total_length_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement& qp =
        prepared(kInsertSpan,
                 "INSERT INTO span (uid, structure_uid, position, name, required_length_m,"
                 " install_date, span_length_m, required_length_min_m, required_length_max_m)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement& qk =
        prepared(kInsertSlot,
                 "INSERT INTO slot (uid, span_uid, position, name, moment_demand_knm,"
                 " shear_demand_kn) VALUES (?, ?, ?, ?, ?, ?)");
    int sp = 0;
    for (const Structure& s : structures) {
        qs.bind(1, s.uid);
        qs.bind(2, sp++);
        qs.bind(3, s.name);
        qs.bind(4, s.site.latitude);
        qs.bind(5, s.site.longitude);
        qs.bind(6, s.notes);
        qs.bind(7, loads::loadModelKey(s.deck.loadModel));
        bindQuantity(qs, 8, s.deck.carriagewayWidth);
        bindQuantity(qs, 9, s.deck.girderSpacing);
        bindQuantity(qs, 10, s.deck.deckThickness);
        bindQuantity(qs, 11, s.deck.surfacing);
        qs.bind(12, loads::consequenceClassKey(s.deck.consequenceClass));
        bindQuantity(qs, 13, s.fixedTotalLength);
        qs.run();
        int pp = 0;
        for (const Span& p : s.spans) {
            qp.bind(1, p.uid);
            qp.bind(2, s.uid);
            qp.bind(3, pp++);
            qp.bind(4, p.name);
            qp.bind(5, p.requiredLength.value());
            qp.bind(6, p.installDate.toString(Qt::ISODate));
            bindQuantity(qp, 7, p.calculationSpan);
            bindQuantity(qp, 8, p.requiredLengthMin);
            bindQuantity(qp, 9, p.requiredLengthMax);
            qp.run();
            int kp = 0;
            for (const Slot& k : p.slots) {
                qk.bind(1, k.uid);
                qk.bind(2, p.uid);
                qk.bind(3, kp++);
                qk.bind(4, k.name);
                bindQuantity(qk, 5, k.momentDemand);
                bindQuantity(qk, 6, k.shearDemand);
                qk.run();
            }
        }
    }
}

void RowWriter::writeAssignments(const std::vector<Assignment>& assignments) {
    db_.exec(QStringLiteral("DELETE FROM assignment"));
    SqliteStatement& q =
        prepared(kInsertAssignment,
                 "INSERT INTO assignment (slot_uid, element_uid, pinned) VALUES (?, ?, ?)");
    for (const Assignment& a : assignments) {
        q.bind(1, a.slotUid);
        q.bind(2, a.elementUid);
        q.bind(3, a.pinned ? 1 : 0);
        q.run();
    }
}

}  // namespace respan
