#include "core/passport/passportformat.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include "core/passport/passportjson.h"

namespace respan::passport {

namespace {

QJsonValue optionalInt(const std::optional<int>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalDate(const std::optional<QDate>& d) {
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
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

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("origin"),
         QJsonObject{
             {QStringLiteral("donor_structure"), e.donorStructure},
             {QStringLiteral("donor_position"), e.donorPosition},
             {QStringLiteral("year_built"), optionalInt(e.yearBuilt)},
             {QStringLiteral("original_load_class"), e.originalLoadClass},
         }},
        {QStringLiteral("geometry"),
         QJsonObject{
             {QStringLiteral("length_m"), e.length.value()},
             {QStringLiteral("height_mm"), e.height.value()},
             {QStringLiteral("width_mm"), e.width.value()},
         }},
        {QStringLiteral("mass_t"), e.mass.value()},
        {QStringLiteral("composition"), composition()},
        {QStringLiteral("resistance"),
         QJsonObject{
             {QStringLiteral("moment_capacity_knm"), e.momentCapacity.value()},
             {QStringLiteral("shear_capacity_kn"), e.shearCapacity.value()},
             {QStringLiteral("basis"), capacityBasisKey(e.capacityBasis)},
         }},
        {QStringLiteral("condition"), QJsonObject{{QStringLiteral("nen2767_score"), e.condition}}},
        {QStringLiteral("present"),
         QJsonObject{
             {QStringLiteral("status"), elementStatusKey(e.status)},
             {QStringLiteral("location"), point(e.location)},
             {QStringLiteral("available_from"), optionalDate(e.availableFrom)},
         }},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("history"), history},
    };
}

QJsonObject donorToJson(const DonorStructure& d) {
    return QJsonObject{
        {QStringLiteral("name"), d.name},
        {QStringLiteral("location"),
         d.location ? QJsonValue(point(*d.location)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("harvest_date"), optionalDate(d.harvestDate)},
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
