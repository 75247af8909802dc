#pragma once

#include <QLocale>
#include <QString>

#include <memory>

#include "core/model/textlanguage.h"

namespace respan::ui {

/// The language a report is written in, independent of the user interface's: its translators
/// are loaded once, and a scope (activate()) makes the calling thread translate with them and
/// format numbers in its locale (textLocale()) while the report is built. The application's
/// translators and default locale are never changed, so a worker thread writing translated text
/// at the same time keeps the interface's language. Without Dutch texts in the translation
/// file, a Dutch report has English words and Dutch number formats.
class ReportLanguage {
public:
    /// `language` is "en" or "nl".
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    [[nodiscard]] const QString& code() const { return code_; }
    [[nodiscard]] const QLocale& locale() const { return words_->locale(); }
    /// "en" and "nl"; anything else is refused by the command line.
    static bool isSupported(const QString& language);
    /// The locale of a report in `language`: British English or Dutch (Netherlands).
    static QLocale localeFor(const QString& language);
    /// The language of the user interface's locale ("nl" for Dutch, otherwise "en").
    static QString languageOf(const QLocale& locale);

    /// While the returned scope lives, tr() on this thread answers in the report's language.
    /// Installs the application's LanguageRouter first where the application has none yet (tests
    /// and tools that set up no translations).
    [[nodiscard]] TextLanguageScope activate() const;

private:
    QString code_;
    std::unique_ptr<TextLanguage> words_;
};

}  // namespace respan::ui
