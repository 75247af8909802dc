#include "ui/certification/certificationcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

#include "core/document/projectdocument.h"
#include "core/storage/projectsession.h"
#include "ui/certification/certificationpanel.h"
#include "ui/certification/protocoleditordialog.h"
#include "ui/certification/stepeditordialog.h"

namespace respan::ui {

CertificationController::CertificationController(QMainWindow& window, ProjectDocument& doc,
                                                 ProjectSession& session, QUndoStack& undo)
    : QObject(&window),
      editProtocol(new QAction(tr("Recerti&fication Protocol…"), &window)),
      window_(window),
      doc_(doc),
      session_(session),
      undo_(undo),
      panel_(new CertificationPanel(doc, undo, &window)),
      dock_(new QDockWidget(tr("Recertification"), &window)) {
    editProtocol->setObjectName(QStringLiteral("editProtocolAction"));
    editProtocol->setToolTip(
        tr("Edit the project's recertification steps: durations, "
           "predecessors, resources and costs"));
    dock_->setObjectName(QStringLiteral("certificationDock"));
    dock_->setWidget(panel_);
    connect(editProtocol, &QAction::triggered, this,
            &CertificationController::editProtocolTemplate);
    connect(panel_, &CertificationPanel::protocolEditRequested, this,
            &CertificationController::editProtocolTemplate);
    connect(panel_, &CertificationPanel::stepEditRequested, this,
            &CertificationController::editSteps);
    connect(panel_, &CertificationPanel::elementSelected, this,
            &CertificationController::elementActivated);
    connect(panel_, &CertificationPanel::statusMessage, this,
            &CertificationController::statusMessage);
    // The chart needs room for more than a handful of rows: the first time the dock shows, it
    // takes up to 45 % of the window's height (the planner may drag it smaller again).
    connect(dock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || grown_ || dock_->isFloating()) return;
        grown_ = true;
        const int wanted = std::min(400, window_.height() * 45 / 100);
        if (dock_->height() < wanted) window_.resizeDocks({dock_}, {wanted}, Qt::Vertical);
    });
}

CertificationController::~CertificationController() {
    // The panel refers to the document; it goes before the window takes the document down.
    delete dock_;
}

void CertificationController::installActions(QMenu* planMenu) {
    planMenu->addSeparator();
    planMenu->addAction(editProtocol);
}

void CertificationController::setEditable(bool editable) {
    editable_ = editable;
    panel_->setEditable(editable);
}

void CertificationController::editSteps(Uid element, int step) {
    if (doc_.elementByUid(element) == nullptr || doc_.protocol().empty()) return;
    ProjectSession* session = &session_;
    StepEditorDialog dialog(
        doc_, element, step, user_,
        [session](const AttachedDocument& d) { return session->attachmentContent(d); }, &window_);
    if (!tempFolder_.isEmpty()) dialog.documentsTab()->setTemporaryFolder(tempFolder_);
    dialog.setReadOnly(!editable_);
    if (dialog.exec() != QDialog::Accepted || !editable_) return;
    const QString error = dialog.apply(undo_, doc_);
    if (!error.isEmpty()) {
        QMessageBox::warning(&window_, tr("Recertification not changed"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Recertification steps changed (not saved to the file yet)."));
}

void CertificationController::editProtocolTemplate() {
    ProtocolEditorDialog dialog(doc_.protocol(), &window_);
    QHash<QString, int> recorded;
    for (const Element& e : doc_.elements()) {
        for (const StepRecord& r : e.certification) {
            if (!r.empty()) ++recorded[r.step];
        }
    }
    dialog.setRecordedSteps(std::move(recorded));
    dialog.setReadOnly(!editable_);
    if (dialog.exec() != QDialog::Accepted || !editable_) return;
    const QString error = dialog.apply(undo_, doc_);
    if (!error.isEmpty()) {
        QMessageBox::warning(&window_, tr("Protocol not changed"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Recertification protocol changed (not saved to the file yet)."));
}

}  // namespace respan::ui
