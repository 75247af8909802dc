#include "core/passport/passportjson.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace respan::passport {

namespace {

// Reading order of known keys; one list serves every object of the format, as no key appears
// in two objects in different roles.
constexpr std::array kKeyOrder = {"$schema",
                                  "schema",
                                  "schema_version",
                                  "producer",
                                  "name",
                                  "version",
                                  "created_utc",
                                  "source_project",
                                  "document_content",
                                  "cb23_levels",
                                  "donors",
                                  "status",
                                  "location",
                                  "lat",
                                  "lon",
                                  "harvest_date",
                                  "elements",
                                  "id",
                                  "type",
                                  "origin",
                                  "donor_structure",
                                  "donor_position",
                                  "year_built",
                                  "original_load_class",
                                  "geometry",
                                  "length_m",
                                  "height_mm",
                                  "width_mm",
                                  "mass_t",
                                  "structure",
                                  "element",
                                  "product",
                                  "composition",
                                  "material",
                                  "material_basis",
                                  "concrete_strength_class",
                                  "prestressing_steel",
                                  "reinforcing_steel",
                                  "resistance",
                                  "moment_capacity_knm",
                                  "shear_capacity_kn",
                                  "basis",
                                  "condition",
                                  "nen2767_score",
                                  "present",
                                  "available_from",
                                  "notes",
                                  "documents",
                                  "mime_type",
                                  "size_bytes",
                                  "sha256",
                                  "added_utc",
                                  "content_base64",
                                  "history",
                                  "time_utc",
                                  "user",
                                  "from",
                                  "to",
                                  "note",
                                  "content_sha256"};

int keyRank(const QString& key) {
    for (std::size_t i = 0; i < kKeyOrder.size(); ++i) {
        if (key == QLatin1String(kKeyOrder[i])) return static_cast<int>(i);
    }
    return static_cast<int>(kKeyOrder.size());
}

QStringList readingOrder(const QJsonObject& o) {
    QStringList keys = o.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const int ra = keyRank(a);
        const int rb = keyRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

QStringList sortedKeys(const QJsonObject& o) {
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end());  // QString's operator< compares UTF-16 code units
    return keys;
}

void appendHex4(QByteArray& out, char16_t unit) {
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

// Escapes what JSON requires (quote, backslash, control characters) and, so that any QString
// survives a round trip, an unpaired surrogate as \uXXXX; everything else is UTF-8.
void appendString(QByteArray& out, const QString& s) {
    out += '"';
    const qsizetype n = s.size();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart) out += QStringView(s).mid(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s.at(i).unicode();
        const char* escape = nullptr;
        switch (c) {
            case u'"':
                escape = "\\\"";
                break;
            case u'\\':
                escape = "\\\\";
                break;
            case u'\n':
                escape = "\\n";
                break;
            case u'\r':
                escape = "\\r";
                break;
            case u'\t':
                escape = "\\t";
                break;
            case u'\b':
                escape = "\\b";
                break;
            case u'\f':
                escape = "\\f";
                break;
            default:
                break;
        }
        const bool high = QChar::isHighSurrogate(c);
        const bool pairedHigh = high && i + 1 < n && QChar::isLowSurrogate(s.at(i + 1).unicode());
        const bool loneSurrogate =
            (high && !pairedHigh) || (QChar::isLowSurrogate(c) &&
                                      (i == 0 || !QChar::isHighSurrogate(s.at(i - 1).unicode())));
        if (escape == nullptr && c >= 0x20 && !loneSurrogate) {
            if (pairedHigh) ++i;
            continue;
        }
        flush(i);
        if (escape != nullptr) {
            out += escape;
        } else {
            appendHex4(out, c);
        }
        runStart = i + 1;
    }
    flush(n);
    out += '"';
}

void appendValue(QByteArray& out, const QJsonValue& v, int indent, bool pretty);

void newline(QByteArray& out, int indent, bool pretty) {
    if (!pretty) return;
    out += '\n';
    out += QByteArray(indent * 2, ' ');
}

void appendObject(QByteArray& out, const QJsonObject& o, int indent, bool pretty) {
    if (o.isEmpty()) {
        out += "{}";
        return;
    }
    out += '{';
    bool first = true;
    for (const QString& key : pretty ? readingOrder(o) : sortedKeys(o)) {
        if (!first) out += ',';
        first = false;
        newline(out, indent + 1, pretty);
        appendString(out, key);
        out += pretty ? ": " : ":";
        appendValue(out, o.value(key), indent + 1, pretty);
    }
    newline(out, indent, pretty);
    out += '}';
}

void appendArray(QByteArray& out, const QJsonArray& a, int indent, bool pretty) {
    if (a.isEmpty()) {
        out += "[]";
        return;
    }
    out += '[';
    bool first = true;
    for (const QJsonValue& item : a) {
        if (!first) out += ',';
        first = false;
        newline(out, indent + 1, pretty);
        appendValue(out, item, indent + 1, pretty);
    }
    newline(out, indent, pretty);
    out += ']';
}

void appendValue(QByteArray& out, const QJsonValue& v, int indent, bool pretty) {
    switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out += "null";
            break;
        case QJsonValue::Bool:
            out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            out += formatNumber(v.toDouble());
            break;
        case QJsonValue::String:
            appendString(out, v.toString());
            break;
        case QJsonValue::Array:
            appendArray(out, v.toArray(), indent, pretty);
            break;
        case QJsonValue::Object:
            appendObject(out, v.toObject(), indent, pretty);
            break;
    }
}

}  // namespace

QByteArray formatNumber(double value) {
    // JSON has no NaN or infinity; the exporter validates before writing, so this is a guard.
    if (!std::isfinite(value)) return QByteArrayLiteral("null");
    // -0 is written as 0: JSON readers differ on whether "-0" keeps its sign, and the two compare
    // equal as doubles, so the value read back is the same in every sense the model uses.
    if (value == 0.0) return QByteArrayLiteral("0");
    if (std::trunc(value) == value && std::fabs(value) < 1e15) {
        return QByteArray::number(static_cast<qint64>(value));
    }
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray toPrettyJson(const QJsonObject& object) {
    QByteArray out;
    appendObject(out, object, 0, true);
    out += '\n';
    return out;
}

QByteArray toCanonicalJson(const QJsonValue& value) {
    QByteArray out;
    appendValue(out, value, 0, false);
    return out;
}

}  // namespace respan::passport
