#pragma once

#include <QList>
#include <QWidget>

#include "core/model/uid.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class ElementFilterProxy;
class ElementTableModel;

/// The inventory dock: a filter bar (text, status, section, length range), the element table
/// and a count. Rows can be dragged onto the drawing and the structure tree.
class InventoryPanel : public QWidget {
    Q_OBJECT
public:
    InventoryPanel(ProjectDocument& doc, ElementTableModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return view_; }
    [[nodiscard]] ElementFilterProxy* proxy() const { return proxy_; }
    [[nodiscard]] QLineEdit* searchField() const { return search_; }
    [[nodiscard]] QComboBox* statusFilter() const { return status_; }
    [[nodiscard]] QComboBox* sectionFilter() const { return section_; }
    [[nodiscard]] QDoubleSpinBox* minLength() const { return minLength_; }
    [[nodiscard]] QDoubleSpinBox* maxLength() const { return maxLength_; }

    /// Uids of the selected rows, in the order shown.
    [[nodiscard]] QList<Uid> selectedElements() const;
    /// Selects and shows the element's row (clears the filter when it hides the row).
    void showElement(Uid uid);

Q_SIGNALS:
    void editRequested(Uid elementUid);
    void selectionChanged();

private:
    void updateSections();
    void updateCount();
    void applyLength();

    ProjectDocument& doc_;
    ElementTableModel* model_;
    ElementFilterProxy* proxy_;
    QTableView* view_;
    QLineEdit* search_;
    QComboBox* status_;
    QComboBox* section_;
    QDoubleSpinBox* minLength_;
    QDoubleSpinBox* maxLength_;
    QLabel* count_;
    QTimer* sectionsTimer_;
};

}  // namespace respan::ui
