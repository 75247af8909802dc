// The keyboard as a planner uses it: the usual shortcuts do what they do elsewhere (Ctrl+Shift+S
// saves as, Ctrl+Y redoes, Ctrl+P prints), no two actions share one, every menu's access keys
// are distinct in English and in Dutch, and Print puts the drawing on paper.
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

#include "core/document/projectdocument.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/reportlanguage.h"

namespace respan::test {
namespace {

std::unique_ptr<ui::MainWindow> window() {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.restoreLayout = false;
    return std::make_unique<ui::MainWindow>(std::move(options));
}

/// "&Bestand" -> 'b'; no access key -> 0.
QChar accessKey(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}

/// Every menu's entries that share an access key, as "File: &Save / &Search".
QStringList sharedAccessKeys(const QMenuBar& bar) {
    QStringList clashes;
    std::function<void(const QString&, const QList<QAction*>&)> check =
        [&](const QString& where, const QList<QAction*>& actions) {
            std::map<QChar, QString> seen;
            for (const QAction* a : actions) {
                if (a->isSeparator() || a->text().isEmpty()) continue;
                const QChar key = accessKey(a->text());
                if (!key.isNull()) {
                    if (const auto it = seen.find(key); it != seen.end())
                        clashes << QStringLiteral("%1: %2 / %3").arg(where, it->second, a->text());
                    else
                        seen.emplace(key, a->text());
                }
                if (a->menu() != nullptr) check(a->text(), a->menu()->actions());
            }
        };
    check(QStringLiteral("menu bar"), bar.actions());
    return clashes;
}

TEST(Shortcuts, TheUsualKeysDoTheUsualThingsAndNoTwoActionsShareOne) {
    auto w = window();
    const ui::MainActions& a = test::part<ui::MainActions>(*w);
    EXPECT_EQ(a.saveAs->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    EXPECT_TRUE(a.redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
    EXPECT_TRUE(a.redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    EXPECT_EQ(a.printDrawing->shortcut(), QKeySequence(QStringLiteral("Ctrl+P")));
    std::map<QString, QString> owner;
    for (const QAction* action : w->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString k = key.toString();
            const auto [it, fresh] = owner.emplace(k, action->text());
            EXPECT_TRUE(fresh) << k.toStdString() << " is both " << it->second.toStdString()
                               << " and " << action->text().toStdString();
        }
    }
}

TEST(Shortcuts, EveryMenusAccessKeysAreDistinctInEnglishAndInDutch) {
    {
        auto w = window();
        EXPECT_EQ(sharedAccessKeys(*w->menuBar()).join(u'\n').toStdString(), "");
    }
    // The Dutch window: built while the Dutch translation answers on this thread.
    const ui::ReportLanguage dutch(QStringLiteral("nl"));
    const auto active = dutch.activate();
    auto w = window();
    ASSERT_EQ(w->menuBar()->actions().front()->text(), QStringLiteral("&Bestand"));
    EXPECT_EQ(sharedAccessKeys(*w->menuBar()).join(u'\n').toStdString(), "");
}

TEST(Shortcuts, PrintPutsTheDrawingWithItsLegendOnOneLandscapePage) {
    auto w = window();
    buildDemoSample(w->document());
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("drawing.pdf")));
    w->printDrawingOn(printer);
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), printer.outputFileName(), QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(words.contains(QLatin1String("A44 viaduct Lisserweg"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QLatin1String("Pinned"))) << "the legend";
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {printer.outputFileName()});
    ASSERT_TRUE(info.waitForFinished(20000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << meta.toStdString();
    // Landscape: wider than high.
    const auto size =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(meta);
    ASSERT_TRUE(size.hasMatch());
    EXPECT_GT(size.captured(1).toDouble(), size.captured(2).toDouble());
}

}  // namespace
}  // namespace respan::test
