#include "ui/planning/planningcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QThread>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

#include "core/commands/cmdassignmentsreplace.h"
#include "core/commands/cmdspanedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "core/matching/design.h"
#include "core/matching/judging/plancomparison.h"
#include "core/matching/optimiser.h"
#include "ui/common/numberformat.h"
#include "ui/common/optimiserrun.h"
#include "ui/planning/designdialog.h"
#include "ui/planning/issuespanel.h"
#include "ui/planning/optimiseprogress.h"
#include "ui/planning/planexplainer.h"
#include "ui/planning/proposaldialog.h"

namespace respan::ui {

namespace {
const QString kObjectiveKey = QStringLiteral("plan/objective");
const QString kTimeLimitKey = QStringLiteral("plan/timeLimitSeconds");
constexpr double kTimeLimits[] = {10.0, 30.0, 60.0, 300.0};
}  // namespace

PlanningController::PlanningController(QWidget& window, ProjectDocument& doc, QUndoStack& undo)
    : QObject(&window),
      window_(window),
      doc_(doc),
      undo_(undo),
      explainer_(new PlanExplainer(doc, this)),
      issues_(new IssuesPanel(*explainer_, &window)),
      issuesDock_(new QDockWidget(tr("Issues"), &window)),
      progress_(new OptimiseProgress(&window)),
      objectiveGroup_(new QActionGroup(this)),
      timeLimitGroup_(new QActionGroup(this)) {
    optimise =
        new QAction(QIcon(QStringLiteral(":/respan/icons/optimise.svg")), tr("&Optimise"), &window);
    optimise->setShortcut(QKeySequence(tr("Ctrl+R")));
    optimise->setToolTip(
        tr("Let the optimiser fill the slots around the pins (Ctrl+R); you see the proposal "
           "before anything changes"));
    connect(optimise, &QAction::triggered, this, &PlanningController::startOptimise);
    designAroundStock = new QAction(tr("&Design Around the Stock…"), &window);
    designAroundStock->setToolTip(
        tr("Choose the lengths of the spans that have bounds together with the plan, so that "
           "more of the stock fits; you see the proposal before anything changes"));
    connect(designAroundStock, &QAction::triggered, this, &PlanningController::startDesign);

    objectiveMenu = new QMenu(tr("Optimisation O&bjective"), &window);
    objectiveCarbon = objectiveMenu->addAction(tr("Most CO2e Saved"));
    objectiveCarbon->setToolTip(tr("Maximise the CO2e saved by the plan"));
    objectiveCount = objectiveMenu->addAction(tr("Most Slots Filled"));
    objectiveCount->setToolTip(
        tr("Fill as many slots as possible; among such plans, save the most CO2e"));
    objectiveMki = objectiveMenu->addAction(tr("Most MKI Saved"));
    objectiveMki->setToolTip(
        tr("Maximise the MKI (environmental cost, euro) saved against crushing and building "
           "new; storage has no CO2e factor, so waiting time counts in Most Money Saved only"));
    objectiveCost = objectiveMenu->addAction(tr("Most Money Saved"));
    objectiveCost->setToolTip(
        tr("Maximise the euros saved against crushing and building new, storage time "
           "included: a later slot costs more"));
    for (QAction* a : {objectiveCarbon, objectiveCount, objectiveMki, objectiveCost}) {
        a->setCheckable(true);
        objectiveGroup_->addAction(a);
    }
    const auto stored = matching::objectiveFromKey(
        QSettings().value(kObjectiveKey, QStringLiteral("carbon")).toString());
    setObjective(stored.value_or(matching::Objective::Carbon));
    connect(objectiveGroup_, &QActionGroup::triggered, this,
            [this] { QSettings().setValue(kObjectiveKey, matching::objectiveKey(objective())); });
    timeLimit_ = QSettings().value(kTimeLimitKey, 60.0).toDouble();
    if (timeLimit_ <= 0.0) timeLimit_ = 60.0;
    timeLimitMenu = new QMenu(tr("Optimisation &Time Limit"), &window);
    buildTimeLimitMenu();

    issuesDock_->setObjectName(QStringLiteral("issuesDock"));
    issuesDock_->setWidget(issues_);
    connect(issues_, &IssuesPanel::slotActivated, this, &PlanningController::slotActivated);
    connect(issues_, &IssuesPanel::elementActivated, this, &PlanningController::elementActivated);

    progress_->hide();
    connect(progress_, &OptimiseProgress::cancelRequested, this,
            &PlanningController::cancelOptimise);
}

PlanningController::~PlanningController() {
    if (OptimiserRun* run = run_.data()) delete run;  // cancels and waits for a running one
    if (designThread_ != nullptr) {
        designCancel_ = true;
        designThread_->wait();
        delete designThread_;
    }
}

DesignDialog* PlanningController::designProposal() const {
    return designProposal_;
}

OptimiserRun* PlanningController::run() const {
    return run_;
}

ProposalDialog* PlanningController::proposal() const {
    return proposal_;
}

void PlanningController::installActions(QMenu* planMenu, QToolBar* toolBar) {
    QAction* first = planMenu->actions().isEmpty() ? nullptr : planMenu->actions().front();
    planMenu->insertAction(first, optimise);
    planMenu->insertAction(first, designAroundStock);
    planMenu->insertMenu(first, objectiveMenu);
    planMenu->insertMenu(first, timeLimitMenu);
    planMenu->insertSeparator(first);
    toolBar->addAction(optimise);
}

void PlanningController::buildTimeLimitMenu() {
    bool matched = false;
    for (double seconds : kTimeLimits) {
        QAction* a = timeLimitMenu->addAction(
            seconds < 60.0 ? tr("%1 Seconds").arg(seconds)
                           : tr("%n Minute(s)", nullptr, static_cast<int>(seconds / 60.0)));
        a->setCheckable(true);
        a->setData(seconds);
        timeLimitGroup_->addAction(a);
        if (seconds == timeLimit_) {
            a->setChecked(true);
            matched = true;
        }
    }
    if (!matched) {
        // A limit set elsewhere (tests, an older setting): shown as it is.
        QAction* a = timeLimitMenu->addAction(
            tr("%1 Seconds").arg(formatNumber(timeLimit_, timeLimit_ < 1.0 ? 1 : 0)));
        a->setCheckable(true);
        a->setData(timeLimit_);
        a->setChecked(true);
        timeLimitGroup_->addAction(a);
    }
    connect(timeLimitGroup_, &QActionGroup::triggered, this, [this](QAction* a) {
        timeLimit_ = a->data().toDouble();
        QSettings().setValue(kTimeLimitKey, timeLimit_);
    });
}

matching::Objective PlanningController::objective() const {
    if (objectiveCount->isChecked()) return matching::Objective::Count;
    if (objectiveMki->isChecked()) return matching::Objective::Mki;
    if (objectiveCost->isChecked()) return matching::Objective::Cost;
    return matching::Objective::Carbon;
}

void PlanningController::setObjective(matching::Objective objective) {
    switch (objective) {
        case matching::Objective::Carbon:
            objectiveCarbon->setChecked(true);
            return;
        case matching::Objective::Count:
            objectiveCount->setChecked(true);
            return;
        case matching::Objective::Mki:
            objectiveMki->setChecked(true);
            return;
        case matching::Objective::Cost:
            objectiveCost->setChecked(true);
            return;
    }
}

void PlanningController::setTimeLimitSeconds(double seconds) {
    timeLimit_ = seconds;
    for (QAction* a : timeLimitGroup_->actions()) a->setChecked(a->data().toDouble() == seconds);
}

void PlanningController::setEditable(bool editable) {
    editable_ = editable;
    updateActions();
}

bool PlanningController::isRunning() const {
    const OptimiserRun* run = run_.data();
    return run != nullptr && run->isRunning();
}

void PlanningController::updateActions() {
    optimise->setEnabled(editable_ && !isRunning() && !isDesigning());
    designAroundStock->setEnabled(editable_ && !isRunning() && !isDesigning());
}

void PlanningController::startOptimise() {
    if (!editable_ || isRunning()) return;
    if (doc_.slotCount() == 0) {
        Q_EMIT statusMessage(tr("Nothing to optimise: the project has no slots."));
        return;
    }
    if (ProposalDialog* open = proposal_.data()) open->reject();
    if (OptimiserRun* previous = run_.data()) delete previous;
    matching::MatchOptions options;
    options.objective = objective();
    options.timeLimitSeconds = timeLimit_;
    options.locale = QLocale();  // the planner's numbers in the proposal's reasons
    // The snapshot is taken here, on the GUI thread; the planner may go on editing meanwhile.
    run_ = new OptimiserRun(matching::makeMatchInput(doc_), options, doc_.revision(), this);
    connect(run_, &OptimiserRun::progressed, progress_, &OptimiseProgress::report);
    connect(run_, &OptimiserRun::finished, this, &PlanningController::runFinished);
    progress_->begin(options.objective, options.timeLimitSeconds);
    progress_->show();
    run_->start();
    updateActions();
}

void PlanningController::cancelOptimise() {
    if (isDesigning()) {
        progress_->setCancelling();
        designCancel_ = true;
        return;
    }
    if (!isRunning()) return;
    progress_->setCancelling();
    run_.data()->cancel();
}

void PlanningController::runFinished() {
    progress_->hide();
    updateActions();
    OptimiserRun* run = run_.data();
    if (run == nullptr) return;
    ProposalDialog::Content content;
    content.result = run->result();
    content.wallSeconds = run->wallSeconds();
    content.cancelled = run->isCancelled();
    content.stale = run->revision() != doc_.revision();
    content.comparison =
        matching::comparePlans(doc_, matching::plannedAssignments(doc_, content.result));
    if (matching::pricedInEuro(content.result.objective)) {
        const impact::ImpactTotal now = impact::computeImpact(doc_).saved();
        content.netBeforeEur =
            content.result.objective == matching::Objective::Mki ? now.mkiEur : now.costEur;
    }
    auto* dialog = new ProposalDialog(std::move(content), &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    proposal_ = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->content().stale) return;
        applyResult(dialog->content().result);
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { Q_EMIT statusMessage(tr("Optimiser proposal discarded.")); });
    dialog->open();
    Q_EMIT proposalShown();
}

bool PlanningController::applyResult(const matching::MatchResult& result) {
    const std::vector<Assignment> next = matching::plannedAssignments(doc_, result);
    auto bySlot = [](std::vector<Assignment> list) {
        std::sort(list.begin(), list.end(),
                  [](const Assignment& a, const Assignment& b) { return a.slotUid < b.slotUid; });
        return list;
    };
    if (bySlot(next) == bySlot(doc_.assignments())) {
        Q_EMIT statusMessage(tr("The plan is already in the project."));
        return true;
    }
    const PushResult r = pushCommand(
        undo_, std::make_unique<CmdAssignmentsReplace>(doc_, next, tr("Apply optimiser plan")));
    if (!r) {
        Q_EMIT statusMessage(tr("The plan was not applied: %1").arg(r.error));
        return false;
    }
    explainer_->adoptResult(result);
    Q_EMIT statusMessage(tr("Optimiser plan applied: %1 of %2 slots filled, %3 t CO2e saved.")
                             .arg(result.filledSlots)
                             .arg(doc_.slotCount())
                             .arg(formatNumber(result.totalSavingKg / 1000.0, 1)));
    return true;
}

void PlanningController::startDesign() {
    if (!editable_ || isRunning() || isDesigning()) return;
    if (doc_.slotCount() == 0) {
        Q_EMIT statusMessage(tr("Nothing to design: the project has no slots."));
        return;
    }
    matching::MatchOptions options;
    options.objective = objective();
    if (!matching::designSupports(options.objective)) {
        // The MKI and money objectives cannot choose lengths yet: CO2e decides, and the
        // planner is told.
        options.objective = matching::Objective::Carbon;
        Q_EMIT statusMessage(tr("Designing around the stock for Most CO2e Saved: the MKI and "
                                "money objectives cannot choose span lengths yet."));
    }
    if (DesignDialog* open = designProposal_.data()) open->reject();
    options.timeLimitSeconds = timeLimit_;
    options.locale = QLocale();
    designCancel_ = false;
    options.cancel = &designCancel_;
    designRevision_ = doc_.revision();
    designResult_ = std::make_shared<matching::DesignResult>();
    // The snapshot is taken here, on the GUI thread; the worker only reads its copy.
    auto input = std::make_shared<matching::MatchInput>(matching::makeMatchInput(doc_));
    std::shared_ptr<matching::DesignResult> out = designResult_;
    designThread_ = QThread::create(
        [input, options, out] { *out = matching::designAroundStock(*input, options); });
    connect(designThread_, &QThread::finished, this, &PlanningController::designFinished);
    progress_->begin(options.objective, options.timeLimitSeconds);
    progress_->show();
    designThread_->start();
    updateActions();
}

void PlanningController::designFinished() {
    progress_->hide();
    if (designThread_ != nullptr) {
        designThread_->wait();
        designThread_->deleteLater();
        designThread_ = nullptr;
    }
    updateActions();
    if (!designResult_) return;
    auto* dialog = new DesignDialog(doc_, *designResult_, designRevision_ != doc_.revision(),
                                    &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    designProposal_ = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyDesign(dialog->result()); });
    connect(dialog, &QDialog::rejected, this,
            [this] { Q_EMIT statusMessage(tr("Design proposal discarded.")); });
    dialog->open();
    Q_EMIT designShown();
}

bool PlanningController::applyDesign(const matching::DesignResult& result) {
    const QString text = tr("Design around the stock");
    try {
        UndoTransaction tx(undo_, doc_, text);
        for (const matching::SpanLengthChoice& c : result.spans) {
            if (c.afterM == c.beforeM) continue;
            const SlotPosition at = doc_.spanPosition(c.spanUid);
            if (at.structure < 0 || at.span < 0) continue;
            Span moved = doc_.structure(at.structure).spans.at(static_cast<std::size_t>(at.span));
            matching::moveSpan(moved, c.afterM);
            tx.execute(std::make_unique<CmdSpanEdit>(doc_, c.spanUid, spanHeaderOf(moved), text));
        }
        tx.execute(std::make_unique<CmdAssignmentsReplace>(
            doc_, matching::plannedAssignments(doc_, result.match), text));
        tx.commit();
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(tr("The design was not applied: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    explainer_->adoptResult(result.match);
    int moved = 0;
    for (const matching::SpanLengthChoice& c : result.spans) moved += c.afterM != c.beforeM;
    Q_EMIT statusMessage(tr("Design applied: %1 span lengths changed, %2 of %3 slots filled, %4 t "
                            "CO2e saved.")
                             .arg(moved)
                             .arg(result.match.filledSlots)
                             .arg(doc_.slotCount())
                             .arg(formatNumber(result.match.totalSavingKg / 1000.0, 1)));
    return true;
}

}  // namespace respan::ui
