#include "ui/report/matchingreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

#include "core/storage/outputguard.h"
#include "ui/report/pdffinish.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportdrawing.h"
#include "ui/report/reportlanguage.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;

/// The table of contents is worth its room from this many pages on (issue 6: "longer than 4").
constexpr int kTocFromPages = 5;
constexpr std::size_t kStructuresPerChart = 16;

}  // namespace

ReportSource ReportSource::forFile(const QString& path) {
    ReportSource s;
    s.fileName = QFileInfo(path).fileName();
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (hash.addData(&f)) s.sha256 = QString::fromLatin1(hash.result().toHex());
    }
    return s;
}

MatchingReport::MatchingReport(ProjectDocument& doc, report::PlanReport data, ReportSource source,
                               const QString& language)
    : data_(std::move(data)),
      source_(std::move(source)),
      language_(std::make_unique<ReportLanguage>(language)) {
    S::ensureFonts();
    const auto active = language_->activate();
    headerTitle_ = QStringLiteral("ReSpan · ") + Tr::tr("Matching report");
    pageOf_ = Tr::tr("Page %1 of %2");
    {
        const ProjectSettings& settings = data_.input.match.settings;
        pdfInfo_.title = Tr::tr("Matching report: %1").arg(settings.projectName);
        pdfInfo_.author = settings.author.isEmpty() ? QStringLiteral("ReSpan") : settings.author;
        pdfInfo_.subject = Tr::tr(
            "Reuse of harvested precast concrete girders in %n receiving structure(s): "
            "the plan, its checks and its CO2e saving",
            nullptr, static_cast<int>(data_.structures.size()));
        QStringList keywords{Tr::tr("girder reuse"), Tr::tr("matching"), Tr::tr("CO2e"),
                             QStringLiteral("ReSpan")};
        for (const report::StructureReport& st : data_.structures) keywords << st.name;
        pdfInfo_.keywords = keywords.join(QStringLiteral(", "));
        pdfInfo_.language = language_->code() == QLatin1String("nl") ? QStringLiteral("nl-NL")
                                                                     : QStringLiteral("en-GB");
    }
    fileLine_ = source_.fileName.isEmpty() ? Tr::tr("project not saved") : source_.fileName;
    if (!source_.sha256.isEmpty()) {
        fileLine_ += QStringLiteral(" · SHA-256 ") + source_.sha256.left(16) + QChar(0x2026);
    }
    if (source_.unsavedChanges) {
        fileLine_ += QStringLiteral(" · ") + Tr::tr("with unsaved changes");
    }
    drawing_ = std::make_unique<ReportDrawing>(doc);

    const ReportNumbers numbers(language_->locale());
    if (!data_.supplyLengthsM().empty() || !data_.demandLengthsM().empty()) {
        lengthsChart_ = ReportCharts::lengths(data_.supplyLengthsM(), data_.demandLengthsM(),
                                              numbers, S::kContentWidth);
    }
    if (!data_.plan.assignments.empty()) {
        utilisationChart_ =
            ReportCharts::utilisation(data_.utilisations(), numbers, S::kContentWidth);
    }
    // Saving per structure, at most kStructuresPerChart to a chart so that names and bars stay
    // readable on national-scale projects.
    const std::size_t count = data_.structures.size();
    const std::size_t parts = (count + kStructuresPerChart - 1) / kStructuresPerChart;
    const std::size_t perChart = parts == 0 ? 1 : (count + parts - 1) / parts;  // even parts
    for (std::size_t first = 0; first < count; first += perChart) {
        QStringList names;
        std::vector<double> plan;
        std::vector<double> optimum;
        const std::size_t end = std::min(count, first + perChart);
        for (std::size_t i = first; i < end; ++i) {
            const report::StructureReport& st = data_.structures[i];
            names << st.name;
            plan.push_back(st.savingKg);
            if (data_.optimum) optimum.push_back(st.optimumSavingKg);
        }
        savingCharts_.push_back(
            ReportCharts::savingPerStructure(names, plan, optimum, numbers, S::kContentWidth));
    }

    // Laid out once without contents; when long enough, again with the contents until the
    // page numbers it lists stay the same (the contents may move what follows).
    ReportCanvas first;
    layout(nullptr, first);
    if (first.pageCount() < kTocFromPages) {
        canvas_ = std::move(first);
        return;
    }
    std::vector<TocEntry> toc = first.headings();
    for (int pass = 0; pass < 4; ++pass) {
        ReportCanvas next;
        layout(&toc, next);
        const bool stable = next.headings() == toc;
        toc = next.headings();
        canvas_ = std::move(next);
        if (stable) break;
    }
}

MatchingReport::~MatchingReport() = default;

void MatchingReport::layout(const std::vector<TocEntry>* toc, ReportCanvas& canvas) const {
    const ReportNumbers numbers(language_->locale());
    std::vector<const ReportChart*> savings;
    for (const auto& c : savingCharts_) savings.push_back(c.get());
    const ReportContext ctx{data_,
                            source_,
                            numbers,
                            *drawing_,
                            lengthsChart_.get(),
                            utilisationChart_.get(),
                            savings,
                            language_->code() == QLatin1String("nl") ? QStringLiteral("Nederlands")
                                                                     : QStringLiteral("English")};
    ReportSections::cover(canvas, ctx, toc);
    ReportSections::summary(canvas, ctx);
    ReportSections::assumptions(canvas, ctx);
    ReportSections::structures(canvas, ctx);
    ReportSections::unfilled(canvas, ctx);
    ReportSections::recertification(canvas, ctx);
    ReportSections::storage(canvas, ctx);
    ReportSections::impact(canvas, ctx);
    ReportSections::charts(canvas, ctx);
}

int MatchingReport::pageCount() const {
    return canvas_.pageCount();
}

QSizeF MatchingReport::pageSize() {
    return {S::kPageWidth, S::kPageHeight};
}

void MatchingReport::paintRunningHeader(QPainter& p, int index) const {
    if (canvas_.isPlain(index)) return;
    const QFont bold = S::font(S::Face::Bold, 7.5);
    const QFont small = S::font(S::Face::Body, 7.5);
    const QFontMetricsF fm(small, ReportCanvas::referenceDevice());
    const double left = S::kMarginLeft;
    const double right = S::kPageWidth - S::kMarginRight;

    const QString& title = headerTitle_;
    const QString project = fm.elidedText(data_.input.match.settings.projectName, Qt::ElideRight,
                                          S::kContentWidth - 160.0);
    p.setFont(bold);
    p.setPen(S::kAccent);
    p.drawText(QPointF(left, 40.0), title);
    p.setFont(small);
    p.setPen(S::kMuted);
    p.drawText(QPointF(right - fm.horizontalAdvance(project), 40.0), project);
    p.setPen(QPen(S::kRule, 0.5));
    p.drawLine(QPointF(left, 47.0), QPointF(right, 47.0));

    const double footer = S::kPageHeight - 36.0;
    p.drawLine(QPointF(left, footer - 10.0), QPointF(right, footer - 10.0));
    const QString& file = fileLine_;
    const QString page = pageOf_.arg(index + 1).arg(pageCount());
    p.setFont(small);
    p.setPen(S::kMuted);
    p.drawText(QPointF(left, footer),
               fm.elidedText(file, Qt::ElideMiddle, S::kContentWidth - 100.0));
    p.drawText(QPointF(right - fm.horizontalAdvance(page), footer), page);
}

void MatchingReport::paintPage(QPainter& painter, int index) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    canvas_.paintPage(painter, index);
    paintRunningHeader(painter, index);
    painter.restore();
}

QImage MatchingReport::pageImage(int index, double pixelsPerPoint) const {
    const QSize size(static_cast<int>(std::ceil(S::kPageWidth * pixelsPerPoint)),
                     static_cast<int>(std::ceil(S::kPageHeight * pixelsPerPoint)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Text is sized for a device of kDpi: the image says it has that resolution and is scaled.
    const int dotsPerMetre = static_cast<int>(std::lround(S::kDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.scale(pixelsPerPoint, pixelsPerPoint);
    paintPage(p, index);
    p.end();
    return image;
}

QString MatchingReport::writePdf(const QString& path) const {
    const QString name = QFileInfo(path).fileName();
    if (const QString refusal = outputRefusal(path, {}); !refusal.isEmpty()) return refusal;
    // Qt writes the pages into memory; qpdf adds what Qt's writer cannot (document information,
    // bookmarks, clickable contents); then the file is written all or nothing.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(S::kDpi));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        // PDF/A-1b: the archival profile, since the report is what an auditor reads years on.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(pdfInfo_.title);
        writer.setCreator(QStringLiteral("ReSpan ") + QStringLiteral(RESPAN_VERSION));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Tr::tr("%1 could not be written: the PDF could not be started").arg(name);
        }
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0) writer.newPage();
            paintPage(painter, i);
        }
        painter.end();
    }
    QString qpdfError;
    const QByteArray finished =
        finishPdf(bytes, pdfInfo_, canvas_.headings(), canvas_.links(), S::kPageHeight, &qpdfError);
    if (finished.isEmpty()) {
        return Tr::tr("%1 could not be written: %2").arg(name, qpdfError);
    }
    QSaveFile file(path);  // all or nothing: an interrupted export leaves no half report
    if (!file.open(QIODevice::WriteOnly) || file.write(finished) != finished.size() ||
        !file.commit()) {
        return Tr::tr("%1 could not be written: %2").arg(name, file.errorString());
    }
    return QString();
}

}  // namespace respan::ui
