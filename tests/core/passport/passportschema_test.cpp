// The published JSON Schema (resources/passport/respan-passport-1.schema.json) against what the
// exporter writes. Debian ships no C++ JSON Schema validator, so a small one checks the keywords
// the schema uses: type, required, properties, additionalProperties, items, enum, const, oneOf,
// $ref, minimum/maximum/exclusiveMinimum, minLength/maxLength and pattern.
#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

#include "passporttestutil.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

class MiniSchemaValidator {
public:
    explicit MiniSchemaValidator(QJsonObject root) : root_(std::move(root)) {}

    QStringList validate(const QJsonValue& v) {
        errors_.clear();
        check(v, root_, QStringLiteral("$"));
        return errors_;
    }
    /// Keywords met in the schema that this validator does not implement (must stay empty).
    QStringList unsupportedKeywords() const {
        QStringList out;
        scan(root_, out);
        return out;
    }

private:
    QJsonObject resolve(const QJsonObject& s) const {
        if (!s.contains(QStringLiteral("$ref"))) return s;
        const QString ref = s.value(QStringLiteral("$ref")).toString();
        const QString prefix = QStringLiteral("#/$defs/");
        if (!ref.startsWith(prefix)) return {};
        return root_.value(QStringLiteral("$defs"))
            .toObject()
            .value(ref.mid(prefix.size()))
            .toObject();
    }

    static bool hasType(const QJsonValue& v, const QString& type) {
        if (type == QLatin1String("object")) return v.isObject();
        if (type == QLatin1String("array")) return v.isArray();
        if (type == QLatin1String("string")) return v.isString();
        if (type == QLatin1String("number")) return v.isDouble();
        if (type == QLatin1String("integer"))
            return v.isDouble() && std::trunc(v.toDouble()) == v.toDouble();
        if (type == QLatin1String("boolean")) return v.isBool();
        if (type == QLatin1String("null")) return v.isNull();
        return false;
    }

    bool matches(const QJsonValue& v, const QJsonObject& schema) {
        const QStringList saved = errors_;
        check(v, schema, QString());
        const bool ok = errors_.size() == saved.size();
        errors_ = saved;
        return ok;
    }

    void check(const QJsonValue& v, const QJsonObject& schemaIn, const QString& path) {
        const QJsonObject s = resolve(schemaIn);
        if (s.contains(QStringLiteral("$ref")) ||
            (schemaIn.contains(QStringLiteral("$ref")) && s.isEmpty())) {
            errors_ << path + QStringLiteral(": unresolvable $ref");
            return;
        }
        // Keywords next to $ref apply too (2020-12).
        if (schemaIn.contains(QStringLiteral("$ref"))) {
            QJsonObject rest = schemaIn;
            rest.remove(QStringLiteral("$ref"));
            check(v, rest, path);
        }
        if (s.contains(QStringLiteral("type")) &&
            !hasType(v, s.value(QStringLiteral("type")).toString())) {
            errors_ << path + QStringLiteral(": not of type ") +
                           s.value(QStringLiteral("type")).toString();
            return;
        }
        if (s.contains(QStringLiteral("const")) && v != s.value(QStringLiteral("const")))
            errors_ << path + QStringLiteral(": not the constant");
        if (s.contains(QStringLiteral("enum")) &&
            !s.value(QStringLiteral("enum")).toArray().contains(v))
            errors_ << path + QStringLiteral(": not in enum");
        if (s.contains(QStringLiteral("oneOf"))) {
            int n = 0;
            for (const QJsonValue& alt : s.value(QStringLiteral("oneOf")).toArray())
                n += matches(v, alt.toObject()) ? 1 : 0;
            if (n != 1) errors_ << path + QStringLiteral(": matches %1 of oneOf").arg(n);
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (s.contains(QStringLiteral("minimum")) &&
                d < s.value(QStringLiteral("minimum")).toDouble())
                errors_ << path + QStringLiteral(": below minimum");
            if (s.contains(QStringLiteral("maximum")) &&
                d > s.value(QStringLiteral("maximum")).toDouble())
                errors_ << path + QStringLiteral(": above maximum");
            if (s.contains(QStringLiteral("exclusiveMinimum")) &&
                d <= s.value(QStringLiteral("exclusiveMinimum")).toDouble())
                errors_ << path + QStringLiteral(": not above exclusiveMinimum");
        }
        if (v.isString()) {
            const QString str = v.toString();
            if (s.contains(QStringLiteral("minLength")) &&
                str.size() < s.value(QStringLiteral("minLength")).toInt())
                errors_ << path + QStringLiteral(": too short");
            if (s.contains(QStringLiteral("maxLength")) &&
                str.size() > s.value(QStringLiteral("maxLength")).toInt())
                errors_ << path + QStringLiteral(": too long");
            if (s.contains(QStringLiteral("pattern")) &&
                !QRegularExpression(s.value(QStringLiteral("pattern")).toString())
                     .match(str)
                     .hasMatch())
                errors_ << path + QStringLiteral(": does not match pattern");
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue& key : s.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(key.toString()))
                    errors_ << path + QStringLiteral(": required key missing: ") + key.toString();
            }
            const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (props.contains(it.key())) {
                    check(it.value(), props.value(it.key()).toObject(), path + u'.' + it.key());
                } else if (s.value(QStringLiteral("additionalProperties")) == QJsonValue(false)) {
                    errors_ << path + QStringLiteral(": key not allowed: ") + it.key();
                }
            }
        }
        if (v.isArray() && s.contains(QStringLiteral("items"))) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), s.value(QStringLiteral("items")).toObject(),
                      path + QStringLiteral("[%1]").arg(i));
        }
    }

    static void scan(const QJsonObject& s, QStringList& out) {
        static const QStringList known = {QStringLiteral("$schema"),
                                          QStringLiteral("$id"),
                                          QStringLiteral("$defs"),
                                          QStringLiteral("$ref"),
                                          QStringLiteral("title"),
                                          QStringLiteral("description"),
                                          QStringLiteral("type"),
                                          QStringLiteral("required"),
                                          QStringLiteral("properties"),
                                          QStringLiteral("additionalProperties"),
                                          QStringLiteral("items"),
                                          QStringLiteral("enum"),
                                          QStringLiteral("const"),
                                          QStringLiteral("oneOf"),
                                          QStringLiteral("minimum"),
                                          QStringLiteral("maximum"),
                                          QStringLiteral("exclusiveMinimum"),
                                          QStringLiteral("minLength"),
                                          QStringLiteral("maxLength"),
                                          QStringLiteral("pattern"),
                                          QStringLiteral("contentEncoding")};
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!known.contains(it.key())) out << it.key();
            if (it.key() == QLatin1String("properties") || it.key() == QLatin1String("$defs")) {
                const QJsonObject children = it.value().toObject();
                for (auto c = children.begin(); c != children.end(); ++c)
                    scan(c.value().toObject(), out);
            } else if (it.key() == QLatin1String("items")) {
                scan(it.value().toObject(), out);
            } else if (it.key() == QLatin1String("oneOf")) {
                for (const QJsonValue& alt : it.value().toArray()) scan(alt.toObject(), out);
            }
        }
    }

    QJsonObject root_;
    QStringList errors_;
};

QJsonObject loadSchema() {
    const QByteArray bytes = test::readFile(
        QStringLiteral(RESPAN_SOURCE_DIR "/resources/passport/respan-passport-1.schema.json"));
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << e.errorString().toStdString();
    return doc.object();
}

}  // namespace

TEST(PassportSchema, TheValidatorUnderstandsEveryKeywordOfTheSchema) {
    const QJsonObject schema = loadSchema();
    ASSERT_FALSE(schema.isEmpty());
    EXPECT_EQ(MiniSchemaValidator(schema).unsupportedKeywords(), QStringList());
    EXPECT_EQ(schema.value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("schema_version"))
                  .toObject()
                  .value(QStringLiteral("const")),
              QJsonValue(1));
}

TEST(PassportSchema, ExportedPassportsValidate) {
    MiniSchemaValidator validator(loadSchema());
    ProjectDocument sample;
    test::fillSampleProject(sample);
    ProjectDocument large;
    test::fillLargeProject(large, 200, 10);
    for (const auto& [doc, content] :
         {std::pair{&sample, true}, std::pair{&sample, false}, std::pair{&large, true}}) {
        const QJsonObject o = test::parseObject(passport::writePassport(
            *doc, {}, passport::pendingContentSource(), test::fixedOptions(content)));
        ASSERT_FALSE(o.isEmpty());
        EXPECT_EQ(validator.validate(o), QStringList());
    }
    ProjectDocument empty;
    EXPECT_EQ(validator.validate(test::parseObject(
                  passport::writePassport(empty, {}, passport::pendingContentSource()))),
              QStringList());
}

TEST(PassportSchema, EveryRequiredKeyIsWrittenAndTheValidatorCanFail) {
    MiniSchemaValidator validator(loadSchema());
    ProjectDocument sample;
    test::fillSampleProject(sample);
    const QJsonObject good =
        test::parseObject(passport::writePassport(sample, {}, passport::pendingContentSource()));
    // Remove every key in turn from the first element and the header: the schema must notice
    // each required one, and ReSpan's importer must refuse the same ones.
    const QJsonObject schema = loadSchema();
    const QJsonArray elementRequired = schema.value(QStringLiteral("$defs"))
                                           .toObject()
                                           .value(QStringLiteral("element"))
                                           .toObject()
                                           .value(QStringLiteral("required"))
                                           .toArray();
    EXPECT_EQ(elementRequired.size(), 10);
    for (const QJsonValue& key : elementRequired) {
        QJsonObject o = good;
        QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
        QJsonObject e = elements.at(0).toObject();
        ASSERT_TRUE(e.contains(key.toString())) << key.toString().toStdString();
        e.remove(key.toString());
        e.remove(QStringLiteral("content_sha256"));
        elements.replace(0, e);
        o.insert(QStringLiteral("elements"), elements);
        EXPECT_FALSE(validator.validate(o).isEmpty()) << key.toString().toStdString();
        ProjectDocument target;
        const auto import = passport::readPassport(test::toJson(o), target);
        EXPECT_TRUE(test::hasError(import, QStringLiteral("elements[0].") + key.toString(),
                                   QStringLiteral("required")))
            << key.toString().toStdString() << test::describe(import);
    }
    for (const QJsonValue& key : schema.value(QStringLiteral("required")).toArray()) {
        ASSERT_TRUE(good.contains(key.toString())) << key.toString().toStdString();
        QJsonObject o = good;
        o.remove(key.toString());
        EXPECT_FALSE(validator.validate(o).isEmpty()) << key.toString().toStdString();
        ProjectDocument target;
        EXPECT_FALSE(passport::readPassport(test::toJson(o), target).ok())
            << key.toString().toStdString();
    }
    // Wrong values the schema must catch.
    QJsonObject o = good;
    o.insert(QStringLiteral("schema_version"), 2);
    EXPECT_FALSE(validator.validate(o).isEmpty());
}
