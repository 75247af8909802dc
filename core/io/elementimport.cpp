// parseElementsCsv and applyElementImport: elements.csv (docs/contract/matching.md section 4).
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/fieldcsv.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

}  // namespace

ElementImport parseElementsCsv(const QByteArray& bytes, const ProjectDocument& project,
                               const QString& user) {
    ElementImport out;
    CsvTable table(bytes, elementColumns(), out.errors, out.warnings);
    out.dialect = table.dialect();
    out.encoding = table.encoding();
    if (!table.canRead()) return out;

    CsvRowParser p(table);
    const int kIdColumn = fieldIndex(elementFields(), u"id");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString note = Tr::tr("imported from CSV");
    QHash<QString, int> rowOfId;
    // One record per line is the usual case; reserving avoids rehashing 100,000 ids.
    const qsizetype lines = table.lineCount();
    rowOfId.reserve(lines);
    out.elements.reserve(static_cast<std::size_t>(lines));
    while (table.nextRow()) {
        p.startRow();
        Element e;
        readFields(p, elementFields(), 0, e);
        e.id = identifierKey(e.id);  // compared and stored as NFC

        p.report(validateElement(e));
        if (!p.failed(kIdColumn)) {
            if (project.elementById(e.id) != nullptr) {
                p.fail(kIdColumn, QStringLiteral("unique"),
                       Tr::tr("an element with this id exists in the project already"));
            } else {
                // One hash lookup: operator[] inserts 0 for an id not seen before.
                const qsizetype before = rowOfId.size();
                int& firstRow = rowOfId[e.id];
                if (rowOfId.size() > before) {
                    firstRow = table.row();
                } else {
                    p.fail(kIdColumn, QStringLiteral("unique"),
                           Tr::tr("this id is used in row %1 already").arg(firstRow));
                }
            }
        }
        // Once the file has an error nothing will be imported: keep checking, stop collecting.
        if (!out.errors.empty()) continue;
        e.history.push_back(StatusChange{now, user, std::nullopt, e.status, note});
        out.elements.push_back(std::move(e));
    }
    if (!out.errors.empty()) {
        out.elements.clear();
        out.elements.shrink_to_fit();
    }
    return out;
}

void applyElementImport(ProjectDocument& doc, ElementImport&& import) {
    if (!import.ok()) throw std::invalid_argument("applyElementImport: the import has errors");
    for (const Element& e : import.elements) {
        // appendElements would catch it too, but only after allocating uids; check first so a
        // stale import changes nothing at all.
        if (doc.elementById(e.id) != nullptr) {
            throw std::invalid_argument(
                Tr::tr("element id %1 is already used").arg(e.id).toStdString());
        }
    }
    doc.appendElements(std::move(import.elements));
    import.elements.clear();
}

}  // namespace respan::io
