#include "core/passport/jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

#include "core/model/validation.h"
#include "core/passport/passportformat.h"
#include "core/passport/passportjson.h"

namespace respan::passport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Passport)
};

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return Tr::tr("null");
        case QJsonValue::Bool:
            return Tr::tr("true/false");
        case QJsonValue::Double:
            return Tr::tr("a number");
        case QJsonValue::String:
            return Tr::tr("text");
        case QJsonValue::Array:
            return Tr::tr("a list");
        case QJsonValue::Object:
            return Tr::tr("an object");
        case QJsonValue::Undefined:
            break;
    }
    return Tr::tr("nothing");
}

}  // namespace

QString childPath(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString itemPath(const QString& path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString jsonText(const QJsonValue& value) {
    QString s = QString::fromUtf8(toCanonicalJson(value));
    if (s.size() > 100) s = s.left(100) + QStringLiteral("…");
    return s;
}

bool isStorableText(const QString& text) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0) return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(text.at(i + 1).unicode())) return false;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        }
    }
    return true;
}

JsonFieldReader::JsonFieldReader(const QJsonObject& object, QString path, PassportMessages& errors,
                                 PassportMessages& warnings)
    : object_(object), path_(std::move(path)), errors_(errors), warnings_(warnings) {}

QString JsonFieldReader::pathOf(const char* key) const {
    return childPath(path_, QString::fromLatin1(key));
}

bool JsonFieldReader::failed(const char* key) const {
    return failed_.contains(QString::fromLatin1(key));
}

void JsonFieldReader::error(const char* key, const QString& value, const QString& rule,
                            const QString& message) {
    failed_.insert(QString::fromLatin1(key));
    errors_.push_back({pathOf(key), value, rule, message});
}

void JsonFieldReader::typeError(const char* key, const QJsonValue& v, const QString& expected) {
    error(key, jsonText(v), QStringLiteral("type"),
          Tr::tr("must be %1, not %2").arg(expected, typeName(v)));
}

std::optional<QJsonValue> JsonFieldReader::value(const char* key, Presence presence) {
    const QString k = QString::fromLatin1(key);
    known_.insert(k);
    const auto it = object_.constFind(k);
    if (it == object_.constEnd()) {
        if (presence == Required) {
            error(key, QString(), QStringLiteral("required"), Tr::tr("this key is required"));
        }
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonFieldReader::text(const char* key, Presence presence) {
    const auto v = value(key, presence);
    if (!v) return std::nullopt;
    if (!v->isString()) {
        typeError(key, *v, Tr::tr("text"));
        return std::nullopt;
    }
    QString s = v->toString();
    if (!isStorableText(s)) {
        error(key, jsonText(*v), QStringLiteral("text"),
              Tr::tr("contains a NUL character or an unpaired surrogate, which cannot be stored"));
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonFieldReader::number(const char* key) {
    const auto v = value(key, Required);
    if (!v) return std::nullopt;
    if (!v->isDouble()) {
        typeError(key, *v, Tr::tr("a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

JsonFieldReader::Nullable<double> JsonFieldReader::nullableNumber(const char* key) {
    const auto v = value(key, Required);
    if (!v) return {};
    if (v->isNull()) return {true, std::nullopt};
    if (!v->isDouble()) {
        typeError(key, *v, Tr::tr("a number or null"));
        return {};
    }
    return {true, v->toDouble()};
}

std::optional<qint64> JsonFieldReader::integer(const char* key, qint64 minimum, qint64 maximum) {
    const auto v = value(key, Required);
    if (!v) return std::nullopt;
    if (!v->isDouble()) {
        typeError(key, *v, Tr::tr("a whole number"));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (std::trunc(d) != d) {
        error(key, jsonText(*v), QStringLiteral("integer"), Tr::tr("must be a whole number"));
        return std::nullopt;
    }
    if (d < static_cast<double>(minimum) || d > static_cast<double>(maximum)) {
        error(key, jsonText(*v), QStringLiteral("range"),
              Tr::tr("must be between %1 and %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

JsonFieldReader::Nullable<qint64> JsonFieldReader::nullableInteger(const char* key, qint64 minimum,
                                                                   qint64 maximum) {
    const auto v = value(key, Required);
    if (!v) return {};
    if (v->isNull()) return {true, std::nullopt};
    // Re-read through integer() for its checks; the key is present, so no "required" error.
    const auto i = integer(key, minimum, maximum);
    return {i.has_value(), i};
}

JsonFieldReader::Nullable<QDate> JsonFieldReader::nullableDate(const char* key, Presence presence) {
    const auto v = value(key, presence);
    if (!v) return {};
    if (v->isNull()) return {true, std::nullopt};
    if (!v->isString()) {
        typeError(key, *v, Tr::tr("a date (YYYY-MM-DD) or null"));
        return {};
    }
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v->toString();
    const QDate d = pattern.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        error(key, jsonText(*v), QStringLiteral("date"),
              Tr::tr("not a valid date (use YYYY-MM-DD)"));
        return {};
    }
    return {true, d};
}

std::optional<QDateTime> JsonFieldReader::time(const char* key) {
    const auto v = value(key, Required);
    if (!v) return std::nullopt;
    if (!v->isString()) {
        typeError(key, *v, Tr::tr("a date and time"));
        return std::nullopt;
    }
    // A time without zone would be read as local time, differently on every machine.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString s = v->toString();
    QDateTime t;
    if (pattern.match(s).hasMatch()) t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        error(key, jsonText(*v), QStringLiteral("time"),
              Tr::tr("not a valid time (use YYYY-MM-DDThh:mm:ss.sssZ, in UTC or with an "
                     "offset)"));
        return std::nullopt;
    }
    t = t.toUTC();
    // Same years as dates (checkDate); also keeps every time writable as four-digit ISO 8601.
    if (t.date().year() < ranges::kMinYear || t.date().year() > ranges::kMaxYear) {
        error(key, jsonText(*v), QStringLiteral("range"),
              Tr::tr("year must be between %1 and %2").arg(ranges::kMinYear).arg(ranges::kMaxYear));
        return std::nullopt;
    }
    return t;
}

std::optional<QString> JsonFieldReader::choice(const char* key, const QStringList& choices) {
    const auto v = value(key, Required);
    if (!v) return std::nullopt;
    if (!v->isString() || !choices.contains(v->toString())) {
        error(key, jsonText(*v), QStringLiteral("enum"),
              Tr::tr("must be one of: %1").arg(choices.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return v->toString();
}

JsonFieldReader::Nullable<QString> JsonFieldReader::nullableChoice(const char* key,
                                                                   const QStringList& choices) {
    const auto v = value(key, Required);
    if (!v) return {};
    if (v->isNull()) return {true, std::nullopt};
    const auto c = choice(key, choices);
    return {c.has_value(), c};
}

std::optional<QJsonObject> JsonFieldReader::object(const char* key, Presence presence) {
    const auto v = value(key, presence);
    if (!v) return std::nullopt;
    if (!v->isObject()) {
        typeError(key, *v, Tr::tr("an object"));
        return std::nullopt;
    }
    return v->toObject();
}

JsonFieldReader::Nullable<QJsonObject> JsonFieldReader::nullableObject(const char* key) {
    const auto v = value(key, Required);
    if (!v) return {};
    if (v->isNull()) return {true, std::nullopt};
    if (!v->isObject()) {
        typeError(key, *v, Tr::tr("an object or null"));
        return {};
    }
    return {true, v->toObject()};
}

std::optional<QJsonArray> JsonFieldReader::array(const char* key, Presence presence) {
    const auto v = value(key, presence);
    if (!v) return std::nullopt;
    if (!v->isArray()) {
        typeError(key, *v, Tr::tr("a list"));
        return std::nullopt;
    }
    return v->toArray();
}

void JsonFieldReader::warnUnknownKeys() {
    for (auto it = object_.constBegin(); it != object_.constEnd(); ++it) {
        if (known_.contains(it.key())) continue;
        warnings_.push_back(
            {childPath(path_, it.key()), jsonText(it.value()), QStringLiteral("unknown"),
             Tr::tr("not part of passport schema version %1; ignored").arg(kSchemaVersion)});
    }
}

}  // namespace respan::passport
