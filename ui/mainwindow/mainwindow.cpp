#include "ui/mainwindow/mainwindow.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include "core/commands/cmdassignmentremove.h"
#include "core/commands/cmdassignmentset.h"
#include "core/commands/cmdassignmentsreplace.h"
#include "core/commands/cmdelementdelete.h"
#include "core/commands/cmdsettingsedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "core/storage/projectsession.h"
#include "ui/app/preferencesdialog.h"
#include "ui/certification/certificationcontroller.h"
#include "ui/certification/certificationpanel.h"
#include "ui/certification/ganttview.h"
#include "ui/common/exportpath.h"
#include "ui/common/screenfit.h"
#include "ui/dragdrop/dropplanner.h"
#include "ui/drawing/drawingexport.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/editors/elementeditordialog.h"
#include "ui/editors/settingsdialog.h"
#include "ui/exchange/dialogexchangeprompts.h"
#include "ui/exchange/exchangecontroller.h"
#include "ui/impact/impactpanel.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/dialogfileprompts.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/messagebar.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/planning/issuespanel.h"
#include "ui/planning/optimiseprogress.h"
#include "ui/planning/placementdialog.h"
#include "ui/planning/planningcontroller.h"
#include "ui/report/reportactions.h"
#include "ui/storage/storagepanel.h"
#include "ui/structures/structurepanel.h"
#include "ui/structures/structuretreemodel.h"
#include "ui/structures/structuretreeview.h"

namespace respan::ui {

MainWindow::MainWindow(QWidget* parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent),
      doc_(std::make_unique<ProjectDocument>()),
      session_(std::make_unique<ProjectSession>(*doc_)),
      undo_(new QUndoStack(this)),
      // The matching engine's rules decide what the board admits and what it draws as conflict.
      checker_(std::make_unique<AssignmentChecker>(QLocale())),
      prompts_(options.prompts ? std::move(options.prompts)
                               : std::make_unique<DialogFilePrompts>(this)),
      exchangePrompts_(options.exchangePrompts ? std::move(options.exchangePrompts)
                                               : std::make_unique<DialogExchangePrompts>(this)),
      openedDocuments_(std::make_unique<QTemporaryDir>()),
      recent_(new RecentFiles(this)),
      controller_(new DocumentController(*doc_, *session_, *undo_, *prompts_, *recent_, this)),
      elementModel_(new ElementTableModel(*doc_, undo_, this)),
      structureModel_(new StructureTreeModel(*doc_, undo_, checker_.get(), this)),
      actions_(new MainActions(this, undo_)),
      messageBar_(new MessageBar(this)),
      drawing_(new DrawingPanel(*doc_, undo_, checker_.get(), this)),
      counts_(new QLabel(this)),
      modeLabel_(new QLabel(this)),
      countsTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/respan/icons/respan.svg")));
    userName_ = PreferencesDialog::userName();
    elementModel_->setUserName(userName_);
    controller_->setAutosaveSeconds(PreferencesDialog::autosaveSeconds());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(messageBar_);
    layout->addWidget(drawing_, 1);
    setCentralWidget(central);

    createDocks();
    connectActions();
    createPlanningAndExchange();
    createStorageDock();
    createImpactDock();
    // File > Export > Report and Spreadsheet.
    auto* report = new ReportActions(*this, *doc_, *session_, *undo_, *actions_->exportMenu);
    connect(report, &ReportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    statusBar()->addPermanentWidget(modeLabel_);
    // Not permanent: a status message (a drop's consequences, a refusal's reason) is more
    // important than the counts and takes the whole bar while it shows.
    statusBar()->addWidget(counts_, 1);
    counts_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    countsTimer_->setSingleShot(true);
    countsTimer_->setInterval(0);
    connect(countsTimer_, &QTimer::timeout, this, &MainWindow::updateCounts);
    DocumentNotifier* n = doc_->notifier();
    // An undo or redo whose object is gone: the command left the stack, the reason is shown.
    connect(n, &DocumentNotifier::editFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(n, &DocumentNotifier::changed, this, [this](const DocumentChange& change) {
        if (change.changesCounts()) countsTimer_->start();
    });

    // Remember which panel the user worked in last: Delete acts there.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == nullptr) return;
        if (inventory_->isAncestorOf(now))
            lastArea_ = Area::Inventory;
        else if (structures_->isAncestorOf(now))
            lastArea_ = Area::Structures;
        else if (drawing_->isAncestorOf(now))
            lastArea_ = Area::Drawing;
    });

    // 1500x950 where the screen has room; smaller screens (1280x720 up) get a window that fits.
    fitToScreen(*this, QSize(1500, 950));
    if (options.restoreLayout) restoreLayout();
    updateTitle();
    updateRecentMenu();
    updateCounts();
}

MainWindow::~MainWindow() {
    // Nothing may reach this half-destroyed window any more (the undo stack's destructor
    // announces a clean state change, for one).
    controller_->disconnect(this);
    disconnect(qApp, nullptr, this, nullptr);
    // A running optimisation or explanation is stopped and waited for first.
    delete planning_->issuesDock();
    delete planning_;
    planning_ = nullptr;
    delete exchange_;
    exchange_ = nullptr;
    delete certification_;
    certification_ = nullptr;
    delete storageDock_;  // the panel refers to the document
    storageDock_ = nullptr;
    storage_ = nullptr;
    delete impactDock_;
    impactDock_ = nullptr;
    impact_ = nullptr;
    // Views and models refer to the document: take them down before it goes.
    delete drawing_;
    drawing_ = nullptr;
    delete inventoryDock_;
    delete structuresDock_;
    delete historyDock_;
    delete elementModel_;
    delete structureModel_;
    // Undo commands refer to the document too.
    delete undo_;
}

void MainWindow::createDocks() {
    inventory_ = new InventoryPanel(*doc_, elementModel_, this);
    inventoryDock_ = new QDockWidget(tr("Inventory"), this);
    inventoryDock_->setObjectName(QStringLiteral("inventoryDock"));
    inventoryDock_->setWidget(inventory_);
    addDockWidget(Qt::LeftDockWidgetArea, inventoryDock_);

    structures_ = new StructurePanel(*doc_, structureModel_, undo_, this);
    structuresDock_ = new QDockWidget(tr("Structures"), this);
    structuresDock_->setObjectName(QStringLiteral("structuresDock"));
    structuresDock_->setWidget(structures_);
    addDockWidget(Qt::LeftDockWidgetArea, structuresDock_);
    splitDockWidget(inventoryDock_, structuresDock_, Qt::Vertical);

    auto* history = new QUndoView(undo_, this);
    history->setEmptyLabel(tr("<opened or saved>"));
    historyDock_ = new QDockWidget(tr("Edit History"), this);
    historyDock_->setObjectName(QStringLiteral("historyDock"));
    historyDock_->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    historyDock_->hide();

    resizeDocks({inventoryDock_}, {640}, Qt::Horizontal);
    resizeDocks({inventoryDock_, structuresDock_}, {560, 330}, Qt::Vertical);
    for (QDockWidget* d : {inventoryDock_, structuresDock_, historyDock_})
        actions_->addDockToggle(d->toggleViewAction());
}

void MainWindow::createPlanningAndExchange() {
    planning_ = new PlanningController(*this, *doc_, *undo_);
    planning_->installActions(actions_->planMenu, actions_->toolBar);
    // Permanent: a temporary status message (a drop, a save) must not hide the progress.
    statusBar()->addPermanentWidget(planning_->progress());
    connect(planning_, &PlanningController::slotActivated, this, &MainWindow::showSlot);
    connect(planning_, &PlanningController::elementActivated, this, &MainWindow::showElement);
    actions_->addDockToggle(planning_->issuesDock()->toggleViewAction());
    // Under the drawing, like a build's problem list; the inventory and structures keep the
    // full height on the left.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, planning_->issuesDock());
    resizeDocks({planning_->issuesDock()}, {230}, Qt::Vertical);

    exchange_ = new ExchangeController(*doc_, *session_, *undo_, *exchangePrompts_, this);
    exchange_->installActions(actions_->importMenu, actions_->exportMenu);
    exchange_->setUserName(userName_);
    exchange_->setSelection([this] {
        QStringList ids;
        for (Uid uid : inventory_->selectedElements()) {
            if (const Element* e = doc_->elementByUid(uid)) ids << e->id;
        }
        return ids;
    });

    // The Recertification dock shares the bottom area with the issues, as a tab beside them.
    certification_ = new CertificationController(*this, *doc_, *session_, *undo_);
    certification_->installActions(actions_->planMenu);
    certification_->setUserName(userName_);
    if (openedDocuments_->isValid()) certification_->setTemporaryFolder(openedDocuments_->path());
    addDockWidget(Qt::BottomDockWidgetArea, certification_->dock());
    tabifyDockWidget(planning_->issuesDock(), certification_->dock());
    planning_->issuesDock()->raise();
    actions_->addDockToggle(certification_->dock()->toggleViewAction());
    connect(certification_, &CertificationController::elementActivated, this,
            &MainWindow::showElement);
    // A girder chosen in the inventory is the chart's girder too (Enter opens its steps).
    connect(inventory_, &InventoryPanel::selectionChanged, this, [this] {
        const QList<Uid> chosen = inventory_->selectedElements();
        if (chosen.size() == 1) certification_->panel()->gantt()->selectElement(chosen.front());
    });

    auto status = [this](const QString& m) { statusBar()->showMessage(m, 8000); };
    connect(planning_, &PlanningController::statusMessage, this, status);
    connect(certification_, &CertificationController::statusMessage, this, status);
    connect(exchange_, &ExchangeController::statusMessage, this, status);
}

void MainWindow::createStorageDock() {
    storage_ = new StoragePanel(*doc_, *undo_, this);
    storageDock_ = new QDockWidget(tr("Storage"), this);
    storageDock_->setObjectName(QStringLiteral("storageDock"));
    storageDock_->setWidget(storage_);
    addDockWidget(Qt::BottomDockWidgetArea, storageDock_);
    tabifyDockWidget(certification_->dock(), storageDock_);
    planning_->issuesDock()->raise();
    actions_->addDockToggle(storageDock_->toggleViewAction());
    connect(storage_, &StoragePanel::elementSelected, this, &MainWindow::showElement);
    connect(storage_, &StoragePanel::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::createImpactDock() {
    impact_ = new ImpactPanel(*doc_, *undo_, this);
    impactDock_ = new QDockWidget(tr("Impact"), this);
    impactDock_->setObjectName(QStringLiteral("impactDock"));
    impactDock_->setWidget(impact_);
    addDockWidget(Qt::BottomDockWidgetArea, impactDock_);
    tabifyDockWidget(storageDock_, impactDock_);
    planning_->issuesDock()->raise();
    actions_->addDockToggle(impactDock_->toggleViewAction());
    connect(impact_, &ImpactPanel::elementSelected, this, &MainWindow::showElement);
    connect(impact_, &ImpactPanel::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::showSlot(Uid slotUid) {
    const SlotPosition where = doc_->slotPosition(slotUid);
    if (!where.isValid()) return;
    if (drawing_->scene()->structureFilter() != kNoUid)
        drawing_->showStructure(doc_->structure(where.structure).uid);
    drawing_->scene()->flush();
    drawing_->scene()->selectSlots({slotUid});
    if (auto* item = drawing_->scene()->slotItem(slotUid)) drawing_->view()->ensureVisible(item);
    structures_->select(slotUid);
}

void MainWindow::showElement(Uid elementUid) {
    inventoryDock_->show();
    inventoryDock_->raise();
    inventory_->showElement(elementUid);
}

void MainWindow::connectActions() {
    MainActions& a = *actions_;
    connect(a.newProject, &QAction::triggered, controller_, &DocumentController::newProject);
    connect(a.open, &QAction::triggered, controller_, &DocumentController::openWithPrompt);
    connect(a.save, &QAction::triggered, controller_, &DocumentController::save);
    connect(a.saveAs, &QAction::triggered, controller_, qOverload<>(&DocumentController::saveAs));
    connect(a.close, &QAction::triggered, controller_, &DocumentController::close);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.exportPng, &QAction::triggered, this, [this] { exportDrawing(false); });
    connect(a.exportSvg, &QAction::triggered, this, [this] { exportDrawing(true); });
    connect(a.printDrawing, &QAction::triggered, this, &MainWindow::printDrawing);
    connect(a.deleteSelection, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(a.addElement, &QAction::triggered, this, &MainWindow::addElement);
    connect(a.editElement, &QAction::triggered, this, [this] {
        const QList<Uid> selected = inventory_->selectedElements();
        if (!selected.isEmpty()) editElement(selected.front());
    });
    connect(a.addStructure, &QAction::triggered, structures_, &StructurePanel::addStructure);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.zoomIn, &QAction::triggered, drawing_->view(), &ViaductView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, drawing_->view(), &ViaductView::zoomOut);
    connect(a.fitToView, &QAction::triggered, drawing_->view(), &ViaductView::fitToView);
    connect(a.showAllStructures, &QAction::triggered, this,
            [this] { drawing_->showStructure(kNoUid); });
    connect(a.placeIn, &QAction::triggered, this, &MainWindow::placeSelectedElement);
    connect(a.chooseGirder, &QAction::triggered, this, &MainWindow::chooseGirderForSlot);
    structures_->addSlotAction(a.chooseGirder);
    connect(a.pin, &QAction::triggered, this, [this] { setPinned(true); });
    connect(a.unpin, &QAction::triggered, this, [this] { setPinned(false); });
    connect(a.removeFromSlot, &QAction::triggered, this, &MainWindow::removeFromSlots);
    connect(a.clearUnpinned, &QAction::triggered, this, &MainWindow::clearUnpinned);
    connect(a.projectSettings, &QAction::triggered, this, &MainWindow::editProjectSettings);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(controller_, &DocumentController::stateChanged, this, &MainWindow::updateTitle);
    connect(controller_, &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(recent_, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(messageBar_, &MessageBar::actionTriggered, controller_,
            qOverload<>(&DocumentController::saveAs));

    auto status = [this](const QString& m) { statusBar()->showMessage(m, 8000); };
    connect(elementModel_, &ElementTableModel::editRefused, this, status);
    connect(structures_, &StructurePanel::statusMessage, this, status);
    connect(drawing_->view(), &ViaductView::statusMessage, this, status);
    connect(inventory_, &InventoryPanel::editRequested, this, &MainWindow::editElement);
    connect(structures_, &StructurePanel::structureSelected, this, [this](Uid s) {
        const Uid shown = drawing_->scene()->structureFilter();
        if (shown != kNoUid && shown != s) drawing_->showStructure(s);
    });
    // A slot clicked in the drawing is the current item of the Structures tree too.
    connect(drawing_->scene(), &QGraphicsScene::selectionChanged, this, [this] {
        const QList<Uid> slots = drawing_->scene()->selectedSlots();
        if (slots.size() == 1) structures_->select(slots.front());
    });
    connect(drawing_->view(), &ViaductView::slotActivated, this, [this](Uid slot) {
        structures_->select(slot);
        if (const auto placed = doc_->assignmentForSlot(slot))
            inventory_->showElement(placed->elementUid);
    });
    drawing_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(drawing_->view(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                // The slot under the pointer becomes the selection, as in any editor.
                for (QGraphicsItem* item : drawing_->view()->items(pos)) {
                    if (item->type() != SlotItem::Type) continue;
                    const Uid slot = static_cast<SlotItem*>(item)->content().slotUid;
                    if (!drawing_->scene()->selectedSlots().contains(slot))
                        drawing_->scene()->selectSlots({slot});
                    break;
                }
                lastArea_ = Area::Drawing;
                QMenu menu(this);
                menu.addAction(actions_->chooseGirder);
                menu.addSeparator();
                menu.addAction(actions_->pin);
                menu.addAction(actions_->unpin);
                menu.addAction(actions_->removeFromSlot);
                menu.exec(drawing_->view()->viewport()->mapToGlobal(pos));
            });
    inventory_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        inventory_->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
            QMenu menu(this);
            const QList<Uid> selected = inventory_->selectedElements();
            menu.addAction(tr("Edit…"), this, [this, selected] { editElement(selected.front()); })
                ->setEnabled(!selected.isEmpty());
            menu.addAction(actions_->addElement);
            menu.addAction(actions_->deleteSelection);
            if (selected.size() == 1) {
                menu.addSeparator();
                menu.addAction(actions_->placeIn);
            }
            if (selected.size() == 1) {
                if (const auto placed = doc_->assignmentForElement(selected.front())) {
                    const Uid slot = placed->slotUid;
                    menu.addSeparator();
                    menu.addAction(tr("Show in Drawing"), this, [this, slot] { showSlot(slot); });
                }
            }
            menu.exec(inventory_->view()->viewport()->mapToGlobal(pos));
        });
}

void MainWindow::updateTitle() {
    const bool readOnly = controller_->isReadOnly();
    QString title = controller_->displayName() + QStringLiteral("[*]");
    if (readOnly) title += tr(" (read-only)");
    setWindowTitle(title + QStringLiteral(" — ReSpan"));
    setWindowModified(controller_->isDirty());
    elementModel_->setReadOnly(readOnly);
    structures_->setReadOnly(readOnly);
    drawing_->setReadOnly(readOnly);
    actions_->setEditable(!readOnly);
    if (planning_ != nullptr) planning_->setEditable(!readOnly);
    if (exchange_ != nullptr) exchange_->setEditable(!readOnly);
    if (certification_ != nullptr) certification_->setEditable(!readOnly);
    if (storage_ != nullptr) storage_->setEditable(!readOnly);
    if (impact_ != nullptr) impact_->setEditable(!readOnly);
    if (readOnly) {
        const auto holder = controller_->lockHolder();
        const QString& reason = controller_->readOnlyReason();
        QString message;
        if (holder) {
            message = tr("Read-only: %1 has this project open. You can look around and export; "
                         "to make changes, save a copy under another name.")
                          .arg(holder->describe());
        } else if (!reason.isEmpty()) {
            message = tr("Read-only: %1. You can look around and export; to make changes, save a "
                         "copy under another name.")
                          .arg(reason);
        } else {
            message =
                tr("Read-only: this project is open elsewhere. To make changes, save a copy "
                   "under another name.");
        }
        messageBar_->showMessage(message, tr("Save a Copy…"));
        modeLabel_->setText(tr("READ-ONLY"));
        modeLabel_->setStyleSheet(
            QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; padding: 0 6px; }"));
    } else {
        messageBar_->showMessage({});
        modeLabel_->clear();
    }
}

void MainWindow::updateRecentMenu() {
    QMenu* menu = actions_->recentMenu;
    menu->clear();
    const QStringList files = recent_->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = menu->addAction(
            // &1 .. &9, then 1&0: every entry its own access key.
            (i < 9 ? QStringLiteral("&%1 %2").arg(i + 1) : QStringLiteral("1&0 %1"))
                .arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { controller_->open(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), recent_, &RecentFiles::clear);
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::updateCounts() {
    int filled = 0;
    int pinned = 0;
    for (const Assignment& a : doc_->assignments()) {
        ++filled;
        if (a.pinned) ++pinned;
    }
    counts_->setText(tr("%1 elements · %2 structures · %3 of %4 slots filled (%5 pinned)")
                         .arg(doc_->elementCount())
                         .arg(doc_->structureCount())
                         .arg(filled)
                         .arg(doc_->slotCount())
                         .arg(pinned));
}

QList<Uid> MainWindow::selectedAssignedSlots() const {
    QList<Uid> out;
    for (Uid slot : drawing_->scene()->selectedSlots()) {
        if (doc_->assignmentForSlot(slot)) out.push_back(slot);
    }
    return out;
}

void MainWindow::deleteSelection() {
    if (controller_->isReadOnly()) return;
    switch (lastArea_) {
        case Area::Structures:
            structures_->deleteSelected();
            return;
        case Area::Inventory: {
            const QList<Uid> selected = inventory_->selectedElements();
            if (selected.isEmpty()) return;
            try {
                UndoTransaction tx(
                    *undo_, *doc_,
                    tr("Delete %n element(s)", nullptr, static_cast<int>(selected.size())));
                for (Uid uid : selected) tx.execute(std::make_unique<CmdElementDelete>(*doc_, uid));
                tx.commit();
            } catch (const std::invalid_argument& e) {
                statusBar()->showMessage(QString::fromUtf8(e.what()), 8000);
            }
            return;
        }
        case Area::Drawing:
        case Area::None:
            removeFromSlots();
            return;
    }
}

void MainWindow::removeFromSlots() {
    const QList<Uid> slots = selectedAssignedSlots();
    if (slots.isEmpty() || controller_->isReadOnly()) {
        statusBar()->showMessage(tr("Select one or more filled slots in the drawing first."), 5000);
        return;
    }
    const PushResult r = pushCommand(
        *undo_,
        std::make_unique<CmdAssignmentRemove>(*doc_, std::vector<Uid>(slots.begin(), slots.end())));
    if (!r) statusBar()->showMessage(r.error, 8000);
}

void MainWindow::setPinned(bool pinned) {
    std::vector<Assignment> changed;
    for (Uid slot : selectedAssignedSlots()) {
        Assignment a = *doc_->assignmentForSlot(slot);
        if (a.pinned == pinned) continue;
        a.pinned = pinned;
        changed.push_back(a);
    }
    if (changed.empty() || controller_->isReadOnly()) {
        statusBar()->showMessage(pinned ? tr("No unpinned placement is selected.")
                                        : tr("No pinned placement is selected."),
                                 5000);
        return;
    }
    const QString text =
        pinned ? tr("Pin %n placement(s)", nullptr, static_cast<int>(changed.size()))
               : tr("Unpin %n placement(s)", nullptr, static_cast<int>(changed.size()));
    const PushResult r =
        pushCommand(*undo_, std::make_unique<CmdAssignmentSet>(*doc_, changed, text));
    if (!r) statusBar()->showMessage(r.error, 8000);
}

Uid MainWindow::slotForChoice() const {
    if (lastArea_ == Area::Structures) {
        const Uid uid = structures_->selectedUid();
        if (uid != kNoUid && doc_->slotPosition(uid).isValid()) return uid;
    }
    const QList<Uid> slots = drawing_->scene()->selectedSlots();
    return slots.size() == 1 ? slots.front() : kNoUid;
}

void MainWindow::placeSelectedElement() {
    if (controller_->isReadOnly()) return;
    const QList<Uid> selected = inventory_->selectedElements();
    if (selected.size() != 1) {
        statusBar()->showMessage(tr("Select one girder in the inventory first."), 5000);
        return;
    }
    PlacementDialog dialog(*doc_, *checker_, PlacementDialog::Mode::SlotsForElement,
                           selected.front(), this);
    if (dialog.exec() == QDialog::Accepted) place(dialog.chosenElement(), dialog.chosenSlot());
}

void MainWindow::chooseGirderForSlot() {
    if (controller_->isReadOnly()) return;
    const Uid slot = slotForChoice();
    if (slot == kNoUid) {
        statusBar()->showMessage(
            tr("Select one slot in the drawing or in the Structures tree first."), 5000);
        return;
    }
    PlacementDialog dialog(*doc_, *checker_, PlacementDialog::Mode::ElementsForSlot, slot, this);
    if (dialog.exec() == QDialog::Accepted) place(dialog.chosenElement(), dialog.chosenSlot());
}

void MainWindow::place(Uid elementUid, Uid slotUid) {
    if (elementUid == kNoUid || slotUid == kNoUid) return;
    // Chosen in the dialog, which said what it replaces: the replacement is allowed.
    const auto placed = doc_->assignmentForElement(elementUid);
    const DropPlan plan = planDrop(*doc_, *checker_, {elementUid}, DropTarget::slot(slotUid),
                                   placed ? placed->slotUid : kNoUid, Replace::Allow);
    const PushResult r = applyDrop(*undo_, *doc_, plan);
    statusBar()->showMessage(r ? describeDrop(*doc_, plan) : r.error, 8000);
    if (r) showSlot(slotUid);
}

void MainWindow::clearUnpinned() {
    if (controller_->isReadOnly()) return;
    std::vector<Assignment> kept = CmdAssignmentsReplace::pinnedOnly(*doc_);
    const auto removed = doc_->assignments().size() - kept.size();
    if (removed == 0) {
        statusBar()->showMessage(tr("There are no unpinned assignments."), 5000);
        return;
    }
    const PushResult r =
        pushCommand(*undo_, std::make_unique<CmdAssignmentsReplace>(
                                *doc_, std::move(kept), tr("Clear unpinned assignments")));
    statusBar()->showMessage(
        r ? tr("%n unpinned assignment(s) removed.", nullptr, static_cast<int>(removed)) : r.error,
        8000);
}

bool MainWindow::open(const QString& path) {
    return controller_->open(path);
}

void MainWindow::editElement(Uid elementUid) {
    const Element* e = doc_->elementByUid(elementUid);
    if (e == nullptr) return;
    ProjectSession* session = session_.get();
    ElementEditorDialog dialog(
        *doc_, *e, userName_,
        [session](const AttachedDocument& d) { return session->attachmentContent(d); }, this);
    if (openedDocuments_->isValid())
        dialog.documentsTab()->setTemporaryFolder(openedDocuments_->path());
    dialog.setReadOnly(controller_->isReadOnly());
    if (dialog.exec() != QDialog::Accepted || controller_->isReadOnly()) return;
    const QString error = dialog.apply(*undo_, *doc_);
    if (!error.isEmpty()) prompts_->showError(tr("Element not changed"), error);
}

void MainWindow::addElement() {
    if (controller_->isReadOnly()) return;
    Element e;
    e.condition = 2;
    ElementEditorDialog dialog(*doc_, e, userName_, {}, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString error = dialog.apply(*undo_, *doc_);
    if (!error.isEmpty()) prompts_->showError(tr("Element not added"), error);
}

void MainWindow::printDrawingOn(QPrinter& printer) {
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(controller_->displayName());
    QPainter painter(&printer);
    DrawingExport::paintOnPage(*drawing_->scene(), painter,
                               printer.pageLayout().paintRectPixels(printer.resolution()));
}

void MainWindow::printDrawing() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Drawing"));
    if (dialog.exec() != QDialog::Accepted) return;
    printDrawingOn(printer);
    statusBar()->showMessage(tr("Drawing sent to %1.").arg(printer.printerName()), 8000);
}

void MainWindow::exportDrawing(bool svg) {
    const QString extension = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString suggestion = suggestedExportPath(*session_, extension, tr("drawing") + extension);
    const QString path = prompts_->askExportPath(
        suggestion, svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    const QString error =
        svg ? DrawingExport::toSvg(*drawing_->scene(), path, controller_->displayName())
            : DrawingExport::toPng(*drawing_->scene(), path);
    if (!error.isEmpty()) {
        prompts_->showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Drawing exported to %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::editProjectSettings() {
    SettingsDialog dialog(doc_->settings(), this);
    if (dialog.exec() != QDialog::Accepted || controller_->isReadOnly()) return;
    ProjectSettings s = dialog.settings();
    if (s == doc_->settings()) return;
    // Who changed what, and when (undone with the edit): the report's assumptions cite it.
    recordSettingChanges(doc_->settings(), s, userName_, QDateTime::currentDateTimeUtc());
    const PushResult r = pushCommand(
        *undo_, std::make_unique<CmdSettingsEdit>(*doc_, kNoUid, s, tr("Change project settings")));
    if (!r) prompts_->showError(tr("Settings not changed"), r.error);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (dialog.store())
        statusBar()->showMessage(tr("The new language is used when ReSpan is started again."),
                                 10000);
    userName_ = PreferencesDialog::userName();
    elementModel_->setUserName(userName_);
    exchange_->setUserName(userName_);
    certification_->setUserName(userName_);
    controller_->setAutosaveSeconds(PreferencesDialog::autosaveSeconds());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ReSpan"),
        tr("<h3>ReSpan %1</h3><p>Reuse planning of precast concrete girders harvested from "
           "demolished viaducts: inventory, receiving structures, matching and planning.</p>"
           "<p>The planning board checks every placement with the matching engine's rules "
           "R1-R8; Plan &gt; Optimise proposes a plan that is proven optimal or comes with a "
           "proven bound.</p>")
            .arg(QStringLiteral(RESPAN_VERSION)));
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometryWithin(*this, settings.value(QStringLiteral("window/geometry")).toByteArray(),
                          QSize(1500, 950));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!controller_->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    controller_->shutdown();
    event->accept();
}

}  // namespace respan::ui
