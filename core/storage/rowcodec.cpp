#include "storage/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

#include "model/validation.h"
#include "storage/projectfileerror.h"
#include "storage/sqliteconnection.h"

namespace respan {

namespace {

using Kind = ProjectFileError::Kind;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectFile)
};

/// Reads typed columns of the current row and reports impossible values with their place.
class Row {
public:
    Row(const QSqlQuery& q, const SqliteConnection& db, const char* table) : q_(q), db_(db), table_(table) {}

    void setKey(const QString& key) { key_ = key; }

    [[noreturn]] void fail(int column, const QString& what) const {
        throw ProjectFileError(Kind::Corrupt, db_.path(),
                               Tr::tr("%1: table %2, row %3, column %4: %5")
                                   .arg(db_.path(), QString::fromLatin1(table_), key_,
                                        QString::number(column + 1), what));
    }

    [[nodiscard]] bool isNull(int c) const { return q_.isNull(c); }

    [[nodiscard]] qint64 integer(int c) const {
        const QVariant v = q_.value(c);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int) fail(c, Tr::tr("not an integer"));
        return v.toLongLong();
    }

    [[nodiscard]] double real(int c) const {
        const QVariant v = q_.value(c);
        const int t = v.typeId();
        if (t != QMetaType::Double && t != QMetaType::LongLong && t != QMetaType::Int) fail(c, Tr::tr("not a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d)) fail(c, Tr::tr("not a finite number"));
        return d;
    }

    [[nodiscard]] QString text(int c) const {
        const QVariant v = q_.value(c);
        if (v.isNull()) return QString();
        if (v.typeId() != QMetaType::QString) fail(c, Tr::tr("not text"));
        return v.toString();
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
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid()) fail(c, Tr::tr("not a time: %1").arg(s.left(40)));
        return t.toUTC();
    }

    [[nodiscard]] ElementStatus status(int c) const {
        const auto s = elementStatusFromKey(text(c));
        if (!s) fail(c, Tr::tr("unknown status"));
        return *s;
    }

private:
    const QSqlQuery& q_;
    const SqliteConnection& db_;
    const char* table_;
    QString key_;
};

QSqlQuery select(SqliteConnection& db, const char* sql) {
    QSqlQuery q = db.query();
    if (!q.exec(QString::fromLatin1(sql))) throwQueryError(q, db.path(), static_cast<int>(Kind::Corrupt));
    return q;
}

void checkErrors(const Row& row, const std::vector<FieldError>& errors) {
    if (errors.empty()) return;
    const FieldError& e = errors.front();
    row.fail(0, QStringLiteral("%1 = %2: %3").arg(e.field, e.value, e.message));
}

/// A text column value. Qt Sql binds a null QString as SQL NULL, which the NOT NULL text columns
/// refuse; a default-constructed field (e.g. Element::notes never set) is an empty text.
QVariant textValue(const QString& text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString isoTime(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QVariant optionalDateValue(const std::optional<QDate>& d) {
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

}  // namespace

// --- reading --------------------------------------------------------------------------------

ProjectSettings RowReader::readSettings() {
    ProjectSettings s;
    QSqlQuery q = select(db_, "SELECT name, value FROM setting");
    Row row(q, db_, "setting");
    while (q.next()) {
        const QString name = row.text(0);
        row.setKey(name);
        if (findSetting(name) == nullptr) continue;  // only a newer build could write one; ignore
        if (auto err = applySetting(s, name, row.text(1))) row.fail(1, err->message);
    }
    return s;
}

std::vector<DonorStructure> RowReader::readDonors() {
    std::vector<DonorStructure> out;
    QSqlQuery q = select(db_, "SELECT uid, name, lat, lon, harvest_date, notes FROM donor_structure ORDER BY uid");
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
    const qint64 count = db_.scalar(QStringLiteral("SELECT count(*) FROM element")).toLongLong();
    out.reserve(static_cast<std::size_t>(std::max<qint64>(0, count)));
    QHash<Uid, int> index;
    index.reserve(static_cast<qsizetype>(count));
    {
        QSqlQuery q = select(db_,
                             "SELECT uid, id, donor_structure, donor_position, type, length_m, height_mm,"
                             " width_mm, mass_t, year_built, original_load_class, moment_capacity_knm,"
                             " shear_capacity_kn, capacity_basis, condition, status, lat, lon,"
                             " available_from, notes FROM element ORDER BY uid");
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
            e.momentCapacity = KiloNewtonMetres(row.real(11));
            e.shearCapacity = KiloNewtons(row.real(12));
            const auto basis = capacityBasisFromKey(row.text(13));
            if (!basis) row.fail(13, Tr::tr("unknown capacity basis"));
            e.capacityBasis = *basis;
            e.condition = static_cast<int>(row.integer(14));
            e.status = row.status(15);
            e.location = GeoPoint{row.real(16), row.real(17)};
            e.availableFrom = row.optionalDate(18);
            e.notes = row.text(19);
            checkErrors(row, validateElement(e));
            index.insert(e.uid, static_cast<int>(out.size()));
            out.push_back(std::move(e));
        }
    }
    {
        QSqlQuery q = select(db_,
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
        QSqlQuery q = select(db_,
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
    return out;
}

std::vector<Structure> RowReader::readStructures() {
    std::vector<Structure> out;
    QHash<Uid, int> structureIndex;
    QHash<Uid, std::pair<int, int>> spanIndex;
    {
        QSqlQuery q = select(db_, "SELECT uid, name, lat, lon, notes FROM structure ORDER BY position, uid");
        Row row(q, db_, "structure");
        while (q.next()) {
            Structure s;
            s.uid = row.integer(0);
            row.setKey(QString::number(s.uid));
            s.name = row.text(1);
            s.site = GeoPoint{row.real(2), row.real(3)};
            s.notes = row.text(4);
            structureIndex.insert(s.uid, static_cast<int>(out.size()));
            out.push_back(std::move(s));
        }
    }
    {
        QSqlQuery q = select(db_,
                             "SELECT uid, structure_uid, name, required_length_m, install_date"
                             " FROM span ORDER BY structure_uid, position, uid");
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
            auto& spans = out[static_cast<std::size_t>(*it)].spans;
            spanIndex.insert(p.uid, {*it, static_cast<int>(spans.size())});
            spans.push_back(std::move(p));
        }
    }
    {
        QSqlQuery q = select(db_,
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
            k.momentDemand = KiloNewtonMetres(row.real(3));
            k.shearDemand = KiloNewtons(row.real(4));
            out[static_cast<std::size_t>(it->first)].spans[static_cast<std::size_t>(it->second)].slots.push_back(
                std::move(k));
        }
    }
    for (const Structure& s : out) {
        const std::vector<FieldError> errors = validateStructure(s);
        if (!errors.empty()) {
            const FieldError& e = errors.front();
            throw ProjectFileError(Kind::Corrupt, db_.path(),
                                   Tr::tr("%1: structure %2: %3 = %4: %5").arg(db_.path(), s.name, e.field, e.value, e.message));
        }
    }
    return out;
}

std::vector<Assignment> RowReader::readAssignments() {
    std::vector<Assignment> out;
    QSqlQuery q = select(db_, "SELECT slot_uid, element_uid, pinned FROM assignment ORDER BY slot_uid");
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
    kStatementCount
};
}  // namespace

RowWriter::RowWriter(SqliteConnection& db) : db_(db) { statements_.resize(kStatementCount); }

RowWriter::~RowWriter() = default;

QSqlQuery& RowWriter::prepared(int key, const char* sql) {
    auto& slot = statements_[static_cast<std::size_t>(key)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(db_.query());
        if (!slot->prepare(QString::fromLatin1(sql))) throwQueryError(*slot, db_.path(), static_cast<int>(Kind::Io));
    }
    return *slot;
}

namespace {
void exec(QSqlQuery& q, const SqliteConnection& db) {
    if (!q.exec()) throwQueryError(q, db.path(), static_cast<int>(Kind::Io));
}
}  // namespace

void RowWriter::writeSettings(const ProjectSettings& settings) {
    db_.exec(QStringLiteral("DELETE FROM setting"));
    QSqlQuery& q = prepared(kInsertSetting, "INSERT INTO setting (name, value) VALUES (?, ?)");
    for (const SettingInfo& info : settingInfos()) {
        q.bindValue(0, textValue(info.name));
        q.bindValue(1, textValue(settingValue(settings, info.name)));
        exec(q, db_);
    }
}

void RowWriter::writeDonors(const std::vector<DonorStructure>& donors) {
    db_.exec(QStringLiteral("DELETE FROM donor_structure"));
    QSqlQuery& q = prepared(kInsertDonor,
                            "INSERT INTO donor_structure (uid, name, lat, lon, harvest_date, notes)"
                            " VALUES (?, ?, ?, ?, ?, ?)");
    for (const DonorStructure& d : donors) {
        q.bindValue(0, d.uid);
        q.bindValue(1, textValue(d.name));
        q.bindValue(2, d.location ? QVariant(d.location->latitude) : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(3, d.location ? QVariant(d.location->longitude) : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(4, optionalDateValue(d.harvestDate));
        q.bindValue(5, textValue(d.notes));
        exec(q, db_);
    }
}

void RowWriter::insertElement(const Element& e, bool copyContentFromSource) {
    QSqlQuery& q = prepared(kInsertElement,
                            "INSERT INTO element (uid, id, donor_structure, donor_position, type, length_m,"
                            " height_mm, width_mm, mass_t, year_built, original_load_class,"
                            " moment_capacity_knm, shear_capacity_kn, capacity_basis, condition, status,"
                            " lat, lon, available_from, notes)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, e.uid);
    q.bindValue(1, textValue(e.id));
    q.bindValue(2, textValue(e.donorStructure));
    q.bindValue(3, textValue(e.donorPosition));
    q.bindValue(4, textValue(e.type));
    q.bindValue(5, e.length.value());
    q.bindValue(6, e.height.value());
    q.bindValue(7, e.width.value());
    q.bindValue(8, e.mass.value());
    q.bindValue(9, e.yearBuilt ? QVariant(*e.yearBuilt) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(10, textValue(e.originalLoadClass));
    q.bindValue(11, e.momentCapacity.value());
    q.bindValue(12, e.shearCapacity.value());
    q.bindValue(13, capacityBasisKey(e.capacityBasis));
    q.bindValue(14, e.condition);
    q.bindValue(15, elementStatusKey(e.status));
    q.bindValue(16, e.location.latitude);
    q.bindValue(17, e.location.longitude);
    q.bindValue(18, optionalDateValue(e.availableFrom));
    q.bindValue(19, textValue(e.notes));
    exec(q, db_);

    if (!e.history.empty()) {
        QSqlQuery& h = prepared(kInsertHistory,
                                "INSERT INTO element_history (element_uid, seq, time, user, from_status,"
                                " to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int seq = 0;
        for (const StatusChange& c : e.history) {
            h.bindValue(0, e.uid);
            h.bindValue(1, seq++);
            h.bindValue(2, isoTime(c.time));
            h.bindValue(3, textValue(c.user));
            h.bindValue(4, c.from ? QVariant(elementStatusKey(*c.from)) : QVariant(QMetaType(QMetaType::QString)));
            h.bindValue(5, elementStatusKey(c.to));
            h.bindValue(6, textValue(c.note));
            exec(h, db_);
        }
    }
    int seq = 0;
    for (const AttachedDocument& d : e.documents) {
        QSqlQuery& m = prepared(kInsertDocument,
                                "INSERT INTO element_document (uid, element_uid, seq, name, mime_type, size,"
                                " sha256, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        m.bindValue(0, d.uid);
        m.bindValue(1, e.uid);
        m.bindValue(2, seq++);
        m.bindValue(3, textValue(d.name));
        m.bindValue(4, textValue(d.mimeType));
        m.bindValue(5, d.size);
        m.bindValue(6, textValue(d.sha256));
        m.bindValue(7, isoTime(d.added));
        exec(m, db_);
        if (!d.pendingContent.isEmpty() || d.size == 0) {
            QSqlQuery& c = prepared(kInsertContent, "INSERT OR REPLACE INTO document_content (uid, content) VALUES (?, ?)");
            c.bindValue(0, d.uid);
            c.bindValue(1, d.pendingContent.isNull() ? QByteArray("") : d.pendingContent);
            exec(c, db_);
        } else if (copyContentFromSource) {
            QSqlQuery& c = prepared(kCopyContent,
                                    "INSERT OR REPLACE INTO document_content (uid, content)"
                                    " SELECT uid, content FROM src.document_content WHERE uid = ?");
            c.bindValue(0, d.uid);
            exec(c, db_);
            if (c.numRowsAffected() != 1) {
                throw ProjectFileError(Kind::Io, db_.path(),
                                       Tr::tr("the content of document %1 of element %2 is not available")
                                           .arg(d.name, e.id));
            }
        }
    }
}

void RowWriter::deleteElement(Uid uid) {
    for (auto [key, sql] : {std::pair{kDeleteHistory, "DELETE FROM element_history WHERE element_uid = ?"},
                            std::pair{kDeleteDocuments, "DELETE FROM element_document WHERE element_uid = ?"},
                            std::pair{kDeleteElement, "DELETE FROM element WHERE uid = ?"}}) {
        QSqlQuery& q = prepared(key, sql);
        q.bindValue(0, uid);
        exec(q, db_);
    }
}

QSet<Uid> RowWriter::documentUidsOf(const QList<Uid>& elementUids) {
    QSet<Uid> out;
    QSqlQuery& q = prepared(kSelectDocuments, "SELECT uid FROM element_document WHERE element_uid = ?");
    for (Uid uid : elementUids) {
        q.bindValue(0, uid);
        exec(q, db_);
        while (q.next()) out.insert(q.value(0).toLongLong());
        q.finish();
    }
    return out;
}

void RowWriter::deleteContent(Uid documentUid) {
    QSqlQuery& q = prepared(kDeleteContent, "DELETE FROM document_content WHERE uid = ?");
    q.bindValue(0, documentUid);
    exec(q, db_);
}

void RowWriter::writeStructures(const std::vector<Structure>& structures) {
    db_.exec(QStringLiteral("DELETE FROM slot"));
    db_.exec(QStringLiteral("DELETE FROM span"));
    db_.exec(QStringLiteral("DELETE FROM structure"));
    QSqlQuery& qs = prepared(kInsertStructure,
                             "INSERT INTO structure (uid, position, name, lat, lon, notes) VALUES (?, ?, ?, ?, ?, ?)");
    QSqlQuery& qp = prepared(kInsertSpan,
                             "INSERT INTO span (uid, structure_uid, position, name, required_length_m,"
                             " install_date) VALUES (?, ?, ?, ?, ?, ?)");
    QSqlQuery& qk = prepared(kInsertSlot,
                             "INSERT INTO slot (uid, span_uid, position, name, moment_demand_knm,"
                             " shear_demand_kn) VALUES (?, ?, ?, ?, ?, ?)");
    int sp = 0;
    for (const Structure& s : structures) {
        qs.bindValue(0, s.uid);
        qs.bindValue(1, sp++);
        qs.bindValue(2, textValue(s.name));
        qs.bindValue(3, s.site.latitude);
        qs.bindValue(4, s.site.longitude);
        qs.bindValue(5, textValue(s.notes));
        exec(qs, db_);
        int pp = 0;
        for (const Span& p : s.spans) {
            qp.bindValue(0, p.uid);
            qp.bindValue(1, s.uid);
            qp.bindValue(2, pp++);
            qp.bindValue(3, textValue(p.name));
            qp.bindValue(4, p.requiredLength.value());
            qp.bindValue(5, p.installDate.toString(Qt::ISODate));
            exec(qp, db_);
            int kp = 0;
            for (const Slot& k : p.slots) {
                qk.bindValue(0, k.uid);
                qk.bindValue(1, p.uid);
                qk.bindValue(2, kp++);
                qk.bindValue(3, textValue(k.name));
                qk.bindValue(4, k.momentDemand.value());
                qk.bindValue(5, k.shearDemand.value());
                exec(qk, db_);
            }
        }
    }
}

void RowWriter::writeAssignments(const std::vector<Assignment>& assignments) {
    db_.exec(QStringLiteral("DELETE FROM assignment"));
    QSqlQuery& q = prepared(kInsertAssignment, "INSERT INTO assignment (slot_uid, element_uid, pinned) VALUES (?, ?, ?)");
    for (const Assignment& a : assignments) {
        q.bindValue(0, a.slotUid);
        q.bindValue(1, a.elementUid);
        q.bindValue(2, a.pinned ? 1 : 0);
        exec(q, db_);
    }
}

}  // namespace respan
