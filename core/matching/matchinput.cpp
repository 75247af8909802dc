#include "core/matching/matchinput.h"

#include "core/document/projectdocument.h"

namespace respan::matching {

QString objectiveKey(Objective objective) {
    return objective == Objective::Count ? QStringLiteral("count") : QStringLiteral("carbon");
}

std::optional<Objective> objectiveFromKey(const QString& key) {
    if (key == QLatin1String("carbon")) return Objective::Carbon;
    if (key == QLatin1String("count")) return Objective::Count;
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
    return input;
}

}  // namespace respan::matching
