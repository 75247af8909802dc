// respan-cli: the command-line front end (docs/contract/matching.md section 5). All logic is in
// core/cli; the report command comes from ReSpan::Ui when the GUI libraries are built.
#include <QCoreApplication>

#include "core/cli/cli.h"
#include "core/model/textlanguage.h"

#ifdef RESPAN_WITH_UI
#include <QApplication>
#include <QTranslator>

#include "ui/report/reportcommand.h"
#endif

namespace {

/// respan-cli speaks English (docs/contract/matching.md section 5); its English plural forms ("1
/// page", "2 pages") come from the plural-only translation that ReSpan::Ui carries. Without the UI
/// libraries the source texts ("page(s)") are printed.
void installEnglishPlurals([[maybe_unused]] QCoreApplication& app) {
#ifdef RESPAN_WITH_UI
    std::vector<std::unique_ptr<QTranslator>> translators;
    auto plurals = std::make_unique<QTranslator>();
    if (plurals->load(QStringLiteral(":/i18n/respan_en.qm")))
        translators.push_back(std::move(plurals));
    // Through the one router, so that `report --language nl` translates its own words only.
    respan::LanguageRouter::install(
        app, std::make_unique<respan::TextLanguage>(
                 QLocale(QLocale::English, QLocale::UnitedKingdom), std::move(translators)));
#endif
}

}  // namespace

int main(int argc, char** argv) {
    if (const int refused = respan::cli::checkArgumentEncoding(argc, argv); refused != 0)
        return refused;
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
        installEnglishPlurals(app);
        return respan::cli::run(QCoreApplication::arguments(), external);
    }
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("respan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESPAN_VERSION));
    installEnglishPlurals(app);
    return respan::cli::run(QCoreApplication::arguments(), external);
}
