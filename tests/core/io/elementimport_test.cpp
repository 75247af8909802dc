// parseElementsCsv / applyElementImport: fields, ranges, defaults, header and record problems.
#include <gtest/gtest.h>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

using test::Place;
using test::places;

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

QStringList baseRow(const QString& id = QStringLiteral("A9W-01")) {
    return {id,
            QStringLiteral("A9 viaduct West"),
            QStringLiteral("span 1 girder 1"),
            QStringLiteral("inverted-T rail girder"),
            QStringLiteral("17.92"),
            QStringLiteral("900"),
            QStringLiteral("1180"),
            QStringLiteral("23.7"),
            QStringLiteral("1976"),
            QStringLiteral("BK-60-1963"),
            QStringLiteral("3020"),
            QStringLiteral("640"),
            QStringLiteral("verified"),
            QStringLiteral("2"),
            QStringLiteral("in_storage"),
            QStringLiteral("52.4628"),
            QStringLiteral("4.6012"),
            QString()};
}

/// A comma-dialect file with one valid element whose `column` is replaced by `raw` (as written).
QByteArray withField(const QString& column, const QString& raw) {
    QStringList row = baseRow();
    row[kHeader.indexOf(column)] = raw;
    return test::joinRows({kHeader, row}, QLatin1Char(','), QStringLiteral("\n")).toUtf8();
}

ElementImport parse(const QByteArray& bytes) {
    ProjectDocument doc;
    return parseElementsCsv(bytes, doc, QStringLiteral("tester"));
}

TEST(ElementImport, ReadsEveryColumn) {
    ProjectDocument doc;
    QStringList row = baseRow();
    row[kHeader.indexOf(QStringLiteral("available_from"))] = QStringLiteral("2026-03-01");
    const ElementImport r = parseElementsCsv(
        test::joinRows({kHeader, row}, QLatin1Char(','), QStringLiteral("\n")).toUtf8(), doc,
        QStringLiteral("tester"));
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_EQ(r.elements.size(), 1u);
    const Element& e = r.elements[0];
    EXPECT_EQ(e.uid, kNoUid);
    EXPECT_EQ(e.id, QStringLiteral("A9W-01"));
    EXPECT_EQ(e.donorStructure, QStringLiteral("A9 viaduct West"));
    EXPECT_EQ(e.donorPosition, QStringLiteral("span 1 girder 1"));
    EXPECT_EQ(e.type, QStringLiteral("inverted-T rail girder"));
    EXPECT_EQ(e.length, Metres(17.92));
    EXPECT_EQ(e.height, Millimetres(900));
    EXPECT_EQ(e.width, Millimetres(1180));
    EXPECT_EQ(e.mass, Tonnes(23.7));
    EXPECT_EQ(e.yearBuilt, 1976);
    EXPECT_EQ(e.originalLoadClass, QStringLiteral("BK-60-1963"));
    EXPECT_EQ(e.momentCapacity, KiloNewtonMetres(3020));
    EXPECT_EQ(e.shearCapacity, KiloNewtons(640));
    EXPECT_EQ(e.capacityBasis, CapacityBasis::Verified);
    EXPECT_EQ(e.condition, 2);
    EXPECT_EQ(e.status, ElementStatus::InStorage);
    EXPECT_EQ(e.location, (GeoPoint{52.4628, 4.6012}));
    EXPECT_EQ(e.availableFrom, QDate(2026, 3, 1));
    EXPECT_EQ(r.dialect, CsvDialect::CommaPoint);
    EXPECT_EQ(r.encoding, TextEncoding::Utf8);
}

TEST(ElementImport, OneHistoryEntryPerElement) {
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ProjectDocument doc;
    QStringList row = baseRow();
    row[kHeader.indexOf(QStringLiteral("status"))] = QStringLiteral("certified");
    const ElementImport r = parseElementsCsv(
        test::joinRows({kHeader, row}, QLatin1Char(','), QStringLiteral("\n")).toUtf8(), doc,
        QStringLiteral("j.jansen"));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.elements[0].history.size(), 1u);
    const StatusChange& h = r.elements[0].history[0];
    EXPECT_FALSE(h.from.has_value());
    EXPECT_EQ(h.to, ElementStatus::Certified);
    EXPECT_EQ(h.user, QStringLiteral("j.jansen"));
    EXPECT_EQ(h.note, QStringLiteral("imported from CSV"));
    EXPECT_EQ(h.time.timeSpec(), Qt::UTC);
    EXPECT_LE(before, h.time);
    EXPECT_LE(h.time, after);
}

TEST(ElementImport, DefaultsForOptionalColumns) {
    // Only the required columns: basis estimated, status in_storage, no year, available now.
    const QString text = QStringLiteral(
        "id,length_m,height_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,condition,"
        "location_lat,location_lon\n"
        "X1,10,500,800,8.5,900,200,3,52,5\n");
    const ElementImport r = parse(text.toUtf8());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    const Element& e = r.elements.at(0);
    EXPECT_EQ(e.capacityBasis, CapacityBasis::Estimated);
    EXPECT_EQ(e.status, ElementStatus::InStorage);
    EXPECT_FALSE(e.yearBuilt);
    EXPECT_FALSE(e.availableFrom);
    EXPECT_TRUE(e.donorStructure.isEmpty());
    // Empty optional fields give the same defaults.
    const ElementImport empty = parse(withField(QStringLiteral("capacity_basis"), QString()));
    EXPECT_EQ(empty.elements.at(0).capacityBasis, CapacityBasis::Estimated);
    EXPECT_EQ(parse(withField(QStringLiteral("status"), QString())).elements.at(0).status,
              ElementStatus::InStorage);
}

struct FieldCase {
    const char* column;
    const char* raw;   // as written in a comma-dialect file
    const char* rule;  // expected rule; "" = accepted
};

class ElementField : public ::testing::TestWithParam<FieldCase> {};

TEST_P(ElementField, Validation) {
    const FieldCase c = GetParam();
    const QString column = QString::fromLatin1(c.column);
    const QString raw = QString::fromUtf8(c.raw);
    const ElementImport r = parse(withField(column, raw));
    if (*c.rule == '\0') {
        EXPECT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
        EXPECT_EQ(r.elements.size(), 1u);
        return;
    }
    ASSERT_EQ(r.errors.size(), 1u) << test::describe(r.errors).toStdString();
    const ImportMessage& m = r.errors[0];
    EXPECT_EQ(m.row, 2);
    EXPECT_EQ(m.column, column);
    EXPECT_EQ(m.rule, QString::fromLatin1(c.rule));
    EXPECT_FALSE(m.message.isEmpty());
    EXPECT_TRUE(r.elements.empty());
    // The raw value as it stood in the file (unquoted and trimmed, as a reader sees it).
    QString expected = raw.trimmed();
    if (expected.startsWith(QLatin1Char('"')))
        expected = expected.mid(1, expected.size() - 2)
                       .replace(QStringLiteral("\"\""), QStringLiteral("\""));
    if (expected.size() > 100) expected = expected.left(100) + QStringLiteral("…");
    EXPECT_EQ(m.value, expected);
}

const std::string kLong1000(1000, 'x');
const std::string kLong1001(1001, 'x');
const std::string kId100(100, 'I');
const std::string kId101(101, 'I');

INSTANTIATE_TEST_SUITE_P(
    Boundaries, ElementField,
    ::testing::Values(
        FieldCase{"id", "", "required"}, FieldCase{"id", "\" A1\"", "whitespace"},
        FieldCase{"id", kId100.c_str(), ""}, FieldCase{"id", kId101.c_str(), "length"},
        FieldCase{"id", "Ω-7 ü", ""}, FieldCase{"donor_structure", kLong1000.c_str(), ""},
        FieldCase{"donor_structure", kLong1001.c_str(), "length"},
        FieldCase{"donor_position", kLong1001.c_str(), "length"},
        FieldCase{"type", kLong1001.c_str(), "length"},
        FieldCase{"original_load_class", kLong1001.c_str(), "length"},
        FieldCase{"length_m", "0", "range"}, FieldCase{"length_m", "-2.5", "range"},
        FieldCase{"length_m", "0.000001", "range"}, FieldCase{"length_m", "4.9e-324", "range"},
        FieldCase{"length_m", "1", ""}, FieldCase{"length_m", "200", ""},
        FieldCase{"length_m", "200.000001", "range"}, FieldCase{"length_m", "", "required"},
        FieldCase{"length_m", "abc", "number"}, FieldCase{"length_m", "nan", "number"},
        FieldCase{"length_m", "inf", "number"}, FieldCase{"length_m", "1e999", "number"},
        FieldCase{"length_m", "\"17,92\"", "decimal-separator"},
        FieldCase{"length_m", "\"1,500\"", "ambiguous-number"},
        FieldCase{"length_m", "  18.5  ", ""}, FieldCase{"height_mm", "0", "range"},
        FieldCase{"height_mm", "-900", "range"}, FieldCase{"height_mm", "10000", ""},
        FieldCase{"height_mm", "10000.01", "range"}, FieldCase{"width_mm", "0", "range"},
        FieldCase{"width_mm", "10000", ""}, FieldCase{"width_mm", "10001", "range"},
        FieldCase{"width_mm", "", "required"}, FieldCase{"mass_t", "0", "range"},
        FieldCase{"mass_t", "-1", "range"}, FieldCase{"mass_t", "2000", ""},
        FieldCase{"mass_t", "2000.1", "range"}, FieldCase{"year_built", "", ""},
        FieldCase{"year_built", "1800", ""}, FieldCase{"year_built", "1799", "range"},
        FieldCase{"year_built", "2200", ""}, FieldCase{"year_built", "2201", "range"},
        FieldCase{"year_built", "0", "range"}, FieldCase{"year_built", "-1976", "range"},
        FieldCase{"year_built", "1976.5", "integer"}, FieldCase{"year_built", "1976.0", ""},
        FieldCase{"year_built", "1e15", "range"}, FieldCase{"moment_capacity_knm", "0", "range"},
        FieldCase{"moment_capacity_knm", "-5", "range"},
        FieldCase{"moment_capacity_knm", "1000000", ""},
        FieldCase{"moment_capacity_knm", "1000000.5", "range"},
        FieldCase{"shear_capacity_kn", "0", "range"}, FieldCase{"shear_capacity_kn", "1e6", ""},
        FieldCase{"shear_capacity_kn", "1000001", "range"},
        // Empty: estimated from the row's class BK-60-1963 (docs/load-model.md).
        FieldCase{"shear_capacity_kn", "", ""}, FieldCase{"capacity_basis", "estimated", ""},
        FieldCase{"capacity_basis", " Verified ", ""},
        FieldCase{"capacity_basis", "guessed", "choice"}, FieldCase{"condition", "0", "range"},
        FieldCase{"condition", "1", ""}, FieldCase{"condition", "6", ""},
        FieldCase{"condition", "7", "range"}, FieldCase{"condition", "9", "range"},
        FieldCase{"condition", "-1", "range"}, FieldCase{"condition", "2.5", "integer"},
        FieldCase{"condition", "", "required"}, FieldCase{"condition", "two", "number"},
        FieldCase{"status", "in_structure", ""}, FieldCase{"status", "harvested", ""},
        FieldCase{"status", "certified", ""}, FieldCase{"status", "reserved", ""},
        FieldCase{"status", "installed", ""}, FieldCase{"status", "REJECTED", ""},
        FieldCase{"status", "lost", "choice"}, FieldCase{"location_lat", "-90", ""},
        FieldCase{"location_lat", "90", ""}, FieldCase{"location_lat", "90.0001", "range"},
        FieldCase{"location_lat", "-90.5", "range"}, FieldCase{"location_lat", "0", ""},
        FieldCase{"location_lat", "", "required"}, FieldCase{"location_lon", "-180", ""},
        FieldCase{"location_lon", "180", ""}, FieldCase{"location_lon", "180.01", "range"},
        FieldCase{"location_lon", "-181", "range"}, FieldCase{"available_from", "2025-02-28", ""},
        FieldCase{"available_from", "2025-02-30", "date"},
        FieldCase{"available_from", "20250-01-01", "date"},
        FieldCase{"available_from", "2025-1-5", "date"},
        FieldCase{"available_from", "01-02-2025", "date"},
        FieldCase{"available_from", "1799-12-31", "range"},
        FieldCase{"available_from", "1800-01-01", ""},
        FieldCase{"available_from", "2200-12-31", ""},
        FieldCase{"available_from", "2201-01-01", "range"}));

TEST(ElementImport, SemicolonDialectNumbers) {
    const auto file = [](const QString& length) {
        QStringList row = baseRow();
        for (QString& f : row) f.replace(QLatin1Char('.'), QLatin1Char(','));
        row[kHeader.indexOf(QStringLiteral("length_m"))] = length;
        return test::joinRows({kHeader, row}, QLatin1Char(';'), QStringLiteral("\r\n")).toUtf8();
    };
    ElementImport ok = parse(file(QStringLiteral("17,5")));
    ASSERT_TRUE(ok.ok()) << test::describe(ok.errors).toStdString();
    EXPECT_EQ(ok.dialect, CsvDialect::SemicolonComma);
    EXPECT_EQ(ok.elements[0].length, Metres(17.5));
    EXPECT_EQ(ok.elements[0].mass, Tonnes(23.7));
    EXPECT_EQ(ok.elements[0].location.latitude, 52.4628);

    EXPECT_EQ(parse(file(QStringLiteral("1.234,5"))).errors.at(0).rule,
              QStringLiteral("range"));  // 1234.5 m
    const ElementImport ambiguous = parse(file(QStringLiteral("1.234")));
    ASSERT_EQ(ambiguous.errors.size(), 1u);
    EXPECT_EQ(ambiguous.errors[0].rule, QStringLiteral("ambiguous-number"));
    EXPECT_EQ(ambiguous.errors[0].row, 2);
    EXPECT_EQ(ambiguous.errors[0].column, QStringLiteral("length_m"));
    EXPECT_EQ(ambiguous.errors[0].value, QStringLiteral("1.234"));
    EXPECT_TRUE(ambiguous.errors[0].message.contains(QStringLiteral("1234")));
    EXPECT_TRUE(ambiguous.errors[0].message.contains(QStringLiteral("1,234")));
    EXPECT_EQ(parse(file(QStringLiteral("17.5"))).errors.at(0).rule,
              QStringLiteral("decimal-separator"));
}

TEST(ElementImport, DuplicateIdsWithinTheFile) {
    const QByteArray bytes =
        test::joinRows({kHeader, baseRow(QStringLiteral("A")), baseRow(QStringLiteral("B")),
                        baseRow(QStringLiteral("A")), baseRow(QStringLiteral("A"))},
                       QLatin1Char(','), QStringLiteral("\n"))
            .toUtf8();
    const ElementImport r = parse(bytes);
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{{4, QStringLiteral("id"), QStringLiteral("unique")},
                               {5, QStringLiteral("id"), QStringLiteral("unique")}}));
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("row 2")));
    EXPECT_TRUE(r.elements.empty());
}

TEST(ElementImport, IdsAreCheckedAgainstTheProject) {
    ProjectDocument doc;
    Element existing;
    existing.id = QStringLiteral("B");
    existing.length = Metres(10);
    doc.insertElement(existing);
    const QByteArray bytes =
        test::joinRows({kHeader, baseRow(QStringLiteral("A")), baseRow(QStringLiteral("B"))},
                       QLatin1Char(','), QStringLiteral("\n"))
            .toUtf8();
    const ElementImport r = parseElementsCsv(bytes, doc, QStringLiteral("t"));
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{{3, QStringLiteral("id"), QStringLiteral("unique")}}));
    EXPECT_EQ(doc.elementCount(), 1);
}

TEST(ElementImport, HeaderProblems) {
    // Any order, any case, spaces around names; an unknown column is a warning.
    const QString text = QStringLiteral(
        " Length_M ,ID,HEIGHT_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,condition,"
        "location_lat,location_lon,colour\n"
        "12.5,X1,500,800,8.5,900,200,3,52,5,red\n");
    const ElementImport r = parse(text.toUtf8());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    EXPECT_EQ(r.elements.at(0).length, Metres(12.5));
    EXPECT_EQ(r.elements.at(0).id, QStringLiteral("X1"));
    EXPECT_EQ(places(r.warnings),
              (std::set<Place>{{1, QStringLiteral("colour"), QStringLiteral("unknown-column")}}));

    // Duplicate and missing columns are errors at row 1; nothing is imported.
    const QString bad = QStringLiteral(
        "id,length_m,height_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,condition,"
        "location_lat,"
        "Length_m\nX1,10,500,800,8.5,900,200,3,52,11\n");
    const ElementImport b = parse(bad.toUtf8());
    EXPECT_EQ(
        places(b.errors),
        (std::set<Place>{{1, QStringLiteral("Length_m"), QStringLiteral("duplicate-column")},
                         {1, QStringLiteral("location_lon"), QStringLiteral("missing-column")}}));
    EXPECT_TRUE(b.elements.empty());
}

TEST(ElementImport, RecordProblemsCarryTheirFileRow) {
    QStringList multiLine = baseRow(QStringLiteral("ML"));
    multiLine[kHeader.indexOf(QStringLiteral("type"))] = QStringLiteral("\"two\nlines\"");
    QStringList tooFew = baseRow(QStringLiteral("F"));
    tooFew.removeLast();
    QStringList tooMany = baseRow(QStringLiteral("M"));
    tooMany << QStringLiteral("extra");
    QStringList strayQuote = baseRow(QStringLiteral("Q"));
    strayQuote[kHeader.indexOf(QStringLiteral("donor_position"))] = QStringLiteral("12\" pipe");
    QStringList unterminated = baseRow(QStringLiteral("U"));
    unterminated[kHeader.indexOf(QStringLiteral("type"))] = QStringLiteral("\"open");
    // rows: 1 header, 2-3 multi-line, 4 blank, 5 too few, 6 too many, 7 stray quote, 8 unterminated
    const QString text =
        test::joinRows({kHeader, multiLine, QStringList{QString()}, tooFew, tooMany, strayQuote,
                        unterminated, baseRow(QStringLiteral("never read"))},
                       QLatin1Char(','), QStringLiteral("\r\n"));
    const ElementImport r = parse(text.toUtf8());
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{{5, QString(), QStringLiteral("field-count")},
                               {6, QString(), QStringLiteral("field-count")},
                               {7, QStringLiteral("donor_position"), QStringLiteral("quote")},
                               {8, QStringLiteral("type"), QStringLiteral("quote")}}))
        << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.elements.empty());
}

TEST(ElementImport, EmptyAndHeaderOnlyFiles) {
    EXPECT_EQ(places(parse(QByteArray()).errors),
              (std::set<Place>{{0, QString(), QStringLiteral("empty")}}));
    EXPECT_EQ(places(parse("\n\r\n").errors),
              (std::set<Place>{{0, QString(), QStringLiteral("empty")}}));
    const ElementImport headerOnly = parse(kHeader.join(QLatin1Char(',')).toUtf8());
    EXPECT_TRUE(headerOnly.ok());
    EXPECT_TRUE(headerOnly.elements.empty());
}

TEST(ElementImport, UnclearDialectIsRefused) {
    const ElementImport r = parse("a,b;c\n1,2;3\n");
    EXPECT_EQ(places(r.errors), (std::set<Place>{{1, QString(), QStringLiteral("dialect")}}));
}

TEST(ElementImport, ApplyAddsAllAtOnce) {
    ProjectDocument doc;
    const QByteArray bytes =
        test::joinRows({kHeader, baseRow(QStringLiteral("A")), baseRow(QStringLiteral("B"))},
                       QLatin1Char(','), QStringLiteral("\n"))
            .toUtf8();
    ElementImport r = parseElementsCsv(bytes, doc, QStringLiteral("t"));
    ASSERT_TRUE(r.ok());
    int inserted = 0;
    QObject::connect(doc.notifier(), &DocumentNotifier::elementsInserted,
                     [&inserted] { ++inserted; });
    applyElementImport(doc, std::move(r));
    EXPECT_EQ(inserted, 1);
    ASSERT_EQ(doc.elementCount(), 2);
    EXPECT_EQ(doc.element(0).id, QStringLiteral("A"));
    EXPECT_EQ(doc.element(1).id, QStringLiteral("B"));
    EXPECT_NE(doc.element(0).uid, kNoUid);
    EXPECT_TRUE(doc.isModified());

    // A stale import (an id taken meanwhile) and a failed import change nothing.
    ElementImport again = parseElementsCsv(bytes, ProjectDocument(), QStringLiteral("t"));
    EXPECT_THROW(applyElementImport(doc, std::move(again)), std::invalid_argument);
    ElementImport failed = parse(withField(QStringLiteral("condition"), QStringLiteral("9")));
    EXPECT_THROW(applyElementImport(doc, std::move(failed)), std::invalid_argument);
    EXPECT_EQ(doc.elementCount(), 2);
}

TEST(ImportMessage, ToString) {
    const ImportMessage m{7, QStringLiteral("length_m"), QStringLiteral("-2,5"),
                          QStringLiteral("range"), QStringLiteral("must be between 1 and 200 m")};
    EXPECT_EQ(m.toString(), QStringLiteral("row 7, column length_m, value \"-2,5\": must be "
                                           "between 1 and 200 m (range)"));
    const ImportMessage file{0, QString(), QString(), QStringLiteral("empty"),
                             QStringLiteral("the file is empty")};
    EXPECT_EQ(file.toString(), QStringLiteral("the file is empty (empty)"));
    const ImportMessage lines{3, QStringLiteral("type"), QStringLiteral("a\nb"),
                              QStringLiteral("quote"), QStringLiteral("x")};
    EXPECT_EQ(lines.toString(), QStringLiteral("row 3, column type, value \"a\\nb\": x (quote)"));
}

}  // namespace
}  // namespace respan::io

namespace respan::io {
namespace {

// "Brücke-1" with a precomposed ü (U+00FC) and with u + combining diaeresis (U+0308) look the
// same and are one id (NFC): a second one is a duplicate, in the file and against the project.
TEST(ElementImport, IdsAreComparedInNfc) {
    const QString composed = QStringLiteral("Br\u00fccke-1");
    const QString decomposed = QStringLiteral("Bru\u0308cke-1");
    ASSERT_NE(composed, decomposed);
    const QByteArray both = test::joinRows({kHeader, baseRow(composed), baseRow(decomposed)},
                                           QLatin1Char(','), QStringLiteral("\n"))
                                .toUtf8();
    const ElementImport twice = parse(both);
    ASSERT_EQ(twice.errors.size(), 1u);
    EXPECT_EQ(twice.errors[0].rule, QStringLiteral("unique"));
    EXPECT_EQ(twice.errors[0].row, 3);

    ProjectDocument doc;
    ElementImport first = parseElementsCsv(
        test::joinRows({kHeader, baseRow(decomposed)}, QLatin1Char(','), QStringLiteral("\n"))
            .toUtf8(),
        doc, QStringLiteral("tester"));
    ASSERT_TRUE(first.ok());
    applyElementImport(doc, std::move(first));
    EXPECT_EQ(doc.element(0).id, composed);  // stored in NFC
    EXPECT_NE(doc.elementById(decomposed), nullptr);
    const ElementImport again = parseElementsCsv(
        test::joinRows({kHeader, baseRow(composed)}, QLatin1Char(','), QStringLiteral("\n"))
            .toUtf8(),
        doc, QStringLiteral("tester"));
    ASSERT_EQ(again.errors.size(), 1u);
    EXPECT_EQ(again.errors[0].rule, QStringLiteral("unique"));
}

}  // namespace
}  // namespace respan::io
