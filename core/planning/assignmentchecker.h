#pragma once

#include <QDate>
#include <QLocale>

#include <QHash>
#include <QPointer>
#include <QString>

#include <optional>
#include <span>
#include <vector>

#include "core/matching/judging/plancheck.h"
#include "core/model/assignment.h"
#include "core/model/uid.h"

namespace respan {

class DocumentNotifier;
class ProjectDocument;

/// Whether one element may go into one slot, and if not, the first rule that fails in words.
struct AdmissibilityVerdict {
    bool admissible = true;
    QString rule;  ///< "R1", "R2", ... (docs/contract/matching.md section 2); empty when admissible
    QString reason;  ///< the engine's translated sentence, e.g. "R1 length: girder 23.40 m is ..."

    static AdmissibilityVerdict ok() { return {}; }
    static AdmissibilityVerdict refuse(QString rule, QString reason) {
        return {false, std::move(rule), std::move(reason)};
    }
};

/// The one place where the planning board asks whether a placement is admissible (highlighting
/// while dragging, refusing a drop, filling a span, the status-bar text), whether a placement in
/// the document is a conflict, and what the figures of a pair are. Backed by the matching
/// engine's own rule code (matching::checkPlacement, checkPair, checkAssignments), so the board
/// and the optimiser cannot disagree.
///
/// The check of the document's assignments is cached per document revision: the drawing and
/// the structure tree ask for every slot on every repaint. Not thread-safe (GUI thread).
class AssignmentChecker {
public:
    /// The reasons write numbers in `locale`: the planner's on the board ("17,86 m" in Dutch),
    /// the C locale where the text goes into files or the command line.
    explicit AssignmentChecker(QLocale locale = QLocale::c()) : locale_(std::move(locale)) {}
    [[nodiscard]] const QLocale& locale() const { return locale_; }

    /// May `elementUid` go into `slotUid`? R1-R7 of the pair, then R8 against the girders that
    /// stay in the span. `pending` are other placements of the same gesture (a drop of several
    /// elements), which count as made. The element's own current place and the slot's current
    /// occupant are taken as leaving.
    [[nodiscard]] AdmissibilityVerdict check(const ProjectDocument& doc, Uid elementUid,
                                             Uid slotUid,
                                             std::span<const Assignment> pending = {}) const;

    /// Whether an assignment of the document breaks a rule now (drawn in the conflict colour,
    /// the reason as tooltip); std::nullopt when it does not or is not in the document.
    [[nodiscard]] std::optional<AdmissibilityVerdict> conflict(const ProjectDocument& doc,
                                                               const Assignment& assignment) const;

    /// The engine's check of the document's assignment in `slotUid` (cut, utilisation, saving,
    /// verdict); nullptr when the slot is empty. Valid until the document changes.
    [[nodiscard]] const matching::CheckedAssignment* checkedAssignment(const ProjectDocument& doc,
                                                                       Uid slotUid) const;
    /// Every assignment of the document, checked (cached until the document changes).
    [[nodiscard]] const std::vector<matching::CheckedAssignment>& checkedAssignments(
        const ProjectDocument& doc) const;

    /// The pair check of any element in any slot (e.g. the figures while dragging).
    [[nodiscard]] std::optional<matching::PairCheck> pairCheck(const ProjectDocument& doc,
                                                               Uid elementUid, Uid slotUid) const;

private:
    void refresh(const ProjectDocument& doc) const;
    std::optional<QDate> readyIfPlaced(const ProjectDocument& doc, Uid elementUid,
                                       Uid slotUid) const;

    mutable QPointer<DocumentNotifier> cachedFor_;  // null once that document is gone
    mutable quint64 cachedRevision_ = 0;
    mutable std::vector<matching::CheckedAssignment> checked_;
    mutable QHash<Uid, int> checkedBySlot_;
    mutable QHash<std::pair<Uid, Uid>, std::optional<QDate>> readyIfPlaced_;
    QLocale locale_;
};

}  // namespace respan
