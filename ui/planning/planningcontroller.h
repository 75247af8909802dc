#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

#include "core/matching/matchinput.h"
#include "core/model/uid.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QThread;
class QToolBar;
class QUndoStack;
class QWidget;

namespace respan {
class ProjectDocument;
namespace matching {
struct MatchResult;
struct DesignResult;
}
}  // namespace respan

namespace respan::ui {

class IssuesPanel;
class OptimiseProgress;
class OptimiserRun;
class PlanExplainer;
class ProposalDialog;
class DesignDialog;

/// Plan > Optimise and the issues panel: runs the optimiser on a worker thread with progress
/// and Cancel in the status bar, shows its proposal and applies it as one undo step, and keeps
/// the issues dock (conflicts, unfilled slots, unused elements) up to date.
class PlanningController : public QObject {
    Q_OBJECT
public:
    /// `window` parents the actions, the issues dock, the progress widget and the proposal; the
    /// window puts the progress widget into its status bar (progress()) and connects the
    /// signals below.
    PlanningController(QWidget& window, ProjectDocument& doc, QUndoStack& undo);
    ~PlanningController() override;

    QAction* optimise;
    QAction* designAroundStock;  ///< Plan > Design Around the Stock...
    QAction* objectiveCarbon;
    QAction* objectiveCount;
    QAction* objectiveMki;
    QAction* objectiveCost;
    QMenu* objectiveMenu;
    QMenu* timeLimitMenu;

    /// Puts the actions into the Plan menu (at the top) and the toolbar.
    void installActions(QMenu* planMenu, QToolBar* toolBar);
    void setEditable(bool editable);

    [[nodiscard]] QDockWidget* issuesDock() const { return issuesDock_; }
    [[nodiscard]] IssuesPanel* issuesPanel() const { return issues_; }
    [[nodiscard]] PlanExplainer* explainer() const { return explainer_; }
    [[nodiscard]] OptimiseProgress* progress() const { return progress_; }
    /// The run in progress (or the last one until its proposal is closed); nullptr when none.
    [[nodiscard]] OptimiserRun* run() const;
    [[nodiscard]] bool isRunning() const;
    /// The open proposal, if any.
    [[nodiscard]] ProposalDialog* proposal() const;
    /// The open design proposal, if any.
    [[nodiscard]] DesignDialog* designProposal() const;
    [[nodiscard]] bool isDesigning() const { return designThread_ != nullptr; }

    [[nodiscard]] matching::Objective objective() const;
    void setObjective(matching::Objective objective);
    [[nodiscard]] double timeLimitSeconds() const { return timeLimit_; }
    void setTimeLimitSeconds(double seconds);

public Q_SLOTS:
    /// Starts the optimiser on a snapshot of the project.
    void startOptimise();
    /// Stops a running optimisation; its best plan so far is proposed.
    void cancelOptimise();
    /// Stores a result's plan as one undo step ("Apply optimiser plan"); pins stay. Returns false
    /// (with a status message) when the project refuses it.
    bool applyResult(const respan::matching::MatchResult& result);
    /// Chooses the lengths of the spans with bounds together with the plan on a worker thread
    /// (docs/design-around-stock.md) and shows the proposal.
    void startDesign();
    /// Stores a design's span lengths and plan as one undo step; false (with a status
    /// message) when the project refuses it.
    bool applyDesign(const respan::matching::DesignResult& result);

Q_SIGNALS:
    void statusMessage(const QString& message);
    /// A slot or element was double-clicked in the issues panel: the window shows it.
    void slotActivated(respan::Uid slotUid);
    void elementActivated(respan::Uid elementUid);
    /// A proposal dialog was opened (proposal() has it; tests and benchmarks act on it).
    void proposalShown();
    /// A design proposal was opened (designProposal() has it).
    void designShown();

private:
    void runFinished();
    void designFinished();
    void buildTimeLimitMenu();
    void updateActions();

    QWidget& window_;
    ProjectDocument& doc_;
    QUndoStack& undo_;
    PlanExplainer* explainer_;
    IssuesPanel* issues_;
    QDockWidget* issuesDock_;
    OptimiseProgress* progress_;
    QActionGroup* objectiveGroup_;
    QActionGroup* timeLimitGroup_;
    QPointer<OptimiserRun> run_;
    QPointer<ProposalDialog> proposal_;
    QPointer<DesignDialog> designProposal_;
    QThread* designThread_ = nullptr;
    std::atomic<bool> designCancel_{false};
    std::shared_ptr<matching::DesignResult> designResult_;
    quint64 designRevision_ = 0;
    double timeLimit_ = 60.0;
    bool editable_ = true;
};

}  // namespace respan::ui
