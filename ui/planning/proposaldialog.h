#pragma once

#include <QDialog>
#include <QStringList>

#include "core/matching/judging/plancomparison.h"
#include "core/matching/matchresult.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace respan::ui {

/// What the optimiser proposes, before anything changes: whether the plan is proven optimal
/// (or how far from the proven bound it may be), the counts and the CO2e saved now and after,
/// and every slot that would change. Apply puts the plan into the project as one undo step;
/// Discard leaves the project as it is.
class ProposalDialog : public QDialog {
    Q_OBJECT
public:
    struct Content {
        matching::MatchResult result;
        matching::PlanComparison comparison;
        double wallSeconds = 0.0;
        bool cancelled = false;  ///< the planner pressed Cancel
        bool stale = false;      ///< the project changed while the optimiser ran
        /// mki and cost: the net saving in euro of the plan as it stands (docs/impact.md).
        double netBeforeEur = 0.0;
    };

    explicit ProposalDialog(Content content, QWidget* parent = nullptr);

    [[nodiscard]] const Content& content() const { return content_; }
    [[nodiscard]] QPushButton* applyButton() const { return apply_; }
    [[nodiscard]] QPushButton* discardButton() const { return discard_; }
    [[nodiscard]] QLabel* detail() const { return detail_; }
    [[nodiscard]] QTableWidget* figures() const { return figures_; }
    [[nodiscard]] QTableWidget* changes() const { return changes_; }

    /// "proven optimal" / "not proven optimal ..." as shown (plain text, for tests).
    [[nodiscard]] QString headlineText() const;
    [[nodiscard]] QStringList detailLines() const;

private:
    void fillFigures();
    void fillChanges();

    Content content_;
    QLabel* headline_;
    QLabel* detail_;
    QTableWidget* figures_;
    QTableWidget* changes_;
    QPushButton* apply_;
    QPushButton* discard_;
};

}  // namespace respan::ui
