#pragma once

#include <QWidget>

#include "core/model/uid.h"

class QLabel;
class QTreeView;

namespace respan::ui {

class IssuesModel;
class PlanExplainer;

/// The issues dock: conflicts, unfilled slots with the engine's reasons and unused elements,
/// kept up to date by a PlanExplainer. Double-click jumps to the slot or element.
class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    IssuesPanel(PlanExplainer& explainer, QWidget* parent = nullptr);

    [[nodiscard]] IssuesModel* model() const { return model_; }
    [[nodiscard]] QTreeView* view() const { return view_; }

Q_SIGNALS:
    void slotActivated(Uid slotUid);
    void elementActivated(Uid elementUid);

private:
    void showExplanation();
    void updateState();
    void activate(const QModelIndex& index);

    PlanExplainer& explainer_;
    IssuesModel* model_;
    QTreeView* view_;
    QLabel* state_;
};

}  // namespace respan::ui
