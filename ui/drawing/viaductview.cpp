#include "ui/drawing/viaductview.h"

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "ui/common/numberformat.h"
#include "ui/dragdrop/draglabel.h"
#include "ui/dragdrop/dropplanner.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/spanitem.h"
#include "ui/drawing/viaductscene.h"

namespace respan::ui {

namespace {
constexpr double kMinPxPerMetre = 0.5;
constexpr double kMaxPxPerMetre = 600.0;
constexpr double kWheelStep = 1.2;       // per wheel notch
constexpr double kCtrlWheelStep = 1.06;  // Ctrl+wheel: fine zoom
}  // namespace

double ViaductView::crossStretch() const {
    return transform().m22() / std::max(transform().m11(), 1e-12);
}

void ViaductView::fitRect(const QRectF& rect) {
    const QRectF room = viewport()->rect().adjusted(2, 2, -2, -2);
    if (rect.isEmpty() || room.isEmpty()) return;
    applyScale(DrawingStyle::fitScale(rect.size(), room.size()));
}

ViaductView::ViaductView(ViaductScene* scene, ProjectDocument& doc, QUndoStack* undoStack,
                         const AssignmentChecker* checker, QWidget* parent)
    : QGraphicsView(scene, parent), scene_(scene), doc_(doc), undo_(undoStack), checker_(checker) {
    setObjectName(QStringLiteral("viaductView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    dragStarter_ = [this](QMimeData* mime) {
        auto* drag = new QDrag(this);
        drag->setMimeData(mime);
        QStringList ids;
        for (Uid uid : decodeElements(mime)) {
            if (const Element* e = doc_.elementByUid(uid)) ids << e->id;
        }
        const QPixmap label = dragLabel(ids, *this);
        drag->setPixmap(label);
        drag->setHotSpot(
            QPoint(-12, static_cast<int>(label.height() / label.devicePixelRatio() / 2)));
        drag->exec(Qt::LinkAction);
    };
}

double ViaductView::pixelsPerMetre() const {
    return transform().m11() * DrawingStyle::kUnitsPerMetre;
}

void ViaductView::applyScale(double scale) {
    const double pxPerMetre =
        std::clamp(scale * DrawingStyle::kUnitsPerMetre, kMinPxPerMetre, kMaxPxPerMetre);
    const double s = pxPerMetre / DrawingStyle::kUnitsPerMetre;
    setTransform(QTransform::fromScale(s, s * DrawingStyle::crossStretchFor(pxPerMetre)));
    Q_EMIT zoomChanged(pixelsPerMetre());
}

void ViaductView::zoomBy(double factor) {
    fitPending_ = false;
    applyScale(transform().m11() * factor);
}

void ViaductView::zoomIn() {
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(anchor);
}

void ViaductView::zoomOut() {
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1.0 / 1.25);
    setTransformationAnchor(anchor);
}

void ViaductView::fitToView() {
    // The rows of structures are laid out for the window: the arrangement drawn largest.
    scene_->setWindow(viewport()->rect().adjusted(2, 2, -2, -2).size());
    scene_->flush();
    const QRectF r = scene_->itemsBoundingRect();
    if (r.isEmpty()) return;
    // The whole scene rectangle (the items and their margin): fitting less than that leaves
    // scroll bars whenever the window's aspect is close to the drawing's.
    fitRect(scene_->sceneRect());
    centerOn(r.center());
    fitPending_ = true;
}

void ViaductView::showStructure(Uid structureUid) {
    scene_->flush();
    const QRectF r = scene_->structureRect(structureUid);
    if (r.isEmpty()) return;
    fitRect(r.adjusted(-50, -50, 50, 50));
    centerOn(r.center());
    fitPending_ = false;
}

void ViaductView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the drawing keeps fitting the window.
    if (fitPending_) fitToView();
}

void ViaductView::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    const double step = (event->modifiers() & Qt::ControlModifier) ? kCtrlWheelStep : kWheelStep;
    if (notches != 0.0) zoomBy(std::pow(step, notches));
    event->accept();
}

void ViaductView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        event->accept();
        return;
    }
    // "+" needs Shift on most keyboards: Shift is allowed, Ctrl and Alt are not (Ctrl++ is the
    // Zoom In action).
    const Qt::KeyboardModifiers plain =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (plain == Qt::NoModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void ViaductView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ViaductView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    pressSlot_ = kNoUid;
    if (event->button() == Qt::LeftButton && !spaceHeld_ && !readOnly_) {
        const Target t = targetAt(event->position().toPoint());
        if (t.slot != kNoUid && doc_.assignmentForSlot(t.slot)) {
            pressSlot_ = t.slot;
            pressPos_ = event->position().toPoint();
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void ViaductView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint delta = event->position().toPoint() - panLast_;
        panLast_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (pressSlot_ != kNoUid && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - pressPos_).manhattanLength() >=
            QApplication::startDragDistance()) {
        const Uid slot = pressSlot_;
        pressSlot_ = kNoUid;
        if (const auto a = doc_.assignmentForSlot(slot)) {
            dragStarter_(encodeElements({a->elementUid}, slot));
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ViaductView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton && panning_) {
        panning_ = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    pressSlot_ = kNoUid;
    QGraphicsView::mouseReleaseEvent(event);
}

void ViaductView::mouseDoubleClickEvent(QMouseEvent* event) {
    const Target t = targetAt(event->position().toPoint());
    if (t.slot != kNoUid) {
        Q_EMIT slotActivated(t.slot);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

ViaductView::Target ViaductView::targetAt(const QPoint& viewportPos) const {
    for (QGraphicsItem* item : items(viewportPos)) {
        if (item->type() == SlotItem::Type)
            return {static_cast<SlotItem*>(item)->content().slotUid, kNoUid};
        if (item->type() == SpanItem::Type)
            return {kNoUid, static_cast<SpanItem*>(item)->spanUid()};
    }
    return {};
}

void ViaductView::dragEnterEvent(QDragEnterEvent* event) {
    const QList<Uid> elements = decodeElements(event->mimeData());
    if (elements.isEmpty() || readOnly_ || checker_ == nullptr) {
        if (readOnly_ && !elements.isEmpty())
            Q_EMIT statusMessage(tr("The project is open read-only: nothing can be placed."));
        event->ignore();
        return;
    }
    scene_->flush();
    scene_->beginDragFeedback(elements);
    event->acceptProposedAction();
}

void ViaductView::dragMoveEvent(QDragMoveEvent* event) {
    const QList<Uid> elements = decodeElements(event->mimeData());
    const Target t = targetAt(event->position().toPoint());
    if (elements.isEmpty() || (t.slot == kNoUid && t.span == kNoUid)) {
        scene_->setHover(kNoUid, kNoUid, false);
        event->ignore();
        Q_EMIT statusMessage(tr("Drop on a slot, or on a span's label to fill its empty slots."));
        return;
    }
    const DropTarget target =
        t.slot != kNoUid ? DropTarget::slot(t.slot) : DropTarget::span(t.span);
    const DropPlan plan =
        planDrop(doc_, *checker_, elements, target, decodeSourceSlot(event->mimeData()),
                 replaceFor(event->modifiers()));
    const bool ok = !plan.isEmpty();
    scene_->setHover(t.slot, t.span, ok);
    if (ok) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
    const Element* first = doc_.elementByUid(elements.front());
    const Slot* slot = t.slot != kNoUid ? doc_.slotByUid(t.slot) : nullptr;
    if (ok && slot != nullptr && plan.placements.size() == 1 && first != nullptr) {
        const auto f = checker_->pairCheck(doc_, first->uid, slot->uid);
        const QString where = slotPath(doc_, slot->uid);
        Q_EMIT statusMessage(f ? tr("Place %1 in %2: cut %3 m, utilisation %4, saves %5 kg CO2e%6")
                                     .arg(first->id, where, formatNumber(f->cutM, 2),
                                          formatNumber(f->utilisation, 2),
                                          formatNumber(f->savingKg, 0),
                                          dropConsequences(doc_, plan))
                               : describeDropPreview(doc_, plan));
    } else if (ok) {
        Q_EMIT statusMessage(describeDropPreview(doc_, plan));
    } else if (slot != nullptr && first != nullptr && !plan.verdict.admissible) {
        // The engine's sentence for the first rule that fails, e.g. "R1 length: girder 23.40 m
        // is 0.85 m shorter than required 24.25 m".
        Q_EMIT statusMessage(tr("%1 cannot go into %2: %3")
                                 .arg(first->id, slotPath(doc_, slot->uid), plan.verdict.reason));
    } else {
        // Among others: the slot holds another girder, and Shift is not held.
        Q_EMIT statusMessage(describeDropPreview(doc_, plan));
    }
}

void ViaductView::dragLeaveEvent(QDragLeaveEvent* event) {
    scene_->endDragFeedback();
    QGraphicsView::dragLeaveEvent(event);
}

void ViaductView::dropEvent(QDropEvent* event) {
    const QList<Uid> elements = decodeElements(event->mimeData());
    const Target t = targetAt(event->position().toPoint());
    scene_->endDragFeedback();
    if (elements.isEmpty() || readOnly_ || checker_ == nullptr || undo_ == nullptr ||
        (t.slot == kNoUid && t.span == kNoUid)) {
        event->ignore();
        return;
    }
    const DropTarget target =
        t.slot != kNoUid ? DropTarget::slot(t.slot) : DropTarget::span(t.span);
    const DropPlan plan =
        planDrop(doc_, *checker_, elements, target, decodeSourceSlot(event->mimeData()),
                 replaceFor(event->modifiers()));
    if (plan.isEmpty()) {
        Q_EMIT statusMessage(describeDrop(doc_, plan));
        event->ignore();
        return;
    }
    const PushResult r = applyDrop(*undo_, doc_, plan);
    Q_EMIT statusMessage(r ? describeDrop(doc_, plan) : r.error);
    if (r) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
}

}  // namespace respan::ui
