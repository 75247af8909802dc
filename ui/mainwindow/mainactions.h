#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace respan::ui {

/// Every action of the main window with its text, shortcut (standard keys where there is one)
/// and icon, and the menus and the toolbar built from them. Connections are the window's job.
class MainActions : public QObject {
    Q_OBJECT
public:
    MainActions(QMainWindow* window, QUndoStack* undo);

    // File
    QAction* newProject;
    QAction* open;
    QMenu* recentMenu;
    QAction* save;
    QAction* saveAs;
    QMenu* importMenu;  ///< filled by ExchangeController
    QAction* exportPng;
    QAction* exportSvg;
    QAction* printDrawing;
    QMenu* exportMenu;  ///< File > Export (the report actions add themselves here)
    QAction* close;
    QAction* quit;
    // Edit
    QAction* undo;
    QAction* redo;
    QAction* deleteSelection;
    QAction* addElement;
    QAction* editElement;
    QAction* addStructure;
    QAction* preferences;
    // View
    QMenu* viewMenu;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitToView;
    QAction* showAllStructures;
    // Plan (Optimise and its settings come from PlanningController)
    QMenu* planMenu;
    QAction* placeIn;
    QAction* chooseGirder;
    QAction* pin;
    QAction* unpin;
    QAction* removeFromSlot;
    QAction* clearUnpinned;
    QAction* projectSettings;
    // Help
    QAction* about;
    QAction* aboutQt;

    QToolBar* toolBar;

    /// Adds a dock's toggle action to the View menu (above the zoom actions).
    void addDockToggle(QAction* toggle);
    /// Enables or disables everything that would change the project.
    void setEditable(bool editable);

private:
    QAction* dockSeparator_ = nullptr;
};

}  // namespace respan::ui
