#include "ui/report/reportactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

#include "core/document/projectdocument.h"
#include "core/export/spreadsheetexport.h"
#include "core/report/planreport.h"
#include "core/storage/projectsession.h"
#include "ui/common/exportpath.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportlanguage.h"
#include "ui/report/reportpreviewdialog.h"

namespace respan::ui {

ReportActions::ReportActions(QWidget& window, ProjectDocument& doc, const ProjectSession& session,
                             const QUndoStack& undo, QMenu& exportMenu)
    : QObject(&window), window_(window), doc_(doc), session_(session), undo_(undo) {
    setObjectName(QStringLiteral("ReportActions"));
    exportReport = new QAction(tr("&Report (PDF)…"), &window);
    exportReport->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    exportReport->setToolTip(
        tr("The matching report for project leads and clients, with a preview"));
    exportSpreadsheet = new QAction(tr("Spreadsheet (&xlsx)…"), &window);
    exportSpreadsheet->setToolTip(tr("Inventory, plan and unfilled slots as a spreadsheet"));
    QAction* first = exportMenu.actions().value(0);
    exportMenu.insertAction(first, exportReport);
    exportMenu.insertAction(first, exportSpreadsheet);
    exportMenu.insertSeparator(first);
    connect(exportReport, &QAction::triggered, this, &ReportActions::showReport);
    connect(exportSpreadsheet, &QAction::triggered, this,
            &ReportActions::exportSpreadsheetWithPrompt);
}

ReportSource ReportActions::reportSource() const {
    ReportSource source;
    if (session_.hasPath()) source = ReportSource::forFile(session_.path());
    source.unsavedChanges = !undo_.isClean() || doc_.isModified();
    return source;
}

QString ReportActions::suggestedPath(const QString& suffix, const QString& extension) const {
    return suggestedExportPath(session_, suffix + extension, tr("project") + suffix + extension);
}

void ReportActions::showReport() {
    ReportPreviewDialog dialog(doc_, reportSource(), ReportLanguage::languageOf(QLocale()),
                               &window_);
    dialog.setSuggestedPath(suggestedPath(tr("-report"), QStringLiteral(".pdf")));
    dialog.exec();
}

QString ReportActions::writeSpreadsheet(const QString& path) const {
    return writePlanSpreadsheet(spreadsheetPlan(doc_, QLocale()), path);
}

void ReportActions::exportSpreadsheetWithPrompt() {
    QString path = QFileDialog::getSaveFileName(&window_, tr("Export Spreadsheet"),
                                                suggestedPath(QString(), QStringLiteral(".xlsx")),
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".xlsx");
    }
    const QString error = writeSpreadsheet(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(&window_, tr("Export failed"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Spreadsheet exported to %1.").arg(QDir::toNativeSeparators(path)),
                         8000);
}

}  // namespace respan::ui
