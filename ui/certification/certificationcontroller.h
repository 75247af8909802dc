#pragma once

#include <QObject>
#include <QString>

#include "core/model/uid.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace respan {
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::ui {

class CertificationPanel;

/// Recertification in the main window (docs/recertification.md): the Recertification dock with
/// the Gantt view, the step editor it opens, and the protocol editor (from the dock and from
/// Plan > Recertification Protocol…). The window connects the signals and says when the project
/// is read-only.
class CertificationController : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dock (bottom area, hidden until asked for) and the dialogs.
    CertificationController(QMainWindow& window, ProjectDocument& doc, ProjectSession& session,
                            QUndoStack& undo);
    ~CertificationController() override;

    QAction* editProtocol;

    /// Puts Edit Protocol… into the Plan menu.
    void installActions(QMenu* planMenu);
    void setEditable(bool editable);
    void setUserName(const QString& user) { user_ = user; }
    /// Where documents opened from the step editor are written for the viewer.
    void setTemporaryFolder(const QString& folder) { tempFolder_ = folder; }

    [[nodiscard]] QDockWidget* dock() const { return dock_; }
    [[nodiscard]] CertificationPanel* panel() const { return panel_; }

public Q_SLOTS:
    /// Opens the step editor of `element` at protocol step `step` (-1: its first open step).
    void editSteps(Uid element, int step);
    void editProtocolTemplate();

Q_SIGNALS:
    void elementActivated(Uid element);
    void statusMessage(const QString& message);

private:
    QMainWindow& window_;
    ProjectDocument& doc_;
    ProjectSession& session_;
    QUndoStack& undo_;
    CertificationPanel* panel_;
    QDockWidget* dock_;
    QString user_;
    QString tempFolder_;
    bool editable_ = true;
    bool grown_ = false;
};

}  // namespace respan::ui
