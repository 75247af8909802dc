#pragma once
// Typed reading of one JSON object of a passport, reporting every problem at its JSON path.
// Internal to core/passport.

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

#include "core/passport/passportimport.h"

namespace respan::passport {

/// JSON path of a key inside the object at `path` ("elements[3]" + "geometry").
QString childPath(const QString& path, const QString& key);
/// JSON path of an array item ("elements" + 3 -> "elements[3]").
QString itemPath(const QString& path, qsizetype index);
/// A value as compact JSON text for messages, cut at 100 characters.
QString jsonText(const QJsonValue& value);

/// Reads the keys of one object. Every getter marks its key as known; an absent required key is
/// reported as "required", a value of the wrong JSON type as "type", and so on, each once. After
/// the getters, warnUnknownKeys() reports the keys nobody asked for.
class JsonFieldReader {
public:
    enum Presence { Required, Optional };

    /// A value that may be JSON null. `ok` is false when the key is absent (and required) or
    /// the value is of the wrong type; `value` is empty for null.
    template <class T>
    struct Nullable {
        bool ok = false;
        std::optional<T> value;
    };

    JsonFieldReader(const QJsonObject& object, QString path, PassportMessages& errors,
                    PassportMessages& warnings);

    [[nodiscard]] const QString& path() const { return path_; }
    [[nodiscard]] QString pathOf(const char* key) const;
    /// True when a problem was reported for this key (so later rules do not report it again).
    [[nodiscard]] bool failed(const char* key) const;
    /// True when any problem was reported for this object.
    [[nodiscard]] bool anyFailed() const { return !failed_.isEmpty(); }

    std::optional<QString> text(const char* key, Presence presence = Required);
    std::optional<double> number(const char* key);
    /// A JSON number or null (present, without a value).
    Nullable<double> nullableNumber(const char* key);
    /// A JSON number that is a whole number within [minimum, maximum].
    std::optional<qint64> integer(const char* key, qint64 minimum, qint64 maximum);
    Nullable<qint64> nullableInteger(const char* key, qint64 minimum, qint64 maximum);
    /// "YYYY-MM-DD".
    Nullable<QDate> nullableDate(const char* key, Presence presence = Required);
    /// ISO 8601 date and time with "Z" or an offset, at most millisecond precision; in UTC.
    std::optional<QDateTime> time(const char* key);
    /// One of `choices` exactly (case matters: the file is machine-written).
    std::optional<QString> choice(const char* key, const QStringList& choices);
    Nullable<QString> nullableChoice(const char* key, const QStringList& choices);
    std::optional<QJsonObject> object(const char* key, Presence presence = Required);
    Nullable<QJsonObject> nullableObject(const char* key);
    std::optional<QJsonArray> array(const char* key, Presence presence = Required);
    /// Marks a key as known without reading it (informational keys).
    void skip(const char* key) { known_.insert(QString::fromLatin1(key)); }

    /// Reports a problem with this key (used by rules that look at several keys).
    void error(const char* key, const QString& value, const QString& rule, const QString& message);
    void warnUnknownKeys();

private:
    std::optional<QJsonValue> value(const char* key, Presence presence);
    void typeError(const char* key, const QJsonValue& v, const QString& expected);

    QJsonObject object_;
    QString path_;
    PassportMessages& errors_;
    PassportMessages& warnings_;
    QSet<QString> known_;
    QSet<QString> failed_;
};

/// Checks that a string holds no NUL and no unpaired UTF-16 surrogate (which a JSON "\u"
/// escape can produce but the project file cannot store).
bool isStorableText(const QString& text);

}  // namespace respan::passport
