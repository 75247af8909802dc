// Numbers and dates in the two dialects (core/io/numberparser).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "core/io/numberparser.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

constexpr auto kComma = CsvDialect::CommaPoint;
constexpr auto kSemicolon = CsvDialect::SemicolonComma;

NumberStatus status(const char* text, CsvDialect d) {
    return parseNumber(QString::fromUtf8(text), d).status;
}

double value(const char* text, CsvDialect d) {
    const ParsedNumber n = parseNumber(QString::fromUtf8(text), d);
    EXPECT_EQ(n.status, NumberStatus::Ok) << text;
    return n.value;
}

TEST(NumberParser, CommaDialectDecimalPoint) {
    EXPECT_EQ(value("1.5", kComma), 1.5);
    EXPECT_EQ(value("  -17.92 ", kComma), -17.92);
    EXPECT_EQ(value("+3", kComma), 3.0);
    EXPECT_EQ(value(".5", kComma), 0.5);
    EXPECT_EQ(value("5.", kComma), 5.0);
    EXPECT_EQ(value("1e3", kComma), 1000.0);
    EXPECT_EQ(value("2.5E-3", kComma), 0.0025);
    EXPECT_EQ(value("1,234.5", kComma), 1234.5);  // grouping with a decimal part is unambiguous
    EXPECT_EQ(value("1,234,567", kComma), 1234567.0);
}

TEST(NumberParser, SemicolonDialectDecimalComma) {
    EXPECT_EQ(value("1,5", kSemicolon), 1.5);
    EXPECT_EQ(value("17,92", kSemicolon), 17.92);
    EXPECT_EQ(value("-0,25", kSemicolon), -0.25);
    EXPECT_EQ(value("1.234,5", kSemicolon), 1234.5);
    EXPECT_EQ(value("12.345.678,9", kSemicolon), 12345678.9);
    EXPECT_EQ(value("1.234.567", kSemicolon), 1234567.0);
    EXPECT_EQ(value("3", kSemicolon), 3.0);
    EXPECT_EQ(value("1,5e3", kSemicolon), 1500.0);
}

TEST(NumberParser, AmbiguousNumbersAreRefusedNotGuessed) {
    EXPECT_EQ(status("1.234", kSemicolon), NumberStatus::Ambiguous);
    EXPECT_EQ(status("-12.500", kSemicolon), NumberStatus::Ambiguous);
    EXPECT_EQ(status("999.999", kSemicolon), NumberStatus::Ambiguous);
    EXPECT_EQ(status("1,234", kComma), NumberStatus::Ambiguous);  // only possible when quoted
}

TEST(NumberParser, WrongDecimalSeparator) {
    EXPECT_EQ(status("1.5", kSemicolon), NumberStatus::WrongSeparator);
    EXPECT_EQ(status("0.125", kSemicolon),
              NumberStatus::WrongSeparator);  // "0." never groups thousands
    EXPECT_EQ(status("1.2345", kSemicolon), NumberStatus::WrongSeparator);
    EXPECT_EQ(status("1.23.456", kSemicolon), NumberStatus::WrongSeparator);
    EXPECT_EQ(status("1,234.5", kSemicolon), NumberStatus::WrongSeparator);  // English grouping
    EXPECT_EQ(status("1,5", kComma), NumberStatus::WrongSeparator);
    EXPECT_EQ(status("17,92", kComma), NumberStatus::WrongSeparator);
}

TEST(NumberParser, NotNumbers) {
    for (const char* t : {"abc", "1x", "--1", "1e", "e5", "+", ",", "1 234", "0x10", "1,5,", "½"}) {
        EXPECT_NE(status(t, kComma), NumberStatus::Ok) << t;
        EXPECT_NE(status(t, kSemicolon), NumberStatus::Ok) << t;
    }
    EXPECT_EQ(status("", kComma), NumberStatus::Empty);
    EXPECT_EQ(status("   ", kSemicolon), NumberStatus::Empty);
    EXPECT_EQ(status("1.234e3", kSemicolon), NumberStatus::Syntax);  // grouping with exponent
}

TEST(NumberParser, NonFiniteAreRefused) {
    for (const char* t : {"nan", "NaN", "-nan", "inf", "-Inf", "+infinity", "1e400", "-1e309"}) {
        EXPECT_EQ(status(t, kComma), NumberStatus::NotFinite) << t;
    }
    // Underflow is a finite number: the correctly rounded value is (signed) zero.
    EXPECT_EQ(value("1e-400", kComma), 0.0);
    EXPECT_EQ(value("4.9406564584124654e-324", kComma), std::numeric_limits<double>::denorm_min());
}

TEST(NumberParser, CorrectlyRounded) {
    EXPECT_EQ(value("0.1", kComma), 0.1);
    EXPECT_EQ(value("0.30000000000000004", kComma), 0.1 + 0.2);
    EXPECT_EQ(value("1.7976931348623157e308", kComma), std::numeric_limits<double>::max());
    EXPECT_EQ(value("2,2250738585072014e-308", kSemicolon), std::numeric_limits<double>::min());
}

TEST(NumberParser, IsoDatesOnly) {
    EXPECT_EQ(parseIsoDate(u"2025-10-15"), QDate(2025, 10, 15));
    EXPECT_EQ(parseIsoDate(u" 2024-02-29 "), QDate(2024, 2, 29));
    for (const char16_t* t :
         {u"2025-02-30", u"2023-02-29", u"20250-01-01", u"2025-1-5", u"15-10-2025", u"2025/10/15",
          u"2025-10-15T00:00", u"", u"0000-01-01", u"2025-13-01"}) {
        EXPECT_FALSE(parseIsoDate(QStringView(t))) << QString::fromUtf16(t).toStdString();
    }
}

TEST(NumberFormat, ReadableForUsualValues) {
    EXPECT_EQ(formatNumber(17.92, kComma), QStringLiteral("17.92"));
    EXPECT_EQ(formatNumber(17.92, kSemicolon), QStringLiteral("17,92"));
    EXPECT_EQ(formatNumber(100000, kComma), QStringLiteral("100000"));
    EXPECT_EQ(formatNumber(-0.25, kSemicolon), QStringLiteral("-0,25"));
    EXPECT_EQ(formatNumber(0.1 + 0.2, kComma), QStringLiteral("0.30000000000000004"));
    EXPECT_EQ(formatNumber(1e-300, kComma), QStringLiteral("1e-300"));
}

TEST(NumberFormat, RoundTripsEveryFiniteDoubleInBothDialects) {
    // Random bit patterns cover every exponent, denormals and both signs.
    std::mt19937_64 rng(20250415);
    int checked = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = rng();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) continue;
        for (const CsvDialect d : {kComma, kSemicolon}) {
            const QString text = formatNumber(v, d);
            const ParsedNumber back = parseNumber(text, d);
            ASSERT_EQ(back.status, NumberStatus::Ok) << text.toStdString();
            ASSERT_EQ(std::memcmp(&back.value, &v, sizeof v), 0) << text.toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 190000);
}

}  // namespace
}  // namespace respan::io
