#include "core/io/numberparser.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <system_error>

namespace respan::io {

namespace {

bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

bool isNonFiniteWord(QStringView t) {
    if (!t.isEmpty() && (t.front() == u'+' || t.front() == u'-')) t = t.mid(1);
    return t.compare(u"nan", Qt::CaseInsensitive) == 0 ||
           t.compare(u"inf", Qt::CaseInsensitive) == 0 ||
           t.compare(u"infinity", Qt::CaseInsensitive) == 0;
}

/// from_chars reports both overflow and underflow as out of range; tell them apart from the
/// position of the first significant digit, so that 1e-400 reads as 0 (and then fails a "> 0"
/// range with a clear message) while 1e400 is refused as not finite.
ParsedNumber outOfRange(const std::string& digits, int intDigits, long exponent, bool negative) {
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return {NumberStatus::Ok, negative ? -0.0 : 0.0};
    const long magnitude = static_cast<long>(intDigits) - 1 - static_cast<long>(first) + exponent;
    if (magnitude > 0) return {NumberStatus::NotFinite, 0.0};
    return {NumberStatus::Ok, negative ? -0.0 : 0.0};
}

}  // namespace

QChar decimalSeparator(CsvDialect dialect) {
    return dialect == CsvDialect::CommaPoint ? QChar(u'.') : QChar(u',');
}

QChar fieldSeparator(CsvDialect dialect) {
    return dialect == CsvDialect::CommaPoint ? QChar(u',') : QChar(u';');
}

ParsedNumber parseNumber(QStringView text, CsvDialect dialect) {
    text = text.trimmed();
    if (text.isEmpty()) return {NumberStatus::Empty, 0.0};
    if (isNonFiniteWord(text)) return {NumberStatus::NotFinite, 0.0};
    const char16_t dec = decimalSeparator(dialect).unicode();
    const char16_t grp = dialect == CsvDialect::CommaPoint ? u',' : u'.';
    const char16_t* s = text.utf16();
    const qsizetype n = text.size();
    const auto wrongOrSyntax = [&] {
        return ParsedNumber{
            text.contains(QChar(grp)) ? NumberStatus::WrongSeparator : NumberStatus::Syntax, 0.0};
    };

    // Mantissa digits without separators (short strings: no allocation for usual numbers).
    std::string digits;
    qsizetype i = 0;
    bool negative = false;
    if (s[i] == u'+' || s[i] == u'-') {
        negative = s[i] == u'-';
        ++i;
    }
    int intDigits = 0;
    int groups = 0;
    int groupLength = 0;
    bool groupsValid = true;
    const bool leadingZero = i < n && s[i] == u'0';
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (isDigit(c)) {
            digits.push_back(static_cast<char>(c));
            ++intDigits;
            ++groupLength;
        } else if (c == grp) {
            if (groups == 0 ? (groupLength < 1 || groupLength > 3 || leadingZero)
                            : groupLength != 3) {
                groupsValid = false;
            }
            ++groups;
            groupLength = 0;
        } else {
            break;
        }
    }
    if (groups > 0 && groupLength != 3) groupsValid = false;
    bool hasDecimal = false;
    int fracDigits = 0;
    if (i < n && s[i] == dec) {
        hasDecimal = true;
        for (++i; i < n && isDigit(s[i]); ++i) {
            digits.push_back(static_cast<char>(s[i]));
            ++fracDigits;
        }
    }
    long exponent = 0;
    bool hasExponent = false;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        hasExponent = true;
        ++i;
        bool expNegative = false;
        if (i < n && (s[i] == u'+' || s[i] == u'-')) {
            expNegative = s[i] == u'-';
            ++i;
        }
        if (i >= n || !isDigit(s[i])) return wrongOrSyntax();
        for (; i < n && isDigit(s[i]); ++i) {
            exponent = std::min(exponent * 10 + (s[i] - u'0'), 100000000L);
        }
        if (expNegative) exponent = -exponent;
    }
    if (i < n || intDigits + fracDigits == 0) return wrongOrSyntax();
    if (groups > 0) {
        if (!groupsValid) return {NumberStatus::WrongSeparator, 0.0};
        if (hasExponent) return {NumberStatus::Syntax, 0.0};
        if (!hasDecimal && groups == 1) return {NumberStatus::Ambiguous, 0.0};
    }

    std::string buffer;
    if (negative) buffer.push_back('-');
    if (intDigits == 0) buffer.push_back('0');
    buffer.append(digits, 0, static_cast<std::size_t>(intDigits));
    if (fracDigits > 0) {
        buffer.push_back('.');
        buffer.append(digits, static_cast<std::size_t>(intDigits), std::string::npos);
    }
    if (hasExponent) {
        buffer.push_back('e');
        buffer.append(std::to_string(exponent));
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec == std::errc::result_out_of_range)
        return outOfRange(digits, intDigits, exponent, negative);
    if (ec != std::errc() || end != buffer.data() + buffer.size())
        return {NumberStatus::Syntax, 0.0};
    return {NumberStatus::Ok, value};
}

std::optional<QDate> parseIsoDate(QStringView text) {
    text = text.trimmed();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
        for (int j = 0; j < lengths[k]; ++j) {
            const char16_t c = text[starts[k] + j].unicode();
            if (!isDigit(c)) return std::nullopt;
            parts[k] = parts[k] * 10 + (c - u'0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    if (!date.isValid()) return std::nullopt;
    return date;
}

QString formatNumber(double value, CsvDialect dialect) {
    // Shortest round-trip text. Plain notation while it stays short (what a spreadsheet user
    // expects for 100000), scientific beyond that (1e-300 would otherwise need 300 zeros).
    constexpr std::size_t kMaxPlain = 24;
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc() || static_cast<std::size_t>(result.ptr - buffer) > kMaxPlain) {
        result =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    }
    QString out = QString::fromLatin1(buffer, result.ptr - buffer);
    if (dialect == CsvDialect::SemicolonComma) out.replace(QLatin1Char('.'), QLatin1Char(','));
    return out;
}

}  // namespace respan::io
