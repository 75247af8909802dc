// Entry point of the child processes started by test::ChildProcess (lock, recovery and crash
// tests need a second, real process); a skipped no-op in a normal run.
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectsession.h"
#include "crashdriver.h"
#include "support/childprocess.h"

using namespace respan;

TEST(ChildProcess, Run) {
    QString mode;
    QString arg;
    if (!test::isChildProcess(&mode, &arg)) GTEST_SKIP() << "only runs as a child process";
    if (mode == QLatin1String("crash-driver")) test::runCrashDriver(arg);
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(arg, ProjectSession::LockPolicy::FailIfLocked);
    if (mode == QLatin1String("edit-autosave")) {
        ProjectSettings s = doc.settings();
        s.projectName = QStringLiteral("edited before the crash");
        doc.setSettings(s);
        Element e = doc.element(0);
        e.notes = QStringLiteral("unsaved note");
        doc.updateElement(0, e);
        std::vector<ProtocolStep> protocol = doc.protocol();
        protocol.back().durationDays = 9;
        doc.setProtocol(protocol);
        session.writeAutosave();
    }
    test::signalReadyAndWait();
}
