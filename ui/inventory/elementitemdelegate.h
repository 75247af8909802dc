#pragma once

#include <QStyledItemDelegate>

namespace respan::ui {

/// In-place editors of the inventory table: lists for status and capacity basis, plain text
/// (parsed in the UI locale by the model) for everything else.
class ElementItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

}  // namespace respan::ui
