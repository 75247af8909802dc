#include "ui/planning/planexplainer.h"

#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"

namespace respan::ui {

struct PlanExplainer::Run {
    matching::MatchInput input;
    std::vector<Assignment> plan;
    quint64 revision = 0;
    std::atomic<bool> cancel{false};
    QLocale locale;  ///< the interface's, taken on the GUI thread: "17,86 m" in Dutch
    matching::PlanExplanation result;
};

PlanExplainer::PlanExplainer(ProjectDocument& doc, QObject* parent)
    : QObject(parent), doc_(doc), timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(250);
    connect(timer_, &QTimer::timeout, this, &PlanExplainer::startRun);
    DocumentNotifier* n = doc_.notifier();
    // Every change of content can change a reason; the donor list is not part of any rule.
    connect(n, &DocumentNotifier::changed, this, [this](const DocumentChange& change) {
        if (change.kind != DocumentChange::Kind::Donors) schedule();
    });
    schedule();
}

PlanExplainer::~PlanExplainer() {
    if (thread_ != nullptr) {
        run_->cancel.store(true);
        thread_->wait();
        delete thread_;
    }
}

bool PlanExplainer::isUpToDate() const {
    return revision_ == doc_.revision();
}

void PlanExplainer::setDelay(int ms) {
    timer_->setInterval(ms);
}

void PlanExplainer::schedule() {
    if (isUpToDate()) return;
    if (run_ != nullptr) run_->cancel.store(true);  // stale already; restarts when it ends
    timer_->start();
}

void PlanExplainer::adoptResult(const matching::MatchResult& result) {
    if (run_ != nullptr) run_->cancel.store(true);
    timer_->stop();
    matching::PlanExplanation e;
    e.conflicts = result.conflicts;
    // A slot or girder of a pin in conflict is listed with the conflict, not twice.
    QSet<Uid> conflictSlots;
    QSet<Uid> conflictElements;
    for (const matching::PinConflict& c : result.conflicts) {
        conflictSlots.insert(c.slotUid);
        conflictElements.insert(c.elementUid);
    }
    for (const matching::UnfilledSlot& u : result.unfilledSlots) {
        if (!conflictSlots.contains(u.slotUid)) e.unfilledSlots.push_back(u);
    }
    for (const matching::UnusedElement& u : result.unusedElements) {
        if (!conflictElements.contains(u.elementUid)) e.unusedElements.push_back(u);
    }
    explanation_ = std::move(e);
    revision_ = doc_.revision();
    source_ = Source::Optimiser;
    Q_EMIT updated();
}

void PlanExplainer::startRun() {
    if (isUpToDate()) return;
    if (thread_ != nullptr) return;  // runFinished() starts again when needed
    run_ = std::make_unique<Run>();
    run_->input = matching::makeMatchInput(doc_);
    run_->plan = doc_.assignments();
    run_->revision = doc_.revision();
    Run* run = run_.get();
    thread_ = QThread::create([run] {
        run->result =
            matching::explainAssignments(run->input, run->plan, 5, &run->cancel, run->locale);
    });
    connect(thread_, &QThread::finished, this, &PlanExplainer::runFinished);
    Q_EMIT busyChanged(true);
    thread_->start(QThread::LowPriority);
}

void PlanExplainer::runFinished() {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    std::unique_ptr<Run> run = std::move(run_);
    Q_EMIT busyChanged(false);
    if (run->result.complete && !run->cancel.load() && run->revision == doc_.revision()) {
        explanation_ = std::move(run->result);
        revision_ = run->revision;
        source_ = Source::Document;
        Q_EMIT updated();
        return;
    }
    if (!isUpToDate()) timer_->start();
}

void PlanExplainer::refreshNow() {
    if (isUpToDate() && thread_ == nullptr) return;
    timer_->stop();
    for (int attempt = 0; attempt < 3 && !isUpToDate(); ++attempt) {
        if (thread_ == nullptr) startRun();
        QEventLoop loop;
        connect(this, &PlanExplainer::busyChanged, &loop, [&loop](bool busy) {
            if (!busy) loop.quit();
        });
        if (thread_ != nullptr) loop.exec();
        timer_->stop();
    }
}

}  // namespace respan::ui
