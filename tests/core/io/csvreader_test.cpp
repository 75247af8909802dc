// Decoding and RFC 4180 tokenizing (core/io/csvreader).
#include <gtest/gtest.h>

#include "core/io/csvreader.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

struct Rec {
    int row;
    QStringList fields;
    CsvProblem problem = CsvProblem::None;
};

std::vector<Rec> readAll(const QString& text, QChar sep = QLatin1Char(',')) {
    CsvReader reader(text, sep);
    CsvRecord r;
    std::vector<Rec> out;
    while (reader.next(r)) {
        Rec rec{r.row, {}, r.problem};
        for (const CsvField& f : r.fields) rec.fields << f.text.toString();
        out.push_back(rec);
    }
    return out;
}

TEST(CsvReader, SplitsFieldsAndTrimsUnquotedOnes) {
    const auto recs = readAll(QStringLiteral("a, b ,c\n1,,3\n"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].fields,
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(recs[1].fields, (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    EXPECT_EQ(recs[1].row, 2);
}

TEST(CsvReader, QuotedFieldsKeepSeparatorsQuotesSpacesAndLineBreaks) {
    const auto recs =
        readAll(QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\" padded \",\"two\nlines\"\n"));
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0].fields,
              (QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                           QStringLiteral(" padded "), QStringLiteral("two\nlines")}));
}

TEST(CsvReader, SpacesAroundAQuotedFieldAreIgnored) {
    const auto recs = readAll(QStringLiteral("x, \"a,b\" ,y"));
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0].fields,
              (QStringList{QStringLiteral("x"), QStringLiteral("a,b"), QStringLiteral("y")}));
    EXPECT_EQ(recs[0].problem, CsvProblem::None);
}

TEST(CsvReader, RowsAreFileLinesOfTheRecordStart) {
    // header = line 1; record on lines 3-4 (quoted line break) is row 3; the next is row 5.
    for (const QString& eol :
         {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
        const QString text = QStringLiteral("h1,h2") + eol + QStringLiteral("a,b") + eol +
                             QStringLiteral("\"c") + eol + QStringLiteral("c2\",d") + eol +
                             QStringLiteral("e,f") + eol;
        const auto recs = readAll(text);
        ASSERT_EQ(recs.size(), 4u);
        EXPECT_EQ(recs[0].row, 1);
        EXPECT_EQ(recs[1].row, 2);
        EXPECT_EQ(recs[2].row, 3);
        EXPECT_EQ(recs[2].fields[0], QStringLiteral("c") + eol + QStringLiteral("c2"));
        EXPECT_EQ(recs[3].row, 5);
        EXPECT_EQ(recs[3].fields, (QStringList{QStringLiteral("e"), QStringLiteral("f")}));
    }
}

TEST(CsvReader, MixedLineEndsCountOneLineEach) {
    const auto recs = readAll(QStringLiteral("a\r\nb\rc\nd"));
    ASSERT_EQ(recs.size(), 4u);
    EXPECT_EQ(recs[3].row, 4);
    EXPECT_EQ(recs[3].fields, QStringList{QStringLiteral("d")});
}

TEST(CsvReader, UnterminatedQuoteIsReportedAtTheRecordStart) {
    const auto recs = readAll(QStringLiteral("a,b\n1,\"open\n2,3\n4,5\n"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[1].row, 2);
    EXPECT_EQ(recs[1].problem, CsvProblem::UnterminatedQuote);
}

TEST(CsvReader, TextAfterAClosingQuoteAndStrayQuotesAreProblems) {
    const auto recs = readAll(QStringLiteral("\"ab\"c,d\nab\"c,d\nok,\"\"\n"));
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[0].problem, CsvProblem::TextAfterQuote);
    EXPECT_EQ(recs[0].fields.size(), 2);
    EXPECT_EQ(recs[1].problem, CsvProblem::QuoteInUnquotedField);
    EXPECT_EQ(recs[2].problem, CsvProblem::None);
    EXPECT_EQ(recs[2].fields, (QStringList{QStringLiteral("ok"), QString()}));
}

TEST(CsvReader, TrailingSeparatorGivesAnEmptyLastField) {
    const auto recs = readAll(QStringLiteral("a;b;"), QLatin1Char(';'));
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0].fields.size(), 3);
}

TEST(CsvReader, BlankRecords) {
    CsvReader reader(QStringLiteral("\n;;\n\"\";\n"), QLatin1Char(';'));
    CsvRecord r;
    ASSERT_TRUE(reader.next(r));
    EXPECT_TRUE(r.isBlank());
    ASSERT_TRUE(reader.next(r));
    EXPECT_TRUE(r.isBlank());
    ASSERT_TRUE(reader.next(r));
    EXPECT_FALSE(r.isBlank());  // a quoted empty field is a value
    EXPECT_FALSE(reader.next(r));
}

// --- decoding ------------------------------------------------------------------------------

TEST(CsvDecode, Utf8WithAndWithoutBom) {
    const QString text = QStringLiteral("id,naam\nA,Brücke €\n");
    DecodedText plain = decodeCsvBytes(text.toUtf8());
    EXPECT_EQ(plain.text, text);
    EXPECT_EQ(plain.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(plain.warning);
    DecodedText bom = decodeCsvBytes(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    EXPECT_EQ(bom.text, text);
    EXPECT_EQ(bom.encoding, TextEncoding::Utf8Bom);
}

TEST(CsvDecode, Utf16WithBom) {
    const QString text = QStringLiteral("id;naam\r\nA;Brücke 𝄞\r\n");  // includes a surrogate pair
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        const ushort u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    const DecodedText a = decodeCsvBytes(le);
    const DecodedText b = decodeCsvBytes(be);
    EXPECT_FALSE(a.error);
    EXPECT_EQ(a.text, text);
    EXPECT_EQ(a.encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(b.text, text);
    EXPECT_EQ(b.encoding, TextEncoding::Utf16BE);

    QByteArray odd = le;
    odd.chop(1);
    EXPECT_TRUE(decodeCsvBytes(odd).error);
    QByteArray lone(
        "\xFF\xFE"
        "a\0\n\0\x00\xD8"
        "b\0",
        10);  // "a\n" then an unpaired high surrogate
    const DecodedText bad = decodeCsvBytes(lone);
    ASSERT_TRUE(bad.error);
    EXPECT_EQ(bad.error->row, 2);
    EXPECT_EQ(bad.error->rule, QStringLiteral("encoding"));
}

TEST(CsvDecode, InvalidUtf8IsReadAsWindows1252WithAWarning) {
    // "Café" and "Brücke" in Windows-1252, plus 0x80 (euro sign) and 0x9F (Y with diaeresis).
    const QByteArray bytes(
        "id\nCaf\xE9\nBr\xFC"
        "cke \x80\x9F\n");
    const DecodedText d = decodeCsvBytes(bytes);
    EXPECT_FALSE(d.error);
    EXPECT_EQ(d.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(d.text, QStringLiteral("id\nCafé\nBrücke €Ÿ\n"));
    ASSERT_TRUE(d.warning);
    EXPECT_EQ(d.warning->row, 2);  // the first byte that is not UTF-8
    EXPECT_EQ(d.warning->rule, QStringLiteral("encoding"));
}

TEST(CsvDecode, OverlongAndSurrogateUtf8AreNotUtf8) {
    EXPECT_EQ(decodeCsvBytes(QByteArray("a\xC0\xAF")).encoding,
              TextEncoding::Windows1252);  // overlong '/'
    EXPECT_EQ(decodeCsvBytes(QByteArray("a\xED\xA0\x80")).encoding,
              TextEncoding::Windows1252);  // U+D800
    EXPECT_EQ(decodeCsvBytes(QByteArray("a\xF4\x90\x80\x80")).encoding,
              TextEncoding::Windows1252);  // > U+10FFFF
    EXPECT_EQ(decodeCsvBytes(QByteArray("a\xF0\x9D\x84\x9E")).encoding,
              TextEncoding::Utf8);  // U+1D11E
}

TEST(CsvDecode, BomThatLiesIsAnErrorNotAGuess) {
    const DecodedText d = decodeCsvBytes(QByteArray("\xEF\xBB\xBFid\nCaf\xE9\n"));
    ASSERT_TRUE(d.error);
    EXPECT_EQ(d.error->row, 2);
}

TEST(CsvDecode, NulCharactersAreRefused) {
    const DecodedText d = decodeCsvBytes(QByteArray("i\0d\0,\0", 6));  // UTF-16LE without BOM
    ASSERT_TRUE(d.error);
    EXPECT_EQ(d.error->rule, QStringLiteral("encoding"));
}

}  // namespace
}  // namespace respan::io
