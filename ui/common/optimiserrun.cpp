#include "ui/common/optimiserrun.h"

#include <QDateTime>
#include <QThread>

namespace respan::ui {

OptimiserRun::OptimiserRun(matching::MatchInput input, matching::MatchOptions options,
                           quint64 revision, QObject* parent)
    : QObject(parent), input_(std::move(input)), options_(std::move(options)), revision_(revision) {
    options_.cancel = &cancel_;
    // Called on the worker thread: hand a copy to the GUI thread. A report that arrives after
    // this object is gone is dropped by Qt (the context object no longer exists).
    options_.progress = [this](const matching::MatchProgress& p) {
        QMetaObject::invokeMethod(
            this, [this, p] { Q_EMIT progressed(p); }, Qt::QueuedConnection);
    };
}

OptimiserRun::~OptimiserRun() {
    if (thread_ != nullptr) {
        cancel_.store(true);
        thread_->wait();
        delete thread_;
    }
}

void OptimiserRun::start() {
    if (thread_ != nullptr) return;
    startedMs_ = QDateTime::currentMSecsSinceEpoch();
    thread_ = QThread::create([this] { result_ = matching::optimisePlan(input_, options_); });
    thread_->setObjectName(QStringLiteral("optimiser"));
    connect(thread_, &QThread::finished, this, [this] {
        wallSeconds_ = static_cast<double>(QDateTime::currentMSecsSinceEpoch() - startedMs_) / 1e3;
        Q_EMIT finished();
    });
    thread_->start(QThread::LowPriority);
}

void OptimiserRun::cancel() {
    cancel_.store(true);
}

bool OptimiserRun::isRunning() const {
    return thread_ != nullptr && thread_->isRunning();
}

}  // namespace respan::ui
