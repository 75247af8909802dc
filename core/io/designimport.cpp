// parseDesignCsv and applyDesignImport: design.csv (docs/contract/matching.md section 4), one row
// per slot.
#include <QCoreApplication>
#include <QHash>

#include <stdexcept>
#include <string_view>
#include <vector>

#include "core/document/projectdocument.h"
#include "core/io/csvcolumns.h"
#include "core/io/csvimport.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/fieldcsv.h"
#include "core/io/numberparser.h"
#include "core/io/positioncsv.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

// The structure's position among its fields (core/model/designfields.cpp).
constexpr std::size_t kLatField = 1;
constexpr std::size_t kLonField = 2;

/// The value a structure or span has for one column, and where that value came from: the first
/// row that gave it, or the project (row 0) when the structure or span exists there already.
struct Reference {
    bool known = false;  ///< (not std::optional: GCC 12 sees optional<variant> as uninitialised)
    FieldValue value;
    int row = 0;
};

/// References for every field of a structure or span but the first (its name).
template <class Record>
std::vector<Reference> referencesOf(std::span<const FieldSpec<Record>> fields,
                                    const Record* inProject) {
    std::vector<Reference> refs(fields.size());
    if (inProject == nullptr) return refs;
    for (std::size_t i = 1; i < fields.size(); ++i) refs[i] = {true, fields[i].get(*inProject), 0};
    return refs;
}

/// A structure or span made of the agreed values.
template <class Record>
void applyReferences(std::span<const FieldSpec<Record>> fields, const std::vector<Reference>& refs,
                     Record& record) {
    for (std::size_t i = 1; i < fields.size(); ++i) fields[i].set(record, refs[i].value);
}

struct SpanDraft {
    QString name;
    const Span* inProject = nullptr;
    std::vector<Reference> refs;
    QHash<QString, int> rowOfSlot;
    std::vector<Slot> slots;
};

struct StructureDraft {
    QString name;
    int firstRow = 0;  ///< the file's first row of the structure
    const Structure* inProject = nullptr;
    std::vector<Reference> refs;
    QHash<QString, int> indexOfSpan;
    std::vector<SpanDraft> spans;
};

const Span* findSpan(const Structure* s, const QString& name) {
    if (s == nullptr) return nullptr;
    for (const Span& p : s->spans) {
        if (identifierKey(p.name) == name) return &p;
    }
    return nullptr;
}

bool hasSlot(const Span* p, const QString& name) {
    if (p == nullptr) return false;
    for (const Slot& k : p->slots) {
        if (identifierKey(k.name) == name) return true;
    }
    return false;
}

/// Checks one row's value of a repeated column against the structure's or span's reference;
/// the first row that gives a value becomes the reference when the project has none. The error
/// quotes both values that disagree, in the file's dialect.
void agree(CsvRowParser& p, const CsvTable& table, int column, const QString& owner, Reference& ref,
           const FieldValue& value) {
    if (!ref.known) {
        ref = {true, value, table.row()};
        return;
    }
    if (ref.value == value) return;
    const QString columnName = table.columnName(column);
    const auto show = [&table](const FieldValue& v) { return showFieldValue(v, table.dialect()); };
    if (ref.row == 0) {
        p.fail(column, QStringLiteral("disagree"),
               Tr::tr("%1 exists in the project with %2 = %3, but this row gives %4; the file "
                      "must give the same value")
                   .arg(owner, columnName, show(ref.value), show(value)));
    } else {
        p.fail(column, QStringLiteral("disagree"),
               Tr::tr("%1 has %2 = %3 in row %4, but this row gives %5; every row of it must "
                      "give the same value")
                   .arg(owner, columnName, show(ref.value))
                   .arg(ref.row)
                   .arg(show(value)));
    }
}

/// agree() for every field of the row's structure or span but its name.
template <class Record>
void agreeFields(CsvRowParser& p, const CsvTable& table, std::span<const FieldSpec<Record>> fields,
                 int firstColumn, const QString& owner, std::vector<Reference>& refs,
                 const Record& row) {
    for (std::size_t i = 1; i < fields.size(); ++i) {
        const int column = firstColumn + static_cast<int>(i);
        if (!p.failed(column)) agree(p, table, column, owner, refs[i], fields[i].get(row));
    }
}

}  // namespace

namespace {

/// The draft of the row's structure: found by name, or new (with the project's values as the
/// references when the project has the structure).
StructureDraft& structureDraft(std::vector<StructureDraft>& drafts, QHash<QString, int>& index,
                               const QString& name, const ProjectDocument& project) {
    auto it = index.constFind(name);
    if (it == index.cend()) {
        StructureDraft d;
        d.name = name;
        const int existing = project.structureIndexByName(name);
        if (existing >= 0) d.inProject = &project.structure(existing);
        d.refs = referencesOf(structureFields(), d.inProject);
        drafts.push_back(std::move(d));
        it = index.insert(name, static_cast<int>(drafts.size()) - 1);
    }
    return drafts[static_cast<std::size_t>(*it)];
}

/// The draft of the row's span within its structure's draft: found by name, or new.
SpanDraft& spanDraft(StructureDraft& sd, const QString& name) {
    auto it = sd.indexOfSpan.constFind(name);
    if (it == sd.indexOfSpan.cend()) {
        SpanDraft d;
        d.name = name;
        d.inProject = findSpan(sd.inProject, name);
        d.refs = referencesOf(spanFields(), d.inProject);
        sd.spans.push_back(std::move(d));
        it = sd.indexOfSpan.insert(name, static_cast<int>(sd.spans.size()) - 1);
    }
    return sd.spans[static_cast<std::size_t>(*it)];
}

/// The row's slot joins its span's draft unless the file or the project has it already.
void addSlot(CsvRowParser& p, const CsvTable& table, int slotColumn, const QString& spanOwner,
             SpanDraft& pd, Slot slot) {
    if (const auto first = pd.rowOfSlot.constFind(slot.name); first != pd.rowOfSlot.cend()) {
        p.fail(slotColumn, QStringLiteral("unique"),
               Tr::tr("slot %1 of %2 is in row %3 already").arg(slot.name, spanOwner).arg(*first));
    } else if (hasSlot(pd.inProject, slot.name)) {
        p.fail(slotColumn, QStringLiteral("exists"),
               Tr::tr("slot %1 of %2 exists in the project already").arg(slot.name, spanOwner));
    } else {
        pd.rowOfSlot.insert(slot.name, table.row());
        pd.slots.push_back(std::move(slot));
    }
}

/// The structures of the file, from their drafts' agreed values.
std::vector<Structure> structuresOf(std::vector<StructureDraft>& drafts) {
    std::vector<Structure> out;
    out.reserve(drafts.size());
    for (StructureDraft& d : drafts) {
        Structure s;
        applyReferences(structureFields(), d.refs, s);
        s.name = d.name;
        if (d.inProject != nullptr) s.notes = d.inProject->notes;
        for (SpanDraft& pd : d.spans) {
            Span span;
            applyReferences(spanFields(), pd.refs, span);
            span.name = pd.name;
            span.slots = std::move(pd.slots);
            s.spans.push_back(std::move(span));
        }
        out.push_back(std::move(s));
    }
    return out;
}

/// design.csv's columns as the import reads them: the structure's position may be given as
/// site_lat/site_lon or as rd_x/rd_y in RD New (issue 14), so neither pair is required alone.
std::span<const CsvColumnSpec> importColumns() {
    static const std::vector<CsvColumnSpec> columns = [] {
        std::vector<CsvColumnSpec> out;
        for (const CsvColumnSpec& c : designColumns()) {
            const std::string_view name(c.name);
            const std::size_t at = out.size();
            if ((name == "site_lat") != (at == kLatField) ||
                (name == "site_lon") != (at == kLonField)) {
                throw std::logic_error("design.csv: site_lat/site_lon moved among the fields");
            }
            out.push_back({c.name, c.required && at != kLatField && at != kLonField});
        }
        out.push_back({"rd_x", false});
        out.push_back({"rd_y", false});
        return out;
    }();
    return columns;
}

/// Reads the row's structure fields; the position through readPosition().
void readStructureFields(const CsvTable& table, CsvRowParser& p, Structure& s) {
    const std::span<const StructureField> fields = structureFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i == kLatField || i == kLonField) continue;
        fields[i].set(s, readField(p, fields[i], static_cast<int>(i)));
    }
    const int rdX = static_cast<int>(designColumns().size());
    const PositionColumns columns{static_cast<int>(kLatField), static_cast<int>(kLonField), rdX,
                                  rdX + 1};
    if (const auto at = readPosition(table, p, columns)) s.site = *at;
}

/// The field index of fixed_total_length_m among the structure fields.
std::size_t fixedTotalField() {
    const std::span<const StructureField> fields = structureFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (std::string_view(fields[i].key) == "fixed_total_length_m") return i;
    }
    throw std::logic_error("design.csv: no fixed_total_length_m field");
}

/// The row an error of the structure's fixed total points at: the row that gave the total, else
/// (a total from the project) the structure's first row in the file.
int fixedTotalRow(const StructureDraft& d) {
    const Reference& ref = d.refs[fixedTotalField()];
    return ref.known && ref.row > 0 ? ref.row : d.firstRow;
}

/// A fixed total needs the whole structure (its spans in the project and in the file): checked
/// once every row is read, against the project's design length step.
void checkFixedTotals(DesignImport& out, const std::vector<int>& rows, const CsvTable& table,
                      const ProjectDocument& project) {
    const double step = project.settings().designLengthStepM;
    for (std::size_t i = 0; i < out.structures.size(); ++i) {
        Structure whole = out.structures[i];
        const int existing = project.structureIndexByName(whole.name);
        if (existing >= 0) {
            for (const Span& p : project.structure(existing).spans) {
                if (findSpan(&whole, identifierKey(p.name)) == nullptr) whole.spans.push_back(p);
            }
        }
        if (const auto e = validateFixedTotal(whole, step)) {
            out.errors.push_back(
                {rows[i], table.columnName(static_cast<int>(fixedTotalField())), e->value,
                 e->rule, e->message});
        }
    }
}

}  // namespace

DesignImport parseDesignCsv(const QByteArray& bytes, const ProjectDocument& project) {
    DesignImport out;
    CsvTable table(bytes, importColumns(), out.errors, out.warnings);
    out.dialect = table.dialect();
    out.encoding = table.encoding();
    if (!table.canRead()) return out;
    // The position needs site_lat/site_lon or rd_x/rd_y: a header with neither misses both
    // latitude columns, as a v1 file would be told.
    const int rdX = static_cast<int>(designColumns().size());
    if (!table.hasColumn(static_cast<int>(kLatField)) && !table.hasColumn(rdX)) {
        for (const std::size_t c : {kLatField, kLonField}) {
            const QString name = table.columnName(static_cast<int>(c));
            out.errors.push_back({1, name, QString(), QStringLiteral("missing-column"),
                                  Tr::tr("the required column %1 is missing (or give the "
                                         "position as rd_x and rd_y)")
                                      .arg(name)});
        }
        return out;
    }

    const int structureColumn = 0;
    const int spanColumn = designSpanColumn0();
    const int slotColumn = designSlotColumn0();
    CsvRowParser p(table);
    std::vector<StructureDraft> drafts;
    QHash<QString, int> indexOfStructure;
    while (table.nextRow()) {
        p.startRow();
        Structure structureRow;
        readStructureFields(table, p, structureRow);
        Span spanRow;
        readFields(p, spanFields(), spanColumn, spanRow);
        Slot slot;
        readFields(p, slotFields(), slotColumn, slot);
        const QString structureName = identifierKey(structureRow.name);
        const QString spanName = identifierKey(spanRow.name);
        slot.name = identifierKey(slot.name);

        // The model's own rules, on a structure made of this one row; the errors of fields that
        // failed to parse are dropped by report().
        Structure probe = structureRow;
        probe.name = structureName;
        probe.spans = {spanRow};
        probe.spans.front().name = spanName;
        probe.spans.front().slots = {slot};
        p.report(validateStructure(probe));
        if (p.failed(structureColumn)) continue;

        StructureDraft& sd = structureDraft(drafts, indexOfStructure, structureName, project);
        if (sd.firstRow == 0) sd.firstRow = table.row();
        agreeFields(p, table, structureFields(), structureColumn,
                    Tr::tr("structure %1").arg(structureName), sd.refs, structureRow);
        if (p.failed(spanColumn)) continue;

        SpanDraft& pd = spanDraft(sd, spanName);
        const QString spanOwner = Tr::tr("span %1 of %2").arg(spanName, structureName);
        agreeFields(p, table, spanFields(), spanColumn, spanOwner, pd.refs, spanRow);
        if (p.failed(slotColumn)) continue;
        addSlot(p, table, slotColumn, spanOwner, pd, std::move(slot));
    }
    if (!out.errors.empty()) return out;
    const std::vector<int> rows = [&] {
        std::vector<int> r;
        for (const StructureDraft& d : drafts) r.push_back(fixedTotalRow(d));
        return r;
    }();
    out.structures = structuresOf(drafts);
    checkFixedTotals(out, rows, table, project);
    if (!out.errors.empty()) out.structures.clear();
    return out;
}

void applyDesignImport(ProjectDocument& doc, DesignImport&& import) {
    if (!import.ok()) throw std::invalid_argument("applyDesignImport: the import has errors");
    // Check everything against the document first, so that a stale import changes nothing.
    const auto refuse = [](const QString& message) {
        throw std::invalid_argument(message.toStdString());
    };
    for (const Structure& s : import.structures) {
        const int index = doc.structureIndexByName(s.name);
        if (index < 0) continue;
        const Structure& existing = doc.structure(index);
        if (!(existing.site == s.site))
            refuse(Tr::tr("the site of structure %1 has changed").arg(s.name));
        for (const Span& p : s.spans) {
            const Span* span = findSpan(&existing, p.name);
            if (span == nullptr) continue;
            if (span->requiredLength != p.requiredLength || span->installDate != p.installDate) {
                refuse(Tr::tr("span %1 of %2 has changed").arg(p.name, s.name));
            }
            for (const Slot& k : p.slots) {
                if (hasSlot(span, k.name)) {
                    refuse(Tr::tr("slot %1 of span %2 of %3 exists already")
                               .arg(k.name, p.name, s.name));
                }
            }
        }
    }
    for (Structure& s : import.structures) {
        const int index = doc.structureIndexByName(s.name);
        if (index < 0) {
            doc.insertStructure(doc.structureCount(), std::move(s));
            continue;
        }
        for (Span& p : s.spans) {
            const Structure& existing = doc.structure(index);
            int spanIndex = -1;
            for (int i = 0; i < static_cast<int>(existing.spans.size()); ++i) {
                if (existing.spans[static_cast<std::size_t>(i)].name == p.name) spanIndex = i;
            }
            if (spanIndex < 0) {
                doc.insertSpan(index, static_cast<int>(existing.spans.size()), std::move(p));
                continue;
            }
            for (Slot& k : p.slots) {
                const auto end = static_cast<int>(
                    doc.structure(index).spans[static_cast<std::size_t>(spanIndex)].slots.size());
                doc.insertSlot(index, spanIndex, end, std::move(k));
            }
        }
    }
    import.structures.clear();
}

}  // namespace respan::io
