// The bundled demo (resources/demo) must import without errors (resources/demo/README.md).
#include <gtest/gtest.h>

#include <QFile>

#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "io/csvimport.h"

namespace respan {
namespace {

QByteArray demoFile(const char* name) {
    QFile f(QStringLiteral(RESPAN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

TEST(DemoProject, BuildsWithTheDocumentedCounts) {
    ProjectDocument doc;
    ASSERT_NO_THROW(demo::buildDemoProject(doc));
    EXPECT_EQ(doc.elementCount(), 86);  // 50 A9 West/Oost + 32 KKW + 4 Holendrecht
    EXPECT_EQ(doc.structureCount(), 6);
    EXPECT_EQ(doc.slotCount(), 83);
    int spans = 0;
    for (const Structure& s : doc.structures())
        spans += static_cast<int>(s.spans.size());
    EXPECT_EQ(spans, 9);

    // Spot checks against resources/demo/README.md.
    const Element* rejected = doc.elementById(QStringLiteral("A9O-06"));
    ASSERT_NE(rejected, nullptr);
    EXPECT_EQ(rejected->condition, 5);
    EXPECT_EQ(rejected->status, ElementStatus::Rejected);
    EXPECT_EQ(doc.elementById(QStringLiteral("KKW-31"))->status, ElementStatus::Installed);
    EXPECT_EQ(doc.elementById(QStringLiteral("A9O-15"))->length, Metres(21.35));
    EXPECT_EQ(doc.elementById(QStringLiteral("A9H-01"))->availableFrom, QDate(2027, 10, 1));
    EXPECT_EQ(doc.elementById(QStringLiteral("A9H-01"))->capacityBasis, CapacityBasis::Estimated);
    EXPECT_EQ(doc.elementById(QStringLiteral("A9W-01"))->donorStructure,
              QStringLiteral("A9 viaduct West, Ouderkerk aan de Amstel"));
    const int daelderweg = doc.structureIndexByName(QStringLiteral("A76 viaduct Daelderweg, Nuth"));
    ASSERT_GE(daelderweg, 0);
    ASSERT_EQ(doc.structure(daelderweg).spans.size(), 2u);
    EXPECT_EQ(doc.structure(daelderweg).spans[0].slots.size(), 14u);
    EXPECT_EQ(doc.structure(daelderweg).spans[1].slots.size(), 14u);
    for (const Element& e : doc.elements())
        ASSERT_EQ(e.history.size(), 1u) << e.id.toStdString();
}

TEST(DemoProject, CsvFilesHaveNoWarnings) {
    ProjectDocument empty;
    const io::ElementImport elements =
        io::parseElementsCsv(demoFile("elements.csv"), empty, QStringLiteral("t"));
    EXPECT_TRUE(elements.ok());
    EXPECT_TRUE(elements.warnings.empty());
    const io::DesignImport design = io::parseDesignCsv(demoFile("design.csv"), empty);
    EXPECT_TRUE(design.ok());
    EXPECT_TRUE(design.warnings.empty());
}

TEST(DemoProject, ExportedInventoryReimportsIdentically) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    for (const io::CsvDialect d : {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        ProjectDocument copy;
        io::ElementImport r =
            io::parseElementsCsv(io::writeElementsCsv(doc, d), copy, QStringLiteral("t"));
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r.elements.size(), 86u);
        io::DesignImport s = io::parseDesignCsv(io::writeDesignCsv(doc, d), copy);
        ASSERT_TRUE(s.ok());
        io::applyDesignImport(copy, std::move(s));
        EXPECT_EQ(copy.slotCount(), 83);
        for (std::size_t i = 0; i < r.elements.size(); ++i) {
            Element a = r.elements[i];
            Element b = doc.element(static_cast<int>(i));
            a.history.clear();
            b.history.clear();
            b.uid = kNoUid;
            EXPECT_EQ(a, b);
        }
    }
}

}  // namespace
}  // namespace respan
