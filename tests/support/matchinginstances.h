#pragma once
// Instances for testing and benchmarking the matching engine.

#include <random>

#include "matching/matchinput.h"

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

/// A hand-made project for the planner's view of the engine: one viaduct KW1 with span 1
/// (slots S1-S3) and span 2 (slot T1), 20.0 m each. Girders: two light ones of section 900
/// (A1, A2), two heavy ones of section 1000 (B1, B2), one too weak (W1) and one too short (S1).
/// By hand: the heavy pair fills span 1 (saving ~6780 kg each), a light girder span 2; slot S3
/// stays empty because the other light girder has the wrong section for it (R8).
matching::MatchInput handMadeInstance();

}  // namespace respan::test
