#include "ui/dragdrop/dropplanner.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

#include "core/commands/cmdassignmentmove.h"
#include "core/commands/cmdassignmentset.h"
#include "core/document/projectdocument.h"

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::DropPlanner)
};

QString idOf(const ProjectDocument& doc, Uid uid) {
    const Element* e = doc.elementByUid(uid);
    return e != nullptr ? e->id : QString();
}

/// Empty slots of a span, starting at `startIndex` and wrapping around.
std::vector<Uid> emptySlots(const ProjectDocument& doc, const Span& span, int startIndex) {
    std::vector<Uid> out;
    const int n = static_cast<int>(span.slots.size());
    for (int k = 0; k < n; ++k) {
        const Slot& s = span.slots[static_cast<std::size_t>((startIndex + k) % n)];
        if (!doc.assignmentForSlot(s.uid)) out.push_back(s.uid);
    }
    return out;
}

void fill(const ProjectDocument& doc, const AssignmentChecker& checker, const QList<Uid>& elements,
          std::vector<Uid> candidates, DropPlan& plan) {
    for (Uid element : elements) {
        QString firstReason;
        bool placed = false;
        for (auto it = candidates.begin(); it != candidates.end(); ++it) {
            const AdmissibilityVerdict v = checker.check(doc, element, *it, plan.placements);
            if (v.admissible) {
                plan.placements.push_back(Assignment{element, *it, true});
                candidates.erase(it);
                placed = true;
                break;
            }
            if (firstReason.isEmpty())
                firstReason = Tr::tr("%1: %2").arg(idOf(doc, element), v.reason);
        }
        if (!placed) {
            plan.refusals.push_back(
                firstReason.isEmpty()
                    ? Tr::tr("%1: no empty slot left in this span").arg(idOf(doc, element))
                    : firstReason);
        }
    }
}

}  // namespace

Replace replaceFor(Qt::KeyboardModifiers modifiers) {
    return modifiers.testFlag(Qt::ShiftModifier) ? Replace::Allow : Replace::Refuse;
}

QString slotPath(const ProjectDocument& doc, Uid slotUid) {
    const SlotPosition pos = doc.slotPosition(slotUid);
    if (!pos.isValid()) return QString();
    const Structure& s = doc.structure(pos.structure);
    const Span& p = s.spans.at(static_cast<std::size_t>(pos.span));
    return QStringLiteral("%1 / %2 / %3")
        .arg(s.name, p.name, p.slots.at(static_cast<std::size_t>(pos.slot)).name);
}

DropPlan planDrop(const ProjectDocument& doc, const AssignmentChecker& checker,
                  const QList<Uid>& elements, const DropTarget& target, Uid sourceSlot,
                  Replace replace) {
    DropPlan plan;
    if (elements.isEmpty()) return plan;
    if (target.slotUid != kNoUid) {
        const SlotPosition pos = doc.slotPosition(target.slotUid);
        if (!pos.isValid()) return plan;
        plan.verdict = checker.check(doc, elements.front(), target.slotUid, {});
        if (!plan.verdict.admissible) {
            plan.refusals.push_back(
                Tr::tr("%1: %2").arg(idOf(doc, elements.front()), plan.verdict.reason));
            return plan;
        }
        // A slot that holds another girder is replaced only when the planner says so.
        if (const auto held = doc.assignmentForSlot(target.slotUid);
            held && held->elementUid != elements.front()) {
            plan.occupant = held->elementUid;
            plan.occupantPinned = held->pinned;
            if (replace == Replace::Refuse) {
                plan.refusals.push_back(
                    Tr::tr("%1 holds %2 (%3): hold Shift while dropping to replace it")
                        .arg(slotPath(doc, target.slotUid), idOf(doc, held->elementUid),
                             held->pinned ? Tr::tr("pinned") : Tr::tr("proposed")));
                return plan;
            }
        }
        if (const auto current = doc.assignmentForElement(elements.front());
            current && current->slotUid != target.slotUid) {
            plan.leavesEmpty = current->slotUid;
        }
        plan.placements.push_back(Assignment{elements.front(), target.slotUid, true});
        if (elements.size() == 1) {
            const auto current = doc.assignmentForElement(elements.front());
            if (sourceSlot != kNoUid && current && current->slotUid == sourceSlot &&
                sourceSlot != target.slotUid) {
                plan.moveFromSlot = sourceSlot;
            }
            return plan;
        }
        const Span& span =
            doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
        std::vector<Uid> candidates = emptySlots(doc, span, pos.slot);
        std::erase(candidates, target.slotUid);
        fill(doc, checker, elements.mid(1), std::move(candidates), plan);
        return plan;
    }
    const SlotPosition pos = doc.spanPosition(target.spanUid);
    if (pos.structure < 0) return plan;
    const Span& span = doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    fill(doc, checker, elements, emptySlots(doc, span, 0), plan);
    if (plan.placements.empty() && !plan.refusals.isEmpty())
        plan.verdict = AdmissibilityVerdict::refuse(QString(), plan.refusals.front());
    return plan;
}

PushResult applyDrop(QUndoStack& stack, ProjectDocument& doc, const DropPlan& plan) {
    if (plan.isEmpty()) return PushResult{false, describeDrop(doc, plan)};
    try {
        std::unique_ptr<AssignmentChange> cmd;
        if (plan.moveFromSlot != kNoUid) {
            cmd = std::make_unique<CmdAssignmentMove>(doc, plan.moveFromSlot,
                                                      plan.placements.front().slotUid);
        } else {
            cmd = std::make_unique<CmdAssignmentSet>(doc, plan.placements);
        }
        if (cmd->isNoOp()) return {};
        return pushCommand(stack, std::move(cmd));
    } catch (const std::invalid_argument& e) {
        return PushResult{false, QString::fromUtf8(e.what())};
    }
}

namespace {

QString refusalsText(const DropPlan& plan);

}  // namespace

QString dropConsequences(const ProjectDocument& doc, const DropPlan& plan) {
    QString text;
    if (plan.occupant != kNoUid && !plan.isEmpty()) {
        text += Tr::tr("; replaces %1 (%2), which goes back to the inventory")
                    .arg(idOf(doc, plan.occupant),
                         plan.occupantPinned ? Tr::tr("pinned") : Tr::tr("proposed"));
    }
    if (plan.leavesEmpty != kNoUid) {
        // Moving a pinned girder takes the planner's pin with it: say so.
        const auto from = doc.assignmentForSlot(plan.leavesEmpty);
        text += from && from->pinned
                    ? Tr::tr("; %1, where it was pinned, is left empty")
                          .arg(slotPath(doc, plan.leavesEmpty))
                    : Tr::tr("; %1 is left empty").arg(slotPath(doc, plan.leavesEmpty));
    }
    return text;
}

namespace {

QString refusalsText(const DropPlan& plan) {
    if (plan.refusals.isEmpty()) return QString();
    return plan.placements.empty()
               ? Tr::tr("Not placed: %1").arg(plan.refusals.join(QStringLiteral("; ")))
               : Tr::tr("Left out: %1").arg(plan.refusals.join(QStringLiteral("; ")));
}

QString joined(const QString& a, const QString& b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return a + QLatin1Char(' ') + b;
}

}  // namespace

QString describeDrop(const ProjectDocument& doc, const DropPlan& plan) {
    QString text;
    if (plan.placements.size() == 1) {
        text =
            Tr::tr("%1 placed in %2 and pinned%3.")
                .arg(idOf(doc, plan.placements.front().elementUid),
                     slotPath(doc, plan.placements.front().slotUid), dropConsequences(doc, plan));
    } else if (!plan.placements.empty()) {
        text = Tr::tr("%n element(s) placed and pinned.", nullptr,
                      static_cast<int>(plan.placements.size()));
    }
    return joined(text, refusalsText(plan));
}

QString describeDropPreview(const ProjectDocument& doc, const DropPlan& plan) {
    if (plan.placements.size() == 1) {
        return joined(
            Tr::tr("Place %1 in %2%3.")
                .arg(idOf(doc, plan.placements.front().elementUid),
                     slotPath(doc, plan.placements.front().slotUid), dropConsequences(doc, plan)),
            refusalsText(plan));
    }
    if (!plan.placements.empty()) {
        return joined(
            Tr::tr("Place %n element(s) here.", nullptr, static_cast<int>(plan.placements.size())),
            refusalsText(plan));
    }
    return refusalsText(plan);
}

}  // namespace respan::ui
