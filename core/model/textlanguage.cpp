#include "core/model/textlanguage.h"

#include <QCoreApplication>

namespace respan {

namespace {
// Per thread: a report built on one thread never changes the words of another.
thread_local const TextLanguage* tCurrent = nullptr;
}  // namespace

TextLanguage::TextLanguage(QLocale locale, std::vector<std::unique_ptr<QTranslator>> translators)
    : locale_(std::move(locale)), translators_(std::move(translators)) {}

TextLanguage::~TextLanguage() = default;

QString TextLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                int n) const {
    for (const auto& t : translators_) {
        QString text = t->translate(context, source, disambiguation, n);
        if (!text.isNull()) return text;
    }
    return {};
}

LanguageRouter::LanguageRouter(std::unique_ptr<TextLanguage> interfaceLanguage, QObject* parent)
    : QTranslator(parent), interface_(std::move(interfaceLanguage)) {}

LanguageRouter::~LanguageRouter() = default;

QString LanguageRouter::translate(const char* context, const char* source,
                                  const char* disambiguation, int n) const {
    if (const TextLanguage* scoped = tCurrent) {
        QString text = scoped->translate(context, source, disambiguation, n);
        // The source text, not null: a null answer would let the next translator (the
        // interface's, when installed beside the router) put its language into the text.
        return text.isNull() ? QString::fromUtf8(source) : text;
    }
    return interface_ ? interface_->translate(context, source, disambiguation, n) : QString();
}

void LanguageRouter::install(QCoreApplication& app,
                             std::unique_ptr<TextLanguage> interfaceLanguage) {
    if (isInstalled(app)) return;
    QCoreApplication::installTranslator(new LanguageRouter(std::move(interfaceLanguage), &app));
}

bool LanguageRouter::isInstalled(const QCoreApplication& app) {
    return app.findChild<LanguageRouter*>(QString(), Qt::FindDirectChildrenOnly) != nullptr;
}

TextLanguageScope::TextLanguageScope(const TextLanguage& language) : previous_(tCurrent) {
    tCurrent = &language;
}

TextLanguageScope::~TextLanguageScope() {
    tCurrent = previous_;
}

const TextLanguage* scopedTextLanguage() {
    return tCurrent;
}

QLocale textLocale() {
    return tCurrent != nullptr ? tCurrent->locale() : QLocale();
}

}  // namespace respan
