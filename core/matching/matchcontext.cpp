#include "core/matching/matchcontext.h"

#include <cmath>
#include <limits>
#include <map>

#include "core/matching/geodesic.h"

namespace respan::matching {

QString SlotName::path() const {
    return structure + QStringLiteral(" / ") + span + QStringLiteral(" / ") + slot;
}

MatchContext::MatchContext(const MatchInput& input) : input_(input) {
    const loads::LoadFactors factors = loads::LoadFactors::from(input.settings);
    for (int d = 0; d < static_cast<int>(input.structures.size()); ++d) {
        const Structure& structure = input.structures[d];
        for (int p = 0; p < static_cast<int>(structure.spans.size()); ++p) {
            const Span& span = structure.spans[p];
            for (loads::SlotDemand& demand : loads::spanDemands(structure.deck, span, factors))
                demands_.push_back(demand);
            spans_.push_back(
                {d, p, static_cast<int>(slots_.size()), static_cast<int>(span.slots.size())});
            for (int s = 0; s < static_cast<int>(span.slots.size()); ++s) {
                slotByUid_.insert(span.slots[s].uid, static_cast<int>(slots_.size()));
                slots_.push_back({d, p, s, static_cast<int>(spans_.size()) - 1});
            }
        }
    }
    std::map<std::pair<double, double>, int> sections;
    elementSection_.reserve(input.elements.size());
    resistances_.reserve(input.elements.size());
    for (int e = 0; e < static_cast<int>(input.elements.size()); ++e) {
        const Element& el = input.elements[e];
        elementByUid_.insert(el.uid, e);
        resistances_.push_back(loads::elementResistance(el, factors));
        const auto ready = input.readyDates.constFind(el.uid);
        readyDates_.push_back(ready == input.readyDates.cend() ? std::nullopt
                                                               : std::optional<QDate>(*ready));
        const auto key = std::make_pair(el.height.value(), el.width.value());
        const auto it = sections.try_emplace(key, static_cast<int>(sections.size())).first;
        elementSection_.push_back(it->second);
    }
    sectionCount_ = static_cast<int>(sections.size());
    geodesic_.assign(input.elements.size() * input.structures.size(),
                     std::numeric_limits<double>::quiet_NaN());
}

double MatchContext::geodesic(int e, int structure) const {
    double& d = geodesic_[static_cast<std::size_t>(e) * input_.structures.size() +
                          static_cast<std::size_t>(structure)];
    if (std::isnan(d)) {
        d = geodesicKm(input_.elements[e].location, input_.structures[structure].site);
    }
    return d;
}

SlotName MatchContext::slotName(int s) const {
    return {structureOf(s).name, spanOf(s).name, slot(s).name};
}

}  // namespace respan::matching
