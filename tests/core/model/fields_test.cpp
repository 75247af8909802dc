// The field table is the one place a field is described: every field of it must travel through
// every exchange (CSV both ways, the passport both ways), be checked by validation and have its
// labels. These tests walk the table, so a field added to it is tested without a new test.
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/model/fields.h"
#include "core/model/validation.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"

using namespace respan;

namespace {

/// A value for `f` that is valid and differs from the default record's value (the upper end of
/// its range, the last choice), so that a field dropped on the way would show.
template <class Record>
FieldValue nonDefaultValue(const FieldSpec<Record>& f, int salt) {
    switch (f.type) {
        case FieldType::Text:
            return QStringLiteral("%1-%2").arg(QString::fromLatin1(f.key)).arg(salt);
        case FieldType::Number:
            // A value inside the range that is no round number.
            return f.range->maximum - (f.range->maximum - f.range->minimum) / 7.0;
        case FieldType::WholeNumber:
            return static_cast<int>(f.range->maximum) - 1;
        case FieldType::Date:
            return QDate(2031, 7, 1 + salt % 28);
        case FieldType::Choice:
            return f.choices->first + f.choices->count - 1;
    }
    return {};
}

template <class Record>
Record recordWithEveryFieldSet(std::span<const FieldSpec<Record>> fields, int salt) {
    Record r;
    for (const FieldSpec<Record>& f : fields) f.set(r, nonDefaultValue(f, salt));
    return r;
}

template <class Record>
void expectSameFields(std::span<const FieldSpec<Record>> fields, const Record& expected,
                      const Record& actual, const char* where) {
    for (const FieldSpec<Record>& f : fields) {
        EXPECT_EQ(f.get(actual), f.get(expected)) << where << ": field " << f.key;
    }
}

}  // namespace

TEST(FieldTable, EveryFieldHasAKeyLabelsAndWhatItsTypeNeeds) {
    for (const ElementField& f : elementFields()) {
        SCOPED_TRACE(f.key);
        EXPECT_FALSE(QString::fromLatin1(f.key).isEmpty());
        EXPECT_FALSE(fieldLabel(f).isEmpty());
        EXPECT_FALSE(translatedFieldText(f.columnLabel).isEmpty());
        // Every element field is in the passport except the project-local storage site
        // (docs/materials-passport.md, "Project-local fields").
        if (QLatin1String(f.key) == QLatin1String("storage_site")) {
            EXPECT_EQ(f.passportPath, nullptr);
        } else {
            EXPECT_NE(f.passportPath, nullptr) << f.key;
        }
        if (f.type == FieldType::Number) {
            EXPECT_NE(f.range, nullptr);
        }
        if (f.type == FieldType::Choice) {
            EXPECT_NE(f.choices, nullptr);
        }
        // Setting what get() returned changes nothing.
        const Element e = recordWithEveryFieldSet(elementFields(), 3);
        Element copy = e;
        f.set(copy, f.get(e));
        EXPECT_EQ(copy, e);
    }
    EXPECT_EQ(fieldIndex(elementFields(), u"length_m"), 4) << "elements.csv column order";
}

TEST(FieldTable, AValidValueOfEveryFieldPassesValidationAndOneOutOfRangeIsNamed) {
    Element e = recordWithEveryFieldSet(elementFields(), 1);
    EXPECT_EQ(validateElement(e), std::vector<FieldError>{});
    for (const ElementField& f : elementFields()) {
        if (f.range == nullptr) continue;
        Element bad = e;
        const double above = f.range->maximum + 1.0;
        f.set(bad, f.type == FieldType::WholeNumber ? FieldValue(static_cast<int>(above))
                                                    : FieldValue(above));
        const std::vector<FieldError> errors = validateElement(bad);
        ASSERT_EQ(errors.size(), 1u) << f.key;
        EXPECT_EQ(errors.front().field, QString::fromLatin1(f.key));
        EXPECT_EQ(errors.front().rule, QStringLiteral("range"));
    }
}

TEST(FieldTable, EveryElementFieldSurvivesCsvExportAndImportInBothDialects) {
    for (const io::CsvDialect dialect :
         {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        ProjectDocument doc;
        Element e = recordWithEveryFieldSet(elementFields(), 2);
        doc.insertElement(e);
        const QByteArray csv = io::writeElementsCsv(doc, dialect);
        ProjectDocument empty;
        const io::ElementImport imported = io::parseElementsCsv(csv, empty, QStringLiteral("t"));
        ASSERT_TRUE(imported.ok()) << csv.toStdString();
        ASSERT_EQ(imported.elements.size(), 1u);
        expectSameFields(elementFields(), doc.element(0), imported.elements.front(), "csv");
    }
}

TEST(FieldTable, EveryElementFieldSurvivesThePassport) {
    ProjectDocument doc;
    doc.insertElement(recordWithEveryFieldSet(elementFields(), 5));
    const QByteArray json = passport::writePassport(doc, {}, passport::pendingContentSource(), {});
    ProjectDocument empty;
    const passport::PassportImport imported = passport::readPassport(json, empty);
    ASSERT_TRUE(imported.ok()) << (imported.errors.empty()
                                       ? std::string("conflict")
                                       : imported.errors.front().toString().toStdString());
    ASSERT_EQ(imported.elements.size(), 1u);
    // The project-local storage site is not in the passport (docs/materials-passport.md).
    Element expected = doc.element(0);
    expected.storageSite.clear();
    expectSameFields(elementFields(), expected, imported.elements.front(), "passport");
}

TEST(FieldTable, EveryDesignFieldSurvivesCsvExportAndImport) {
    ProjectDocument doc;
    Structure s = recordWithEveryFieldSet(structureFields(), 1);
    Span p = recordWithEveryFieldSet(spanFields(), 2);
    p.slots = {recordWithEveryFieldSet(slotFields(), 3), recordWithEveryFieldSet(slotFields(), 4)};
    s.spans = {p};
    // The one span's own length meets the fixed total (docs/design-around-stock.md).
    s.fixedTotalLength = p.requiredLength;
    doc.insertStructure(0, s);
    const QByteArray csv = io::writeDesignCsv(doc);
    ProjectDocument empty;
    const io::DesignImport imported = io::parseDesignCsv(csv, empty);
    ASSERT_TRUE(imported.ok()) << csv.toStdString();
    ASSERT_EQ(imported.structures.size(), 1u);
    const Structure& back = imported.structures.front();
    expectSameFields(structureFields(), doc.structure(0), back, "structure");
    ASSERT_EQ(back.spans.size(), 1u);
    expectSameFields(spanFields(), doc.structure(0).spans[0], back.spans[0], "span");
    ASSERT_EQ(back.spans[0].slots.size(), 2u);
    for (std::size_t k = 0; k < 2; ++k)
        expectSameFields(slotFields(), doc.structure(0).spans[0].slots[k], back.spans[0].slots[k],
                         "slot");
}
