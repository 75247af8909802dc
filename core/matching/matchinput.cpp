#include "core/matching/matchinput.h"

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"

namespace respan::matching {

QString objectiveKey(Objective objective) {
    switch (objective) {
        case Objective::Carbon:
            return QStringLiteral("carbon");
        case Objective::Count:
            return QStringLiteral("count");
        case Objective::Mki:
            return QStringLiteral("mki");
        case Objective::Cost:
            return QStringLiteral("cost");
    }
    return QStringLiteral("carbon");
}

std::optional<Objective> objectiveFromKey(const QString& key) {
    if (key == QLatin1String("carbon")) return Objective::Carbon;
    if (key == QLatin1String("count")) return Objective::Count;
    if (key == QLatin1String("mki")) return Objective::Mki;
    if (key == QLatin1String("cost")) return Objective::Cost;
    return std::nullopt;
}

MatchInput makeMatchInput(const ProjectDocument& doc) {
    MatchInput input;
    input.elements.reserve(doc.elements().size());
    for (const Element& e : doc.elements()) {
        Element copy = e;
        copy.documents.clear();
        copy.history.clear();
        copy.notes.clear();
        input.elements.push_back(std::move(copy));
    }
    input.structures = doc.structures();
    for (const Assignment& a : doc.assignments()) {
        if (a.pinned) input.pins.push_back(a);
    }
    input.settings = doc.settings();
    input.protocol = doc.protocol();
    input.factors = doc.factors();
    input.sites = doc.sites();
    input.donors = doc.donors();
    input.readyDates = readyDatesFor(input, doc.assignments());
    return input;
}

QHash<Uid, QDate> readyDatesFor(const MatchInput& input, const std::vector<Assignment>& plan,
                                bool earliest) {
    return certification::readyDates(input.protocol, input.elements, input.structures, plan,
                                     input.settings, earliest);
}

}  // namespace respan::matching
