// design.csv, section 6 of docs/contract/planning.md: bounds of the spans' required lengths and
// a structure's fixed total; each refusal at its row, column and value, with nothing imported.
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

using test::Place;
using test::places;

// The new columns at the end: a file's columns are found by name. A structure's fields, the
// fixed total among them, are repeated on each of its rows (docs/csv-exchange.md).
const QString kHeader = QStringLiteral(
    "structure,site_lat,site_lon,span,required_length_m,install_date,slot,moment_demand_knm,"
    "shear_demand_kn,required_length_min_m,required_length_max_m,fixed_total_length_m");

QByteArray file(const QStringList& rows) {
    return (kHeader + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))).toUtf8();
}

Place at(int row, const char* column, const char* rule) {
    return {row, QString::fromLatin1(column), QString::fromLatin1(rule)};
}

const ImportMessage* messageAt(const DesignImport& r, int row) {
    for (const ImportMessage& m : r.errors) {
        if (m.row == row) return &m;
    }
    return nullptr;
}

TEST(DesignImportLengths, ReadsBoundsAndAReachableTotal) {
    // 19.50 + 29.80 = 49.30 m lies within one step (0.05 m) under 49.33 m; today's 50.00 m
    // would exceed it.
    const DesignImport r = parseDesignCsv(
        file({QStringLiteral("KW,52.4,4.6,1,20.00,2028-05-01,L1,3000,700,19.50,20.50,49.33"),
              QStringLiteral("KW,52.4,4.6,2,30.00,2028-05-01,L1,3000,700,29.80,30.20,49.33")}),
        ProjectDocument());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    const Structure& s = r.structures.at(0);
    EXPECT_EQ(s.fixedTotalLength, Metres(49.33));
    EXPECT_EQ(s.spans.at(0).requiredLengthMin, Metres(19.5));
    EXPECT_EQ(s.spans.at(0).requiredLengthMax, Metres(20.5));
    EXPECT_EQ(s.spans.at(1).requiredLengthMin, Metres(29.8));
    EXPECT_EQ(s.spans.at(1).requiredLength, Metres(30.0));
}

TEST(DesignImportLengths, BadBoundsAreRefusedWithRowColumnAndValue) {
    const DesignImport r = parseDesignCsv(
        file({QStringLiteral("A,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,21.00,22.00,"),  // 2 ok
              QStringLiteral("B,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,22.00,21.00,"),  // 3
              QStringLiteral("C,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,21.00,,"),       // 4
              QStringLiteral("D,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,21.60,22.00,"),  // 5
              QStringLiteral("E,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,-1,22.00,"),     // 6
              QStringLiteral("F,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,21,22,x")}),     // 7
        ProjectDocument());
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{at(3, "required_length_min_m", "bounds_order"),
                               at(4, "required_length_max_m", "bounds_pair"),
                               at(5, "required_length_m", "bounds"),
                               at(6, "required_length_min_m", "range"),
                               at(7, "fixed_total_length_m", "number")}))
        << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.structures.empty()) << "nothing imported";
    ASSERT_NE(messageAt(r, 3), nullptr);
    EXPECT_EQ(messageAt(r, 3)->value, QStringLiteral("22.00"));
    EXPECT_TRUE(messageAt(r, 3)->message.contains(QStringLiteral("21 m")))
        << messageAt(r, 3)->toString().toStdString();
    ASSERT_NE(messageAt(r, 5), nullptr);
    EXPECT_EQ(messageAt(r, 5)->value, QStringLiteral("21.50"));
    EXPECT_TRUE(messageAt(r, 5)->message.contains(QStringLiteral("21.6 to 22 m")))
        << messageAt(r, 5)->toString().toStdString();
}

TEST(DesignImportLengths, ATotalNoChoiceMeetsIsRefusedAtTheRowThatGaveIt) {
    // 21.50 + 30.00 m cannot move; 51.60 m asks for more than one step beyond their 51.50 m.
    const DesignImport r = parseDesignCsv(
        file({QStringLiteral("KW,52.4,4.6,1,21.50,2028-05-01,L1,3000,700,,,51.60"),
              QStringLiteral("KW,52.4,4.6,1,21.50,2028-05-01,L2,3000,700,,,51.60"),
              QStringLiteral("KW,52.4,4.6,2,30.00,2028-05-01,L1,3000,700,,,51.60")}),
        ProjectDocument());
    EXPECT_EQ(places(r.errors), (std::set<Place>{at(2, "fixed_total_length_m", "total")}))
        << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.structures.empty()) << "nothing imported";
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors.front().value, QStringLiteral("51.6"));
    EXPECT_TRUE(r.errors.front().message.contains(QStringLiteral("51.5 to 51.5 m")))
        << r.errors.front().toString().toStdString();
}

TEST(DesignImportLengths, TheTotalCountsTheSpansAlreadyInTheProject) {
    // In the project: span 1 of 20 m that may be anything from 19 to 50 m, total 50 m (span 1
    // alone can reach it). A file adds span 2 and repeats the total.
    ProjectDocument project;
    const DesignImport first = parseDesignCsv(
        file({QStringLiteral("KW,52.4,4.6,1,20.00,2028-05-01,L1,3000,700,19.00,50.00,50.00")}),
        project);
    ASSERT_TRUE(first.ok()) << test::describe(first.errors).toStdString();
    project.insertStructure(0, first.structures.at(0));
    // 30 m more: span 1 can still be 20 m.
    const DesignImport met = parseDesignCsv(
        file({QStringLiteral("KW,52.4,4.6,2,30.00,2028-05-01,L1,3000,700,,,50.00")}), project);
    EXPECT_TRUE(met.ok()) << test::describe(met.errors).toStdString();
    // 32 m more: span 1 would have to be 17.95 to 18.00 m, under its 19 m.
    const DesignImport missed = parseDesignCsv(
        file({QStringLiteral("KW,52.4,4.6,2,32.00,2028-05-01,L1,3000,700,,,50.00")}), project);
    EXPECT_EQ(places(missed.errors), (std::set<Place>{at(2, "fixed_total_length_m", "total")}))
        << test::describe(missed.errors).toStdString();
    EXPECT_TRUE(missed.structures.empty());
}

}  // namespace
}  // namespace respan::io
