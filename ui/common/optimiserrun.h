#pragma once

#include <QObject>

#include <atomic>

#include "core/matching/optimiser.h"

class QThread;

namespace respan::ui {

/// One run of the matching optimiser on a worker thread. The snapshot (MatchInput) is taken on
/// the GUI thread by the caller; progress reports arrive on the GUI thread; cancel() returns the
/// best plan found so far (not proven optimal, with its bound). Deleting a running run cancels
/// it and waits for the worker to stop.
class OptimiserRun : public QObject {
    Q_OBJECT
public:
    /// `revision` is the document revision the snapshot was taken at.
    OptimiserRun(matching::MatchInput input, matching::MatchOptions options, quint64 revision,
                 QObject* parent = nullptr);
    ~OptimiserRun() override;

    void start();
    /// Asks the optimiser to stop; finished() follows with the best plan so far.
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isCancelled() const { return cancel_.load(); }
    [[nodiscard]] quint64 revision() const { return revision_; }
    /// The result; valid after finished().
    [[nodiscard]] const matching::MatchResult& result() const { return result_; }
    /// Seconds from start() to finished() as the GUI saw them.
    [[nodiscard]] double wallSeconds() const { return wallSeconds_; }

Q_SIGNALS:
    void progressed(const respan::matching::MatchProgress& progress);
    void finished();

private:
    matching::MatchInput input_;
    matching::MatchOptions options_;
    quint64 revision_;
    std::atomic<bool> cancel_{false};
    matching::MatchResult result_;
    QThread* thread_ = nullptr;
    qint64 startedMs_ = 0;
    double wallSeconds_ = 0.0;
};

}  // namespace respan::ui
