#include "support/childprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

#include <unistd.h>

namespace respan::test {

ChildProcess::ChildProcess(const QString& mode, const QString& argument)
    : mode_(mode), argument_(argument) {}

ChildProcess::~ChildProcess() {
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

void ChildProcess::start() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RESPAN_CHILD_MODE"), mode_);
    env.insert(QStringLiteral("RESPAN_CHILD_ARG"), argument_);
    process_.setProcessEnvironment(env);
    process_.setProcessChannelMode(QProcess::SeparateChannels);
    process_.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--gtest_filter=ChildProcess.Run"), QStringLiteral("--gtest_brief=1")});
}

QString ChildProcess::readOutput() {
    output_ += QString::fromUtf8(process_.readAllStandardOutput());
    return output_;
}

bool ChildProcess::startAndWaitReady(int timeoutMs) {
    start();
    if (!process_.waitForStarted(timeoutMs)) return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        process_.waitForReadyRead(100);
        output_ += QString::fromUtf8(process_.readAllStandardOutput());
        if (output_.contains(QLatin1String("CHILD-READY"))) return true;
        if (process_.state() == QProcess::NotRunning) return false;
    }
    return false;
}

void ChildProcess::kill() {
    process_.kill();  // SIGKILL on Unix
    process_.waitForFinished(10000);
}

bool isChildProcess(QString* mode, QString* argument) {
    const QString m = qEnvironmentVariable("RESPAN_CHILD_MODE");
    if (m.isEmpty()) return false;
    if (mode) *mode = m;
    if (argument) *argument = qEnvironmentVariable("RESPAN_CHILD_ARG");
    return true;
}

void signalReadyAndWait() {
    std::fputs("CHILD-READY\n", stdout);
    std::fflush(stdout);
    for (;;) ::pause();
}

}  // namespace respan::test
