// The spreadsheet export as a user meets it: the .xlsx is opened again (unzip, then the sheet
// XML of the Office Open XML format) and its cells are compared with the project: values,
// number cells typed as numbers, frozen header row, autofilter. Also `respan-cli export`.
#include <gtest/gtest.h>

#include <cmath>

#include <sys/stat.h>

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/export/spreadsheetexport.h"
#include "core/matching/optimiser.h"
#include "core/report/planreport.h"
#include "core/storage/projectstore.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

namespace respan {
namespace {

QByteArray unzipMember(const QString& zip, const QString& member) {
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

struct CellValue {
    QString type;  ///< the t attribute: "s" shared string, "b" boolean, "" number
    QString text;  ///< the resolved value
};

/// One worksheet read back: cells by reference ("A1"), plus the sheet's frozen pane and filter.
struct SheetXml {
    QHash<QString, CellValue> cells;
    int rows = 0;
    bool frozenHeader = false;
    QString autoFilter;
    [[nodiscard]] CellValue at(const QString& ref) const { return cells.value(ref); }
};

QStringList sharedStrings(const QString& zip) {
    QStringList out;
    QXmlStreamReader xml(unzipMember(zip, QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            QString text;
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"si")) {
                if (xml.isStartElement() && xml.name() == u"t") text += xml.readElementText();
            }
            out << text;
        }
    }
    return out;
}

SheetXml readSheet(const QString& zip, int index) {
    const QStringList strings = sharedStrings(zip);
    SheetXml sheet;
    QXmlStreamReader xml(unzipMember(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index)));
    QString ref;
    CellValue cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"row") ++sheet.rows;
            if (xml.name() == u"pane") {
                sheet.frozenHeader = xml.attributes().value(QLatin1String("ySplit")) == u"1" &&
                                     xml.attributes().value(QLatin1String("state")) == u"frozen";
            }
            if (xml.name() == u"autoFilter")
                sheet.autoFilter = xml.attributes().value(QLatin1String("ref")).toString();
            if (xml.name() == u"c") {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                cell = {xml.attributes().value(QLatin1String("t")).toString(), QString()};
            }
            if (xml.name() == u"v") {
                const QString v = xml.readElementText();
                cell.text = cell.type == u"s" ? strings.value(v.toInt()) : v;
                sheet.cells.insert(ref, cell);
            }
        }
    }
    return sheet;
}

class Spreadsheet : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo::buildDemoProject(doc);
        best = matching::optimisePlan(matching::makeMatchInput(doc));
        matching::applyPlan(doc, best);
        report::ReportOptions options;
        options.runOptimiser = false;
        figures = report::buildPlanReport(report::makeReportInput(doc), options);
        path = dir.filePath(QStringLiteral("plan.xlsx"));
        ASSERT_EQ(writePlanSpreadsheet(figures, path), QString());
    }
    QTemporaryDir dir;
    ProjectDocument doc;
    matching::MatchResult best;
    report::PlanReport figures;
    QString path;
};

TEST_F(Spreadsheet, HasItsSixSheetsInOrder) {
    const QString workbook =
        QString::fromUtf8(unzipMember(path, QStringLiteral("xl/workbook.xml")));
    const QRegularExpression names(QStringLiteral("<sheet name=\"([^\"]+)\""));
    QStringList found;
    for (auto it = names.globalMatch(workbook); it.hasNext();) found << it.next().captured(1);
    EXPECT_EQ(found,
              (QStringList{QStringLiteral("Inventory"), QStringLiteral("Plan"),
                           QStringLiteral("Unfilled slots"), QStringLiteral("Unused girders"),
                           QStringLiteral("Settings"), QStringLiteral("Impact")}));
}

TEST_F(Spreadsheet, ImpactHoldsEveryStageAsTypedNumbersThatAddUpToTheTotals) {
    const SheetXml s = readSheet(path, 6);
    EXPECT_TRUE(s.frozenHeader);
    EXPECT_EQ(s.at(QStringLiteral("F1")).text, QStringLiteral("Stage key"));
    EXPECT_EQ(s.at(QStringLiteral("L1")).text, QStringLiteral("kg CO2e"));
    EXPECT_EQ(s.at(QStringLiteral("N1")).text, QStringLiteral("Cost EUR"));
    // Summed per scenario in the sheet, the stages give the report's totals (to the rounding of
    // each cell: a gram, a cent).
    QHash<QString, double> kg;
    QHash<QString, double> eur;
    int rows = 0;
    for (int row = 2; row <= s.rows; ++row) {
        const QString r = QString::number(row);
        ASSERT_EQ(s.at(QStringLiteral("L") + r).type, QString()) << "a number cell";
        QString scenario = s.at(QStringLiteral("E") + r).text;
        if (s.at(QStringLiteral("B") + r).text.isEmpty()) scenario = QStringLiteral("unused");
        kg[scenario] += s.at(QStringLiteral("L") + r).text.toDouble();
        eur[scenario] += s.at(QStringLiteral("N") + r).text.toDouble();
        ++rows;
    }
    const impact::ImpactReport& im = figures.input.impact;
    std::size_t stages = 0;
    for (const impact::GirderImpact& g : im.girders) {
        for (const impact::ScenarioImpact& sc : g.scenarios) stages += sc.stages.size();
    }
    EXPECT_EQ(rows, static_cast<int>(stages));
    for (const char* name : {"reuse", "new", "crush", "unused"}) {
        const impact::ImpactTotal& t = im.total(QString::fromLatin1(name));
        EXPECT_NEAR(kg.value(QString::fromLatin1(name)), t.kgCo2e, 0.001 * rows) << name;
        EXPECT_NEAR(eur.value(QString::fromLatin1(name)), t.costEur, 0.01 * rows) << name;
    }
    EXPECT_GT(kg.value(QStringLiteral("crush")), kg.value(QStringLiteral("reuse")));
}

TEST_F(Spreadsheet, InventoryHoldsEveryElementWithTypedNumbers) {
    const SheetXml s = readSheet(path, 1);
    EXPECT_EQ(s.rows, doc.elementCount() + 1);
    EXPECT_TRUE(s.frozenHeader);
    EXPECT_EQ(s.autoFilter, QStringLiteral("A1:V%1").arg(doc.elementCount() + 1));
    EXPECT_EQ(s.at(QStringLiteral("A1")).text, QStringLiteral("Element"));
    EXPECT_EQ(s.at(QStringLiteral("E1")).text, QStringLiteral("Length (m)"));
    EXPECT_EQ(s.at(QStringLiteral("H1")).text, QStringLiteral("Mass (t)"));
    for (int row = 0; row < doc.elementCount(); ++row) {
        const Element& e = doc.element(row);
        const QString r = QString::number(row + 2);
        EXPECT_EQ(s.at(QStringLiteral("A") + r).text, e.id);
        const CellValue length = s.at(QStringLiteral("E") + r);
        EXPECT_EQ(length.type, QString()) << "a number cell, not text";
        EXPECT_EQ(length.text.toDouble(), e.length.value()) << e.id.toStdString();
        if (e.momentCapacity) {
            EXPECT_EQ(s.at(QStringLiteral("K") + r).text.toDouble(), e.momentCapacity->value());
        } else {
            EXPECT_TRUE(s.at(QStringLiteral("K") + r).text.isEmpty()) << "estimated: left empty";
        }
        EXPECT_EQ(s.at(QStringLiteral("N") + r).text.toInt(), e.condition);
    }
}

TEST_F(Spreadsheet, PlanHoldsEveryPlacementWithItsFigures) {
    const SheetXml s = readSheet(path, 2);
    EXPECT_EQ(s.rows, static_cast<int>(doc.assignments().size()) + 1);
    EXPECT_TRUE(s.frozenHeader);
    EXPECT_EQ(s.at(QStringLiteral("Q1")).text, QStringLiteral("Saving (kg CO2e)"));
    EXPECT_EQ(s.at(QStringLiteral("L1")).text, QStringLiteral("Utilisation bending (-)"));
    // Each row against the optimiser's own figures for that placement.
    QHash<QString, const matching::PlannedAssignment*> byElement;
    for (const matching::PlannedAssignment& a : best.assignments) byElement.insert(a.element, &a);
    int matched = 0;
    for (int row = 2; row <= s.rows; ++row) {
        const QString r = QString::number(row);
        const auto* a = byElement.value(s.at(QStringLiteral("D") + r).text, nullptr);
        ASSERT_NE(a, nullptr) << row;
        EXPECT_EQ(s.at(QStringLiteral("A") + r).text, a->where.structure);
        EXPECT_EQ(s.at(QStringLiteral("C") + r).text, a->where.slot);
        EXPECT_EQ(s.at(QStringLiteral("F") + r).type, QStringLiteral("b"));
        EXPECT_EQ(s.at(QStringLiteral("F") + r).text, QStringLiteral("1"));  // counted
        EXPECT_EQ(s.at(QStringLiteral("I") + r).type, QString());
        EXPECT_NEAR(s.at(QStringLiteral("I") + r).text.toDouble(), a->cutM, 1e-12);
        // Stored as shown: rounded to the cell's display precision (0.0 km, 0.0 kg, 0.000).
        EXPECT_DOUBLE_EQ(s.at(QStringLiteral("P") + r).text.toDouble(),
                         std::round(a->distanceKm * 10.0) / 10.0);
        EXPECT_DOUBLE_EQ(s.at(QStringLiteral("Q") + r).text.toDouble(),
                         std::round(a->savingKg * 10.0) / 10.0);
        const double uM = s.at(QStringLiteral("L") + r).text.toDouble();
        const double uV = s.at(QStringLiteral("O") + r).text.toDouble();
        EXPECT_DOUBLE_EQ(std::max(uM, uV), std::round(a->utilisation * 1000.0) / 1000.0);
        ++matched;
    }
    EXPECT_EQ(matched, best.filledSlots);
}

TEST_F(Spreadsheet, UnfilledSlotsListEverySlotWithItsReasons) {
    const SheetXml s = readSheet(path, 3);
    EXPECT_TRUE(s.frozenHeader);
    EXPECT_EQ(s.at(QStringLiteral("K1")).text, QStringLiteral("Reason"));
    QSet<QString> listed;
    for (int row = 2; row <= s.rows; ++row) {
        const QString r = QString::number(row);
        listed.insert(s.at(QStringLiteral("A") + r).text + u'/' +
                      s.at(QStringLiteral("B") + r).text + u'/' +
                      s.at(QStringLiteral("C") + r).text);
        EXPECT_FALSE(s.at(QStringLiteral("K") + r).text.isEmpty()) << row;
    }
    ASSERT_FALSE(figures.plan.unfilledSlots.empty());
    EXPECT_EQ(listed.size(), static_cast<qsizetype>(figures.plan.unfilledSlots.size()));
    for (const matching::UnfilledSlot& u : figures.plan.unfilledSlots) {
        EXPECT_TRUE(listed.contains(u.where.structure + u'/' + u.where.span + u'/' + u.where.slot))
            << u.where.path().toStdString();
    }
}

TEST_F(Spreadsheet, AnUnwritableTargetIsAnErrorAndLeavesNothing) {
    const QString bad = dir.filePath(QStringLiteral("missing/folder/plan.xlsx"));
    EXPECT_FALSE(writePlanSpreadsheet(figures, bad).isEmpty());
    EXPECT_FALSE(QFile::exists(bad));
}

// The spreadsheet gets the permissions every other new file of the user gets (0666 less the
// umask), not the 0600 of the temporary file it was written to: a colleague on the shared drive
// opens the .xlsx as well as the PDF beside it.
TEST_F(Spreadsheet, GetsTheUsersPermissionsForANewFileNotThoseOfATemporary) {
    const mode_t old = ::umask(022);
    const QString shared = dir.filePath(QStringLiteral("shared.xlsx"));
    const QString error = writePlanSpreadsheet(figures, shared);
    ::umask(old);
    ASSERT_EQ(error, QString());
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(shared).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644u);
}

int cli(const QStringList& args) {
    return test::runCli(args, 120000).status;
}

TEST(SpreadsheetCli, ExportsAndKeepsToTheExitStatuses) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.respan"));
    const QString out = dir.filePath(QStringLiteral("demo.xlsx"));
    ASSERT_EQ(cli({QStringLiteral("demo"), project}), 0);
    EXPECT_EQ(cli({QStringLiteral("export"), project}), 1);  // no -o
    EXPECT_EQ(cli({QStringLiteral("export"), project, QStringLiteral("-o")}), 1);
    EXPECT_EQ(cli({QStringLiteral("export"), project, QStringLiteral("-o"), out,
                   QStringLiteral("--frobnicate")}),
              1);
    // A file that is not a project: refused (2), left as it was, nothing written.
    const QString notProject = dir.filePath(QStringLiteral("notes.respan"));
    ASSERT_TRUE(test::writeFile(notProject, "not a project"));
    const QByteArray before = test::fileSha256(notProject);
    EXPECT_EQ(cli({QStringLiteral("export"), notProject, QStringLiteral("-o"), out}), 2);
    EXPECT_EQ(test::fileSha256(notProject), before);
    EXPECT_FALSE(QFile::exists(out));

    const QByteArray projectBefore = test::fileSha256(project);
    EXPECT_EQ(cli({QStringLiteral("export"), project, QStringLiteral("-o"), out}), 0);
    EXPECT_EQ(test::fileSha256(project), projectBefore);
    EXPECT_EQ(readSheet(out, 1).rows, 91);  // 90 girders and the header
}

}  // namespace
}  // namespace respan
