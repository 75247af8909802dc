#include "support/demosample.h"

#include <QDate>
#include <QHash>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"

namespace respan::test {

void buildDemoSample(ProjectDocument& doc, bool withPlan) {
    demo::buildDemoProject(doc);
    // Unmodified, with the demo's evidence documents still in memory (so that a test can
    // write the project to a file).
    doc.markUnchanged();
    if (!withPlan) return;

    // A plausible planning state: greedy with the engine's rules; leave the last slot of each
    // span empty so that every state shows.
    const AssignmentChecker checker;
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
    doc.markUnchanged();
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
