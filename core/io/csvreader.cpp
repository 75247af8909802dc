#include "core/io/csvreader.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <cstring>

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvReader)
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five unassigned bytes map to the C1
// controls of the same value, as the WHATWG encoding standard does, so every byte decodes.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF are invalid); -1 when all bytes are valid.
qsizetype firstInvalidUtf8(const unsigned char* s, qsizetype n) {
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t block;
            std::memcpy(&block, s + i, sizeof block);
            if ((block & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n) return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += length;
    }
    return -1;
}

/// Line (1-based) of position `end` in a sequence of code units (bytes or UTF-16).
template <class Unit>
int lineAt(const Unit* s, qsizetype end) {
    int line = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (s[i] == Unit('\n')) {
            ++line;
        } else if (s[i] == Unit('\r') && (i + 1 >= end || s[i + 1] != Unit('\n'))) {
            ++line;
        }
    }
    return line;
}

ImportMessage encodingError(int row, const QString& message) {
    return ImportMessage{row, QString(), QString(), QStringLiteral("encoding"), message};
}

QString decodeWindows1252(const unsigned char* s, qsizetype n) {
    QString out(n, Qt::Uninitialized);
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        d[i] = (c >= 0x80 && c < 0xA0) ? kWindows1252High[c - 0x80] : char16_t(c);
    }
    return out;
}

/// Decodes UTF-16 code units after the byte order mark; reports an odd byte count or an unpaired
/// surrogate with its row.
DecodedText decodeUtf16(const unsigned char* s, qsizetype n, bool littleEndian) {
    DecodedText out;
    out.encoding = littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    const qsizetype units = n / 2;
    out.text = QString(units, Qt::Uninitialized);
    char16_t* d = reinterpret_cast<char16_t*>(out.text.data());
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned char a = s[2 * i];
        const unsigned char b = s[2 * i + 1];
        d[i] = littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    }
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = d[i];
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 < units && d[i + 1] >= 0xDC00 && d[i + 1] <= 0xDFFF) {
                ++i;
                continue;
            }
        } else if (u < 0xDC00 || u > 0xDFFF) {
            continue;
        }
        out.error = encodingError(lineAt(d, i),
                                  Tr::tr("the file is not valid UTF-16 (unpaired surrogate)"));
        return out;
    }
    if (n % 2 != 0) {
        out.error = encodingError(lineAt(d, units),
                                  Tr::tr("the file is not valid UTF-16 (odd number of bytes)"));
    }
    return out;
}

bool isLineBreak(char16_t c) {
    return c == u'\n' || c == u'\r';
}

}  // namespace

QString textEncodingName(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return QStringLiteral("UTF-8");
        case TextEncoding::Utf8Bom:
            return QStringLiteral("UTF-8 (BOM)");
        case TextEncoding::Utf16LE:
            return QStringLiteral("UTF-16LE");
        case TextEncoding::Utf16BE:
            return QStringLiteral("UTF-16BE");
        case TextEncoding::Windows1252:
            return QStringLiteral("Windows-1252");
    }
    return QString();
}

DecodedText decodeCsvBytes(const QByteArray& bytes) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    DecodedText out;
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        out = decodeUtf16(s + 2, n - 2, true);
    } else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        out = decodeUtf16(s + 2, n - 2, false);
    } else {
        const bool bom = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF;
        const qsizetype start = bom ? 3 : 0;
        const qsizetype bad = firstInvalidUtf8(s + start, n - start);
        if (bad < 0) {
            out.encoding = bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
            out.text = QString::fromUtf8(bytes.constData() + start, n - start);
        } else if (bom) {
            // The file says it is UTF-8; reading it as anything else would be a guess.
            out.error = encodingError(lineAt(s + start, bad),
                                      Tr::tr("the file starts with a UTF-8 byte order mark but is "
                                             "not valid UTF-8"));
            return out;
        } else {
            out.encoding = TextEncoding::Windows1252;
            out.text = decodeWindows1252(s, n);
            out.warning = encodingError(
                lineAt(s, bad), Tr::tr("the file is not valid UTF-8; it was read as Windows-1252 "
                                       "(check accented letters, or save the file as UTF-8)"));
        }
    }
    if (out.error) return out;
    const qsizetype nul = out.text.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        out.error =
            encodingError(lineAt(reinterpret_cast<const char16_t*>(out.text.constData()), nul),
                          Tr::tr("the file contains NUL characters: it is not a text file, "
                                 "or UTF-16/UTF-32 without byte order mark"));
    }
    return out;
}

bool CsvRecord::isBlank() const {
    for (const CsvField& f : fields) {
        if (f.quoted || !f.text.isEmpty()) return false;
    }
    return true;
}

CsvReader::CsvReader(QStringView text, QChar separator)
    : text_(text), separator_(separator.unicode()) {}

bool CsvReader::next(CsvRecord& r) {
    r.fields.clear();
    r.storage_.clear();
    r.problem = CsvProblem::None;
    r.problemField = -1;
    const qsizetype n = text_.size();
    if (pos_ >= n) return false;
    const char16_t* s = text_.utf16();
    r.row = line_;
    const auto problem = [&r](CsvProblem p) {
        if (r.problem == CsvProblem::None) {
            r.problem = p;
            r.problemField = static_cast<int>(r.fields.size());
        }
    };
    for (;;) {
        qsizetype p = pos_;
        while (p < n && (s[p] == u' ' || s[p] == u'\t')) ++p;
        CsvField field;
        qsizetype end = 0;  // position of the separator, line break or end after the field
        if (p < n && s[p] == u'"') {
            field.quoted = true;
            qsizetype start = ++p;
            QString* unescaped = nullptr;
            for (;;) {
                while (p < n && s[p] != u'"') {
                    if (s[p] == u'\n' || (s[p] == u'\r' && (p + 1 >= n || s[p + 1] != u'\n'))) {
                        ++line_;
                    }
                    ++p;
                }
                if (p >= n) {
                    problem(CsvProblem::UnterminatedQuote);
                    if (unescaped) {
                        unescaped->append(QStringView(s + start, n - start));
                        field.text = *unescaped;
                    } else {
                        field.text = QStringView(s + start, n - start);
                    }
                    r.fields.push_back(field);
                    pos_ = n;
                    return true;
                }
                if (p + 1 < n && s[p + 1] == u'"') {
                    if (!unescaped) unescaped = &r.storage_.emplace_back();
                    unescaped->append(QStringView(s + start, p + 1 - start));
                    p += 2;
                    start = p;
                    continue;
                }
                if (unescaped) {
                    unescaped->append(QStringView(s + start, p - start));
                    field.text = *unescaped;
                } else {
                    field.text = QStringView(s + start, p - start);
                }
                ++p;
                break;
            }
            while (p < n && (s[p] == u' ' || s[p] == u'\t')) ++p;
            end = p;
            if (end < n && s[end] != separator_ && !isLineBreak(s[end])) {
                problem(CsvProblem::TextAfterQuote);
                while (end < n && s[end] != separator_ && !isLineBreak(s[end])) ++end;
            }
        } else {
            end = pos_;
            while (end < n && s[end] != separator_ && !isLineBreak(s[end])) {
                if (s[end] == u'"') problem(CsvProblem::QuoteInUnquotedField);
                ++end;
            }
            field.text = QStringView(s + pos_, end - pos_).trimmed();
        }
        r.fields.push_back(field);
        if (end >= n) {
            pos_ = n;
            return true;
        }
        pos_ = end + 1;
        if (s[end] == separator_) continue;
        if (s[end] == u'\r' && pos_ < n && s[pos_] == u'\n') ++pos_;
        ++line_;
        return true;
    }
}

}  // namespace respan::io
