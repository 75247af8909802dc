// A valid file with 50 planted errors must report exactly those 50, at their rows and columns,
// and import nothing (reliability.md, "Importers").
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

using test::Place;

const QStringList kHeader = {QStringLiteral("id"),
                             QStringLiteral("donor_structure"),
                             QStringLiteral("donor_position"),
                             QStringLiteral("type"),
                             QStringLiteral("length_m"),
                             QStringLiteral("height_mm"),
                             QStringLiteral("width_mm"),
                             QStringLiteral("mass_t"),
                             QStringLiteral("year_built"),
                             QStringLiteral("original_load_class"),
                             QStringLiteral("moment_capacity_knm"),
                             QStringLiteral("shear_capacity_kn"),
                             QStringLiteral("capacity_basis"),
                             QStringLiteral("condition"),
                             QStringLiteral("status"),
                             QStringLiteral("location_lat"),
                             QStringLiteral("location_lon"),
                             QStringLiteral("available_from")};

/// Record `i` of a valid file in `dialect`; record 3 has a line break in a quoted field.
QStringList validRecord(int i, CsvDialect dialect) {
    const auto num = [dialect](double v) {
        QString s = QString::number(v, 'f', 2);
        if (dialect == CsvDialect::SemicolonComma) s.replace(QLatin1Char('.'), QLatin1Char(','));
        return s;
    };
    return {
        QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')),
        QStringLiteral("\"Viaduct %1, %2; west\"").arg(i / 10).arg(i % 3),
        i == 3 ? QStringLiteral("\"girder 3\nsecond line\"") : QStringLiteral("girder %1").arg(i),
        QStringLiteral("inverted-T"),
        num(15 + i * 0.05),
        QStringLiteral("900"),
        QStringLiteral("1180"),
        num(20 + i * 0.1),
        QString::number(1960 + i % 40),
        QStringLiteral("BK-60-1963"),
        num(3000 + i),
        num(600 + i * 0.5),
        i % 2 == 0 ? QStringLiteral("verified") : QStringLiteral("estimated"),
        QString::number(1 + i % 6),
        QStringLiteral("in_storage"),
        num(52 + i * 0.001),
        num(4.5 + i * 0.001),
        i % 4 == 0 ? QStringLiteral("2026-05-01") : QString()};
}

struct Plant {
    const char* column;  // nullptr: a record-level problem (text replaces the whole record)
    const char* comma;   // field text in the comma dialect
    const char* semicolon;
    const char* rule;
};

// 25 distinct kinds of error, each planted twice.
const Plant kPlants[] = {
    {"length_m", "0", "0", "range"},
    {"length_m", "-2.5", "-2,5", "range"},
    {"height_mm", "abc", "abc", "number"},
    {"width_mm", "", "", "required"},
    {"mass_t", "2000.1", "2000,1", "range"},
    {"year_built", "1976.5", "1976,5", "integer"},
    {"year_built", "1700", "1700", "range"},
    {"moment_capacity_knm", "nan", "nan", "number"},
    {"shear_capacity_kn", "1e400", "1e400", "number"},
    {"capacity_basis", "guessed", "guessed", "choice"},
    {"condition", "9", "9", "range"},
    {"condition", "", "", "required"},
    {"status", "lost", "lost", "choice"},
    {"location_lat", "91", "91", "range"},
    {"location_lon", "-181", "-181", "range"},
    {"available_from", "2025-02-30", "2025-02-30", "date"},
    {"available_from", "20250-01-01", "20250-01-01", "date"},
    {"available_from", "1799-12-31", "1799-12-31", "range"},
    {"id", "", "", "required"},
    {"id", "E001", "E001", "unique"},    // record 1 has it already
    {"id", "OLD-1", "OLD-1", "unique"},  // in the project already
    {"length_m", "\"1,5\"", "1.5", "decimal-separator"},
    {"mass_t", "\"1,500\"", "1.500", "ambiguous-number"},
    {"type", "\"ab\"c", "\"ab\"c", "quote"},
    {nullptr, "X1,too,few", "X1;too;few", "field-count"},
};

void plantedFile(CsvDialect dialect, QByteArray& bytes, std::set<Place>& expected) {
    const QChar sep = dialect == CsvDialect::CommaPoint ? QLatin1Char(',') : QLatin1Char(';');
    constexpr int kRecords = 140;
    std::vector<QStringList> records;
    for (int i = 1; i <= kRecords; ++i) records.push_back(validRecord(i, dialect));
    // Plants go on records 5..104, one per record (records 1-4 stay valid: the duplicate-id plant
    // refers to record 1, and record 3 has the multi-line field).
    int k = 0;
    std::vector<std::pair<int, const Plant*>> planted;
    for (int round = 0; round < 2; ++round) {
        for (const Plant& p : kPlants) {
            const int record = 5 + 2 * k + round;  // 5..103
            QStringList& fields = records[static_cast<std::size_t>(record - 1)];
            const char* text = dialect == CsvDialect::CommaPoint ? p.comma : p.semicolon;
            if (p.column == nullptr) {
                fields = QString::fromUtf8(text).split(sep);
            } else {
                fields[kHeader.indexOf(QString::fromLatin1(p.column))] = QString::fromUtf8(text);
            }
            planted.emplace_back(record, &p);
            ++k;
        }
    }
    // File rows: the header is row 1, record i is row i + 1, plus one for record 3's extra line.
    for (const auto& [record, p] : planted) {
        const int row = record + 1 + (record > 3 ? 1 : 0);
        expected.insert({row, p->column ? QString::fromLatin1(p->column) : QString(),
                         QString::fromLatin1(p->rule)});
    }
    std::vector<QStringList> rows{kHeader};
    rows.insert(rows.end(), records.begin(), records.end());
    bytes = test::joinRows(rows, sep, QStringLiteral("\r\n")).toUtf8();
}

class PlantedErrors : public ::testing::TestWithParam<CsvDialect> {};

TEST_P(PlantedErrors, AllFiftyReportedAtTheirPlacesAndNothingImported) {
    QByteArray bytes;
    std::set<Place> expected;
    plantedFile(GetParam(), bytes, expected);
    ASSERT_EQ(expected.size(), 50u);

    ProjectDocument doc;
    Element old;
    old.id = QStringLiteral("OLD-1");
    old.length = Metres(12);
    doc.insertElement(old);
    const ElementImport r = parseElementsCsv(bytes, doc, QStringLiteral("t"));
    EXPECT_EQ(r.dialect, GetParam());
    EXPECT_EQ(r.errors.size(), 50u) << test::describe(r.errors).toStdString();
    EXPECT_EQ(test::places(r.errors), expected) << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.elements.empty());
    for (const ImportMessage& m : r.errors)
        EXPECT_FALSE(m.message.isEmpty()) << m.toString().toStdString();
    EXPECT_EQ(doc.elementCount(), 1);

    // The same file without the plants imports completely (so the plants are the only errors).
    const QChar sep = GetParam() == CsvDialect::CommaPoint ? QLatin1Char(',') : QLatin1Char(';');
    std::vector<QStringList> rows{kHeader};
    for (int i = 1; i <= 140; ++i) rows.push_back(validRecord(i, GetParam()));
    const ElementImport ok = parseElementsCsv(
        test::joinRows(rows, sep, QStringLiteral("\r\n")).toUtf8(), doc, QStringLiteral("t"));
    EXPECT_TRUE(ok.ok()) << test::describe(ok.errors).toStdString();
    EXPECT_EQ(ok.elements.size(), 140u);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, PlantedErrors,
                         ::testing::Values(CsvDialect::CommaPoint, CsvDialect::SemicolonComma));

}  // namespace
}  // namespace respan::io
