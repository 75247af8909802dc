#include "support/demosample.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <stdexcept>

#include "document/projectdocument.h"
#include "planning/provisionalchecker.h"

namespace respan::test {

namespace {

QString demoPath(const char* name) {
    return QStringLiteral(RESPAN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name);
}

/// RFC 4180 rows of a small UTF-8 file with a header (quotes, doubled quotes, commas in quotes).
std::vector<QHash<QString, QString>> readCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + path.toStdString());
    const QString text = QString::fromUtf8(f.readAll());
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    std::vector<QHash<QString, QString>> out;
    if (rows.empty()) return out;
    const QStringList header = rows.front();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> m;
        for (qsizetype c = 0; c < header.size() && c < rows[r].size(); ++c)
            m.insert(header[c], rows[r][c]);
        out.push_back(m);
    }
    return out;
}

double num(const QHash<QString, QString>& row, const char* key) {
    return row.value(QString::fromLatin1(key)).toDouble();
}

}  // namespace

void buildDemoSample(ProjectDocument& doc, bool withPlan) {
    doc.clear();
    ProjectSettings settings;
    settings.projectName = QStringLiteral("A9 → A44 girder reuse (demo)");
    settings.author = QStringLiteral("ReSpan demo data");
    settings.requireVerified = true;
    doc.setSettings(settings);
    DonorStructure west;
    west.name = QStringLiteral("A9 viaduct West, Ouderkerk aan de Amstel");
    west.location = GeoPoint{52.2991, 4.9182};
    west.harvestDate = QDate(2024, 3, 15);
    DonorStructure keizer;
    keizer.name = QStringLiteral("A9 Keizer Karelweg viaduct, Amstelveen");
    keizer.location = GeoPoint{52.3046, 4.8583};
    doc.setDonors({west, keizer});

    std::vector<Element> elements;
    for (const auto& row : readCsv(demoPath("elements.csv"))) {
        Element e;
        e.id = row.value(QStringLiteral("id"));
        e.donorStructure = row.value(QStringLiteral("donor_structure"));
        e.donorPosition = row.value(QStringLiteral("donor_position"));
        e.type = row.value(QStringLiteral("type"));
        e.length = Metres(num(row, "length_m"));
        e.height = Millimetres(num(row, "height_mm"));
        e.width = Millimetres(num(row, "width_mm"));
        e.mass = Tonnes(num(row, "mass_t"));
        if (!row.value(QStringLiteral("year_built")).isEmpty())
            e.yearBuilt = row.value(QStringLiteral("year_built")).toInt();
        e.originalLoadClass = row.value(QStringLiteral("original_load_class"));
        e.momentCapacity = KiloNewtonMetres(num(row, "moment_capacity_knm"));
        e.shearCapacity = KiloNewtons(num(row, "shear_capacity_kn"));
        e.capacityBasis = capacityBasisFromKey(row.value(QStringLiteral("capacity_basis")))
                              .value_or(CapacityBasis::Estimated);
        e.condition = row.value(QStringLiteral("condition")).toInt();
        e.status = elementStatusFromKey(row.value(QStringLiteral("status")))
                       .value_or(ElementStatus::InStorage);
        e.location = GeoPoint{num(row, "location_lat"), num(row, "location_lon")};
        if (!row.value(QStringLiteral("available_from")).isEmpty())
            e.availableFrom =
                QDate::fromString(row.value(QStringLiteral("available_from")), Qt::ISODate);
        StatusChange first;
        first.time = QDateTime(QDate(2024, 3, 20), QTime(9, 30), Qt::UTC);
        first.user = QStringLiteral("ReSpan demo");
        first.to = e.status;
        first.note = QStringLiteral("imported from elements.csv");
        e.history.push_back(first);
        elements.push_back(std::move(e));
    }
    doc.appendElements(std::move(elements));

    for (const auto& row : readCsv(demoPath("design.csv"))) {
        const QString sName = row.value(QStringLiteral("structure"));
        int s = doc.structureIndexByName(sName);
        if (s < 0) {
            Structure st;
            st.name = sName;
            st.site = GeoPoint{num(row, "site_lat"), num(row, "site_lon")};
            doc.insertStructure(doc.structureCount(), st);
            s = doc.structureCount() - 1;
        }
        const QString pName = row.value(QStringLiteral("span"));
        int p = -1;
        for (std::size_t i = 0; i < doc.structure(s).spans.size(); ++i) {
            if (doc.structure(s).spans[i].name == pName) p = static_cast<int>(i);
        }
        if (p < 0) {
            Span span;
            span.name = pName;
            span.requiredLength = Metres(num(row, "required_length_m"));
            span.installDate =
                QDate::fromString(row.value(QStringLiteral("install_date")), Qt::ISODate);
            p = static_cast<int>(doc.structure(s).spans.size());
            doc.insertSpan(s, p, span);
        }
        Slot slot;
        slot.name = row.value(QStringLiteral("slot"));
        slot.momentDemand = KiloNewtonMetres(num(row, "moment_demand_knm"));
        slot.shearDemand = KiloNewtons(num(row, "shear_demand_kn"));
        doc.insertSlot(
            s, p,
            static_cast<int>(doc.structure(s).spans[static_cast<std::size_t>(p)].slots.size()),
            slot);
    }
    doc.markSaved();
    if (!withPlan) return;

    // A plausible planning state: greedy, provisional checks only; leave the last slot of each
    // span empty so that every state shows.
    const ProvisionalAssignmentChecker checker;
    std::vector<Assignment> plan;
    QHash<Uid, bool> used;
    for (const Structure& st : doc.structures()) {
        for (std::size_t p = 0; p < st.spans.size(); ++p) {
            const Span& span = st.spans[p];
            for (std::size_t k = 0; k + 1 < span.slots.size(); ++k) {
                for (const Element& e : doc.elements()) {
                    if (used.value(e.uid) || e.status == ElementStatus::Rejected ||
                        e.status == ElementStatus::Installed || e.condition > 3)
                        continue;
                    if (checker.check(doc, e.uid, span.slots[k].uid, plan).admissible) {
                        plan.push_back(Assignment{e.uid, span.slots[k].uid, p == 0});
                        used.insert(e.uid, true);
                        break;
                    }
                }
            }
        }
    }
    doc.setAssignments(plan);
    doc.markSaved();
}

void addSyntheticElements(ProjectDocument& doc, int count) {
    static const char* const kTypes[] = {"inverted-T rail girder", "box girder", "ZIP rail girder",
                                         "HIP I-girder"};
    static const char* const kDonors[] = {"A9 viaduct West, Ouderkerk aan de Amstel",
                                          "A9 Keizer Karelweg viaduct", "A7 KW21 Europaplein",
                                          "A12 viaduct Bunnik", "A2 Oudenrijn"};
    std::vector<Element> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Element e;
        e.id = QStringLiteral("G%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        e.type = QString::fromLatin1(kTypes[i % 4]);
        e.donorStructure = QString::fromLatin1(kDonors[i % 5]);
        e.donorPosition = QStringLiteral("span %1 girder %2").arg(i % 7 + 1).arg(i % 13 + 1);
        e.length = Metres(12.0 + (i * 37 % 2000) / 100.0);
        e.height = Millimetres(750.0 + 50.0 * (i % 6));
        e.width = Millimetres(i % 3 == 0 ? 1480.0 : 1180.0);
        e.mass = Tonnes(15.0 + (i % 40));
        e.yearBuilt = 1965 + i % 20;
        e.originalLoadClass = QStringLiteral("BK-60-1963");
        e.momentCapacity = KiloNewtonMetres(1500.0 + (i * 13 % 2500));
        e.shearCapacity = KiloNewtons(400.0 + (i * 7 % 500));
        e.capacityBasis = i % 4 == 0 ? CapacityBasis::Estimated : CapacityBasis::Verified;
        e.condition = 1 + i % 5;
        e.status = static_cast<ElementStatus>(i % kElementStatusCount);
        e.location = GeoPoint{52.0 + (i % 100) / 100.0, 4.5 + (i % 50) / 100.0};
        out.push_back(std::move(e));
    }
    doc.appendElements(std::move(out));
}

Structure syntheticStructure(const QString& name, int spans, int slotsPerSpan) {
    Structure s;
    s.name = name;
    s.site = GeoPoint{52.25, 4.57};
    for (int p = 0; p < spans; ++p) {
        Span span;
        span.name = QString::number(p + 1);
        span.requiredLength = Metres(20.0);
        span.installDate = QDate(2027, 6, 1);
        for (int k = 0; k < slotsPerSpan; ++k) {
            Slot slot;
            slot.name = QStringLiteral("L%1").arg(k + 1);
            slot.momentDemand = KiloNewtonMetres(2400.0);
            slot.shearDemand = KiloNewtons(550.0);
            span.slots.push_back(slot);
        }
        s.spans.push_back(std::move(span));
    }
    return s;
}

}  // namespace respan::test
