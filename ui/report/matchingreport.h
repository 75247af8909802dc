#pragma once

#include <QDateTime>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

#include "core/report/planreport.h"
#include "ui/report/pdffinish.h"
#include "ui/report/reportcanvas.h"

class QPainter;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class ReportChart;

/// Candidates the report lists for each unfilled slot (the closest; the spreadsheet has more).
inline constexpr int kReportReasonsPerSlot = 3;
class ReportDrawing;
class ReportLanguage;

/// Where the report's figures come from, for its cover and running footer.
struct ReportSource {
    QString fileName;  ///< the project file's name; empty when the project was never saved
    QString sha256;    ///< of the file's bytes; empty when unknown
    /// The report shows edits that are not saved: the file's hash does not describe it.
    bool unsavedChanges = false;
    QDateTime created = QDateTime::currentDateTime();

    /// Name and SHA-256 of a project file on disk.
    static ReportSource forFile(const QString& path);
};

/// The PDF matching report (issue 6): laid out once, then painted page by page on the PDF
/// writer or on preview images, so that the preview and the file show exactly the same pages.
/// Build and paint it on the GUI thread; `doc` (drawn by the viaduct scene) must not change
/// while the report lives.
class MatchingReport {
public:
    /// `language` is "en" or "nl": the report's words come from that translation and its
    /// numbers follow that language (decimal comma in Dutch), whatever the UI's language.
    MatchingReport(ProjectDocument& doc, report::PlanReport data, ReportSource source,
                   const QString& language);
    ~MatchingReport();
    MatchingReport(const MatchingReport&) = delete;
    MatchingReport& operator=(const MatchingReport&) = delete;

    [[nodiscard]] int pageCount() const;
    /// A4 in points.
    [[nodiscard]] static QSizeF pageSize();
    [[nodiscard]] const report::PlanReport& data() const { return data_; }
    /// Headings with their 0-based page, as the table of contents lists them.
    [[nodiscard]] const std::vector<TocEntry>& contents() const { return canvas_.headings(); }

    /// Paints page `index`; the painter's coordinates are points from the page's top left, on
    /// a device of ReportStyle::kDpi logical resolution. Every word was translated when the
    /// report was laid out, so painting does not touch the application's translators.
    void paintPage(QPainter& painter, int index) const;
    /// The page as an image of `pixelsPerPoint` (1 = 72 dpi), on white.
    [[nodiscard]] QImage pageImage(int index, double pixelsPerPoint) const;
    /// Writes the PDF (A4, fonts embedded), completely or not at all. Returns an empty string
    /// on success, else the translated reason.
    [[nodiscard]] QString writePdf(const QString& path) const;

private:
    void layout(const std::vector<TocEntry>* toc, ReportCanvas& canvas) const;
    void paintRunningHeader(QPainter& painter, int index) const;

    report::PlanReport data_;
    ReportSource source_;
    // The running header's words, translated while the report's language was in place.
    QString headerTitle_;
    QString pageOf_;  ///< "Page %1 of %2"
    QString fileLine_;
    PdfInfo pdfInfo_;  ///< title, author, subject, keywords in the report's language
    std::unique_ptr<ReportLanguage> language_;
    std::unique_ptr<ReportDrawing> drawing_;
    std::unique_ptr<ReportChart> lengthsChart_;
    std::unique_ptr<ReportChart> utilisationChart_;
    std::vector<std::unique_ptr<ReportChart>> savingCharts_;  ///< one per 16 structures
    ReportCanvas canvas_;
};

}  // namespace respan::ui
