#include "ui/structures/structuretreeview.h"

#include <QDragMoveEvent>
#include <QMimeData>

#include "ui/structures/structuretreemodel.h"

namespace respan::ui {

void StructureTreeView::dragMoveEvent(QDragMoveEvent* event) {
    QTreeView::dragMoveEvent(event);
    const auto* m = qobject_cast<const StructureTreeModel*>(model());
    if (m == nullptr) return;
    const QModelIndex index = indexAt(event->position().toPoint());
    const QString refusal = m->dropRefusal(event->mimeData(), index.siblingAtColumn(0));
    Q_EMIT statusMessage(refusal.isEmpty() ? tr("Release to place here.") : refusal);
}

}  // namespace respan::ui
