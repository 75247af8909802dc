#include "ui/planning/issuespanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/planning/issuesmodel.h"
#include "ui/planning/planexplainer.h"

namespace respan::ui {

IssuesPanel::IssuesPanel(PlanExplainer& explainer, QWidget* parent)
    : QWidget(parent),
      explainer_(explainer),
      model_(new IssuesModel(this)),
      view_(new QTreeView(this)),
      state_(new QLabel(this)) {
    setObjectName(QStringLiteral("issuesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    state_->setWordWrap(true);
    state_->setStyleSheet(QStringLiteral("QLabel { color: #4b5563; }"));
    layout->addWidget(state_);
    view_->setObjectName(QStringLiteral("issuesView"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setExpandsOnDoubleClick(false);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->header()->setStretchLastSection(true);
    view_->setColumnWidth(IssuesModel::Item, 330);
    layout->addWidget(view_, 1);

    connect(view_, &QTreeView::doubleClicked, this, &IssuesPanel::activate);
    connect(&explainer_, &PlanExplainer::updated, this, &IssuesPanel::showExplanation);
    connect(&explainer_, &PlanExplainer::busyChanged, this, &IssuesPanel::updateState);
    showExplanation();
}

void IssuesPanel::showExplanation() {
    if (explainer_.source() == PlanExplainer::Source::None) {
        updateState();
        return;
    }
    model_->setExplanation(explainer_.explanation());
    view_->expand(model_->groupIndex(IssuesModel::Conflicts));
    view_->expand(model_->groupIndex(IssuesModel::UnfilledSlots));
    // Unused elements can be many thousands: left collapsed.
    updateState();
}

void IssuesPanel::updateState() {
    const auto& e = explainer_.explanation();
    QString text;
    switch (explainer_.source()) {
        case PlanExplainer::Source::None:
            text = tr("Looking for issues…");
            break;
        case PlanExplainer::Source::Optimiser:
            text = tr("As the optimiser explained its plan. Conflicts: %1 · unfilled slots: %2 · "
                      "unused elements: %3.")
                       .arg(e.conflicts.size())
                       .arg(e.unfilledSlots.size())
                       .arg(e.unusedElements.size());
            break;
        case PlanExplainer::Source::Document:
            text = tr("The plan as it stands. Conflicts: %1 · unfilled slots: %2 · unused "
                      "elements: %3.")
                       .arg(e.conflicts.size())
                       .arg(e.unfilledSlots.size())
                       .arg(e.unusedElements.size());
            break;
    }
    if (explainer_.isBusy() || !explainer_.isUpToDate()) text += QLatin1Char(' ') + tr("Updating…");
    state_->setText(text);
}

void IssuesPanel::activate(const QModelIndex& index) {
    if (!index.isValid()) return;
    const auto kind = static_cast<IssuesModel::Kind>(index.data(IssuesModel::KindRole).toInt());
    const Uid slot = index.data(IssuesModel::SlotUidRole).toLongLong();
    const Uid element = index.data(IssuesModel::ElementUidRole).toLongLong();
    switch (kind) {
        case IssuesModel::Kind::Group:
            view_->setExpanded(index.siblingAtColumn(0),
                               !view_->isExpanded(index.siblingAtColumn(0)));
            return;
        case IssuesModel::Kind::Conflict:
        case IssuesModel::Kind::UnfilledSlot:
            if (slot != kNoUid) Q_EMIT slotActivated(slot);
            return;
        case IssuesModel::Kind::Candidate:
        case IssuesModel::Kind::UnusedElement:
            if (element != kNoUid) Q_EMIT elementActivated(element);
            return;
    }
}

}  // namespace respan::ui
