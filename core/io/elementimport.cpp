// parseElementsCsv and applyElementImport: elements.csv (matching.md section 4).
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

namespace col = elementcsv;

QString statusChoices() {
    QStringList keys;
    for (int i = 0; i < kElementStatusCount; ++i)
        keys << elementStatusKey(static_cast<ElementStatus>(i));
    return Tr::tr("must be one of: %1").arg(keys.join(QStringLiteral(", ")));
}

}  // namespace

ElementImport parseElementsCsv(const QByteArray& bytes, const ProjectDocument& project,
                               const QString& user) {
    ElementImport out;
    CsvTable table(bytes, col::kColumns, out.errors, out.warnings);
    out.dialect = table.dialect();
    out.encoding = table.encoding();
    if (!table.canRead()) return out;

    CsvRowParser p(table);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString note = Tr::tr("imported from CSV");
    const QString basisChoices = Tr::tr("must be estimated or verified");
    const QString statusChoicesText = statusChoices();
    QHash<QString, int> rowOfId;
    // One record per line is the usual case; reserving avoids rehashing 100,000 ids.
    const qsizetype lines = table.lineCount();
    rowOfId.reserve(lines);
    out.elements.reserve(static_cast<std::size_t>(lines));
    while (table.nextRow()) {
        p.startRow();
        Element e;
        e.id = identifierKey(p.text(col::Id));  // compared and stored as NFC
        e.donorStructure = p.text(col::DonorStructure);
        e.donorPosition = p.text(col::DonorPosition);
        e.type = p.text(col::Type);
        e.length = Metres(p.number(col::Length, true).value_or(1.0));
        e.height = Millimetres(p.number(col::Height, true).value_or(1.0));
        e.width = Millimetres(p.number(col::Width, true).value_or(1.0));
        e.mass = Tonnes(p.number(col::Mass, true).value_or(1.0));
        e.yearBuilt = p.wholeNumber(col::YearBuilt, false);
        e.originalLoadClass = p.text(col::OriginalLoadClass);
        e.momentCapacity = KiloNewtonMetres(p.number(col::MomentCapacity, true).value_or(1.0));
        e.shearCapacity = KiloNewtons(p.number(col::ShearCapacity, true).value_or(1.0));
        e.capacityBasis =
            p.choice<CapacityBasis>(col::CapacityBasis, capacityBasisFromKey, basisChoices)
                .value_or(CapacityBasis::Estimated);
        e.condition = p.wholeNumber(col::Condition, true).value_or(1);
        e.status = p.choice<ElementStatus>(col::Status, elementStatusFromKey, statusChoicesText)
                       .value_or(ElementStatus::InStorage);
        e.location.latitude = p.number(col::LocationLat, true).value_or(0.0);
        e.location.longitude = p.number(col::LocationLon, true).value_or(0.0);
        e.availableFrom = p.date(col::AvailableFrom, false);

        p.report(validateElement(e));
        if (!p.failed(col::Id)) {
            if (project.elementById(e.id) != nullptr) {
                p.fail(col::Id, QStringLiteral("unique"),
                       Tr::tr("an element with this id exists in the project already"));
            } else {
                // One hash lookup: operator[] inserts 0 for an id not seen before.
                const qsizetype before = rowOfId.size();
                int& firstRow = rowOfId[e.id];
                if (rowOfId.size() > before) {
                    firstRow = table.row();
                } else {
                    p.fail(col::Id, QStringLiteral("unique"),
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
