#pragma once

#include <QObject>

#include <atomic>
#include <memory>

#include "core/matching/judging/planexplanation.h"

class QThread;
class QTimer;

namespace respan {
class ProjectDocument;
}

namespace respan::matching {
struct MatchResult;
}

namespace respan::ui {

/// Keeps an explanation of the document's plan (conflicts, why slots are empty and girders
/// unused) up to date: after each change, once the document has been quiet for a moment, the
/// engine's explanation code runs on a snapshot on a worker thread; a change while it runs
/// cancels it and starts again. After an optimiser plan is applied, the optimiser's own
/// explanations are adopted as they are (no recomputation).
class PlanExplainer : public QObject {
    Q_OBJECT
public:
    explicit PlanExplainer(ProjectDocument& doc, QObject* parent = nullptr);
    ~PlanExplainer() override;

    [[nodiscard]] const matching::PlanExplanation& explanation() const { return explanation_; }
    /// True when the explanation is of the document as it is now.
    [[nodiscard]] bool isUpToDate() const;
    [[nodiscard]] bool isBusy() const { return thread_ != nullptr; }
    /// Where the current explanation comes from.
    enum class Source { None, Document, Optimiser };
    [[nodiscard]] Source source() const { return source_; }

    /// Adopts the explanations of an optimiser result whose plan the document now holds.
    void adoptResult(const matching::MatchResult& result);
    /// Quiet time after a change before recomputing (ms).
    void setDelay(int ms);
    /// Recomputes now if the explanation is stale and waits for it (tests, benchmarks).
    void refreshNow();

Q_SIGNALS:
    void updated();
    void busyChanged(bool busy);

private:
    void schedule();
    void startRun();
    void runFinished();

    ProjectDocument& doc_;
    QTimer* timer_;
    matching::PlanExplanation explanation_;
    quint64 revision_ = ~quint64{0};  // revision the explanation belongs to
    Source source_ = Source::None;

    struct Run;
    std::unique_ptr<Run> run_;
    QThread* thread_ = nullptr;
};

}  // namespace respan::ui
