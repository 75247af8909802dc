// writeElementsCsv and writeDesignCsv: the exchange formats of docs/contract/matching.md section 4.
#include "core/document/projectdocument.h"
#include "core/io/csvcolumns.h"
#include "core/io/csvimport.h"
#include "core/io/csvwriter.h"
#include "core/io/fieldcsv.h"

namespace respan::io {

namespace {

void header(CsvWriter& w, std::span<const CsvColumnSpec> columns) {
    for (const CsvColumnSpec& c : columns) w.text(QString::fromLatin1(c.name));
    w.endRow();
}

}  // namespace

QByteArray writeElementsCsv(const ProjectDocument& doc, CsvDialect dialect) {
    CsvWriter w(dialect);
    header(w, elementColumns());
    for (const Element& e : doc.elements()) {
        writeFields(w, elementFields(), e);
        w.endRow();
    }
    return w.toUtf8();
}

QByteArray writeDesignCsv(const ProjectDocument& doc, CsvDialect dialect) {
    CsvWriter w(dialect);
    header(w, designColumns());
    for (const Structure& s : doc.structures()) {
        for (const Span& p : s.spans) {
            for (const Slot& k : p.slots) {
                writeFields(w, structureFields(), s);
                writeFields(w, spanFields(), p);
                writeFields(w, slotFields(), k);
                w.endRow();
            }
        }
    }
    return w.toUtf8();
}

}  // namespace respan::io
