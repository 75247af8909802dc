#pragma once
// What one entered step result does to a girder (docs/recertification.md, "Results"): the checks
// a record must pass, and the status, resistances and history it brings. The results import and
// the step editor share them, so a step entered by hand counts exactly as an imported one.
#include <QDateTime>
#include <QString>

#include <vector>

#include "core/model/certification.h"
#include "core/model/element.h"

namespace respan::certification {

/// One thing wrong with a record as entered: the field (the results CSV's column name:
/// "actual_start", "actual_end", "moment_capacity_knm", "shear_capacity_kn") and why (translated).
struct RecordProblem {
    QString field;
    QString rule;  ///< "order", "required", "status", "range"
    QString message;
};

/// The checks of section 4.2 between the fields of one record: an end needs a start and comes
/// after it, a planned or running step has no end, resistances are above zero and come only from
/// a passed or conditional step. Empty when the record can be kept.
std::vector<RecordProblem> checkStepRecord(const StepRecord& record);

/// What the new records did to the girder.
struct StepOutcome {
    bool rejected = false;   ///< a failed step rejected it
    bool verified = false;   ///< a step's resistances replaced its own, basis verified
    bool certified = false;  ///< every step is done and it was in storage: now certified
};

/// Applies the consequences of `records` (already in `element.certification`): a failed step
/// rejects the girder; a passed or conditional step with resistances replaces them and marks them
/// verified; a girder in storage whose every template step is done becomes certified. Each change
/// enters the history with `user`, `when` and `source` (e.g. "certification import").
StepOutcome applyStepOutcome(Element& element, const std::vector<ProtocolStep>& protocol,
                             const std::vector<const StepRecord*>& records, const QString& user,
                             const QDateTime& when, const QString& source);

/// `element` with `record` in place of its record of the same step (added when it had none,
/// dropped when the new one says nothing), and the outcome of a changed status or resistance
/// applied as applyStepOutcome does. `outcome`, when given, says what happened.
Element withStepRecord(Element element, const std::vector<ProtocolStep>& protocol,
                       StepRecord record, const QString& user, const QDateTime& when,
                       const QString& source, StepOutcome* outcome = nullptr);

}  // namespace respan::certification
