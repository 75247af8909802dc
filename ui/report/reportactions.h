#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace respan {
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::ui {

struct ReportSource;

/// File > Export > Report (PDF)… and Spreadsheet (xlsx)… of the main window, kept apart from
/// the window's own code: the window makes one and it puts its actions at the top of the
/// Export menu. Exports work in read-only mode too. It is given what it needs (the document,
/// the session for the file's name, the undo stack for "unsaved changes", the window as the
/// parent of its dialogs) and reports through statusMessage, so it never reaches into the
/// main window.
class ReportActions : public QObject {
    Q_OBJECT
public:
    ReportActions(QWidget& window, ProjectDocument& doc, const ProjectSession& session,
                  const QUndoStack& undo, QMenu& exportMenu);

    QAction* exportReport;
    QAction* exportSpreadsheet;

    /// The report's source: the project file and its hash, and whether the open project has
    /// changes that are not in it.
    [[nodiscard]] ReportSource reportSource() const;
    /// Writes the spreadsheet of the open project; empty string on success, else the reason.
    [[nodiscard]] QString writeSpreadsheet(const QString& path) const;

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void showReport();
    void exportSpreadsheetWithPrompt();
    [[nodiscard]] QString suggestedPath(const QString& suffix, const QString& extension) const;

    QWidget& window_;
    ProjectDocument& doc_;
    const ProjectSession& session_;
    const QUndoStack& undo_;
};

}  // namespace respan::ui
