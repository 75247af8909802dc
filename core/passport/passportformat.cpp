#include "core/passport/passportformat.h"

#include <QJsonArray>

#include "core/model/fields.h"
#include "core/passport/passportjson.h"

namespace respan::passport {

namespace {

/// A field's value as the passport writes it: choices as their keys, dates as ISO 8601, an
/// empty optional field as null.
QJsonValue jsonOf(const ElementField& f, const FieldValue& v) {
    if (const auto t = std::get_if<QString>(&v)) return *t;
    if (const auto d = std::get_if<double>(&v)) return *d;
    if (const auto i = std::get_if<int>(&v)) {
        return f.type == FieldType::Choice ? QJsonValue(choiceKey(*f.choices, *i)) : QJsonValue(*i);
    }
    if (const auto date = std::get_if<QDate>(&v)) return date->toString(Qt::ISODate);
    return QJsonValue(QJsonValue::Null);
}

/// Puts `value` at a dotted path ("origin.donor_structure"), making the objects on the way.
void insertAtPath(QJsonObject& object, QStringView path, const QJsonValue& value) {
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = object.value(head).toObject();
    insertAtPath(child, path.mid(dot + 1), value);
    object.insert(head, child);
}

QJsonObject point(const GeoPoint& p) {
    return QJsonObject{{QStringLiteral("lat"), p.latitude}, {QStringLiteral("lon"), p.longitude}};
}

// Material level: ReSpan records no material data per element. What is said comes from the
// product's scope (product.md: precast prestressed concrete girders), and says so.
QJsonObject composition() {
    const QString notRecorded = QString::fromLatin1(kNotRecorded);
    return QJsonObject{
        {QStringLiteral("material"), QStringLiteral("prestressed precast concrete")},
        {QStringLiteral("material_basis"), QStringLiteral("product_scope")},
        {QStringLiteral("concrete_strength_class"), notRecorded},
        {QStringLiteral("prestressing_steel"), notRecorded},
        {QStringLiteral("reinforcing_steel"), notRecorded},
    };
}

}  // namespace

QString formatTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject elementToJson(const Element& e) {
    QJsonArray documents;
    for (const AttachedDocument& d : e.documents) {
        documents.append(QJsonObject{
            {QStringLiteral("name"), d.name},
            {QStringLiteral("mime_type"), d.mimeType},
            {QStringLiteral("size_bytes"), static_cast<double>(d.size)},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("added_utc"), formatTime(d.added)},
        });
    }
    QJsonArray history;
    for (const StatusChange& c : e.history) {
        history.append(QJsonObject{
            {QStringLiteral("time_utc"), formatTime(c.time)},
            {QStringLiteral("user"), c.user},
            {QStringLiteral("from"),
             c.from ? QJsonValue(elementStatusKey(*c.from)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to"), elementStatusKey(c.to)},
            {QStringLiteral("note"), c.note},
        });
    }
    // The fields at their places in the passport (core/model/fields.h, passportPath).
    QJsonObject entry;
    for (const ElementField& f : elementFields()) {
        if (f.passportPath != nullptr)
            insertAtPath(entry, QString::fromLatin1(f.passportPath), jsonOf(f, f.get(e)));
    }
    entry.insert(QStringLiteral("composition"), composition());
    entry.insert(QStringLiteral("notes"), e.notes);
    entry.insert(QStringLiteral("documents"), documents);
    entry.insert(QStringLiteral("history"), history);
    return entry;
}

QJsonObject donorToJson(const DonorStructure& d) {
    return QJsonObject{
        {QStringLiteral("name"), d.name},
        {QStringLiteral("location"),
         d.location ? QJsonValue(point(*d.location)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("harvest_date"), d.harvestDate
                                             ? QJsonValue(d.harvestDate->toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notes"), d.notes},
    };
}

QString elementContentHash(const QJsonObject& entry) {
    QJsonObject copy = entry;
    copy.remove(QStringLiteral("content_sha256"));
    const QJsonValue docs = copy.value(QStringLiteral("documents"));
    if (docs.isArray()) {
        QJsonArray stripped;
        for (const QJsonValue& d : docs.toArray()) {
            if (d.isObject()) {
                QJsonObject o = d.toObject();
                o.remove(QStringLiteral("content_base64"));
                stripped.append(o);
            } else {
                stripped.append(d);
            }
        }
        copy.insert(QStringLiteral("documents"), stripped);
    }
    return sha256Hex(toCanonicalJson(copy));
}

}  // namespace respan::passport
