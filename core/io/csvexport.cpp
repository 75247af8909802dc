// writeElementsCsv and writeDesignCsv: the exchange formats of matching.md section 4.
#include "core/document/projectdocument.h"
#include "core/io/csvcolumns.h"
#include "core/io/csvimport.h"
#include "core/io/csvwriter.h"

namespace respan::io {

namespace {

template <std::size_t N>
void header(CsvWriter& w, const std::array<CsvColumnSpec, N>& columns) {
    for (const CsvColumnSpec& c : columns) w.text(QString::fromLatin1(c.name));
    w.endRow();
}

}  // namespace

QByteArray writeElementsCsv(const ProjectDocument& doc, CsvDialect dialect) {
    CsvWriter w(dialect);
    header(w, elementcsv::kColumns);
    // Field order follows elementcsv::kColumns.
    for (const Element& e : doc.elements()) {
        w.text(e.id);
        w.text(e.donorStructure);
        w.text(e.donorPosition);
        w.text(e.type);
        w.number(e.length.value());
        w.number(e.height.value());
        w.number(e.width.value());
        w.number(e.mass.value());
        if (e.yearBuilt) {
            w.integer(*e.yearBuilt);
        } else {
            w.empty();
        }
        w.text(e.originalLoadClass);
        w.number(e.momentCapacity.value());
        w.number(e.shearCapacity.value());
        w.text(capacityBasisKey(e.capacityBasis));
        w.integer(e.condition);
        w.text(elementStatusKey(e.status));
        w.number(e.location.latitude);
        w.number(e.location.longitude);
        if (e.availableFrom) {
            w.text(e.availableFrom->toString(Qt::ISODate));
        } else {
            w.empty();
        }
        w.endRow();
    }
    return w.toUtf8();
}

QByteArray writeDesignCsv(const ProjectDocument& doc, CsvDialect dialect) {
    CsvWriter w(dialect);
    header(w, designcsv::kColumns);
    for (const Structure& s : doc.structures()) {
        for (const Span& p : s.spans) {
            for (const Slot& k : p.slots) {
                w.text(s.name);
                w.number(s.site.latitude);
                w.number(s.site.longitude);
                w.text(p.name);
                w.number(p.requiredLength.value());
                w.text(p.installDate.toString(Qt::ISODate));
                w.text(k.name);
                w.number(k.momentDemand.value());
                w.number(k.shearDemand.value());
                w.endRow();
            }
        }
    }
    return w.toUtf8();
}

}  // namespace respan::io
