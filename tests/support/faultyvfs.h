#pragma once

#include <QString>

namespace respan::test {

/// A SQLite VFS shim for fault injection: registered as the process's default VFS, it passes
/// every call to the real "unix" VFS, except that, when armed, the N-th write (or sync) to a
/// file under `pathPrefix` fails with the chosen SQLite error, as a full disk or a failing
/// device would. ReSpan's own code is unchanged: it goes through whatever VFS SQLite uses.
class FaultyVfs {
public:
    enum class Operation { Write, Sync };

    /// Registers the shim as the default VFS (once per process) and returns it.
    static FaultyVfs& install();

    /// From now on, the `nth` (1-based) operation of kind `op` on files under `pathPrefix`
    /// fails with `errorCode` (e.g. SQLITE_FULL), and so does every later one ("the disk stays
    /// full") when `persistent`.
    void arm(Operation op, int nth, int errorCode, const QString& pathPrefix,
             bool persistent = true);
    void disarm();

    [[nodiscard]] int faultsInjected() const { return faults_; }
    /// Operations of the armed kind seen since arm(); tells whether the fault was reached.
    [[nodiscard]] int operationsSeen() const { return seen_; }

    // Used by the shim's callbacks.
    int onOperation(Operation op, const char* path);

private:
    FaultyVfs() = default;
    bool armed_ = false;
    Operation op_ = Operation::Write;
    int nth_ = 0;
    int error_ = 0;
    bool persistent_ = true;
    QString prefix_;
    int seen_ = 0;
    int faults_ = 0;
};

}  // namespace respan::test
