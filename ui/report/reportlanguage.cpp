#include "ui/report/reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace respan::ui {

ReportLanguage::ReportLanguage(const QString& language)
    : code_(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")),
      locale_(localeFor(code_)) {
    // The same files as the user interface (app/translations.cpp): Dutch has every text, English
    // only its plural forms; Qt's own Dutch texts where they are installed.
    auto respan = std::make_unique<QTranslator>();
    if (respan->load(code_ == QLatin1String("nl") ? QStringLiteral(":/i18n/respan_nl.qm")
                                                  : QStringLiteral(":/i18n/respan_en.qm"))) {
        translators_.push_back(std::move(respan));
    }
    if (code_ == QLatin1String("nl")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale_, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            translators_.push_back(std::move(qt));
        }
    }
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

ReportLanguage::Activation::Activation(const ReportLanguage& language)
    : language_(language), outermost_(language.active_++ == 0), previousLocale_(QLocale()) {
    if (!outermost_) return;
    // The application's translators are its children (Translations::install); others are
    // not touched.
    if (QCoreApplication* app = QCoreApplication::instance()) {
        const auto children = app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        for (QTranslator* t : children) {
            if (QCoreApplication::removeTranslator(t)) previous_.push_back(t);
        }
    }
    for (const auto& t : language_.translators_) QCoreApplication::installTranslator(t.get());
    QLocale::setDefault(language_.locale_);
}

ReportLanguage::Activation::~Activation() {
    --language_.active_;
    if (!outermost_) return;
    for (const auto& t : language_.translators_) QCoreApplication::removeTranslator(t.get());
    for (QTranslator* t : previous_) QCoreApplication::installTranslator(t);
    QLocale::setDefault(previousLocale_);
}

}  // namespace respan::ui
