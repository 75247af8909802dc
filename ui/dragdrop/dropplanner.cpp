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

DropPlan planDrop(const ProjectDocument& doc, const AssignmentChecker& checker,
                  const QList<Uid>& elements, const DropTarget& target, Uid sourceSlot) {
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

QString describeDrop(const ProjectDocument& doc, const DropPlan& plan) {
    QString text;
    if (plan.placements.size() == 1) {
        const Slot* s = doc.slotByUid(plan.placements.front().slotUid);
        text = Tr::tr("%1 placed in slot %2 and pinned.")
                   .arg(idOf(doc, plan.placements.front().elementUid),
                        s != nullptr ? s->name : QString());
    } else if (!plan.placements.empty()) {
        text = Tr::tr("%n element(s) placed and pinned.", nullptr,
                      static_cast<int>(plan.placements.size()));
    }
    if (!plan.refusals.isEmpty()) {
        const QString refused =
            plan.placements.empty()
                ? Tr::tr("Not placed: %1").arg(plan.refusals.join(QStringLiteral("; ")))
                : Tr::tr("Left out: %1").arg(plan.refusals.join(QStringLiteral("; ")));
        text = text.isEmpty() ? refused : text + QLatin1Char(' ') + refused;
    }
    return text;
}

}  // namespace respan::ui
