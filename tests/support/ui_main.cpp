// Test runner for ui_tests: a QApplication on the offscreen platform (set by CTest) and a fixed
// English locale, so that results never depend on the machine's language settings.
#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QApplication::setOrganizationName(QStringLiteral("ReSpanTests"));
    return RUN_ALL_TESTS();
}
