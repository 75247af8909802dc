#include "ui/report/reportpreviewdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QVBoxLayout>

#include "core/document/projectdocument.h"
#include "core/matching/optimiser.h"
#include "ui/common/optimiserrun.h"
#include "ui/common/screenfit.h"
#include "ui/report/reportlanguage.h"
#include "ui/report/reportpageview.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {

ReportPreviewDialog::ReportPreviewDialog(ProjectDocument& doc, ReportSource source,
                                         const QString& language, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      input_(report::makeReportInput(doc)),
      source_(std::move(source)),
      language_(ReportLanguage::isSupported(language) ? language : QStringLiteral("en")),
      languageBox_(new QComboBox(this)),
      zoomBox_(new QComboBox(this)),
      pageLabel_(new QLabel(this)),
      status_(new QLabel(this)),
      busy_(new QProgressBar(this)),
      cancelButton_(new QPushButton(tr("Stop the Optimiser"), this)),
      saveButton_(new QPushButton(tr("Save PDF…"), this)),
      scroll_(new QScrollArea(this)),
      pages_(new ReportPageView) {
    setWindowTitle(tr("Matching Report"));
    setObjectName(QStringLiteral("ReportPreviewDialog"));

    languageBox_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languageBox_->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    languageBox_->setCurrentIndex(language_ == QLatin1String("nl") ? 1 : 0);
    languageBox_->setEnabled(false);
    zoomBox_->addItem(tr("Fit Width"), 0.0);
    for (int percent : {50, 75, 100, 125, 150, 200}) {
        zoomBox_->addItem(QStringLiteral("%1 %").arg(percent), percent / 100.0);
    }
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(languageBox_);
    auto* top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(languageBox_);
    top->addSpacing(16);
    top->addWidget(zoomBox_);
    top->addStretch(1);
    top->addWidget(pageLabel_);

    scroll_->setWidget(pages_);
    scroll_->setWidgetResizable(false);
    scroll_->setAlignment(Qt::AlignHCenter);
    scroll_->setBackgroundRole(QPalette::Dark);

    busy_->setRange(0, 0);
    busy_->setMaximumWidth(160);
    status_->setWordWrap(true);
    saveButton_->setEnabled(false);
    saveButton_->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(saveButton_, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(busy_);
    bottom->addWidget(status_, 1);
    bottom->addWidget(cancelButton_);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll_, 1);
    layout->addLayout(bottom);
    fitToScreen(*this, QSize(900, 1000));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton_, &QPushButton::clicked, this, &ReportPreviewDialog::saveWithPrompt);
    connect(cancelButton_, &QPushButton::clicked, this, &ReportPreviewDialog::cancelOptimiser);
    connect(languageBox_, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLanguage(languageBox_->itemData(index).toString()); });
    connect(zoomBox_, &QComboBox::currentIndexChanged, this, &ReportPreviewDialog::applyZoom);
    connect(scroll_->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ReportPreviewDialog::updatePageLabel);
    startOptimiser();
}

ReportPreviewDialog::~ReportPreviewDialog() {
    delete run_;  // before the labels it reports to: cancels the optimiser and waits for it
}

void ReportPreviewDialog::startOptimiser() {
    status_->setText(tr("Computing the proven optimum with the project's pins…"));
    matching::MatchOptions options;
    // The command line's limit, so that both make the same report.
    options.timeLimitSeconds = report::kReportOptimiserSeconds;
    run_ = new OptimiserRun(input_.match, report::reportOptimiserOptions(std::move(options)),
                            doc_.revision(), this);
    connect(run_, &OptimiserRun::progressed, this, [this](const matching::MatchProgress& p) {
        const QLocale l;
        status_->setText(tr("Computing the proven optimum with the project's pins… %1 s; best "
                            "plan %2 kg CO2e, bound %3 kg CO2e")
                             .arg(l.toString(p.elapsedSeconds, 'f', 1),
                                  l.toString(p.bestSavingKg, 'f', 0),
                                  l.toString(p.upperBoundKg, 'f', 0)));
    });
    connect(run_, &OptimiserRun::finished, this, &ReportPreviewDialog::optimiserFinished);
    run_->start();
}

void ReportPreviewDialog::cancelOptimiser() {
    run_->cancel();
    cancelButton_->setEnabled(false);
}

void ReportPreviewDialog::optimiserFinished() {
    optimum_ = run_->result();
    busy_->hide();
    cancelButton_->hide();
    languageBox_->setEnabled(true);
    rebuild();
}

void ReportPreviewDialog::setLanguage(const QString& language) {
    if (!ReportLanguage::isSupported(language)) return;
    if (language != language_) {
        language_ = language;
        const QSignalBlocker block(languageBox_);
        languageBox_->setCurrentIndex(language == QLatin1String("nl") ? 1 : 0);
    }
    if (optimum_) rebuild();
}

void ReportPreviewDialog::rebuild() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    pages_->setReport(nullptr);
    report_.reset();
    report::PlanReport figures;
    {
        // The engine's sentences in the report's language, not the window's.
        const ReportLanguage words(language_);
        const auto active = words.activate();
        report::ReportOptions options;
        options.knownOptimum = optimum_;
        options.locale = words.locale();
        options.reasonsPerSlot = kReportReasonsPerSlot;
        figures = report::buildPlanReport(input_, options);
    }
    report_ = std::make_unique<MatchingReport>(doc_, std::move(figures), source_, language_);
    pages_->setReport(report_.get());
    applyZoom(zoomBox_->currentIndex());
    QApplication::restoreOverrideCursor();

    QString verdict;
    const report::Comparison& c = report_->data().comparison;
    switch (c.verdict) {
        case report::Verdict::PlanOptimal:
            verdict = tr("The plan is optimal (proven).");
            break;
        case report::Verdict::BelowOptimum:
            verdict = tr("The plan is %1 % below the proven optimum.")
                          .arg(QLocale().toString(c.gapPercent, 'f', 2));
            break;
        case report::Verdict::BelowBound:
            verdict = tr("The optimum is not proven; the plan is within %1 % of the bound.")
                          .arg(QLocale().toString(c.gapPercent, 'f', 2));
            break;
        case report::Verdict::NotComputed:
            break;
    }
    status_->setText(tr("%n page(s).", nullptr, report_->pageCount()) + QLatin1Char(' ') + verdict);
    saveButton_->setEnabled(true);
    updatePageLabel();
    Q_EMIT ready();
}

bool ReportPreviewDialog::waitUntilReady(int ms) {
    QElapsedTimer timer;
    timer.start();
    while (report_ == nullptr && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (report_ == nullptr) QThread::msleep(5);
    }
    return report_ != nullptr;
}

QString ReportPreviewDialog::savePdf(const QString& path) const {
    if (report_ == nullptr) return tr("The report is not ready yet.");
    return report_->writePdf(path);
}

void ReportPreviewDialog::saveWithPrompt() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggestedPath_,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) path += QStringLiteral(".pdf");
    const QString error = savePdf(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Report not saved"), error);
        return;
    }
    suggestedPath_ = path;
    status_->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPreviewDialog::applyZoom(int index) {
    const double fixed = zoomBox_->itemData(index).toDouble();
    const double zoom =
        fixed > 0.0
            ? fixed * logicalDpiX() / ReportStyle::kDpi
            // Room for the vertical scroll bar, which long reports always have.
            : ReportPageView::zoomForWidth(scroll_->maximumViewportSize().width() -
                                           scroll_->verticalScrollBar()->sizeHint().width());
    pages_->setZoom(zoom);
    updatePageLabel();
}

void ReportPreviewDialog::updatePageLabel() {
    if (report_ == nullptr) {
        pageLabel_->clear();
        return;
    }
    const int y = scroll_->verticalScrollBar()->value() + scroll_->viewport()->height() / 3;
    pageLabel_->setText(tr("Page %1 of %2").arg(pages_->pageAt(y) + 1).arg(report_->pageCount()));
}

void ReportPreviewDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    if (zoomBox_->currentIndex() == 0 && report_ != nullptr) applyZoom(0);
}

}  // namespace respan::ui
