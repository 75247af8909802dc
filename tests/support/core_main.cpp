// Test runner for core_tests: a QCoreApplication (Qt Sql needs one) and a fixed locale, so that
// results never depend on the machine's language settings.
#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>
#include <ogr_srs_api.h>
#include <proj.h>
#include <sqlite3.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("core_tests"));
    const int status = RUN_ALL_TESTS();
    // GDAL and PROJ keep PROJ's database (proj.db, an SQLite file) open until the process exits
    // and close it through SQLite's default VFS. The fault-injection tests leave their shim as
    // that default (support/faultyvfs.cpp), which PROJ's close cannot go through: SQLite's own
    // VFS is made the default again and everything closed here, before the exit handlers.
    sqlite3_vfs_register(sqlite3_vfs_find("unix"), 1);
    OSRCleanup();
    proj_cleanup();
    return status;
}
