#pragma once

#include <QMainWindow>

#include <memory>

#include "core/model/uid.h"
#include "ui/exchange/exchangeprompts.h"
#include "ui/mainwindow/fileprompts.h"

class QDockWidget;
class QPrinter;
class QLabel;
class QTemporaryDir;
class QTimer;
class QUndoStack;
class QUndoView;

namespace respan {
class AssignmentChecker;
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::ui {

class CertificationController;
class StoragePanel;
class ImpactPanel;
class DocumentController;
class DrawingPanel;
class ElementTableModel;
class ExchangeController;
class InventoryPanel;
class MainActions;
class MessageBar;
class PlanningController;
class RecentFiles;
class StructurePanel;
class StructureTreeModel;

/// The ReSpan main window: the viaduct drawing in the centre, the inventory and the structures
/// as docks, menus, toolbar and status bar. Owns the document, its session and the undo stack
/// of the one project it shows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        /// Questions to the user; default: message boxes and file dialogs.
        std::unique_ptr<FilePrompts> prompts;
        /// Questions and reports of import and export; default: dialogs.
        std::unique_ptr<ExchangePrompts> exchangePrompts;
        /// Restore window geometry and dock layout from QSettings (off in tests).
        bool restoreLayout = true;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The project this window shows. Everything else of the window (panels, controllers, the
    /// undo stack) is handed to its parts at construction; nothing reaches them through here.
    [[nodiscard]] ProjectDocument& document() const { return *doc_; }

    /// Opens a project file (the command line's argument); false, with the reason shown to the
    /// user, when it cannot be opened.
    bool open(const QString& path);

    /// Paints the drawing as shown (one structure or all) with its legend on one page of
    /// `printer`, landscape; what Print (Ctrl+P) sends after the print dialog.
    void printDrawingOn(QPrinter& printer);

    /// Opens an element in the editor dialog (modal).
    void editElement(Uid elementUid);

public Q_SLOTS:
    /// Shows a slot: its structure in the drawing (when one structure is shown), the slot
    /// selected there and in the structure tree.
    void showSlot(Uid slotUid);
    /// Shows an element in the inventory (selected, scrolled to).
    void showElement(Uid elementUid);
    void deleteSelection();
    void clearUnpinned();
    void setPinned(bool pinned);
    /// Place in… and Choose Girder…: placement from the keyboard (PlacementDialog).
    void placeSelectedElement();
    void chooseGirderForSlot();
    [[nodiscard]] Uid slotForChoice() const;
    void place(Uid elementUid, Uid slotUid);
    void removeFromSlots();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Area { None, Inventory, Structures, Drawing };

    void createDocks();
    void connectActions();
    void createPlanningAndExchange();
    /// The Storage dock (docs/storage-layout.md), a tab beside Recertification.
    void createStorageDock();
    void createImpactDock();
    void updateTitle();
    void updateRecentMenu();
    void updateCounts();
    void addElement();
    void exportDrawing(bool svg);
    void printDrawing();
    void showPreferences();
    void editProjectSettings();
    void showAbout();
    void saveLayout();
    void restoreLayout();
    [[nodiscard]] QList<Uid> selectedAssignedSlots() const;

    std::unique_ptr<ProjectDocument> doc_;
    std::unique_ptr<ProjectSession> session_;
    QUndoStack* undo_;
    std::unique_ptr<AssignmentChecker> checker_;
    std::unique_ptr<FilePrompts> prompts_;
    std::unique_ptr<ExchangePrompts> exchangePrompts_;
    std::unique_ptr<QTemporaryDir> openedDocuments_;
    RecentFiles* recent_;
    DocumentController* controller_;
    ElementTableModel* elementModel_;
    StructureTreeModel* structureModel_;
    MainActions* actions_;
    MessageBar* messageBar_;
    DrawingPanel* drawing_;
    PlanningController* planning_ = nullptr;
    ExchangeController* exchange_ = nullptr;
    CertificationController* certification_ = nullptr;
    StoragePanel* storage_ = nullptr;
    QDockWidget* storageDock_ = nullptr;
    ImpactPanel* impact_ = nullptr;
    QDockWidget* impactDock_ = nullptr;
    InventoryPanel* inventory_ = nullptr;
    StructurePanel* structures_ = nullptr;
    QDockWidget* inventoryDock_ = nullptr;
    QDockWidget* structuresDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    QLabel* counts_;
    QLabel* modeLabel_;
    QTimer* countsTimer_;
    Area lastArea_ = Area::None;
    QString userName_;
};

}  // namespace respan::ui
