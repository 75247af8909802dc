#pragma once

#include <QTreeView>

namespace respan::ui {

/// Tree view of the structures that says, while elements are dragged over it, why a span or slot
/// refuses them (the model decides; the view only reports).
class StructureTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void dragMoveEvent(QDragMoveEvent* event) override;
};

}  // namespace respan::ui
