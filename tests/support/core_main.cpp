// Test runner for core_tests: a QCoreApplication (Qt Sql needs one) and a fixed locale, so that
// results never depend on the machine's language settings.
#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("core_tests"));
    return RUN_ALL_TESTS();
}
