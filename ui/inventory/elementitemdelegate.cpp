#include "ui/inventory/elementitemdelegate.h"

#include <QComboBox>
#include <QLineEdit>

#include "core/model/element.h"
#include "ui/inventory/elementtablemodel.h"

namespace respan::ui {

namespace {
bool isList(int column) {
    return column == ElementTableModel::Status || column == ElementTableModel::Basis;
}
}  // namespace

QWidget* ElementItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const {
    if (index.column() == ElementTableModel::Status) {
        auto* box = new QComboBox(parent);
        for (int s = 0; s < kElementStatusCount; ++s)
            box->addItem(elementStatusName(static_cast<ElementStatus>(s)), s);
        return box;
    }
    if (index.column() == ElementTableModel::Basis) {
        auto* box = new QComboBox(parent);
        box->addItem(capacityBasisName(CapacityBasis::Estimated), 0);
        box->addItem(capacityBasisName(CapacityBasis::Verified), 1);
        return box;
    }
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    (void)option;
    return edit;
}

void ElementItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (isList(index.column())) {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    auto* edit = static_cast<QLineEdit*>(editor);
    const QVariant v = index.data(Qt::EditRole);
    edit->setText(v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
}

void ElementItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const {
    if (isList(index.column())) {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
        return;
    }
    model->setData(index, static_cast<QLineEdit*>(editor)->text(), Qt::EditRole);
}

}  // namespace respan::ui
