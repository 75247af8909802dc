#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QList>

#include "core/model/uid.h"
#include "core/planning/assignmentchecker.h"

class QTimer;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class SlotItem;
class SpanItem;

/// The plan view of the receiving structures: per structure its spans end to end along the axis
/// and the girder slots side by side in each span, true to scale (1 m = 100 scene units).
/// Structures are laid out in rows. The scene follows the document's notifier and rebuilds
/// itself (coalesced: many changes in one event-loop turn give one rebuild).
class ViaductScene : public QGraphicsScene {
    Q_OBJECT
public:
    ViaductScene(ProjectDocument& doc, const AssignmentChecker* checker, QObject* parent = nullptr);

    /// Draw only this structure (kNoUid: all structures).
    void setStructureFilter(Uid structureUid);
    [[nodiscard]] Uid structureFilter() const { return filter_; }

    /// Rebuilds now if a rebuild is pending (tests and exports call this).
    void flush();
    void rebuild();

    [[nodiscard]] SlotItem* slotItem(Uid slotUid) const { return slots_.value(slotUid); }
    [[nodiscard]] SpanItem* spanItem(Uid spanUid) const { return spans_.value(spanUid); }
    [[nodiscard]] int slotItemCount() const { return static_cast<int>(slots_.size()); }
    /// Scene rectangle of a structure's drawing (empty when not drawn).
    /// Where text may be drawn (scene coordinates); a null rectangle: everywhere. A picture of
    /// part of the scene (a span in the report) sets it to that part, so that a label the
    /// picture would cut is left out whole instead of leaving its clipped words in a PDF.
    /// The window (pixels) the drawing is fitted to: all structures shown, they are arranged in
    /// the rows that the view can draw largest there (DrawingStyle::fitScale). Rebuilds when it
    /// changes.
    void setWindow(const QSizeF& window);

    void setTextBounds(const QRectF& bounds) { textBounds_ = bounds; }
    [[nodiscard]] const QRectF& textBounds() const { return textBounds_; }
    /// The text bounds in `item`'s coordinates; a null rectangle when unset or `item` is not in
    /// a ViaductScene.
    static QRectF textBoundsOf(const QGraphicsItem& item);

    [[nodiscard]] QRectF structureRect(Uid structureUid) const {
        return structureRects_.value(structureUid);
    }
    [[nodiscard]] QList<Uid> selectedSlots() const;
    void selectSlots(const QList<Uid>& slotUids);

    /// Marks every slot admissible or not for the first of `elements` (while dragging).
    void beginDragFeedback(const QList<Uid>& elements);
    /// Marks the hovered slot or span; the others keep their admissible/inadmissible marks.
    void setHover(Uid slotUid, Uid spanUid, bool admissible);
    void endDragFeedback();
    [[nodiscard]] bool isDragFeedbackActive() const { return !dragElements_.isEmpty(); }

Q_SIGNALS:
    /// After each rebuild (items were replaced).
    void rebuilt();

private:
    void scheduleRebuild();

    ProjectDocument& doc_;
    const AssignmentChecker* checker_;
    Uid filter_ = kNoUid;
    QTimer* timer_;
    QHash<Uid, SlotItem*> slots_;
    QHash<Uid, SpanItem*> spans_;
    QHash<Uid, QRectF> structureRects_;
    QRectF textBounds_;
    QSizeF window_{1200.0, 750.0};
    QList<Uid> dragElements_;
    Uid hoverSlot_ = kNoUid;
    Uid hoverSpan_ = kNoUid;
};

}  // namespace respan::ui
