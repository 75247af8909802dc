#pragma once

#include <QGraphicsView>

#include <functional>

#include "core/model/uid.h"

class QMimeData;
class QUndoStack;

namespace respan {
class AssignmentChecker;
class ProjectDocument;
}  // namespace respan

namespace respan::ui {

class ViaductScene;

/// The drawing's view: zoom (wheel, Ctrl+wheel, keys), pan (middle drag, Space+drag, arrows),
/// fit to view; drops of inventory elements onto slots and spans (with live feedback), drags
/// between slots. Admissibility is asked of the AssignmentChecker only.
class ViaductView : public QGraphicsView {
    Q_OBJECT
public:
    ViaductView(ViaductScene* scene, ProjectDocument& doc, QUndoStack* undoStack,
                const AssignmentChecker* checker, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }
    [[nodiscard]] ViaductScene* viaductScene() const { return scene_; }

    /// Starts a drag of `mime` from a slot. Default: QDrag::exec. Tests replace it, because a
    /// real drag runs its own event loop.
    using DragStarter = std::function<void(QMimeData* mime)>;
    void setDragStarter(DragStarter starter) { dragStarter_ = std::move(starter); }

    /// Current zoom as pixels per metre.
    [[nodiscard]] double pixelsPerMetre() const;
    /// How much more the drawing is scaled across the axis than along it
    /// (DrawingStyle::crossStretchFor of the zoom).
    [[nodiscard]] double crossStretch() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();
    /// Centres and fits one structure.
    void showStructure(Uid structureUid);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void zoomChanged(double pixelsPerMetre);
    /// A slot was double-clicked.
    void slotActivated(Uid slotUid);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void zoomBy(double factor);
    void applyScale(double scale);
    /// Zooms so that `rect` (scene) fits the window, stretched as crossStretchFor says.
    void fitRect(const QRectF& rect);
    /// The slot or span under a viewport position: exactly one is set, or neither.
    struct Target {
        Uid slot = kNoUid;
        Uid span = kNoUid;
    };
    [[nodiscard]] Target targetAt(const QPoint& viewportPos) const;

    ViaductScene* scene_;
    ProjectDocument& doc_;
    QUndoStack* undo_;
    const AssignmentChecker* checker_;
    bool readOnly_ = false;
    DragStarter dragStarter_;
    bool fitPending_ = true;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint panLast_;
    Uid pressSlot_ = kNoUid;
    QPoint pressPos_;
};

}  // namespace respan::ui
