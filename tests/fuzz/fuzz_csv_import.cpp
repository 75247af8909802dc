// Fuzz target for the CSV importers: any bytes must give a result (never a crash, hang or leak),
// and any file that imports without errors must survive export and re-import unchanged.
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

#include "document/projectdocument.h"
#include "io/csvimport.h"

namespace {

[[noreturn]] void fail(const char* what) {
    std::fputs(what, stderr);
    std::abort();
}

void checkElements(const QByteArray& bytes) {
    respan::ProjectDocument doc;
    respan::io::ElementImport first =
        respan::io::parseElementsCsv(bytes, doc, QStringLiteral("fuzz"));
    if (!first.ok()) {
        if (!first.elements.empty())
            fail("elements returned together with errors\n");
        return;
    }
    const std::vector<respan::Element> imported = first.elements;
    respan::io::applyElementImport(doc, std::move(first));
    for (const auto dialect :
         {respan::io::CsvDialect::CommaPoint, respan::io::CsvDialect::SemicolonComma}) {
        respan::ProjectDocument empty;
        const respan::io::ElementImport again = respan::io::parseElementsCsv(
            respan::io::writeElementsCsv(doc, dialect), empty, QStringLiteral("fuzz"));
        if (!again.ok() || again.elements.size() != imported.size())
            fail("exported elements do not re-import\n");
        for (std::size_t i = 0; i < imported.size(); ++i) {
            respan::Element a = imported[i];
            respan::Element b = again.elements[i];
            a.history.clear();
            b.history.clear();
            if (!(a == b))
                fail("element changed in the round trip\n");
        }
    }
}

void checkDesign(const QByteArray& bytes) {
    respan::ProjectDocument doc;
    respan::io::DesignImport first = respan::io::parseDesignCsv(bytes, doc);
    if (!first.ok()) {
        if (!first.structures.empty())
            fail("structures returned together with errors\n");
        return;
    }
    respan::io::applyDesignImport(doc, std::move(first));
    for (const auto dialect :
         {respan::io::CsvDialect::CommaPoint, respan::io::CsvDialect::SemicolonComma}) {
        respan::ProjectDocument copy;
        respan::io::DesignImport again =
            respan::io::parseDesignCsv(respan::io::writeDesignCsv(doc, dialect), copy);
        if (!again.ok())
            fail("exported design does not re-import\n");
        respan::io::applyDesignImport(copy, std::move(again));
        if (copy.structureCount() != doc.structureCount() || copy.slotCount() != doc.slotCount()) {
            fail("design changed in the round trip\n");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_csv_import";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkElements(bytes);
    checkDesign(bytes);
    return 0;
}
