#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "core/matching/matchresult.h"
#include "core/report/planreport.h"
#include "ui/report/matchingreport.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class OptimiserRun;

class ReportPageView;

/// File > Export > Report: runs the optimiser on a worker thread (with Cancel) to know the
/// proven optimum, then shows the report's pages exactly as the PDF will have them, in the
/// chosen language, and saves the PDF. Modal: the project does not change while it is open.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ReportPreviewDialog(ProjectDocument& doc, ReportSource source, const QString& language,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    /// The report, once the optimiser is done (nullptr before).
    [[nodiscard]] const MatchingReport* report() const { return report_.get(); }
    /// Waits (processing events) until the report is there; false after `ms` milliseconds.
    bool waitUntilReady(int ms);
    /// The report's language, "en" or "nl"; changing it lays the report out again.
    void setLanguage(const QString& language);
    [[nodiscard]] QString language() const { return language_; }
    /// Stops the optimiser: the report then says the optimum is not proven (with its bound).
    void cancelOptimiser();
    /// Writes the PDF; an empty string on success, else the reason.
    QString savePdf(const QString& path) const;
    /// Where the save dialog starts.
    void setSuggestedPath(const QString& path) { suggestedPath_ = path; }

Q_SIGNALS:
    void ready();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void startOptimiser();
    void optimiserFinished();
    void rebuild();
    void saveWithPrompt();
    void updatePageLabel();
    void applyZoom(int index);

    ProjectDocument& doc_;
    report::ReportInput input_;
    ReportSource source_;
    QString language_;
    QString suggestedPath_;
    std::optional<matching::MatchResult> optimum_;
    std::unique_ptr<MatchingReport> report_;
    OptimiserRun* run_ = nullptr;

    QComboBox* languageBox_;
    QComboBox* zoomBox_;
    QLabel* pageLabel_;
    QLabel* status_;
    QProgressBar* busy_;
    QPushButton* cancelButton_;
    QPushButton* saveButton_;
    QScrollArea* scroll_;
    ReportPageView* pages_;
};

}  // namespace respan::ui
