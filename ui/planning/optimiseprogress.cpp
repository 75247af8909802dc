#include "ui/planning/optimiseprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

#include "ui/common/numberformat.h"

namespace respan::ui {

OptimiseProgress::OptimiseProgress(QWidget* parent)
    : QWidget(parent),
      label_(new QLabel(this)),
      bar_(new QProgressBar(this)),
      cancel_(new QToolButton(this)) {
    setObjectName(QStringLiteral("optimiseProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label_);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setFixedWidth(160);
    bar_->setMaximumHeight(14);
    layout->addWidget(bar_);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the optimiser and look at the best plan found so far"));
    cancel_->setAutoRaise(true);
    layout->addWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, this, &OptimiseProgress::cancelRequested);
}

void OptimiseProgress::begin(matching::Objective objective, double timeLimitSeconds) {
    objective_ = objective;
    limit_ = std::max(0.1, timeLimitSeconds);
    bar_->setValue(0);
    cancel_->setEnabled(true);
    label_->setText(tr("Optimising…"));
}

void OptimiseProgress::report(const matching::MatchProgress& p) {
    // No measure of "how much is left" exists for a branch-and-bound search; the bar shows the
    // time used against the limit, the text the best plan against the proven bound.
    bar_->setValue(static_cast<int>(std::min(1.0, p.elapsedSeconds / limit_) * 1000.0));
    if (matching::pricedInEuro(objective_)) {
        label_->setText(tr("Optimising: best EUR %1, bound EUR %2 saved · %3 s")
                            .arg(formatNumber(p.bestSavingKg, 0), formatNumber(p.upperBoundKg, 0),
                                 formatNumber(p.elapsedSeconds, 1)));
    } else if (objective_ == matching::Objective::Carbon) {
        label_->setText(tr("Optimising: best %1 t, bound %2 t CO2e · %3 s")
                            .arg(formatNumber(p.bestSavingKg / 1000.0, 1),
                                 formatNumber(p.upperBoundKg / 1000.0, 1),
                                 formatNumber(p.elapsedSeconds, 1)));
    } else {
        label_->setText(tr("Optimising: best %1 filled slots · %2 s")
                            .arg(p.bestFilledSlots)
                            .arg(formatNumber(p.elapsedSeconds, 1)));
    }
}

void OptimiseProgress::setCancelling() {
    cancel_->setEnabled(false);
    label_->setText(tr("Stopping: keeping the best plan so far…"));
}

}  // namespace respan::ui
