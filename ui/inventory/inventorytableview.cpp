#include "ui/inventory/inventorytableview.h"

#include <QDrag>
#include <QMimeData>

#include <algorithm>

#include "ui/dragdrop/draglabel.h"

namespace respan::ui {

void InventoryTableView::startDrag(Qt::DropActions supportedActions) {
    QModelIndexList rows = selectionModel()->selectedRows(0);
    if (rows.isEmpty()) return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QMimeData* mime = model()->mimeData(rows);
    if (mime == nullptr) return;
    QStringList ids;
    for (const QModelIndex& r : rows) ids << r.data(Qt::DisplayRole).toString();
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    const QPixmap label = dragLabel(ids, *this);
    drag->setPixmap(label);
    drag->setHotSpot(QPoint(-12, label.height() / label.devicePixelRatio() / 2));
    drag->exec(supportedActions, defaultDropAction());
}

}  // namespace respan::ui
