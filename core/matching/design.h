#pragma once
// Designing the new viaduct around the stock (docs/design-around-stock.md): each span with
// bounds gets the candidate length that, together with the plan, gives the best objective;
// fixed totals per structure hold. Plain data in, plain data out, like optimisePlan.

#include <QString>

#include <optional>
#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"
#include "core/matching/optimiser.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// One span with bounds: its length before and after, and the bounds it was chosen in.
struct SpanLengthChoice {
    Uid spanUid = kNoUid;
    QString structure;
    QString span;
    double beforeM = 0.0;
    double afterM = 0.0;
    double minM = 0.0;
    double maxM = 0.0;
    int candidates = 1;  ///< how many lengths the span could take
};

struct DesignResult {
    /// The plan at the chosen lengths, with its explanations; `optimal` and the bounds refer
    /// to the whole space of candidate lengths and plans.
    MatchResult match;
    /// The optimum at today's lengths (the `match` result of the unchanged design).
    MatchResult before;
    std::vector<SpanLengthChoice> spans;  ///< every span with bounds, in design order
    long candidateArcs = 0;      ///< admissible (girder, slot, length) triples
    double searchSeconds = 0.0;  ///< time in the search over lengths
    bool searchOptimal = false;  ///< the search over lengths was exhausted
    long searchNodes = 0;        ///< its nodes (one plan problem each)
};

/// True when the objective can be used to choose lengths (carbon and count).
bool designSupports(Objective objective);

/// Chooses the lengths of the spans with bounds together with the plan: a branch-and-bound
/// over the spans' candidate lengths whose nodes are plan problems solved by the matching
/// engine (docs/design-around-stock.md); the plan at the chosen lengths is then made by
/// optimisePlan, with its explanations. Never worse than the optimum at today's lengths.
/// `options.objective` must be carbon or count (else the result is today's optimum).
DesignResult designAroundStock(const MatchInput& input, const MatchOptions& options = {});

/// A span's required length moved to `lengthM`; a calculation span that was entered moves by
/// the same amount (an empty one follows the required length by itself).
void moveSpan(Span& span, double lengthM);

/// The input with the chosen lengths: required length set, calculation span shifted by the
/// same amount (docs/contract/planning.md section 6).
MatchInput withChosenLengths(const MatchInput& input, const std::vector<SpanLengthChoice>& spans);

/// Stores the chosen lengths (calculation spans shifted along) and the plan in the document.
void applyDesign(ProjectDocument& doc, const DesignResult& result);

}  // namespace respan::matching
