// respan: the desktop application. Everything of weight lives in ReSpan::Ui.
#include <QApplication>
#include <QFileInfo>
#include <QIcon>

#include "app/translations.h"
#include "mainwindow/documentcontroller.h"
#include "mainwindow/mainwindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReSpan"));
    QApplication::setOrganizationDomain(QStringLiteral("respan.example.org"));
    QApplication::setApplicationName(QStringLiteral("ReSpan"));
    QApplication::setApplicationVersion(QStringLiteral(RESPAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.respan.ReSpan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/respan/icons/respan.svg")));

    namespace tr = respan::ui::Translations;
    tr::install(app, tr::uiLocale(tr::preference()));

    respan::ui::MainWindow window;
    window.show();
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (!args[i].startsWith(QLatin1Char('-')) && QFileInfo(args[i]).isFile()) {
            window.controller().open(args[i]);
            break;
        }
    }
    return QApplication::exec();
}
