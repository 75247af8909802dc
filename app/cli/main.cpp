// respan-cli: the command-line front end (matching.md section 5). All logic is in core/cli.
#include <QCoreApplication>

#include "cli/cli.h"

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("respan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESPAN_VERSION));
    return respan::cli::run(QCoreApplication::arguments());
}
