#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace respan::ui {

/// The language a report is written in, independent of the user interface's: its translators
/// are loaded once and put in place only while the report is built or painted (Activation),
/// together with its locale as the default (the drawing formats its numbers with QLocale()).
/// Without Dutch texts in the translation file, a Dutch report has English words and Dutch
/// number formats.
class ReportLanguage {
public:
    /// `language` is "en" or "nl".
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    [[nodiscard]] const QString& code() const { return code_; }
    [[nodiscard]] const QLocale& locale() const { return locale_; }
    /// "en" and "nl"; anything else is refused by the command line.
    static bool isSupported(const QString& language);
    /// The locale of a report in `language`: British English or Dutch (Netherlands).
    static QLocale localeFor(const QString& language);
    /// The language of the user interface's locale ("nl" for Dutch, otherwise "en").
    static QString languageOf(const QLocale& locale);

    /// While it lives, the application translates with this language only and QLocale()
    /// is its locale; the translators and default locale that were there come back after.
    class Activation {
    public:
        explicit Activation(const ReportLanguage& language);
        ~Activation();
        Activation(const Activation&) = delete;
        Activation& operator=(const Activation&) = delete;

    private:
        const ReportLanguage& language_;
        bool outermost_ = false;  ///< nested activations change nothing
        std::vector<QTranslator*> previous_;
        QLocale previousLocale_;
    };
    [[nodiscard]] Activation activate() const { return Activation(*this); }

private:
    QString code_;
    QLocale locale_;
    std::vector<std::unique_ptr<QTranslator>> translators_;
    mutable int active_ = 0;
};

}  // namespace respan::ui
