// Dutch and English: the Dutch file translates every string, the English file has the plural
// forms of every %n string, both are compiled in; the UI locale gives Dutch number formats.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include "ui/app/translations.h"
#include "ui/common/numberformat.h"

namespace respan::test {
namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms;
};

std::vector<TsMessage> readTs(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    std::vector<TsMessage> out;
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        if (xml.name() == QLatin1String("message")) {
            m = TsMessage{context,
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          true,
                          {}};
        }
        if (xml.name() == QLatin1String("source")) m.source = xml.readElementText();
        if (xml.name() == QLatin1String("translation")) {
            m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                out.push_back(m);
            }
        }
        if (xml.name() == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
            if (m.forms.size() == 2) out.push_back(m);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QString tsPath(const char* name) {
    return QStringLiteral(RESPAN_SOURCE_DIR "/resources/translations/") + QString::fromLatin1(name);
}

/// The placeholders %1..%99 and %n a text uses.
QSet<QString> placeholders(const QString& text) {
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (const auto& m : re.globalMatch(text)) out.insert(m.captured(0));
    return out;
}

TEST(Translations, DutchTranslatesEveryStringWithTheSamePlaceholders) {
    const auto messages = readTs(tsPath("respan_nl.ts"));
    ASSERT_GT(messages.size(), 400u);
    for (const TsMessage& m : messages) {
        EXPECT_TRUE(m.finished) << m.context.toStdString() << ": " << m.source.toStdString();
        for (const QString& form : m.forms) {
            EXPECT_FALSE(form.isEmpty()) << m.source.toStdString();
            EXPECT_EQ(placeholders(form), placeholders(m.source))
                << m.source.toStdString() << " -> " << form.toStdString();
        }
    }
}

TEST(Translations, EnglishHasThePluralFormsOfEveryCountedString) {
    QSet<QString> english;
    for (const TsMessage& m : readTs(tsPath("respan_en.ts"))) {
        if (m.numerus && m.finished && m.forms.size() == 2)
            english.insert(m.context + QLatin1Char('|') + m.source);
    }
    for (const TsMessage& m : readTs(tsPath("respan_nl.ts"))) {
        if (m.numerus) {
            EXPECT_TRUE(english.contains(m.context + QLatin1Char('|') + m.source))
                << m.source.toStdString();
        }
    }
}

TEST(Translations, CompiledDutchIsInTheBinaryAndTranslates) {
    QTranslator nl;
    ASSERT_TRUE(nl.load(QStringLiteral(":/i18n/respan_nl.qm")));
    EXPECT_EQ(nl.translate("respan::ui::MainWindow", "Inventory"), QStringLiteral("Voorraad"));
    EXPECT_EQ(nl.translate("respan::Element", "In storage"), QStringLiteral("In tussenopslag"));
    EXPECT_EQ(nl.translate("respan::ui::MainWindow", "Delete %n element(s)", nullptr, 3),
              QStringLiteral("%n liggers verwijderen"));
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/respan_en.qm")));
    EXPECT_EQ(QCoreApplication::translate("respan::Commands", "Empty %n slot(s)", nullptr, 1),
              QStringLiteral("Empty 1 slot"));
}

TEST(Translations, LanguagePreferenceAndNumberFormats) {
    const QLocale dutch = ui::Translations::uiLocale(
        QStringLiteral("nl"), QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(dutch.language(), QLocale::Dutch);
    EXPECT_EQ(ui::formatNumber(1180.5, 1, dutch), QStringLiteral("1180,5"));
    EXPECT_EQ(ui::parseNumber(QStringLiteral("17,92"), dutch), 17.92);
    EXPECT_FALSE(
        ui::parseNumber(QStringLiteral("1.234"), dutch).has_value());  // ambiguous: refused
    const QLocale system =
        ui::Translations::uiLocale(QString(), QLocale(QLocale::Dutch, QLocale::Belgium));
    EXPECT_EQ(system.language(), QLocale::Dutch);  // follows the system
    const QLocale other =
        ui::Translations::uiLocale(QString(), QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(other.language(), QLocale::English);  // no German: English
}

}  // namespace
}  // namespace respan::test
