#include "support/matchinginstances.h"

#include <QDate>

#include <algorithm>
#include <cmath>

#include "core/matching/rules.h"

namespace respan::test {

namespace {

double uniform(std::mt19937& rng, double a, double b) {
    return std::uniform_real_distribution<double>(a, b)(rng);
}
int uniformInt(std::mt19937& rng, int a, int b) {
    return std::uniform_int_distribution<int>(a, b)(rng);
}
double round(double v, double step) {
    return std::round(v / step) * step;
}

struct Batch {
    int section;
    double originalSpan;
    int yard;
    int index;
};

}  // namespace

matching::MatchInput generateRealistic(const RealisticSpec& spec) {
    std::mt19937 rng(spec.seed);
    matching::MatchInput in;
    Uid uid = 1;

    const double heights[] = {750, 900, 1050, 1200, 1350, 1500};
    const double widths[] = {1180, 1480};
    std::vector<std::pair<double, double>> sections;
    for (const double h : heights) {
        for (const double w : widths) sections.emplace_back(h, w);
    }
    std::shuffle(sections.begin(), sections.end(), rng);
    sections.resize(static_cast<std::size_t>(std::clamp(spec.sections, 1, 12)));

    const GeoPoint yards[] = {{52.4628, 4.6012}, {52.3700, 5.2100}, {51.6900, 4.6000},
                              {52.5100, 6.0800}, {51.4400, 5.4700}, {53.2200, 6.5700}};
    std::vector<Batch> batches;
    while (static_cast<int>(in.elements.size()) < spec.elements) {
        // Each donor viaduct had its own span length; or (the hard variant) girders were made
        // for a few standard spans in every section, so that R8 has many close choices.
        const double standard[] = {16.0, 18.0, 20.0, 22.5, 25.0, 27.5, 30.0, 33.0};
        const int section = uniformInt(rng, 0, static_cast<int>(sections.size()) - 1);
        const double length = spec.standardLengths
                                  ? standard[uniformInt(rng, 0, 7)] + uniform(rng, -0.3, 0.3)
                                  : uniform(rng, 14.0, 36.0);
        Batch b{section, round(length, 0.1), uniformInt(rng, 0, 5),
                static_cast<int>(batches.size())};
        batches.push_back(b);
        const auto [h, w] = sections[static_cast<std::size_t>(b.section)];
        const double q0 = 60.0 * (w / 1180.0) * (h / 1000.0);
        const int size = uniformInt(rng, 6, 24);
        for (int k = 0; k < size && static_cast<int>(in.elements.size()) < spec.elements; ++k) {
            Element e;
            e.uid = uid++;
            e.id = QStringLiteral("D%1-%2").arg(b.index + 1, 2, 10, QLatin1Char('0')).arg(k + 1);
            e.donorStructure = QStringLiteral("Donor %1").arg(b.index + 1);
            e.type = QStringLiteral("inverted-T girder");
            e.length = Metres(
                round(b.originalSpan + std::normal_distribution<double>(0.0, 0.05)(rng), 0.01));
            e.height = Millimetres(h);
            e.width = Millimetres(w);
            e.mass = Tonnes(round(e.length.value() * h * w * 1e-6 * 2.5 * 0.55, 0.1));
            e.momentCapacity = KiloNewtonMetres(
                round(q0 * b.originalSpan * b.originalSpan / 8.0 * uniform(rng, 1.05, 1.4), 10));
            e.shearCapacity =
                KiloNewtons(round(q0 * b.originalSpan / 2.0 * uniform(rng, 1.1, 1.6), 5));
            e.capacityBasis =
                uniform(rng, 0, 1) < 0.6 ? CapacityBasis::Verified : CapacityBasis::Estimated;
            const double c = uniform(rng, 0, 1);
            e.condition = c < 0.10 ? 1 : c < 0.50 ? 2 : c < 0.85 ? 3 : c < 0.95 ? 4 : 5;
            const double st = uniform(rng, 0, 1);
            e.status = st < 0.85   ? ElementStatus::InStorage
                       : st < 0.90 ? ElementStatus::Certified
                       : st < 0.94 ? ElementStatus::Harvested
                       : st < 0.97 ? ElementStatus::Reserved
                       : st < 0.99 ? ElementStatus::Rejected
                                   : ElementStatus::Installed;
            const GeoPoint yard = yards[b.yard];
            e.location = GeoPoint{yard.latitude + uniform(rng, -0.01, 0.01),
                                  yard.longitude + uniform(rng, -0.01, 0.01)};
            if (uniform(rng, 0, 1) < 0.3) {
                e.availableFrom = QDate(2025, 1, 1).addDays(uniformInt(rng, 0, 4 * 365));
            }
            in.elements.push_back(std::move(e));
        }
    }

    const int structureCount = std::max(1, spec.spans / 5);
    for (int d = 0; d < structureCount; ++d) {
        Structure s;
        s.uid = uid++;
        s.name = QStringLiteral("KW-%1").arg(d + 1, 3, 10, QLatin1Char('0'));
        s.site = GeoPoint{uniform(rng, 51.3, 53.3), uniform(rng, 3.8, 7.0)};
        in.structures.push_back(std::move(s));
    }
    std::vector<int> slotsPerSpan(static_cast<std::size_t>(spec.spans), 1);
    for (int k = spec.spans; k < spec.slots; ++k)
        ++slotsPerSpan[uniformInt(rng, 0, spec.spans - 1)];
    for (int p = 0; p < spec.spans; ++p) {
        Structure& s = in.structures[static_cast<std::size_t>(p % structureCount)];
        Span span;
        span.uid = uid++;
        span.name = QString::number(static_cast<int>(s.spans.size()) + 1);
        const Batch& b = batches[static_cast<std::size_t>(
            uniformInt(rng, 0, static_cast<int>(batches.size()) - 1))];
        const double length = uniform(rng, 0, 1) < 0.75 ? b.originalSpan - uniform(rng, 0.0, 2.8)
                                                        : uniform(rng, 14.0, 36.0);
        span.requiredLength = Metres(round(length, 0.05));
        span.installDate = QDate(2026, 1, 1).addDays(uniformInt(rng, 0, 5 * 365));
        const double q = uniform(rng, 40.0, 70.0);
        const int n = slotsPerSpan[static_cast<std::size_t>(p)];
        for (int k = 0; k < n; ++k) {
            Slot slot;
            slot.uid = uid++;
            slot.name = QStringLiteral("S%1").arg(k + 1);
            const double edge = (k == 0 || k == n - 1) ? 1.1 : 1.0;
            const double L = span.requiredLength.value();
            slot.momentDemand = KiloNewtonMetres(round(q * edge * L * L / 8.0, 10));
            slot.shearDemand = KiloNewtons(round(q * edge * L / 2.0, 5));
            span.slots.push_back(slot);
        }
        s.spans.push_back(std::move(span));
    }

    // Pins: in some spans, one or two admissible girders of one section.
    std::vector<char> pinned(in.elements.size(), 0);
    for (int k = 0; k < spec.pinnedSpans; ++k) {
        Structure& s =
            in.structures[static_cast<std::size_t>(uniformInt(rng, 0, structureCount - 1))];
        if (s.spans.empty()) continue;
        const Span& span = s.spans[static_cast<std::size_t>(
            uniformInt(rng, 0, static_cast<int>(s.spans.size()) - 1))];
        const Element* first = nullptr;
        int placed = 0;
        for (const Slot& slot : span.slots) {
            if (placed == 2) break;
            bool taken = false;
            for (const Assignment& a : in.pins) taken = taken || a.slotUid == slot.uid;
            if (taken) continue;
            for (std::size_t e = 0; e < in.elements.size(); ++e) {
                const Element& el = in.elements[e];
                if (pinned[e] || (first != nullptr && !el.sameSection(*first))) continue;
                if (!matching::checkPair(el, s, span, slot, in.settings).admissible()) continue;
                in.pins.push_back({el.uid, slot.uid, true});
                pinned[e] = 1;
                if (first == nullptr) first = &el;
                ++placed;
                break;
            }
        }
    }
    return in;
}

matching::MatchInput generateSmall(std::mt19937& rng, int maxElements, int maxSlots) {
    matching::MatchInput in;
    Uid uid = 1;
    if (uniform(rng, 0, 1) < 0.2) in.settings.requireVerified = true;
    if (uniform(rng, 0, 1) < 0.3) in.settings.maxShorteningM = 2.0;
    if (uniform(rng, 0, 1) < 0.3) in.settings.fTkm = 0.5;  // makes far girders lose money

    const std::pair<double, double> sections[] = {{900, 1180}, {1000, 1180}, {900, 1480}};
    const int sectionCount = uniformInt(rng, 2, 3);
    const GeoPoint sites[] = {{52.25, 4.57}, {52.10, 5.10}, {51.90, 4.45}};
    const int structureCount = uniformInt(rng, 1, 3);
    const int spanCount = uniformInt(rng, 2, 4);
    const int slotCount = uniformInt(rng, spanCount, std::max(spanCount, maxSlots));
    for (int d = 0; d < structureCount; ++d) {
        Structure s;
        s.uid = uid++;
        s.name = QStringLiteral("KW%1").arg(d + 1);
        s.site = sites[d];
        in.structures.push_back(std::move(s));
    }
    std::vector<int> perSpan(static_cast<std::size_t>(spanCount), 1);
    for (int k = spanCount; k < slotCount; ++k) ++perSpan[uniformInt(rng, 0, spanCount - 1)];
    const QDate base(2027, 3, 1);
    for (int p = 0; p < spanCount; ++p) {
        Structure& s =
            in.structures[static_cast<std::size_t>(uniformInt(rng, 0, structureCount - 1))];
        Span span;
        span.uid = uid++;
        span.name = QString::number(static_cast<int>(s.spans.size()) + 1);
        span.requiredLength = Metres(20.0 + 0.5 * uniformInt(rng, 0, 2));
        span.installDate = base.addDays(30 * uniformInt(rng, 0, 3));
        for (int k = 0; k < perSpan[static_cast<std::size_t>(p)]; ++k) {
            Slot slot;
            slot.uid = uid++;
            slot.name = QStringLiteral("S%1").arg(k + 1);
            slot.momentDemand = KiloNewtonMetres(10.0 * uniformInt(rng, 240, 330));
            slot.shearDemand = KiloNewtons(5.0 * uniformInt(rng, 100, 140));
            span.slots.push_back(slot);
        }
        s.spans.push_back(std::move(span));
    }

    const int elementCount = uniformInt(rng, std::min(3, maxElements), maxElements);
    for (int i = 0; i < elementCount; ++i) {
        Element e;
        e.uid = uid++;
        e.id = QStringLiteral("G%1").arg(i + 1);
        const double lengths[] = {19.9, 20.0, 20.5, 21.0, 21.3, 22.0, 22.4, 23.0, 23.5};
        e.length = Metres(lengths[uniformInt(rng, 0, 8)]);
        const auto [h, w] = sections[uniformInt(rng, 0, sectionCount - 1)];
        e.height = Millimetres(h);
        e.width = Millimetres(w);
        e.mass = Tonnes(20.0 + 0.5 * uniformInt(rng, 0, 20));
        e.momentCapacity = KiloNewtonMetres(10.0 * uniformInt(rng, 280, 390));
        e.shearCapacity = KiloNewtons(5.0 * uniformInt(rng, 118, 160));
        e.capacityBasis =
            uniform(rng, 0, 1) < 0.7 ? CapacityBasis::Verified : CapacityBasis::Estimated;
        e.condition = uniformInt(rng, 1, 4);
        const double st = uniform(rng, 0, 1);
        e.status = st < 0.85   ? ElementStatus::InStorage
                   : st < 0.93 ? ElementStatus::Rejected
                               : ElementStatus::Installed;
        if (uniform(rng, 0, 1) < 0.3) e.availableFrom = base.addDays(30 * uniformInt(rng, -1, 3));
        if (uniform(rng, 0, 1) < 0.25) {
            e.location = GeoPoint{55.5 + uniform(rng, 0, 1), 8.0};  // far away
        } else {
            e.location = GeoPoint{52.0 + uniform(rng, 0, 0.5), 4.5 + uniform(rng, 0, 0.6)};
        }
        in.elements.push_back(std::move(e));
    }

    // Random pins: any element in any slot, so some are inadmissible or clash on R8.
    const int pinCount = uniformInt(rng, 0, 2);
    for (int k = 0; k < pinCount; ++k) {
        const Element& e =
            in.elements[static_cast<std::size_t>(uniformInt(rng, 0, elementCount - 1))];
        const Structure& s =
            in.structures[static_cast<std::size_t>(uniformInt(rng, 0, structureCount - 1))];
        if (s.spans.empty()) continue;
        const Span& span = s.spans[static_cast<std::size_t>(
            uniformInt(rng, 0, static_cast<int>(s.spans.size()) - 1))];
        const Slot& slot = span.slots[static_cast<std::size_t>(
            uniformInt(rng, 0, static_cast<int>(span.slots.size()) - 1))];
        bool taken = false;
        for (const Assignment& a : in.pins) {
            taken = taken || a.slotUid == slot.uid || a.elementUid == e.uid;
        }
        if (!taken) in.pins.push_back({e.uid, slot.uid, true});
    }
    return in;
}

Element handGirder(Uid uid, const char* id, double height, double length, double mass, double mrd,
                   GeoPoint location) {
    Element e;
    e.uid = uid;
    e.id = QString::fromLatin1(id);
    e.length = Metres(length);
    e.height = Millimetres(height);
    e.width = Millimetres(1180);
    e.mass = Tonnes(mass);
    e.momentCapacity = KiloNewtonMetres(mrd);
    e.shearCapacity = KiloNewtons(700);
    e.capacityBasis = CapacityBasis::Verified;
    e.condition = 2;
    e.location = location;
    return e;
}

Slot handSlot(Uid uid, const char* name) {
    Slot s;
    s.uid = uid;
    s.name = QString::fromLatin1(name);
    s.momentDemand = KiloNewtonMetres(2450);
    s.shearDemand = KiloNewtons(600);
    return s;
}

Span handSpan(Uid uid, const char* name, std::vector<Slot> slots) {
    Span p;
    p.uid = uid;
    p.name = QString::fromLatin1(name);
    p.requiredLength = Metres(20.0);
    p.installDate = QDate(2027, 3, 1);
    p.slots = std::move(slots);
    return p;
}

matching::MatchInput handMadeInstance() {
    matching::MatchInput in;
    in.elements = {
        handGirder(1, "A1", 900, 20.5, 25, 3000),  handGirder(2, "A2", 900, 20.5, 24, 3000),
        handGirder(3, "B1", 1000, 20.5, 40, 3000), handGirder(4, "B2", 1000, 20.4, 39, 3000),
        handGirder(5, "W1", 900, 20.5, 25, 2210),  handGirder(6, "S1", 900, 19.15, 25, 3000)};
    Structure d;
    d.uid = 10;
    d.name = QStringLiteral("KW1");
    d.site = GeoPoint{52.25, 4.57};
    d.spans.push_back(
        handSpan(11, "1", {handSlot(21, "S1"), handSlot(22, "S2"), handSlot(23, "S3")}));
    d.spans.push_back(handSpan(12, "2", {handSlot(24, "T1")}));
    in.structures.push_back(d);
    return in;
}

}  // namespace respan::test
