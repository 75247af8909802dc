#pragma once
// Texts in a language other than the user interface's (a Dutch report from an English ReSpan)
// without touching the application's translators or default locale while it runs. The
// application installs one LanguageRouter; a TextLanguageScope on a thread makes that thread's
// QCoreApplication::translate calls (tr() of every class, core and ui alike) use the scope's
// language, while every other thread keeps the interface's. No global state changes after start.

#include <QLocale>
#include <QString>
#include <QTranslator>

#include "core/model/textlocale.h"

#include <memory>
#include <vector>

class QCoreApplication;

namespace respan {

/// A language for texts: translators (asked in order) and the locale for numbers.
class TextLanguage {
public:
    TextLanguage(QLocale locale, std::vector<std::unique_ptr<QTranslator>> translators);
    ~TextLanguage();
    TextLanguage(const TextLanguage&) = delete;
    TextLanguage& operator=(const TextLanguage&) = delete;

    /// The translation, or a null string when none of the translators has one.
    [[nodiscard]] QString translate(const char* context, const char* source,
                                    const char* disambiguation, int n) const;
    [[nodiscard]] const QLocale& locale() const { return locale_; }

private:
    QLocale locale_;
    std::vector<std::unique_ptr<QTranslator>> translators_;
};

/// The translator the application installs (once, at start): inside a TextLanguageScope it
/// answers with the scope's language (the source text where that language has none, so that no
/// other translator's language leaks in); outside, with the interface language it was given.
class LanguageRouter : public QTranslator {
    Q_OBJECT
public:
    explicit LanguageRouter(std::unique_ptr<TextLanguage> interfaceLanguage,
                            QObject* parent = nullptr);
    ~LanguageRouter() override;

    [[nodiscard]] QString translate(const char* context, const char* source,
                                    const char* disambiguation = nullptr,
                                    int n = -1) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }

    /// Installs a router on `app` with `interfaceLanguage` (may have no translators: English
    /// source texts), unless one is installed already. Call before threads start.
    static void install(QCoreApplication& app, std::unique_ptr<TextLanguage> interfaceLanguage);
    /// Whether `app` has a router.
    [[nodiscard]] static bool isInstalled(const QCoreApplication& app);

private:
    std::unique_ptr<TextLanguage> interface_;
};

/// While it lives, translations on the calling thread come from `language`, and textLocale()
/// is its locale. Scopes nest; other threads are not affected.
class TextLanguageScope {
public:
    explicit TextLanguageScope(const TextLanguage& language);
    ~TextLanguageScope();
    TextLanguageScope(const TextLanguageScope&) = delete;
    TextLanguageScope& operator=(const TextLanguageScope&) = delete;

private:
    const TextLanguage* previous_;
};

/// The language of the calling thread's innermost scope, or nullptr.
const TextLanguage* scopedTextLanguage();

}  // namespace respan
