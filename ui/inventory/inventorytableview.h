#pragma once

#include <QTableView>

namespace respan::ui {

/// The inventory's table: a drag carries a small label with the girders' ids instead of a
/// picture of the whole rows, so that the slot under the pointer stays visible.
class InventoryTableView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

}  // namespace respan::ui
