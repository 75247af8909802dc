// The passport's JSON writer: numbers read back exactly, any text survives, keys in order.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "core/passport/passportjson.h"

using namespace respan;

namespace {

double readBack(double v) {
    const QByteArray text = "[" + passport::formatNumber(v) + "]";
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << text.constData();
    return doc.array().at(0).toDouble();
}

}  // namespace

TEST(PassportJson, EveryDoubleReadsBackBitForBit) {
    std::mt19937_64 rng(7);
    int checked = 0;
    // Random bit patterns cover every exponent; the decimal values are what people type.
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = rng();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) continue;
        const double back = readBack(v);
        ASSERT_EQ(std::memcmp(&back, &v, sizeof v) == 0 || (v == 0.0 && back == 0.0), true)
            << passport::formatNumber(v).constData();
        ++checked;
    }
    EXPECT_GT(checked, 190000);
    for (double v : {17.92, 0.1, 0.30000000000000004, 1e-300, 5e-324, 1.7976931348623157e308,
                     123456789012345.0, 1e15, 9007199254740993.0, -52.4628, 2450.5}) {
        EXPECT_EQ(readBack(v), v) << passport::formatNumber(v).constData();
    }
}

TEST(PassportJson, NumbersAreShortAndPlainWherePossible) {
    EXPECT_EQ(passport::formatNumber(900.0), "900");
    EXPECT_EQ(passport::formatNumber(17.92), "17.92");
    EXPECT_EQ(passport::formatNumber(-0.0), "0");
    EXPECT_EQ(passport::formatNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(passport::formatNumber(-4.6012), "-4.6012");
}

TEST(PassportJson, AnyTextSurvivesIncludingControlsAndLoneSurrogates) {
    QString text = QStringLiteral("quote \" backslash \\ tab \t newline \n ünïcode € 😀 ");
    text += QChar(0x0001);
    text += QChar(0x001f);
    text += QChar(0xD800);  // unpaired high surrogate
    text += QStringLiteral("x");
    text += QChar(0xDC00);  // unpaired low surrogate
    const QJsonObject o{{QStringLiteral("k"), text}};
    const QByteArray json = passport::toPrettyJson(o);
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    ASSERT_EQ(e.error, QJsonParseError::NoError) << json.constData();
    EXPECT_EQ(doc.object().value(QStringLiteral("k")).toString(), text);
    EXPECT_TRUE(json.contains("\\ud800")) << json.constData();
    EXPECT_TRUE(json.contains("€")) << "non-ASCII is written as UTF-8, not escaped";
}

TEST(PassportJson, CanonicalFormSortsKeysAndHasNoWhiteSpace) {
    const QJsonObject o{{QStringLiteral("b"), 1},
                        {QStringLiteral("a"), QJsonArray{2.5, QStringLiteral("x y")}},
                        {QStringLiteral("B"), QJsonValue::Null}};
    EXPECT_EQ(passport::toCanonicalJson(o), R"({"B":null,"a":[2.5,"x y"],"b":1})");
}

TEST(PassportJson, PrettyFormPutsIdentityFirst) {
    const QJsonObject o{{QStringLiteral("history"), QJsonArray{}},
                        {QStringLiteral("zzz_unknown"), 1},
                        {QStringLiteral("id"), QStringLiteral("G-1")},
                        {QStringLiteral("geometry"), QJsonObject{}}};
    const QByteArray json = passport::toPrettyJson(o);
    const auto at = [&](const char* key) { return json.indexOf(key); };
    EXPECT_LT(at("\"id\""), at("\"geometry\""));
    EXPECT_LT(at("\"geometry\""), at("\"history\""));
    EXPECT_LT(at("\"history\""), at("\"zzz_unknown\""));
}
