#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace respan::ui {

namespace {
QIcon themed(const char* name, QStyle* style, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}
QIcon resource(const char* name) {
    return QIcon(QStringLiteral(":/respan/icons/") + QString::fromLatin1(name));
}
}  // namespace

MainActions::MainActions(QMainWindow* window, QUndoStack* undoStack) : QObject(window) {
    QStyle* st = window->style();
    auto make = [window](const QString& text, const QKeySequence& key = {},
                         const QIcon& icon = {}) {
        auto* a = new QAction(icon, text, window);
        if (!key.isEmpty()) a->setShortcut(key);
        return a;
    };

    newProject = make(tr("&New Project"), QKeySequence::New,
                      themed("document-new", st, QStyle::SP_FileIcon));
    open = make(tr("&Open…"), QKeySequence::Open,
                themed("document-open", st, QStyle::SP_DialogOpenButton));
    save = make(tr("&Save"), QKeySequence::Save,
                themed("document-save", st, QStyle::SP_DialogSaveButton));
    // Ctrl+Shift+S on every platform theme (some give Save As no key at all).
    saveAs = make(tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S")),
                  themed("document-save-as", st, QStyle::SP_DialogSaveButton));
    exportPng = make(tr("Drawing as &PNG…"));
    exportSvg = make(tr("Drawing as &SVG…"));
    printDrawing = make(tr("&Print Drawing…"), QKeySequence::Print,
                        themed("document-print", st, QStyle::SP_FileIcon));
    close = make(tr("&Close Project"), QKeySequence::Close);
    quit = make(tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themed("edit-undo", st, QStyle::SP_ArrowBack));
    redo = undoStack->createRedoAction(window, tr("&Redo"));
    // Ctrl+Shift+Z (the platform's Redo) and Ctrl+Y, which Windows-trained hands use.
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(themed("edit-redo", st, QStyle::SP_ArrowForward));
    deleteSelection =
        make(tr("&Delete"), QKeySequence::Delete, themed("edit-delete", st, QStyle::SP_TrashIcon));
    deleteSelection->setToolTip(
        tr("Delete the selected elements or structure items, or empty the selected slots"));
    addElement =
        make(tr("New &Element…"), QKeySequence(tr("Ctrl+Shift+E")), resource("element-add.svg"));
    editElement = make(tr("Edi&t Element…"), QKeySequence(tr("Ctrl+E")));
    // Ctrl+Shift+S is Save As; Ctrl+P is Print.
    addStructure =
        make(tr("New &Structure…"), QKeySequence(tr("Ctrl+Alt+S")), resource("structure-add.svg"));
    preferences = make(tr("&Preferences…"), QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    zoomIn = make(tr("Zoom &In"), QKeySequence::ZoomIn, resource("zoom-in.svg"));
    zoomOut = make(tr("Zoom &Out"), QKeySequence::ZoomOut, resource("zoom-out.svg"));
    fitToView = make(tr("&Fit to View"), QKeySequence(tr("Ctrl+0")), resource("zoom-fit.svg"));
    showAllStructures = make(tr("Show &All Structures"));

    placeIn = make(tr("Place &in…"), QKeySequence(tr("Ctrl+L")));
    placeIn->setToolTip(
        tr("Put the girder selected in the inventory into a slot you choose from a list"));
    chooseGirder = make(tr("C&hoose Girder…"), QKeySequence(tr("Ctrl+Shift+L")));
    chooseGirder->setToolTip(tr("Fill the selected slot with a girder you choose from a list"));
    pin = make(tr("&Pin"), QKeySequence(tr("Ctrl+K")));
    pin->setToolTip(tr("Fix the elements in the selected slots: the optimiser will not move them"));
    unpin = make(tr("&Unpin"), QKeySequence(tr("Ctrl+Shift+K")));
    unpin->setToolTip(tr("Turn the selected placements into proposals the optimiser may change"));
    removeFromSlot = make(tr("&Remove from Slot"));
    clearUnpinned = make(tr("&Clear Unpinned Assignments"), {}, resource("clear-unpinned.svg"));
    clearUnpinned->setToolTip(tr("Remove every placement that is not pinned (one undo step)"));

    projectSettings = make(tr("Project &Settings…"));
    projectSettings->setToolTip(tr("Rule limits and carbon factors of this project"));

    about = make(tr("&About ReSpan"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(newProject);
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(save);
    file->addAction(saveAs);
    file->addSeparator();
    importMenu = file->addMenu(tr("&Import"));
    exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(exportPng);
    exportMenu->addAction(exportSvg);
    file->addAction(printDrawing);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(deleteSelection);
    edit->addSeparator();
    edit->addAction(addElement);
    edit->addAction(editElement);
    edit->addAction(addStructure);
    edit->addSeparator();
    edit->addAction(preferences);

    viewMenu = bar->addMenu(tr("&View"));
    dockSeparator_ = viewMenu->addSeparator();
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(fitToView);
    viewMenu->addAction(showAllStructures);

    QMenu* plan = bar->addMenu(tr("&Plan"));
    planMenu = plan;
    plan->addAction(placeIn);
    plan->addAction(chooseGirder);
    plan->addSeparator();
    plan->addAction(pin);
    plan->addAction(unpin);
    plan->addAction(removeFromSlot);
    plan->addSeparator();
    plan->addAction(clearUnpinned);
    plan->addSeparator();
    plan->addAction(projectSettings);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    toolBar = window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(20, 20));
    for (QAction* a : {newProject, open, save}) toolBar->addAction(a);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addAction(deleteSelection);
    toolBar->addSeparator();
    toolBar->addAction(addElement);
    toolBar->addAction(addStructure);
    toolBar->addSeparator();
    toolBar->addAction(zoomIn);
    toolBar->addAction(zoomOut);
    toolBar->addAction(fitToView);
    toolBar->addSeparator();
    toolBar->addAction(clearUnpinned);
}

void MainActions::addDockToggle(QAction* toggle) {
    viewMenu->insertAction(dockSeparator_, toggle);
}

void MainActions::setEditable(bool editable) {
    for (QAction* a : {deleteSelection, addElement, addStructure, pin, unpin, removeFromSlot,
                       clearUnpinned, projectSettings, save})
        a->setEnabled(editable);
}

}  // namespace respan::ui
