#pragma once

#include <QList>
#include <QWidget>

#include "core/model/uid.h"

class QAction;
class QToolButton;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class StructureTreeModel;
class StructureTreeView;

/// The structures dock: the tree of structures, spans and slots with buttons and a context menu
/// to add, edit and delete them. Every change is an undo command.
class StructurePanel : public QWidget {
    Q_OBJECT
public:
    StructurePanel(ProjectDocument& doc, StructureTreeModel* model, QUndoStack* undoStack,
                   QWidget* parent = nullptr);

    [[nodiscard]] StructureTreeView* view() const { return view_; }
    void setReadOnly(bool readOnly);

    /// Uid of the selected structure, span or slot (kNoUid when none).
    [[nodiscard]] Uid selectedUid() const;
    /// Shown in the context menu of a slot (Choose Girder…).
    void addSlotAction(QAction* action) { slotActions_.push_back(action); }
    /// The structure the selection belongs to (kNoUid when none).
    [[nodiscard]] Uid selectedStructure() const;
    void select(Uid uid);

public Q_SLOTS:
    void addStructure();
    void addSpan();
    void addSlot();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void structureSelected(Uid structureUid);
    void statusMessage(const QString& message);

private:
    void updateButtons();
    void report(const QString& error);

    ProjectDocument& doc_;
    QList<QAction*> slotActions_;
    StructureTreeModel* model_;
    QUndoStack* undo_;
    StructureTreeView* view_;
    QToolButton* addStructure_;
    QToolButton* addSpan_;
    QToolButton* edit_;
    QToolButton* delete_;
    bool readOnly_ = false;
};

}  // namespace respan::ui
