#include "ui/report/reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace respan::ui {

ReportLanguage::ReportLanguage(const QString& language)
    : code_(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")) {
    // The same files as the user interface (ui/app/translations.cpp): Dutch has every text,
    // English only its plural forms; Qt's own Dutch texts where they are installed.
    const QLocale locale = localeFor(code_);
    std::vector<std::unique_ptr<QTranslator>> translators;
    auto respan = std::make_unique<QTranslator>();
    if (respan->load(code_ == QLatin1String("nl") ? QStringLiteral(":/i18n/respan_nl.qm")
                                                  : QStringLiteral(":/i18n/respan_en.qm"))) {
        translators.push_back(std::move(respan));
    }
    if (code_ == QLatin1String("nl")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            translators.push_back(std::move(qt));
        }
    }
    words_ = std::make_unique<TextLanguage>(locale, std::move(translators));
}

ReportLanguage::~ReportLanguage() = default;

QLocale ReportLanguage::localeFor(const QString& language) {
    return language == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString ReportLanguage::languageOf(const QLocale& locale) {
    return locale.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

bool ReportLanguage::isSupported(const QString& language) {
    return language == QLatin1String("en") || language == QLatin1String("nl");
}

TextLanguageScope ReportLanguage::activate() const {
    if (QCoreApplication* app = QCoreApplication::instance();
        app != nullptr && !LanguageRouter::isInstalled(*app)) {
        LanguageRouter::install(*app, nullptr);
    }
    return TextLanguageScope(*words_);
}

}  // namespace respan::ui
