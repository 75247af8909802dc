#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace respan::test {

/// Runs a "child mode" of the current test binary in another process: the child executes the
/// test `ChildProcess.Run` with RESPAN_CHILD_MODE=`mode` and RESPAN_CHILD_ARG=`argument`, prints
/// "ready" when it has done its work, and then waits to be killed. Used for lock and crash tests
/// that need a second, real process.
class ChildProcess {
public:
    ChildProcess(const QString& mode, const QString& argument);
    ~ChildProcess();
    /// Starts the child and waits until it prints "ready" (false on timeout or early exit).
    bool startAndWaitReady(int timeoutMs = 20000);
    /// Starts the child without waiting for anything.
    void start();
    /// Everything the child printed on stdout so far.
    QString readOutput();
    /// SIGKILL, as a crash would end it.
    void kill();
    [[nodiscard]] qint64 pid() const { return process_.processId(); }
    [[nodiscard]] QString output() const { return output_; }

private:
    QProcess process_;
    QString mode_;
    QString argument_;
    QString output_;
};

/// True (and the mode/argument) when this process is a child started by ChildProcess.
bool isChildProcess(QString* mode, QString* argument);
/// Tells the parent that the child is ready, then blocks until killed.
[[noreturn]] void signalReadyAndWait();

}  // namespace respan::test
