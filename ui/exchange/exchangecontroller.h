#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace respan {
class DocumentCommand;
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::ui {

class ExchangePrompts;
struct MessageReport;

/// File > Import and the data exports of File > Export: elements.csv and design.csv (each
/// import one undo step, refused as a whole on any error with every error listed), the inventory
/// and design as CSV in either dialect, and materials passports (export of the selected or all
/// elements; import with conflicts shown and nothing changed on conflict, one undo step).
class ExchangeController : public QObject {
    Q_OBJECT
public:
    ExchangeController(ProjectDocument& doc, ProjectSession& session, QUndoStack& undo,
                       ExchangePrompts& prompts, QWidget* window);

    QAction* importElements;
    QAction* importDesign;
    QAction* importPassport;
    QAction* importProtocol;
    QAction* importCertification;
    QAction* importSites;
    QAction* exportProtocol;
    QAction* exportElements;
    QAction* exportDesign;
    QAction* exportPassport;

    /// Fills the Import menu and appends the data exports to the Export menu.
    void installActions(QMenu* importMenu, QMenu* exportMenu);
    void setEditable(bool editable);
    /// Written into the history of imported elements.
    void setUserName(const QString& user) { user_ = user; }
    /// Ids of the elements selected in the inventory (for the passport export).
    void setSelection(std::function<QStringList()> selectedIds) {
        selection_ = std::move(selectedIds);
    }

public Q_SLOTS:
    /// Each asks for the file when `path` is empty; returns true when something was imported or
    /// written.
    bool importElementsCsv(const QString& path = {});
    bool importDesignCsv(const QString& path = {});
    bool importPassportFile(const QString& path = {});
    /// The recertification protocol (replaces the template) and step results (docs/
    /// recertification.md); each one undo step, refused as a whole on any error.
    bool importProtocolCsv(const QString& path = {});
    /// Storage sites from a sites CSV or a GeoJSON, GeoPackage or Shapefile (by its suffix).
    bool importSitesFile(const QString& path = {});
    bool importCertificationCsv(const QString& path = {});
    bool exportProtocolCsv(const QString& path = {});
    bool exportElementsCsv(const QString& path = {});
    bool exportDesignCsv(const QString& path = {});
    bool exportPassportFile(const QString& path = {});

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    bool readFile(const QString& path, QByteArray& bytes);
    /// The file of an import: `given`, or the one the user picks; false when cancelled or
    /// unreadable (the user was told).
    bool readImportFile(const QString& given, const QString& title, const QString& filter,
                        QString& name, QByteArray& bytes);
    /// Nothing was imported: shows why and says so in the status bar.
    bool refuseImport(const MessageReport& why, const QString& status);
    /// Puts an import on the undo stack; when the document takes it, shows its `warnings` (may
    /// be null) and the status `done`.
    bool applyImport(std::unique_ptr<DocumentCommand> command, const MessageReport* warnings,
                     const QString& done);
    bool writeFile(const QString& path, const QByteArray& bytes);
    QString suggestion(const QString& name) const;
    QString askCsvExportPath(const QString& title, const QString& name, const QString& path,
                             int* dialect);

    ProjectDocument& doc_;
    ProjectSession& session_;
    QUndoStack& undo_;
    ExchangePrompts& prompts_;
    QString user_;
    std::function<QStringList()> selection_;
    QString lastImportPath_;  ///< the file readImportFile read last
    bool editable_ = true;
};

}  // namespace respan::ui
