// parseDesignCsv and applyDesignImport: design.csv (matching.md section 4), one row per slot.
#include <QCoreApplication>
#include <QHash>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/numberparser.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

namespace col = designcsv;

/// The value a structure or span has for one column, and where that value came from: the first
/// row that gave it, or the project (row 0) when the structure or span exists there already.
template <class T>
struct Reference {
    std::optional<T> value;
    int row = 0;
};

struct SpanDraft {
    QString name;
    const Span* inProject = nullptr;
    Reference<double> length;
    Reference<QDate> date;
    QHash<QString, int> rowOfSlot;
    std::vector<Slot> slots;
};

struct StructureDraft {
    QString name;
    const Structure* inProject = nullptr;
    Reference<double> lat;
    Reference<double> lon;
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
/// quotes both values that disagree, as `show` writes them.
template <class T, class Show>
void agree(CsvRowParser& p, const CsvTable& table, int column, const QString& owner,
           Reference<T>& ref, const T& value, const Show& show) {
    if (!ref.value) {
        ref.value = value;
        ref.row = table.row();
        return;
    }
    if (*ref.value == value) return;
    const QString columnName = table.columnName(column);
    if (ref.row == 0) {
        p.fail(column, QStringLiteral("disagree"),
               Tr::tr("%1 exists in the project with %2 = %3, but this row gives %4; the file "
                      "must give the same value")
                   .arg(owner, columnName, show(*ref.value), show(value)));
    } else {
        p.fail(column, QStringLiteral("disagree"),
               Tr::tr("%1 has %2 = %3 in row %4, but this row gives %5; every row of it must "
                      "give the same value")
                   .arg(owner, columnName, show(*ref.value))
                   .arg(ref.row)
                   .arg(show(value)));
    }
}

}  // namespace

DesignImport parseDesignCsv(const QByteArray& bytes, const ProjectDocument& project) {
    DesignImport out;
    CsvTable table(bytes, col::kColumns, out.errors, out.warnings);
    out.dialect = table.dialect();
    out.encoding = table.encoding();
    if (!table.canRead()) return out;

    const auto show = [&out](double v) { return formatNumber(v, out.dialect); };
    CsvRowParser p(table);
    std::vector<StructureDraft> drafts;
    QHash<QString, int> indexOfStructure;
    while (table.nextRow()) {
        p.startRow();
        const QString structureName = identifierKey(p.text(col::Structure));
        const std::optional<double> lat = p.number(col::SiteLat, true);
        const std::optional<double> lon = p.number(col::SiteLon, true);
        const QString spanName = identifierKey(p.text(col::Span));
        const std::optional<double> length = p.number(col::RequiredLength, true);
        const std::optional<QDate> date = p.date(col::InstallDate, true);
        const QString slotName = identifierKey(p.text(col::Slot));
        const std::optional<double> moment = p.number(col::MomentDemand, true);
        const std::optional<double> shear = p.number(col::ShearDemand, true);

        // The model's own rules, on a structure made of this one row; fields that failed to
        // parse carry placeholders whose errors report() drops.
        Slot slot{kNoUid, slotName, KiloNewtonMetres(moment.value_or(0.0)),
                  KiloNewtons(shear.value_or(0.0))};
        Span probeSpan{kNoUid,
                       spanName,
                       Metres(length.value_or(1.0)),
                       date.value_or(QDate(2000, 1, 1)),
                       {slot}};
        const Structure probe{kNoUid,
                              structureName,
                              GeoPoint{lat.value_or(0.0), lon.value_or(0.0)},
                              QString(),
                              {probeSpan}};
        p.report(validateStructure(probe));
        if (p.failed(col::Structure)) continue;

        auto s = indexOfStructure.constFind(structureName);
        if (s == indexOfStructure.cend()) {
            StructureDraft d;
            d.name = structureName;
            const int existing = project.structureIndexByName(structureName);
            if (existing >= 0) {
                d.inProject = &project.structure(existing);
                d.lat = {d.inProject->site.latitude, 0};
                d.lon = {d.inProject->site.longitude, 0};
            }
            drafts.push_back(std::move(d));
            s = indexOfStructure.insert(structureName, static_cast<int>(drafts.size()) - 1);
        }
        StructureDraft& sd = drafts[static_cast<std::size_t>(*s)];
        const QString structureOwner = Tr::tr("structure %1").arg(structureName);
        if (!p.failed(col::SiteLat))
            agree(p, table, col::SiteLat, structureOwner, sd.lat, *lat, show);
        if (!p.failed(col::SiteLon))
            agree(p, table, col::SiteLon, structureOwner, sd.lon, *lon, show);
        if (p.failed(col::Span)) continue;

        auto k = sd.indexOfSpan.constFind(spanName);
        if (k == sd.indexOfSpan.cend()) {
            SpanDraft d;
            d.name = spanName;
            d.inProject = findSpan(sd.inProject, spanName);
            if (d.inProject != nullptr) {
                d.length = {d.inProject->requiredLength.value(), 0};
                d.date = {d.inProject->installDate, 0};
            }
            sd.spans.push_back(std::move(d));
            k = sd.indexOfSpan.insert(spanName, static_cast<int>(sd.spans.size()) - 1);
        }
        SpanDraft& pd = sd.spans[static_cast<std::size_t>(*k)];
        const QString spanOwner = Tr::tr("span %1 of %2").arg(spanName, structureName);
        if (!p.failed(col::RequiredLength)) {
            agree(p, table, col::RequiredLength, spanOwner, pd.length, *length, show);
        }
        if (!p.failed(col::InstallDate)) {
            agree(p, table, col::InstallDate, spanOwner, pd.date, *date,
                  [](const QDate& d) { return d.toString(Qt::ISODate); });
        }
        if (p.failed(col::Slot)) continue;

        if (const auto first = pd.rowOfSlot.constFind(slotName); first != pd.rowOfSlot.cend()) {
            p.fail(
                col::Slot, QStringLiteral("unique"),
                Tr::tr("slot %1 of %2 is in row %3 already").arg(slotName, spanOwner).arg(*first));
        } else if (hasSlot(pd.inProject, slotName)) {
            p.fail(col::Slot, QStringLiteral("exists"),
                   Tr::tr("slot %1 of %2 exists in the project already").arg(slotName, spanOwner));
        } else {
            pd.rowOfSlot.insert(slotName, table.row());
            pd.slots.push_back(std::move(slot));
        }
    }
    if (!out.errors.empty()) return out;

    out.structures.reserve(drafts.size());
    for (StructureDraft& d : drafts) {
        Structure s;
        s.name = d.name;
        s.site = GeoPoint{d.lat.value.value_or(0.0), d.lon.value.value_or(0.0)};
        if (d.inProject != nullptr) s.notes = d.inProject->notes;
        for (SpanDraft& pd : d.spans) {
            Span span;
            span.name = pd.name;
            span.requiredLength = Metres(pd.length.value.value_or(0.0));
            span.installDate = pd.date.value.value_or(QDate());
            span.slots = std::move(pd.slots);
            s.spans.push_back(std::move(span));
        }
        out.structures.push_back(std::move(s));
    }
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
