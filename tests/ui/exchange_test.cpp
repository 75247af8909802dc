// File > Import and the data exports through the main window with scripted prompts: a CSV
// import is one undo step that undo removes exactly; a file with errors imports nothing and
// lists every error with row, column, value and rule (the report dialog shows and copies them);
// warnings do not block; a materials passport that conflicts with the project changes nothing.
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/passport/passportexport.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/testsupport.h"
#include "support/windowparts.h"
#include "tests/ui/fakeexchangeprompts.h"
#include "tests/ui/fakeprompts.h"
#include "tests/ui/uitestutil.h"
#include "ui/exchange/exchangecontroller.h"
#include "ui/exchange/messagereportdialog.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"

namespace respan::test {
namespace {

/// Everything a user could see of a document, for "exactly as before" checks.
struct Snapshot {
    std::vector<Element> elements;
    std::vector<DonorStructure> donors;
    std::vector<Structure> structures;
    std::vector<Assignment> assignments;
    explicit Snapshot(const ProjectDocument& d)
        : elements(d.elements()),
          donors(d.donors()),
          structures(d.structures()),
          assignments(d.assignments()) {}
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

const QByteArray kElementsHeader =
    "id,length_m,height_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,condition,"
    "location_lat,location_lon";

class Exchange : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        const QString path = dir_.filePath(QStringLiteral("demo.respan"));
        ProjectDocument doc;
        buildDemoSample(doc);
        ProjectStore::writeFull(path, doc, QString());
        auto prompts = std::make_unique<FakeExchangePrompts>();
        prompts_ = prompts.get();
        ui::MainWindow::Options options;
        options.prompts = std::make_unique<FakePrompts>();
        options.exchangePrompts = std::move(prompts);
        options.restoreLayout = false;
        window_ = std::make_unique<ui::MainWindow>(std::move(options));
        ASSERT_TRUE(test::part<ui::DocumentController>(*window_).open(path));
    }
    QString write(const QString& name, const QByteArray& bytes) const {
        const QString path = dir_.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    ProjectDocument& doc() const { return window_->document(); }
    QUndoStack& stack() const { return test::part<QUndoStack>(*window_); }
    ui::ExchangeController& exchange() const {
        return test::part<ui::ExchangeController>(*window_);
    }

    QTemporaryDir dir_;
    FakeExchangePrompts* prompts_ = nullptr;
    std::unique_ptr<ui::MainWindow> window_;
};

TEST_F(Exchange, ElementsCsvImportIsOneUndoStepThatUndoRemovesExactly) {
    const Snapshot before(doc());
    // Three new girders and an unknown column: a warning, not an error.
    const QString path = write(QStringLiteral("new girders.csv"),
                               kElementsHeader +
                                   ",colour\r\n"
                                   "N-01,20.1,900,1180,27,3000,700,2,52.3,4.6,grey\r\n"
                                   "N-02,20.2,900,1180,27,3000,700,2,52.3,4.6,grey\r\n"
                                   "N-03,20.3,900,1180,27,3000,700,3,52.3,4.6,grey\r\n");
    prompts_->importPath = path;
    exchange().importElements->trigger();
    EXPECT_EQ(doc().elementCount(), static_cast<int>(before.elements.size()) + 3);
    ASSERT_NE(doc().elementById(QStringLiteral("N-02")), nullptr);
    EXPECT_EQ(doc().elementById(QStringLiteral("N-02"))->length, Metres(20.2));
    EXPECT_EQ(stack().count(), 1);
    // "elements" once the English plural forms of the new strings are in respan_en.ts.
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^Import 3 element(s|\\(s\\)) from new girders\\.csv$"))
            .match(stack().undoText())
            .hasMatch())
        << stack().undoText().toStdString();
    // The warning was shown, and did not block.
    ASSERT_EQ(prompts_->reports.size(), 1u);
    EXPECT_FALSE(prompts_->reports[0].refused);
    ASSERT_EQ(prompts_->reports[0].rows.size(), 1);
    EXPECT_EQ(prompts_->reports[0].rows[0][0], QStringLiteral("warning"));
    EXPECT_TRUE(
        prompts_->reports[0].rows[0].join(QLatin1Char(' ')).contains(QStringLiteral("colour")));
    const Snapshot after(doc());

    stack().undo();
    EXPECT_EQ(Snapshot(doc()), before);
    stack().redo();
    EXPECT_EQ(Snapshot(doc()), after) << "redo brings the same elements back, same uids";
}

TEST_F(Exchange, ElementsCsvWithErrorsImportsNothingAndListsEveryError) {
    const Snapshot before(doc());
    const QString path =
        write(QStringLiteral("bad.csv"), kElementsHeader +
                                             "\r\n"
                                             "N-01,20.1,900,1180,27,3000,700,2,52.3,4.6\r\n"
                                             "N-02,-2.5,900,1180,27,3000,700,2,52.3,4.6\r\n"
                                             "N-03,20.3,900,1180,27,3000,700,9,52.3,4.6\r\n"
                                             ",20.4,900,1180,27,3000,700,2,52.3,4.6\r\n");
    prompts_->importPath = path;
    EXPECT_FALSE(exchange().importElementsCsv());
    EXPECT_EQ(Snapshot(doc()), before);
    EXPECT_EQ(stack().count(), 0);
    ASSERT_EQ(prompts_->reports.size(), 1u);
    const ui::MessageReport& report = prompts_->reports[0];
    EXPECT_TRUE(report.refused);
    EXPECT_EQ(report.columns, (QStringList{QStringLiteral("Kind"), QStringLiteral("Row"),
                                           QStringLiteral("Column"), QStringLiteral("Value"),
                                           QStringLiteral("Rule"), QStringLiteral("Message")}));
    // The same messages the importer gives, each with its place.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const io::ElementImport expected = io::parseElementsCsv(f.readAll(), doc(), QString());
    ASSERT_EQ(report.rows.size(), static_cast<qsizetype>(expected.errors.size()));
    ASSERT_GE(report.rows.size(), 3);
    for (int i = 0; i < report.rows.size(); ++i) {
        const io::ImportMessage& m = expected.errors[static_cast<std::size_t>(i)];
        EXPECT_EQ(report.rows[i], (QStringList{QStringLiteral("error"), QString::number(m.row),
                                               m.column, m.value, m.rule, m.message}));
    }
    auto find = [&report](const char* row, const char* column) -> const QStringList* {
        for (const QStringList& r : report.rows) {
            if (r[1] == QLatin1String(row) && r[2] == QLatin1String(column)) return &r;
        }
        return nullptr;
    };
    const QStringList* length = find("3", "length_m");
    ASSERT_NE(length, nullptr);
    EXPECT_EQ((*length)[3], QStringLiteral("-2.5"));
    EXPECT_EQ((*length)[4], QStringLiteral("range"));
    const QStringList* condition = find("4", "condition");
    ASSERT_NE(condition, nullptr);
    EXPECT_EQ((*condition)[3], QStringLiteral("9"));
    const QStringList* id = find("5", "id");
    ASSERT_NE(id, nullptr);
    EXPECT_EQ((*id)[4], QStringLiteral("required"));

    // The dialog shows every one of them and copies them as a table.
    ui::MessageReportDialog dialog(report);
    ASSERT_EQ(dialog.table()->rowCount(), report.rows.size());
    ASSERT_EQ(dialog.table()->columnCount(), 6);
    for (int r = 0; r < report.rows.size(); ++r) {
        for (int c = 0; c < 6; ++c)
            EXPECT_EQ(dialog.table()->item(r, c)->text(), report.rows[r][c]);
    }
    EXPECT_TRUE(
        dialog.summary()->text().contains(QStringLiteral("Nothing was imported from bad.csv")));
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(QStringLiteral("Kind\tRow\tColumn\tValue\tRule\tMessage\n")));
    EXPECT_TRUE(copied.contains(QStringLiteral("error\t3\tlength_m\t-2.5\trange\t")));
    EXPECT_EQ(copied.count(QLatin1Char('\n')), report.rows.size() + 1);
    dialog.table()->selectRow(1);
    EXPECT_EQ(dialog.selectionAsTsv().count(QLatin1Char('\n')), 2);
}

TEST_F(Exchange, DesignCsvImportMergesAndUndoRemovesExactlyWhatWasAdded) {
    const Snapshot before(doc());
    // A new structure, plus a new span for the existing Lisserweg (same site) and a new slot
    // in its existing span 1.
    const Structure& lisserweg =
        doc().structure(doc().structureIndexByName(QStringLiteral("A44 viaduct Lisserweg")));
    const QByteArray site = QByteArray::number(lisserweg.site.latitude, 'g', 17) + ',' +
                            QByteArray::number(lisserweg.site.longitude, 'g', 17);
    const Span& span1 = lisserweg.spans[0];
    const QByteArray csv =
        "structure,site_lat,site_lon,span,required_length_m,install_date,slot,moment_demand_knm,"
        "shear_demand_kn\r\n"
        "New viaduct,52.1,4.9,1,20.0,2028-01-01,L1,2500,600\r\n"
        "New viaduct,52.1,4.9,1,20.0,2028-01-01,L2,2500,600\r\n"
        "A44 viaduct Lisserweg," +
        site +
        ",3,17.4,2026-01-01,L1,2450,560\r\n"
        "A44 viaduct Lisserweg," +
        site + ",1," + QByteArray::number(span1.requiredLength.value()) + "," +
        span1.installDate.toString(Qt::ISODate).toLatin1() + ",L9,2450,560\r\n";
    EXPECT_TRUE(exchange().importDesignCsv(write(QStringLiteral("design.csv"), csv)))
        << (prompts_->reports.empty() ? std::string() : prompts_->reports[0].toTsv().toStdString());
    int slotsBefore = 0;
    for (const Structure& s : before.structures) {
        for (const Span& p : s.spans) slotsBefore += static_cast<int>(p.slots.size());
    }
    EXPECT_EQ(doc().slotCount(), slotsBefore + 4);
    EXPECT_EQ(doc().structureCount(), static_cast<int>(before.structures.size()) + 1);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Import 4 slot(s|\\(s\\)) from design\\.csv$"))
                    .match(stack().undoText())
                    .hasMatch())
        << stack().undoText().toStdString();
    const Snapshot after(doc());
    stack().undo();
    EXPECT_EQ(Snapshot(doc()), before);
    stack().redo();
    EXPECT_EQ(Snapshot(doc()), after);
    stack().undo();
    EXPECT_EQ(Snapshot(doc()), before);
}

TEST_F(Exchange, InventoryAndDesignExportInTheChosenDialect) {
    prompts_->exportPath = dir_.filePath(QStringLiteral("out.csv"));
    prompts_->exportFilter = 1;  // the second dialect offered (English UI: semicolon, comma)
    ASSERT_TRUE(exchange().exportElementsCsv());
    ASSERT_EQ(prompts_->exportFilters.size(), 2);
    EXPECT_TRUE(prompts_->exportFilters[1].contains(QStringLiteral("semicolon")));
    QFile f(prompts_->exportPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), io::writeElementsCsv(doc(), io::CsvDialect::SemicolonComma));
    prompts_->exportFilter = 0;
    ASSERT_TRUE(exchange().exportDesignCsv());
    QFile d(prompts_->exportPath);
    ASSERT_TRUE(d.open(QIODevice::ReadOnly));
    EXPECT_EQ(d.readAll(), io::writeDesignCsv(doc(), io::CsvDialect::CommaPoint));
}

TEST_F(Exchange, PassportThatConflictsWithTheProjectChangesNothing) {
    // A passport of three girders of this project, then A9W-05 is measured again here.
    const QByteArray passport = passport::writePassport(
        doc(), {QStringLiteral("A9W-05"), QStringLiteral("A9W-10"), QStringLiteral("KKW-20")},
        passport::pendingContentSource());
    Element e = *doc().elementById(QStringLiteral("A9W-05"));
    e.length = Metres(17.95);
    doc().updateElement(doc().elementRow(e.uid), e);
    const Snapshot before(doc());
    const int steps = stack().count();
    prompts_->importPath = write(QStringLiteral("passport.json"), passport);
    exchange().importPassport->trigger();
    EXPECT_EQ(Snapshot(doc()), before);
    EXPECT_EQ(stack().count(), steps);
    ASSERT_EQ(prompts_->reports.size(), 1u);
    const ui::MessageReport& report = prompts_->reports[0];
    EXPECT_TRUE(report.refused);
    ASSERT_EQ(report.rows.size(), 1);
    EXPECT_EQ(report.rows[0][0], QStringLiteral("element A9W-05"));
    EXPECT_EQ(report.rows[0][2], QStringLiteral("geometry.length_m"));
    EXPECT_EQ(report.rows[0][3], QStringLiteral("17.95"));
    EXPECT_EQ(report.rows[0][4], QStringLiteral("17.88"));
}

TEST_F(Exchange, PassportExportOfTheSelectionAndImportIntoAnotherProjectAsOneStep) {
    // Export the selected elements of this project.
    exchange().setSelection([] {
        return QStringList{QStringLiteral("A9W-05"), QStringLiteral("KKW-20")};
    });
    prompts_->scope = ui::ExchangePrompts::Scope::Selected;
    prompts_->exportPath = dir_.filePath(QStringLiteral("two.json"));
    ASSERT_TRUE(exchange().exportPassportFile());
    EXPECT_EQ(prompts_->scopeQuestions, 1);

    // Import it into a project without those girders: one step; undo removes exactly them.
    doc().clear();
    test::part<QUndoStack>(*window_).clear();
    const Snapshot empty(doc());
    ASSERT_TRUE(exchange().importPassportFile(prompts_->exportPath));
    EXPECT_EQ(doc().elementCount(), 2);
    EXPECT_NE(doc().elementById(QStringLiteral("KKW-20")), nullptr);
    EXPECT_FALSE(doc().donors().empty()) << "the donors come along";
    EXPECT_EQ(stack().count(), 1);
    const Snapshot after(doc());
    stack().undo();
    EXPECT_EQ(Snapshot(doc()), empty);
    stack().redo();
    EXPECT_EQ(Snapshot(doc()), after);
    // The same passport again: nothing new.
    EXPECT_FALSE(exchange().importPassportFile(prompts_->exportPath));
    EXPECT_EQ(prompts_->informations.size(), 1);
}

// A planner who types the project's own name (or the autosave's) into an export dialog gets a
// clear refusal, and the project is not touched.
TEST_F(Exchange, ExportsNeverOverwriteTheOpenProject) {
    const QString project = test::part<ui::DocumentController>(*window_).path();
    const QByteArray before = fileSha256(project);
    prompts_->exportPath = project;
    EXPECT_FALSE(exchange().exportElementsCsv());
    EXPECT_FALSE(exchange().exportDesignCsv());
    EXPECT_FALSE(exchange().exportPassportFile());
    ASSERT_EQ(prompts_->errors.size(), 3);
    EXPECT_TRUE(prompts_->errors[0].contains(QStringLiteral("project file itself")))
        << prompts_->errors[0].toStdString();
    EXPECT_EQ(fileSha256(project), before);
    // Its lock file (the session holds it) is refused as well.
    prompts_->exportPath = project + QStringLiteral(".lock");
    const QByteArray lockBefore = fileSha256(prompts_->exportPath);
    EXPECT_FALSE(exchange().exportElementsCsv());
    EXPECT_EQ(fileSha256(prompts_->exportPath), lockBefore);
}

TEST_F(Exchange, ImportsAreOffInReadOnlyMode) {
    exchange().setEditable(false);
    EXPECT_FALSE(exchange().importElements->isEnabled());
    EXPECT_FALSE(exchange().importPassport->isEnabled());
    EXPECT_TRUE(exchange().exportPassport->isEnabled());
}

// File > Import > Recertification Results: a failed step rejects the girder, a recalculation's
// resistances become verified; one undo step gives every girder back as it was. A protocol with
// a cycle changes nothing and names the cycle.
TEST_F(Exchange, RecertificationResultsAndProtocolImportAsOneUndoStepEach) {
    const Snapshot before(doc());
    ASSERT_EQ(doc().elementById(QStringLiteral("A9O-20"))->status, ElementStatus::InStorage);
    prompts_->importPath =
        write(QStringLiteral("results.csv"),
              "element,step,status,actual_start,actual_end,result,moment_capacity_knm\r\n"
              "A9O-20,material_tests,failed,2024-09-02,2024-09-20,chlorides 0.5 %,\r\n"
              "A9O-21,material_tests,passed,2024-09-02,2024-09-20,,\r\n"
              "A9O-21,recalculation,passed,2024-09-23,2024-10-08,,3111\r\n");
    exchange().importCertification->trigger();
    EXPECT_EQ(stack().count(), 1);
    const Element* failed = doc().elementById(QStringLiteral("A9O-20"));
    EXPECT_EQ(failed->status, ElementStatus::Rejected);
    EXPECT_EQ(failed->history.back().to, ElementStatus::Rejected);
    const Element* verified = doc().elementById(QStringLiteral("A9O-21"));
    EXPECT_EQ(verified->momentCapacity, KiloNewtonMetres(3111));
    EXPECT_EQ(verified->capacityBasis, CapacityBasis::Verified);
    stack().undo();
    EXPECT_EQ(Snapshot(doc()), before);

    const std::vector<ProtocolStep> protocol = doc().protocol();
    prompts_->importPath = write(QStringLiteral("protocol.csv"),
                                 "step,name,phase,duration_days,predecessors\r\n"
                                 "a,A,after_harvest,1,b\r\n"
                                 "b,B,after_harvest,1,a\r\n");
    EXPECT_FALSE(exchange().importProtocolCsv());
    EXPECT_EQ(doc().protocol(), protocol);
    ASSERT_FALSE(prompts_->reports.empty());
    EXPECT_TRUE(prompts_->reports.back().refused);
    EXPECT_TRUE(prompts_->reports.back()
                    .rows[0]
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("a -> b -> a")));
    // Exported and imported again: the same template, one undo step.
    const QString exported = dir_.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(exchange().exportProtocolCsv(exported));
    ASSERT_TRUE(exchange().importProtocolCsv(exported));
    EXPECT_EQ(doc().protocol(), protocol);
}

}  // namespace
}  // namespace respan::test
