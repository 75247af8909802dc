#include "ui/app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include "core/model/textlanguage.h"

namespace respan::ui::Translations {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString preference() {
    return QSettings().value(kKey).toString();
}

void setPreference(const QString& language) {
    QSettings().setValue(kKey, language);
}

QStringList available() {
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QLocale uiLocale(const QString& pref, const QLocale& system) {
    if (pref == QLatin1String("nl")) return QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (pref == QLatin1String("en")) {
        // English words; keep the system's number and date conventions only when the system
        // itself is English, otherwise use British English (decimal point, day-month order).
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    if (system.language() == QLocale::Dutch) return system;  // nl_NL or nl_BE
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool install(QCoreApplication& app, const QLocale& locale) {
    // At start, before any thread: the one default locale and the one translator (a router, so
    // that a report in another language never has to swap them; core/model/textlanguage.h).
    QLocale::setDefault(locale);
    const bool dutch = locale.language() == QLocale::Dutch;
    std::vector<std::unique_ptr<QTranslator>> translators;
    // English has only its plural forms in a translation file; Dutch has everything.
    auto respan = std::make_unique<QTranslator>();
    if (!respan->load(dutch ? QStringLiteral(":/i18n/respan_nl.qm")
                            : QStringLiteral(":/i18n/respan_en.qm"))) {
        return false;
    }
    translators.push_back(std::move(respan));
    // Qt's own texts (standard buttons, file dialogs), when the Qt translations are installed.
    if (dutch) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            translators.push_back(std::move(qt));
        }
    }
    LanguageRouter::install(app, std::make_unique<TextLanguage>(locale, std::move(translators)));
    return true;
}

}  // namespace respan::ui::Translations
