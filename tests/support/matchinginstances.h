#pragma once
// Instances for testing and benchmarking the matching engine.

#include <random>

#include "core/matching/matchinput.h"

namespace respan::test {

/// A realistic project: girders harvested in batches (one section and original span per donor),
/// stored in a few yards across the Netherlands; new viaducts with spans whose required lengths
/// mostly come from the same family of lengths; demands from a distributed load over the span.
/// The figures are illustrative (plausible orders of magnitude), for testing only.
struct RealisticSpec {
    int elements = 200;
    int spans = 30;
    int slots = 200;
    int sections = 4;
    unsigned seed = 1;
    int pinnedSpans = 0;  ///< spans that get one or two admissible pins of one section
    /// Every donor's girders made for one of 8 standard spans, in every section, instead of
    /// each donor viaduct having its own span length: many spans can then take several
    /// sections equally well, the hard case for R8 (used to show how the search degrades).
    bool standardLengths = false;
};
matching::MatchInput generateRealistic(const RealisticSpec& spec);

/// A small random instance for brute force: up to `maxElements` girders, up to `maxSlots` slots
/// in 2-4 spans of up to 3 structures, 2-3 sections, values near every rule's boundary, and
/// random pins (some inadmissible, some clashing on R8).
matching::MatchInput generateSmall(std::mt19937& rng, int maxElements = 7, int maxSlots = 6);

/// Pieces of the hand-made projects of the matching tests: a verified girder of width 1180 mm,
/// VRd 700 kN and condition 2, stored near IJmuiden unless `location` says otherwise; a slot
/// with MEd 2450 kNm and VEd 600 kN; a span of 20.0 m to be installed on 2027-03-01.
Element handGirder(Uid uid, const char* id, double height, double length, double mass,
                   double mrd = 3000, GeoPoint location = GeoPoint{52.30, 4.60});
Slot handSlot(Uid uid, const char* name);
Span handSpan(Uid uid, const char* name, std::vector<Slot> slots);

/// A hand-made project for the planner's view of the engine: one viaduct KW1 with span 1
/// (slots S1-S3) and span 2 (slot T1), 20.0 m each. Girders: two light ones of section 900
/// (A1, A2), two heavy ones of section 1000 (B1, B2), one too weak (W1) and one too short (S1).
/// By hand: the heavy pair fills span 1 (saving ~6780 kg each), a light girder span 2; slot S3
/// stays empty because the other light girder has the wrong section for it (R8).
matching::MatchInput handMadeInstance();

}  // namespace respan::test
