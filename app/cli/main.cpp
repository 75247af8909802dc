// respan-cli: the command-line front end (matching.md section 5). All logic is in core/cli; the
// report command comes from ReSpan::Ui when the GUI libraries are built.
#include <QCoreApplication>

#include "cli/cli.h"

#ifdef RESPAN_WITH_UI
#include <QApplication>

#include "report/reportcommand.h"
#endif

int main(int argc, char** argv) {
    std::vector<respan::cli::ExternalCommand> external;
#ifdef RESPAN_WITH_UI
    external = respan::ui::reportCommands();
    // Painting (fonts, Qt Charts) needs a QApplication; only the commands that paint get one,
    // on the offscreen platform unless the caller chose another, so they run without a display.
    if (argc > 1 && respan::ui::commandNeedsGui(QString::fromLocal8Bit(argv[1]))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("respan-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(RESPAN_VERSION));
        return respan::cli::run(QCoreApplication::arguments(), external);
    }
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("respan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESPAN_VERSION));
    return respan::cli::run(QCoreApplication::arguments(), external);
}
