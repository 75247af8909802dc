#pragma once

#include <QWidget>

#include "core/matching/optimiser.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace respan::ui {

/// The optimiser's progress in the status bar: elapsed time against the time limit, the best
/// plan so far and the proven bound, and a Cancel button (the best plan so far is kept).
class OptimiseProgress : public QWidget {
    Q_OBJECT
public:
    explicit OptimiseProgress(QWidget* parent = nullptr);

    void begin(matching::Objective objective, double timeLimitSeconds);
    void report(const matching::MatchProgress& progress);
    void setCancelling();

    [[nodiscard]] QToolButton* cancelButton() const { return cancel_; }
    [[nodiscard]] QLabel* label() const { return label_; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
    matching::Objective objective_ = matching::Objective::Carbon;
    double limit_ = 60.0;
};

}  // namespace respan::ui
