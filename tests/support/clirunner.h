#pragma once
// Runs the real respan-cli executable (RESPAN_CLI_PATH, set by tests/CMakeLists.txt) the way a
// user does, and collects what it says.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace respan::test {

struct CliRun {
    int status = -1;  ///< exit status; -1 when it crashed or did not finish in time
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(RESPAN_CLI_PATH), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace respan::test
