// respan-cli as a user runs it: the real executable, its exit statuses (docs/contract/matching.md
// section 5) and the rule that a refused command changes nothing.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/childprocess.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

using namespace respan;

namespace {

using test::CliRun;

CliRun cli(const QStringList& args) {
    return test::runCli(args);
}

class CliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString demo() {
        const QString file = path("demo.respan");
        if (!QFile::exists(file)) {
            EXPECT_EQ(cli({QStringLiteral("demo"), file}).status, 0);
        }
        return file;
    }
};

}  // namespace

TEST_F(CliTest, UsageErrorsExitWith1) {
    EXPECT_EQ(cli({}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("new")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("new"), path("a.respan"), QStringLiteral("extra")}).status, 1);
    EXPECT_EQ(
        cli({QStringLiteral("import"), demo(), QStringLiteral("--parts"), path("x.csv")}).status,
        1);
    EXPECT_EQ(cli({QStringLiteral("set"), demo(), QStringLiteral("F_new")}).status, 1);
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.status, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("respan-cli import FILE --elements CSV")));
}

TEST_F(CliTest, NewCreatesAnEmptyProjectAndNeverOverwrites) {
    const QString file = path("new.respan");
    EXPECT_EQ(cli({QStringLiteral("new"), file}).status, 0);
    const CliRun check = cli({QStringLiteral("check"), file});
    EXPECT_EQ(check.status, 0);
    EXPECT_TRUE(check.out.contains(QLatin1String("elements: 0")));
    const QByteArray before = test::fileSha256(file);
    EXPECT_EQ(cli({QStringLiteral("new"), file}).status, 2);
    EXPECT_EQ(test::fileSha256(file), before);
}

TEST_F(CliTest, DemoHoldsTheA9ToA44Project) {
    const CliRun check = cli({QStringLiteral("check"), demo()});
    EXPECT_EQ(check.status, 0) << check.err.toStdString();
    for (const char* line : {"elements: 90", "structures: 6", "spans: 9", "slots: 83",
                             "integrity check: ok", "foreign key check: ok", "schema version: 7"}) {
        EXPECT_TRUE(check.out.contains(QLatin1String(line))) << line;
    }
    ProjectDocument doc;
    ProjectStore::load(demo(), doc);
    EXPECT_TRUE(doc.settings().requireVerified);
    EXPECT_NE(doc.structureIndexByName(QStringLiteral("A44 Kaagbrug")), -1);
    EXPECT_NE(doc.elementById(QStringLiteral("KKW-01")), nullptr);
}

TEST_F(CliTest, ImportAddsElementsOrNothing) {
    const QString file = path("imp.respan");
    ASSERT_EQ(cli({QStringLiteral("new"), file}).status, 0);
    const QString good = path("good.csv");
    ASSERT_TRUE(test::writeFile(
        good,
        "id;length_m;height_mm;width_mm;mass_t;moment_capacity_knm;shear_capacity_kn;"
        "condition;location_lat;location_lon\r\n"
        "G-1;17,92;900;1180;23,7;3020;640;2;52,4628;4,6012\r\n"));
    const CliRun ok = cli({QStringLiteral("import"), file, QStringLiteral("--elements"), good});
    EXPECT_EQ(ok.status, 0) << ok.err.toStdString();
    ProjectDocument doc;
    ProjectStore::load(file, doc);
    ASSERT_EQ(doc.elementCount(), 1);
    EXPECT_DOUBLE_EQ(doc.element(0).length.value(), 17.92);

    // Importing the same id again, plus two bad values: every error with its place, no change.
    const QString bad = path("bad.csv");
    ASSERT_TRUE(test::writeFile(
        bad,
        "id,length_m,height_mm,width_mm,mass_t,moment_capacity_knm,shear_capacity_kn,"
        "condition,location_lat,location_lon\n"
        "G-2,20.1,900,1180,27,3020,640,2,52.46,4.60\n"
        "G-1,-3,900,1180,27,3020,640,9,52.46,4.60\n"));
    const QByteArray before = test::fileSha256(file);
    const CliRun refused = cli({QStringLiteral("import"), file, QStringLiteral("--elements"), bad});
    EXPECT_EQ(refused.status, 2);
    EXPECT_TRUE(refused.err.contains(QLatin1String("row 3, column id")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("row 3, column length_m")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("row 3, column condition")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("nothing was imported")));
    EXPECT_EQ(test::fileSha256(file), before);

    EXPECT_EQ(
        cli({QStringLiteral("import"), file, QStringLiteral("--elements"), path("missing.csv")})
            .status,
        2);
    EXPECT_EQ(test::fileSha256(file), before);
}

TEST_F(CliTest, ImportDesign) {
    const QString file = path("design.respan");
    ASSERT_EQ(cli({QStringLiteral("new"), file}).status, 0);
    const QString csv = path("design.csv");
    ASSERT_TRUE(
        test::writeFile(csv,
                        "structure,site_lat,site_lon,span,required_length_m,install_date,slot,"
                        "moment_demand_knm,shear_demand_kn\n"
                        "A44 Kaagbrug,52.2136,4.5469,west,18.20,2026-05-01,L1,2700,600\n"
                        "A44 Kaagbrug,52.2136,4.5469,west,18.20,2026-05-01,L2,2700,600\n"));
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--design"), csv});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("2 slot(s) in 1 span(s) of 1 structure(s)")))
        << run.out.toStdString();
    // The same slots again are refused: they exist.
    const QByteArray before = test::fileSha256(file);
    EXPECT_EQ(cli({QStringLiteral("import"), file, QStringLiteral("--design"), csv}).status, 2);
    EXPECT_EQ(test::fileSha256(file), before);
}

TEST_F(CliTest, SetAcceptsEveryContractNameAndRefusesTheRest) {
    const QString file = demo();
    const CliRun ok = cli({QStringLiteral("set"), file, QStringLiteral("max_shortening_m=2.5"),
                           QStringLiteral("max_condition=4"),
                           QStringLiteral("require_verified=false"), QStringLiteral("F_new=180"),
                           QStringLiteral("F_tkm=0.09"), QStringLiteral("road_factor=1.2")});
    EXPECT_EQ(ok.status, 0) << ok.err.toStdString();
    ProjectDocument doc;
    ProjectStore::load(file, doc);
    EXPECT_DOUBLE_EQ(doc.settings().maxShorteningM, 2.5);
    EXPECT_EQ(doc.settings().maxCondition, 4);
    EXPECT_FALSE(doc.settings().requireVerified);
    EXPECT_DOUBLE_EQ(doc.settings().fNew, 180.0);
    EXPECT_DOUBLE_EQ(doc.settings().fTkm, 0.09);
    EXPECT_DOUBLE_EQ(doc.settings().roadFactor, 1.2);

    const QByteArray before = test::fileSha256(file);
    // One bad pair refuses the whole command.
    const CliRun bad = cli({QStringLiteral("set"), file, QStringLiteral("F_new=200"),
                            QStringLiteral("max_condition=9")});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(QLatin1String("max_condition")));
    EXPECT_EQ(cli({QStringLiteral("set"), file, QStringLiteral("colour=red")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("set"), file, QStringLiteral("F_tkm=-1")}).status, 2);
    EXPECT_EQ(test::fileSha256(file), before);
}

TEST_F(CliTest, RefusedFilesExitWith2AndStayUntouched) {
    const QString garbage = path("garbage.respan");
    ASSERT_TRUE(test::writeFile(garbage, QByteArray(5000, 'x')));
    const QByteArray before = test::fileSha256(garbage);
    for (const QStringList& args :
         {QStringList{QStringLiteral("check"), garbage},
          QStringList{QStringLiteral("set"), garbage, QStringLiteral("F_new=1")},
          QStringList{QStringLiteral("check"), path("missing.respan")}}) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.status, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(QLatin1String("error: "))) << r.err.toStdString();
    }
    EXPECT_EQ(test::fileSha256(garbage), before);
    EXPECT_FALSE(QFile::exists(garbage + QStringLiteral(".lock")));
}

TEST_F(CliTest, ChangingALockedProjectIsRefusedNamingTheHolder) {
    const QString file = demo();
    test::ChildProcess holder(QStringLiteral("hold"), file);
    ASSERT_TRUE(holder.startAndWaitReady());
    const QByteArray before = test::fileSha256(file);
    const CliRun r = cli({QStringLiteral("set"), file, QStringLiteral("F_new=190")});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QString::number(holder.pid()))) << r.err.toStdString();
    EXPECT_EQ(test::fileSha256(file), before);
    // Reading is fine while someone else has the project open.
    EXPECT_EQ(cli({QStringLiteral("check"), file}).status, 0);
}

// A file name that is not valid UTF-8 must not be read as another file's name (Qt would turn
// the invalid bytes into U+FFFD, and "\xff.respan" into the name of the file "\ufffd.respan").
TEST_F(CliTest, FileNamesThatAreNotValidUtf8AreRefusedNotMapped) {
    const QString lookalike = path("\xef\xbf\xbd.respan");  // U+FFFD, what Qt maps 0xFF to
    ASSERT_EQ(cli({QStringLiteral("demo"), lookalike}).status, 0);
    const QByteArray before = test::fileSha256(lookalike);
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" set \"$(printf '\\377.respan')\" author=intruder"),
             QStringLiteral(RESPAN_CLI_PATH)});
    ASSERT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(QLatin1String("not valid UTF-8"))) << err.toStdString();
    EXPECT_EQ(test::fileSha256(lookalike), before);
}

// An input that never ends or is no file is refused at once, with what it is.
TEST_F(CliTest, DevicesAndFoldersAreRefusedAsInputs) {
    const QString file = demo();
    const QByteArray before = test::fileSha256(file);
    QElapsedTimer clock;
    clock.start();
    const CliRun zero = cli({QStringLiteral("import"), file, QStringLiteral("--elements"),
                             QStringLiteral("/dev/zero")});
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_EQ(zero.status, 2);
    EXPECT_TRUE(zero.err.contains(QLatin1String("is a device"))) << zero.err.toStdString();
    const CliRun folder =
        cli({QStringLiteral("passport"), QStringLiteral("import"), file, dir.path()});
    EXPECT_EQ(folder.status, 2);
    EXPECT_TRUE(folder.err.contains(QLatin1String("is a folder"))) << folder.err.toStdString();
    EXPECT_EQ(test::fileSha256(file), before);
}
