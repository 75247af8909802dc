// Test runner for ui_tests: a QApplication on the offscreen platform (set by CTest) and a fixed
// English locale (with ReSpan's English plural forms), so that results never depend on the
// machine's language settings. Settings (recent files, window layout) go to a temporary folder,
// never to the user's own.
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "ui/app/translations.h"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // English as a user gets it: the plural forms come from the English translation file.
    respan::ui::Translations::install(app, QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QApplication::setOrganizationName(QStringLiteral("ReSpanTests"));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return RUN_ALL_TESTS();
}
