#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace respan::ui {

class MainWindow;
struct ReportSource;

/// File > Export > Report (PDF)… and Spreadsheet (xlsx)… of the main window, kept apart from
/// the window's own code: the window makes one and it puts its actions at the top of the
/// Export menu. Exports work in read-only mode too.
class ReportActions : public QObject {
    Q_OBJECT
public:
    explicit ReportActions(MainWindow& window);

    QAction* exportReport;
    QAction* exportSpreadsheet;

    /// The report's source: the project file and its hash, and whether the open project has
    /// changes that are not in it.
    [[nodiscard]] ReportSource reportSource() const;
    /// Writes the spreadsheet of the open project; empty string on success, else the reason.
    [[nodiscard]] QString writeSpreadsheet(const QString& path) const;

private:
    void showReport();
    void exportSpreadsheetWithPrompt();
    [[nodiscard]] QString suggestedPath(const QString& suffix, const QString& extension) const;

    MainWindow& window_;
};

}  // namespace respan::ui
