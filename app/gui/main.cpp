// respan: the desktop application. Everything of weight lives in ReSpan::Ui.
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include "ui/app/translations.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"

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
    // argv as QApplication left it (Qt's own options removed): a name that is not valid UTF-8
    // would be read with U+FFFD in place of its bytes and could name another file; it is refused.
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        const QString name = QFile::decodeName(raw);
        if (name.startsWith(QLatin1Char('-'))) continue;
        if (QFile::encodeName(name) != raw) {
            QMessageBox::warning(
                &window, QCoreApplication::translate("respan::app", "Could not open the project"),
                QCoreApplication::translate(
                    "respan::app",
                    "The file name \"%1\" is not valid UTF-8, the system's encoding; a file of "
                    "that name could be mistaken for another one and is not opened. Rename it "
                    "with valid characters.")
                    .arg(name));
            break;
        }
        if (QFileInfo(name).isFile()) {
            window.open(name);
            break;
        }
    }
    return QApplication::exec();
}
