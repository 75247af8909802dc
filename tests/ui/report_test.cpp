// The PDF matching report as its reader gets it: the PDF is read back with poppler's tools
// (pdftotext, pdfinfo, pdffonts, pdfimages) and must state the figures the engine computed,
// every unfilled slot, in both languages with their number formats; fonts embedded, drawings
// and charts as vectors, long tables with their header on every page. Also respan-cli report,
// the preview dialog and the menu.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/geo/rdnew.h"
#include "core/matching/optimiser.h"
#include "core/model/textlanguage.h"
#include "core/report/planreport.h"
#include "core/storage/projectstore.h"
#include "core/yard/storageplan.h"
#include "support/clirunner.h"
#include "support/demosample.h"
#include "support/testsupport.h"
#include "support/windowparts.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportactions.h"
#include "ui/report/reportlanguage.h"
#include "ui/report/reportpreviewdialog.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {
namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Text of a PDF (or of one page) in drawing order, with runs of white space (no-break spaces
/// too) as one space, so that a table cell wrapped over two lines reads as one phrase.
QString pdfText(const QString& pdf, int page = 0) {
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    QString text = run(QStringLiteral("pdftotext"), args);
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

int pdfPages(const QString& pdf) {
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

/// The report of the demo project with the optimiser's proven plan applied, written once in
/// English and once in Dutch.
class DemoReportPdf : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new QTemporaryDir;
        doc = new ProjectDocument;
        demo::buildDemoProject(*doc);
        best = new matching::MatchResult(matching::optimisePlan(matching::makeMatchInput(*doc)));
        matching::applyPlan(*doc, *best);
        for (const char* lang : {"en", "nl"}) {
            const QString language = QString::fromLatin1(lang);
            report::PlanReport figures;
            {
                const ReportLanguage words(language);
                const auto active = words.activate();
                report::ReportOptions options;
                options.locale = words.locale();
                options.reasonsPerSlot = kReportReasonsPerSlot;
                figures = report::buildPlanReport(report::makeReportInput(*doc), options);
            }
            ReportSource source;
            source.fileName = QStringLiteral("demo.respan");
            source.sha256 = QString(64, QLatin1Char('a'));
            MatchingReport r(*doc, std::move(figures), source, language);
            const QString path = dir->filePath(language + QStringLiteral(".pdf"));
            ASSERT_EQ(r.writePdf(path), QString());
            pages[language] = r.pageCount();
        }
    }
    static void TearDownTestSuite() {
        delete best;
        delete doc;
        delete dir;
    }
    static QString pdf(const char* language) {
        return dir->filePath(QString::fromLatin1(language) + QStringLiteral(".pdf"));
    }

    static QTemporaryDir* dir;
    static ProjectDocument* doc;
    static matching::MatchResult* best;
    static QHash<QString, int> pages;
};

QTemporaryDir* DemoReportPdf::dir = nullptr;
ProjectDocument* DemoReportPdf::doc = nullptr;
matching::MatchResult* DemoReportPdf::best = nullptr;
QHash<QString, int> DemoReportPdf::pages;

TEST_F(DemoReportPdf, StatesTheEnginesFiguresAndEveryUnfilledSlot) {
    const QString text = pdfText(pdf("en"));
    // Total saving and filled slots as the engine computed them, written the English way.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString total =
        english.toString(best->totalSavingKg, 'f', 1) + QStringLiteral(" kg CO2e");
    EXPECT_TRUE(text.contains(total)) << total.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("%1 / %2").arg(best->filledSlots).arg(doc->slotCount())));
    EXPECT_TRUE(text.contains(QLatin1String("The plan in this file is optimal.")));
    ASSERT_FALSE(best->unfilledSlots.empty());
    for (const matching::UnfilledSlot& u : best->unfilledSlots) {
        EXPECT_TRUE(text.contains(u.where.path())) << u.where.path().toStdString();
    }
    // Every setting with its source, every structure, the cover's file identity.
    // Settings by their names for people, with value and unit; no internal keys, no file names.
    EXPECT_TRUE(text.contains(QLatin1String("Emissions of new concrete 173.8 kg CO2e/t")));
    EXPECT_FALSE(text.contains(QLatin1String("max_shortening_m")));
    EXPECT_FALSE(text.contains(QLatin1String("matching.md")));
    EXPECT_TRUE(text.contains(QLatin1String("British Precast factsheet")));
    for (const Structure& s : doc->structures()) EXPECT_TRUE(text.contains(s.name));
    EXPECT_TRUE(text.contains(QString(64, QLatin1Char('a'))));
    EXPECT_TRUE(text.contains(QLatin1String(RESPAN_VERSION)));
}

// The storage section (issue 14): the IJmuiden yard with its peak, every stay with its cost as
// the storage plan computes it (written the English and the Dutch way), no storage conflicts.
TEST_F(DemoReportPdf, ListsTheYardItsPeakAndEveryStayWithItsCost) {
    const yard::StoragePlan plan = yard::planStorage(*doc);
    ASSERT_EQ(plan.stays.size(), 53u);
    const QString en = pdfText(pdf("en"));
    const QString nl = pdfText(pdf("nl"));
    EXPECT_TRUE(en.contains(QLatin1String("Interim storage")));
    EXPECT_TRUE(en.contains(QLatin1String("Peak: 53 girders on 2024-03-15")));
    EXPECT_TRUE(en.contains(QLatin1String("None: every stored girder fits its yard")));
    // The site's position in both systems: WGS84 and RD New (PROJ).
    const std::optional<geo::RdPoint> rd = geo::wgs84ToRd(doc->sites().front().location, nullptr);
    ASSERT_TRUE(rd.has_value());
    EXPECT_TRUE(en.contains(
        QStringLiteral("At 52.4628° N, 4.6012° E (RD New x %1 m, y %2 m)")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(rd->x, 'f', 0),
                 QLocale(QLocale::English, QLocale::UnitedKingdom).toString(rd->y, 'f', 0))));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    for (const yard::Stay& s : plan.stays) {
        const QString row =
            QStringLiteral("%1 IJM %2 %3 %4 ")
                .arg(s.elementId, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
                .arg(s.days());
        EXPECT_TRUE(en.contains(row + english.toString(s.costEur, 'f', 2))) << row.toStdString();
        EXPECT_TRUE(nl.contains(row + dutch.toString(s.costEur, 'f', 2))) << row.toStdString();
    }
}

TEST_F(DemoReportPdf, HasNumberedPagesContentsEmbeddedFontsAndNoPixelImages) {
    const int count = pdfPages(pdf("en"));
    EXPECT_EQ(count, pages[QStringLiteral("en")]);
    EXPECT_GT(count, 4);
    const QString text = pdfText(pdf("en"));
    EXPECT_TRUE(text.contains(QLatin1String("Contents")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(count)));

    // pdffonts: a header of two lines, then one line per font; "emb" is the third-last column
    // but two. Every font DejaVu, every one embedded.
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf("en")}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2);
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_TRUE(columns[0].contains(QLatin1String("DejaVu"))) << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
    // pdfimages: only the two header lines, no image: drawing and charts are vectors.
    const QStringList images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf("en")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 2) << images.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoReportPdf, WritesNumbersTheWayItsLanguageDoes) {
    const QString en = pdfText(pdf("en"));
    const QString nl = pdfText(pdf("nl"));
    // The Lisserweg's spans are 17.40 m long: a decimal comma in the Dutch report only.
    EXPECT_TRUE(en.contains(QLatin1String("L = 17.40 m")));
    EXPECT_FALSE(en.contains(QLatin1String("17,40")));
    EXPECT_TRUE(nl.contains(QLatin1String("17,40 m")));
    EXPECT_FALSE(nl.contains(QLatin1String("L = 17.40 m")));
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    EXPECT_TRUE(nl.contains(dutch.toString(best->totalSavingKg, 'f', 1)));
    EXPECT_EQ(pdfPages(pdf("nl")), pages[QStringLiteral("nl")]);
    // Dutch words, not English ones, from the cover to the assumptions (the settings'
    // meanings too, although the process that wrote the report speaks English).
    for (const char* word :
         {"Matchingsrapport", "Samenvatting", "Uitgangspunten", "Lege posities",
          "Ongebruikte liggers", "Vastgezet", "Hoogste toelaatbare conditiescore"}) {
        EXPECT_TRUE(nl.contains(QString::fromUtf8(word))) << word;
    }
    for (const char* word : {"Summary", "Assumptions", "Unfilled slots", "Unused girders",
                             "Highest admissible NEN 2767 condition score"}) {
        EXPECT_TRUE(en.contains(QString::fromUtf8(word))) << word;
        EXPECT_FALSE(nl.contains(QString::fromUtf8(word))) << word;
    }
}

// A report's language holds on the thread that writes the report and nowhere else: a worker
// thread translating at the same time (the plan explainer) keeps the interface's language, and
// the application's default locale is never changed.
TEST_F(DemoReportPdf, CarriesItsDocumentInformationBookmarksAndClickableContents) {
    const QString nl = pdf("nl");
    const QString info = run(QStringLiteral("pdfinfo"), {nl});
    auto field = [&](const char* name) {
        const QRegularExpression re(QStringLiteral("^%1:\\s+(.*)$").arg(QLatin1String(name)),
                                    QRegularExpression::MultilineOption);
        return re.match(info).captured(1).trimmed();
    };
    // In the report's language, with the project's author and its structures as keywords.
    EXPECT_TRUE(field("Title").startsWith(QStringLiteral("Matchingsrapport: ")))
        << field("Title").toStdString();
    EXPECT_EQ(field("Author"), doc->settings().author);
    EXPECT_TRUE(field("Subject").startsWith(QStringLiteral("Hergebruik")))
        << field("Subject").toStdString();
    for (const Structure& s : doc->structures()) EXPECT_TRUE(field("Keywords").contains(s.name));
    // The XMP packet says the same (PDF/A wants both), and the document's language.
    const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), nl});
    EXPECT_TRUE(xmp.contains(QStringLiteral("<rdf:li>nl-NL</rdf:li>")));
    EXPECT_TRUE(xmp.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(doc->settings().author)));

    // Bookmarks, read back by poppler: every one leads to the page that carries its heading.
    const QString xml =
        run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                                          QStringLiteral("-i"), QStringLiteral("-q"), nl});
    const QRegularExpression item(QStringLiteral("<item page=\"(\\d+)\">([^<]+)</item>"));
    int bookmarks = 0;
    QHash<QString, int> pageOf;
    for (auto it = item.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const int page = m.captured(1).toInt();
        const QString title =
            m.captured(2).toHtmlEscaped() == m.captured(2)
                ? m.captured(2)
                : QString(m.captured(2)).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        EXPECT_TRUE(pdfText(nl, page).contains(title)) << title.toStdString() << " p" << page;
        pageOf.insert(title, page);
        ++bookmarks;
    }
    EXPECT_GE(bookmarks, 10);
    EXPECT_EQ(pageOf.value(QStringLiteral("Samenvatting")), 2);
    // The contents on the cover are links to those pages.
    const QRegularExpression link(QStringLiteral("<a href=\"[^\"#]*#(\\d+)\">(?:<b>)?([^<]+)"));
    int links = 0;
    for (auto it = link.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        if (!pageOf.contains(m.captured(2))) continue;
        EXPECT_EQ(m.captured(1).toInt(), pageOf.value(m.captured(2)))
            << m.captured(2).toStdString();
        ++links;
    }
    EXPECT_GE(links, bookmarks);  // the title and its page number are both clickable
}

TEST_F(DemoReportPdf, SaysWhereEachSettingComesFromAndWhatTheSignatoryMustKnow) {
    const QString text = pdfText(pdf("en"));
    // The demo changed require_verified (its history says who and when); the others are
    // defaults with their public source, or illustrative.
    EXPECT_TRUE(
        text.contains(QStringLiteral("set in this project by demo engineer (illustrative) on "
                                     "2024-09-02 09:30 UTC (the default was no)")))
        << text.toStdString().substr(0, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("default: British Precast factsheet")));
    EXPECT_TRUE(text.contains(QStringLiteral("default: illustrative")));
    // Revision block, conclusion, the disclaimer naming the illustrative factors in use.
    EXPECT_TRUE(text.contains(QStringLiteral("Revision Date Status Author Checked by Client")));
    EXPECT_TRUE(text.contains(QStringLiteral("Demo checker (illustrative)")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("This plan reuses %1 of the %2 girders in the inventory")
                          .arg(best->filledSlots)
                          .arg(doc->elementCount())));
    // The load model's factors are illustrative too (docs/load-model.md): the demo estimates the
    // Hoofdvaart's demands with them.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Illustrative in this project: Emissions of road transport, Road distance factor, Tandem "
        "factor lane 1,")))
        << text.toStdString();
    // The demo's A44 spans are dated 2025, before today: the report warns.
    EXPECT_TRUE(text.contains(QStringLiteral("Warning:")));
    EXPECT_TRUE(text.contains(QStringLiteral("A44 viaduct Lisserweg / 1 (2025-10-15)")));
    // Unused girders grouped by reason; a rejected girder's reason is its status.
    EXPECT_TRUE(text.contains(QStringLiteral("Rejected (its status): not offered for reuse")));
    // Clipped drawing labels leave no words behind.
    EXPECT_FALSE(text.contains(QStringLiteral("SpanSpoorwegviaduct")));
}

TEST(ReportCards, EveryLineOfEveryDutchCardLiesInsideItsCard) {
    const ReportLanguage nl(QStringLiteral("nl"));
    const auto active = nl.activate();
    // The labels of the demo's summary, in Dutch (the longest words of the report's cards).
    const std::vector<std::pair<QString, QString>> cards{
        {QStringLiteral("89"), QStringLiteral("liggers in de voorraad")},
        {QStringLiteral("69 / 83"),
         QStringLiteral("posities gevuld (0 vastgezet, 69 voorgesteld)")},
        {QStringLiteral("292,0 t"),
         QStringLiteral("CO2e bespaard door dit plan (netto, na transport)")},
        {QStringLiteral("68,1 m"),
         QStringLiteral("in totaal van de hergebruikte liggers afgezaagd")}};
    const auto layout = ReportSections::layoutKeyFigures(cards, ReportStyle::kContentWidth);
    ASSERT_EQ(layout.cards.size(), cards.size());
    const QFont font =
        ReportStyle::font(ReportStyle::Face::Body, ReportSections::kKeyFigureLabelPoints);
    const QFontMetricsF fm(font, ReportCanvas::referenceDevice());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto& c = layout.cards[i];
        // Nothing dropped: the lines give the label's words in order.
        EXPECT_EQ(c.lines.join(QLatin1Char(' ')).simplified(), cards[i].second);
        for (qsizetype k = 0; k < c.lines.size(); ++k) {
            // Measured here: the line's own width and height, where it is drawn.
            const QRectF drawn(c.lineBoxes[static_cast<std::size_t>(k)].topLeft(),
                               QSizeF(fm.horizontalAdvance(c.lines[k]), fm.height()));
            EXPECT_TRUE(c.box.contains(drawn)) << i << ": " << c.lines[k].toStdString();
        }
    }
}

TEST(ReportLanguageSwitch, HoldsOnItsOwnThreadOnlyAndNeverTouchesTheApplicationsLocale) {
    const auto pinnedText = [] {
        return QCoreApplication::translate("respan::ui::DrawingStyle", "Pinned");
    };
    const QString pinned = pinnedText();  // ui_tests: English
    const QLocale before;
    {
        const ReportLanguage nl(QStringLiteral("nl"));
        const auto active = nl.activate();
        EXPECT_EQ(pinnedText(), QStringLiteral("Vastgezet"));
        EXPECT_EQ(textLocale().decimalPoint(), QStringLiteral(","));
        EXPECT_EQ(QLocale(), before) << "the default locale is not swapped";
        QString onWorker;
        QLocale workerLocale;
        std::thread worker([&] {
            onWorker = pinnedText();
            workerLocale = textLocale();
        });
        worker.join();
        EXPECT_EQ(onWorker, pinned);
        EXPECT_EQ(workerLocale, before);
        {
            // An English report inside: English words, not the Dutch of the scope around it.
            const ReportLanguage en(QStringLiteral("en"));
            const auto english = en.activate();
            EXPECT_EQ(pinnedText(), QStringLiteral("Pinned"));
            EXPECT_EQ(textLocale().decimalPoint(), QStringLiteral("."));
        }
        EXPECT_EQ(pinnedText(), QStringLiteral("Vastgezet"));
    }
    EXPECT_EQ(pinnedText(), pinned);
    EXPECT_EQ(textLocale(), before);
}

TEST(ReportTables, RepeatTheirHeaderOnEveryPageTheyContinueOn) {
    // One span of 70 slots: its table runs over two pages or more.
    ProjectDocument doc;
    doc.insertStructure(0, test::syntheticStructure(QStringLiteral("Long viaduct"), 1, 70));
    test::addSyntheticElements(doc, 40);
    report::ReportOptions options;
    options.runOptimiser = false;
    MatchingReport r(doc, report::buildPlanReport(report::makeReportInput(doc), options), {},
                     QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_EQ(r.writePdf(path), QString());
    int continued = 0;
    for (int page = 1; page <= pdfPages(path); ++page) {
        const QString text = pdfText(path, page);
        if (!text.contains(QLatin1String("Long viaduct, span 1 (continued)"))) continue;
        ++continued;
        EXPECT_TRUE(text.contains(QLatin1String("Slot Demand Element Donor structure Stored at")))
            << "page " << page;
        EXPECT_TRUE(text.contains(QLatin1String("Saving (kg CO2e)"))) << "page " << page;
    }
    EXPECT_GE(continued, 1);
}

TEST(ReportPlan, AHandMadePlanIsComparedWithTheProofAndItsBrokenRulesListed) {
    // The demo sample's greedy plan, after an inspection found one placed girder in poor
    // condition: that placement now breaks R3.
    ProjectDocument doc;
    test::buildDemoSample(doc);
    ASSERT_FALSE(doc.assignments().empty());
    const int row = doc.elementRow(doc.assignments().front().elementUid);
    Element worse = doc.element(row);
    worse.condition = 5;
    doc.updateElement(row, worse);
    const report::PlanReport figures = report::buildPlanReport(report::makeReportInput(doc));
    ASSERT_FALSE(figures.plan.conflicts.empty());
    ASSERT_EQ(figures.comparison.verdict, report::Verdict::BelowOptimum);
    MatchingReport r(doc, figures, {}, QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.pdf"));
    ASSERT_EQ(r.writePdf(path), QString());
    const QString text = pdfText(path);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_TRUE(text.contains(QStringLiteral("The plan in this file saves %1 kg CO2e.")
                                  .arg(english.toString(figures.plan.totalSavingKg, 'f', 1))));
    EXPECT_TRUE(text.contains(
        QStringLiteral("(gap %1 %)").arg(english.toString(figures.comparison.gapPercent, 'f', 2))));
    EXPECT_TRUE(text.contains(QLatin1String("Placements that break a rule")));
    for (const matching::PlanConflict& c : figures.plan.conflicts) {
        EXPECT_TRUE(text.contains(c.where.path())) << c.where.path().toStdString();
    }
    EXPECT_TRUE(text.contains(QLatin1String("project not saved")));
}

int cli(const QStringList& args) {
    return test::runCli(args, 120000).status;
}

TEST(ReportCli, WritesTheReportAndKeepsToTheExitStatuses) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.respan"));
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), project}), 0);
    EXPECT_EQ(cli({QStringLiteral("report"), project}), 1);  // no -o
    EXPECT_EQ(cli({QStringLiteral("report"), project, QStringLiteral("-o"), out,
                   QStringLiteral("--lang"), QStringLiteral("de")}),
              1);
    EXPECT_EQ(cli({QStringLiteral("report"), project, QStringLiteral("-o"), out, project}), 1);
    EXPECT_FALSE(QFile::exists(out));

    const QString notProject = dir.filePath(QStringLiteral("notes.respan"));
    ASSERT_TRUE(test::writeFile(notProject, "not a project"));
    const QByteArray before = test::fileSha256(notProject);
    EXPECT_EQ(cli({QStringLiteral("report"), notProject, QStringLiteral("-o"), out}), 2);
    EXPECT_EQ(test::fileSha256(notProject), before);
    EXPECT_FALSE(QFile::exists(out));

    const QByteArray projectBefore = test::fileSha256(project);
    EXPECT_EQ(cli({QStringLiteral("report"), project, QStringLiteral("-o"), out,
                   QStringLiteral("--lang"), QStringLiteral("nl")}),
              0);
    EXPECT_EQ(test::fileSha256(project), projectBefore);
    EXPECT_GT(pdfPages(out), 4);
    // The cover names the file and its SHA-256.
    const QString text = pdfText(out, 1);
    EXPECT_TRUE(text.contains(QLatin1String("demo.respan")));
    EXPECT_TRUE(text.contains(QString::fromLatin1(test::fileSha256(project))));

    // The spreadsheet of the same plan, in the report's language.
    const QString book = dir.filePath(QStringLiteral("plan.xlsx"));
    EXPECT_EQ(cli({QStringLiteral("report"), project, QStringLiteral("-o"), book,
                   QStringLiteral("--lang"), QStringLiteral("nl")}),
              0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), book, QStringLiteral("xl/workbook.xml")});
    ASSERT_TRUE(unzip.waitForFinished(30000));
    const QString workbook = QString::fromUtf8(unzip.readAllStandardOutput());
    for (const char* sheet :
         {"Voorraad", "Plan", "Lege posities", "Ongebruikte liggers", "Instellingen"})
        EXPECT_TRUE(
            workbook.contains(QStringLiteral("<sheet name=\"%1\"").arg(QString::fromUtf8(sheet))))
            << sheet;
}

TEST(ReportPreview, ShowsThePagesOfThePdfAndSavesIt) {
    ProjectDocument doc;
    test::buildDemoSample(doc);
    ReportPreviewDialog dialog(doc, {}, QStringLiteral("en"));
    dialog.show();
    ASSERT_TRUE(dialog.waitUntilReady(60000));
    const int pagesEn = dialog.report()->pageCount();
    EXPECT_GT(pagesEn, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.pdf"));
    EXPECT_EQ(dialog.savePdf(path), QString());
    EXPECT_EQ(pdfPages(path), pagesEn);
    // A page image is what the PDF shows: drawn, on white.
    const QImage page = dialog.report()->pageImage(1, 1.0);
    EXPECT_EQ(page.size(), QSize(596, 842));
    EXPECT_EQ(page.pixel(2, 2), qRgb(255, 255, 255));
    // Another language: laid out again, the same pages.
    dialog.setLanguage(QStringLiteral("nl"));
    ASSERT_NE(dialog.report(), nullptr);
    EXPECT_EQ(dialog.language(), QStringLiteral("nl"));
    EXPECT_TRUE(pdfText(path).contains(QLatin1String("Matching report")));
}

TEST(ReportMenu, ExportsFromTheFileMenu) {
    MainWindow::Options options;
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    test::buildDemoSample(window.document());
    auto* actions = window.findChild<ReportActions*>();
    ASSERT_NE(actions, nullptr);
    const QList<QAction*> menu = test::part<ui::MainActions>(window).exportMenu->actions();
    ASSERT_GE(menu.size(), 2);
    EXPECT_EQ(menu[0], actions->exportReport);
    EXPECT_EQ(menu[1], actions->exportSpreadsheet);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    EXPECT_EQ(actions->writeSpreadsheet(path), QString());
    EXPECT_TRUE(QFile::exists(path));
    // A project never saved has no file hash, and the report says so.
    EXPECT_TRUE(actions->reportSource().fileName.isEmpty());
}

TEST(ReportScreenshot, SummaryPage) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    matching::applyPlan(doc, matching::optimisePlan(matching::makeMatchInput(doc)));
    ReportSource source;
    source.fileName = QStringLiteral("A9-A44.respan");
    report::ReportOptions options;
    options.reasonsPerSlot = kReportReasonsPerSlot;
    MatchingReport r(doc, report::buildPlanReport(report::makeReportInput(doc), options), source,
                     QStringLiteral("en"));
    const QImage summary = r.pageImage(1, 1.5);
    const QString out = QStringLiteral(RESPAN_BINARY_DIR "/screenshots");
    QDir().mkpath(out);
    ASSERT_TRUE(summary.save(out + QStringLiteral("/report-summary.png")));
    QSet<QRgb> colours;
    for (int y = 0; y < summary.height(); y += 5) {
        for (int x = 0; x < summary.width(); x += 5) colours.insert(summary.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 20);
}

TEST(ReportScreenshot, PreviewDialog) {
    ProjectDocument doc;
    test::buildDemoSample(doc);
    ReportPreviewDialog dialog(doc, {}, QStringLiteral("en"));
    dialog.resize(820, 900);
    dialog.show();
    ASSERT_TRUE(dialog.waitUntilReady(60000));
    QCoreApplication::processEvents();
    const QImage shot = dialog.grab().toImage();
    const QString out = QStringLiteral(RESPAN_BINARY_DIR "/screenshots");
    QDir().mkpath(out);
    ASSERT_TRUE(shot.save(out + QStringLiteral("/report-preview.png")));
}

}  // namespace
}  // namespace respan::ui
