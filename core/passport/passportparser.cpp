// parsePassport: JSON text -> elements and donors, every problem at its JSON path.
#include "core/passport/passportparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

#include "core/model/fields.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"
#include "core/passport/duplicatekeys.h"
#include "core/passport/jsonfieldreader.h"
#include "core/passport/passportformat.h"

namespace respan::passport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Passport)
};

constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kIntMax = std::numeric_limits<int>::max();
// Sizes travel as JSON numbers (doubles): exact up to 2^53.
constexpr qint64 kMaxSize = qint64(1) << 53;

using Reader = JsonFieldReader;

QStringList statusKeys() {
    QStringList keys;
    for (int i = 0; i < kElementStatusCount; ++i)
        keys << elementStatusKey(static_cast<ElementStatus>(i));
    return keys;
}

/// Where validateElement's field names (the CSV column names) live in a passport entry: the
/// field table's passportPath.
QString passportPathOfField(const QString& field) {
    const ElementField* f = findField(elementFields(), field);
    return f == nullptr || f->passportPath == nullptr ? field
                                                      : QString::fromLatin1(f->passportPath);
}

/// True when an error was already reported at `path` or at an object containing it.
bool covered(const PassportMessages& errors, std::size_t from, const QString& path) {
    for (std::size_t i = from; i < errors.size(); ++i) {
        const QString& p = errors[i].path;
        if (p == path || path.startsWith(p + QLatin1Char('.'))) return true;
    }
    return false;
}

std::optional<GeoPoint> readPoint(const QJsonObject& o, const QString& path,
                                  PassportMessages& errors, PassportMessages& warnings,
                                  bool checkRanges) {
    Reader r(o, path, errors, warnings);
    const auto lat = r.number("lat");
    const auto lon = r.number("lon");
    r.warnUnknownKeys();
    if (!lat || !lon) return std::nullopt;
    if (checkRanges) {
        bool ok = true;
        for (auto [key, value, range] : {std::tuple{"lat", *lat, ranges::kLatitude},
                                         std::tuple{"lon", *lon, ranges::kLongitude}}) {
            if (auto e = checkRange(QString::fromLatin1(key), value, range)) {
                r.error(key, e->value, e->rule, e->message);
                ok = false;
            }
        }
        if (!ok) return std::nullopt;
    }
    return GeoPoint{*lat, *lon};
}

std::optional<AttachedDocument> readDocument(const QJsonObject& o, const QString& path,
                                             PassportMessages& errors, PassportMessages& warnings) {
    Reader r(o, path, errors, warnings);
    AttachedDocument d;
    const auto name = r.text("name");
    if (name && name->trimmed().isEmpty()) {
        r.error("name", jsonText(*name), QStringLiteral("required"), requiredMessage());
    }
    const auto mime = r.text("mime_type");
    const auto size = r.integer("size_bytes", 0, kMaxSize);
    const auto sha = r.text("sha256");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (sha && !hex.match(*sha).hasMatch()) {
        r.error("sha256", jsonText(*sha), QStringLiteral("sha256"),
                Tr::tr("must be 64 lower-case hexadecimal digits"));
    }
    const auto added = r.time("added_utc");
    const auto content = r.text("content_base64", Reader::Optional);
    r.warnUnknownKeys();
    if (r.anyFailed()) return std::nullopt;

    QByteArray bytes;
    if (content) {
        auto decoded = QByteArray::fromBase64Encoding(
            content->toLatin1(),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
            r.error("content_base64", jsonText(*content), QStringLiteral("base64"),
                    Tr::tr("not valid base64"));
            return std::nullopt;
        }
        bytes = std::move(decoded.decoded);
    } else if (*size > 0) {
        r.error("content_base64", QString(), QStringLiteral("content-missing"),
                Tr::tr("the document's content is not in the passport (it was exported without "
                       "document contents); export it again with contents to import it"));
        return std::nullopt;
    }
    if (bytes.size() != *size) {
        r.error("content_base64", QString(), QStringLiteral("size"),
                Tr::tr("the content has %1 bytes, but size_bytes says %2")
                    .arg(bytes.size())
                    .arg(*size));
        return std::nullopt;
    }
    const QString actual = sha256Hex(bytes);
    if (actual != *sha) {
        r.error("content_base64", QString(), QStringLiteral("sha256"),
                Tr::tr("the content's SHA-256 is %1, not the recorded %2: the document was "
                       "changed or damaged")
                    .arg(actual, *sha));
        return std::nullopt;
    }
    d.name = *name;
    d.mimeType = *mime;
    d.size = *size;
    d.sha256 = *sha;
    d.added = *added;
    d.pendingContent = std::move(bytes);
    return d;
}

std::optional<StatusChange> readChange(const QJsonObject& o, const QString& path,
                                       PassportMessages& errors, PassportMessages& warnings) {
    static const QStringList statuses = statusKeys();
    Reader r(o, path, errors, warnings);
    StatusChange c;
    const auto time = r.time("time_utc");
    const auto user = r.text("user");
    const auto from = r.nullableChoice("from", statuses);
    const auto to = r.choice("to", statuses);
    const auto note = r.text("note");
    r.warnUnknownKeys();
    if (r.anyFailed()) return std::nullopt;
    c.time = *time;
    c.user = *user;
    if (from.value) c.from = elementStatusFromKey(*from.value);
    c.to = *elementStatusFromKey(*to);
    c.note = *note;
    return c;
}

template <class Item, class ReadItem>
std::vector<Item> readList(Reader& r, const char* key, PassportMessages& errors,
                           PassportMessages& warnings, ReadItem readItem) {
    std::vector<Item> out;
    const auto list = r.array(key);
    if (!list) return out;
    const QString path = r.pathOf(key);
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue v = list->at(i);
        const QString p = itemPath(path, i);
        if (!v.isObject()) {
            errors.push_back({p, jsonText(v), QStringLiteral("type"), Tr::tr("must be an object")});
            continue;
        }
        if (auto item = readItem(v.toObject(), p, errors, warnings))
            out.push_back(std::move(*item));
    }
    return out;
}

/// Reads the element fields that sit in the object `r` reads, at `prefix` of their passport
/// paths (core/model/fields.h): each by its type, the nested objects each through a reader of
/// their own, which warns of keys it does not know.
void readElementFields(Reader& r, const QString& prefix, Element& e, PassportMessages& errors,
                       PassportMessages& warnings) {
    QStringList groups;
    for (const ElementField& f : elementFields()) {
        if (f.passportPath == nullptr) continue;
        const QString path = QString::fromLatin1(f.passportPath);
        if (!path.startsWith(prefix)) continue;
        const QString rest = path.mid(prefix.size());
        if (const qsizetype dot = rest.indexOf(QLatin1Char('.')); dot >= 0) {
            if (!groups.contains(rest.left(dot))) groups << rest.left(dot);
            continue;
        }
        const QByteArray key = rest.toLatin1();
        switch (f.type) {
            case FieldType::Text:
                if (const auto t = r.text(key.constData())) f.set(e, *t);
                break;
            case FieldType::Number:
                if (f.required) {
                    if (const auto d = r.number(key.constData())) f.set(e, *d);
                } else {
                    // null: no value (a resistance then estimated from the load class).
                    const auto d = r.nullableNumber(key.constData());
                    f.set(e, d.value ? FieldValue(*d.value) : FieldValue());
                }
                break;
            case FieldType::WholeNumber:
                if (f.required) {
                    if (const auto i = r.integer(key.constData(), kIntMin, kIntMax))
                        f.set(e, static_cast<int>(*i));
                } else {
                    const auto i = r.nullableInteger(key.constData(), kIntMin, kIntMax);
                    f.set(e, i.value ? FieldValue(static_cast<int>(*i.value)) : FieldValue());
                }
                break;
            case FieldType::Date: {
                // Keys added to the format after its first release may be absent (a passport
                // written by an earlier ReSpan); those of the first release must be there.
                const bool later = key == "harvest_date";
                const auto d =
                    r.nullableDate(key.constData(), later ? Reader::Optional : Reader::Required);
                f.set(e, d.value ? FieldValue(*d.value) : FieldValue());
                break;
            }
            case FieldType::Choice: {
                QStringList keys;
                for (int v = f.choices->first; v < f.choices->first + f.choices->count; ++v)
                    keys << choiceKey(*f.choices, v);
                if (const auto k = r.choice(key.constData(), keys))
                    f.set(e, *choiceFromKey(*f.choices, *k));
                break;
            }
        }
    }
    for (const QString& group : std::as_const(groups)) {
        const QByteArray key = group.toLatin1();
        const auto object = r.object(key.constData());
        if (!object) continue;
        Reader g(*object, r.pathOf(key.constData()), errors, warnings);
        readElementFields(g, prefix + group + QLatin1Char('.'), e, errors, warnings);
        g.warnUnknownKeys();
    }
}

Element readElement(const QJsonObject& o, const QString& path, PassportMessages& errors,
                    PassportMessages& warnings) {
    const std::size_t firstError = errors.size();
    Reader r(o, path, errors, warnings);
    Element e;
    // Every field of the table at its place; the ranges are checked below by validateElement,
    // with the model's messages.
    readElementFields(r, QString(), e, errors, warnings);
    // Composition is derived on export (the model records no material data); its content is
    // informational and not read back, but it must be an object when present.
    r.object("composition", Reader::Optional);
    e.notes = r.text("notes", Reader::Optional).value_or(QString());
    e.documents = readList<AttachedDocument>(r, "documents", errors, warnings, readDocument);
    e.history = readList<StatusChange>(r, "history", errors, warnings, readChange);
    const auto hash = r.text("content_sha256", Reader::Optional);
    r.warnUnknownKeys();

    for (const FieldError& f : validateElement(e)) {
        const QString p = childPath(path, passportPathOfField(f.field));
        if (!covered(errors, firstError, p)) errors.push_back({p, f.value, f.rule, f.message});
    }
    if (hash) {
        const QString actual = elementContentHash(o);
        if (actual != *hash) {
            r.error("content_sha256", jsonText(*hash), QStringLiteral("content-hash"),
                    Tr::tr("does not match the content of this entry: it was changed after it "
                           "was exported"));
        }
    }
    return e;
}

std::optional<DonorStructure> readDonor(const QJsonObject& o, const QString& path,
                                        PassportMessages& errors, PassportMessages& warnings) {
    Reader r(o, path, errors, warnings);
    DonorStructure d;
    const auto name = r.text("name");
    if (name) {
        if (name->trimmed().isEmpty()) {
            r.error("name", jsonText(*name), QStringLiteral("required"), requiredMessage());
        } else if (name->size() > ranges::kMaxTextLength) {
            r.error("name", jsonText(*name), QStringLiteral("length"),
                    Tr::tr("longer than %1 characters").arg(ranges::kMaxTextLength));
        }
    }
    const auto location = r.nullableObject("location");
    if (location.value) {
        d.location = readPoint(*location.value, r.pathOf("location"), errors, warnings, true);
    }
    const auto harvest = r.nullableDate("harvest_date");
    if (harvest.value) {
        if (auto e = checkDate(QStringLiteral("harvest_date"), *harvest.value)) {
            r.error("harvest_date", e->value, e->rule, e->message);
        }
    }
    d.harvestDate = harvest.value;
    d.notes = r.text("notes", Reader::Optional).value_or(QString());
    r.warnUnknownKeys();
    if (r.anyFailed() || !name || (location.value && !d.location)) return std::nullopt;
    d.name = *name;
    return d;
}

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset) {
    int line = 1;
    qsizetype lineStart = 0;
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

/// Schema id and version; false when the rest of the file must not be read.
bool readIdentity(Reader& r, ParsedPassport& out, PassportMessages& errors) {
    const auto schema = r.text("schema", Reader::Optional);
    if (!schema || *schema != QLatin1String(kSchemaId)) {
        if (r.failed("schema")) return false;
        errors.push_back({r.pathOf("schema"), schema ? jsonText(*schema) : QString(),
                          QStringLiteral("schema"),
                          Tr::tr("not a ReSpan materials passport: \"schema\" must be \"%1\"")
                              .arg(QLatin1String(kSchemaId))});
        return false;
    }
    const auto version = r.integer("schema_version", 1, std::numeric_limits<int>::max());
    if (!version) return false;
    out.schemaVersion = static_cast<int>(*version);
    if (out.schemaVersion > kSchemaVersion) {
        errors.push_back(
            {r.pathOf("schema_version"), QString::number(out.schemaVersion),
             QStringLiteral("schema-version"),
             Tr::tr("this passport has schema version %1, which ReSpan %2 cannot read (it reads "
                    "version %3): a ReSpan that reads passport schema version %1 is needed")
                 .arg(out.schemaVersion)
                 .arg(QLatin1String(RESPAN_VERSION))
                 .arg(kSchemaVersion)});
        return false;
    }
    return true;
}

}  // namespace

ParsedPassport parsePassport(const QByteArray& input, PassportMessages& errors,
                             PassportMessages& warnings) {
    ParsedPassport out;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);  // editors on Windows add one
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        errors.push_back({QString(), QString(), QStringLiteral("json"),
                          Tr::tr("not valid JSON: %1 at line %2, column %3")
                              .arg(parseError.errorString())
                              .arg(line)
                              .arg(column)});
        return out;
    }
    if (const auto duplicate = findDuplicateKey(bytes)) {
        errors.push_back(
            {duplicate->path, jsonText(duplicate->key), QStringLiteral("duplicate-key"),
             Tr::tr("the key \"%1\" appears twice in the same object; which of the two values "
                    "is meant cannot be known, so nothing is read from this passport")
                 .arg(duplicate->key)});
        return out;
    }
    if (!json.isObject()) {
        errors.push_back({QString(), QString(), QStringLiteral("type"),
                          Tr::tr("a passport is a JSON object ({ ... }), not a list or a value")});
        return out;
    }
    Reader r(json.object(), QString(), errors, warnings);
    if (!readIdentity(r, out, errors)) return out;

    r.text("$schema", Reader::Optional);
    if (const auto producer = r.object("producer")) {
        Reader p(*producer, r.pathOf("producer"), errors, warnings);
        const auto name = p.text("name");
        const auto version = p.text("version");
        p.warnUnknownKeys();
        if (name && version) out.producer = *name + QLatin1Char(' ') + *version;
    }
    r.time("created_utc");
    out.sourceProject = r.text("source_project").value_or(QString());
    if (r.text("document_content", Reader::Optional)) {
        // Informational: each document says for itself whether its content is there.
        r.choice("document_content", {QStringLiteral("embedded"), QStringLiteral("omitted")});
    }
    r.object("cb23_levels", Reader::Optional);  // a description of the layout, not data

    if (const auto list = r.array("donors")) {
        QHash<QString, qsizetype> first;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonValue v = list->at(i);
            const QString p = itemPath(QStringLiteral("donors"), i);
            if (!v.isObject()) {
                errors.push_back(
                    {p, jsonText(v), QStringLiteral("type"), Tr::tr("must be an object")});
                continue;
            }
            auto d = readDonor(v.toObject(), p, errors, warnings);
            if (!d) continue;
            const auto it = first.constFind(d->name);
            if (it != first.constEnd()) {
                errors.push_back({childPath(p, QStringLiteral("name")), jsonText(d->name),
                                  QStringLiteral("unique"),
                                  Tr::tr("donor %1 is described twice (first at donors[%2])")
                                      .arg(d->name)
                                      .arg(*it)});
                continue;
            }
            first.insert(d->name, i);
            out.donors.push_back(std::move(*d));
        }
    }

    if (const auto list = r.array("elements")) {
        QHash<QString, qsizetype> first;
        out.elements.reserve(static_cast<std::size_t>(list->size()));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonValue v = list->at(i);
            const QString p = itemPath(QStringLiteral("elements"), i);
            if (!v.isObject()) {
                errors.push_back(
                    {p, jsonText(v), QStringLiteral("type"), Tr::tr("must be an object")});
                continue;
            }
            Element e = readElement(v.toObject(), p, errors, warnings);
            e.id = identifierKey(e.id);  // compared and stored as NFC
            if (!e.id.isEmpty()) {
                const auto it = first.constFind(e.id);
                if (it != first.constEnd()) {
                    errors.push_back({childPath(p, QStringLiteral("id")), jsonText(e.id),
                                      QStringLiteral("unique"),
                                      Tr::tr("element %1 appears twice (first at elements[%2])")
                                          .arg(e.id)
                                          .arg(*it)});
                } else {
                    first.insert(e.id, i);
                }
            }
            out.elements.push_back(std::move(e));
        }
    }
    r.warnUnknownKeys();
    return out;
}

}  // namespace respan::passport
