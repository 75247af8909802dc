#include "core/matching/judging/plancheck.h"

#include <QHash>
#include <QSet>

#include <map>
#include <optional>
#include <tuple>

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"

namespace respan::matching {

namespace {

/// One assignment with the pieces it refers to, gathered span by span in slot order.
struct Placed {
    Assignment assignment;
    const Element* element;
    const Structure* structure;
    const Span* span;
    const Slot* slot;
};

void judgeSpan(const std::vector<Placed>& span, const ProjectSettings& settings,
               const QHash<Uid, QDate>& ready, const QLocale& locale,
               std::vector<CheckedAssignment>& out) {
    const std::size_t first = out.size();
    // Section key -> (pins, assignments, -earliest position): the largest key stays.
    std::map<std::pair<double, double>, std::tuple<int, int, int>> votes;
    for (std::size_t i = 0; i < span.size(); ++i) {
        const Placed& p = span[i];
        CheckedAssignment c;
        c.assignment = p.assignment;
        const auto r = ready.constFind(p.element->uid);
        c.check = checkPair(*p.element, *p.structure, *p.span, *p.slot, settings,
                            r == ready.cend() ? std::nullopt : std::optional<QDate>(*r));
        if (!c.check.admissible()) {
            c.rule = c.check.failed;
            c.detail = describeFailure(c.check, locale);
        } else {
            const auto key = std::make_pair(p.element->height.value(), p.element->width.value());
            auto [it, inserted] = votes.try_emplace(key, 0, 0, -static_cast<int>(i));
            if (p.assignment.pinned) ++std::get<0>(it->second);
            ++std::get<1>(it->second);
        }
        out.push_back(std::move(c));
    }
    if (votes.size() < 2) return;
    auto kept = votes.begin();
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it->second > kept->second) kept = it;
    }
    const Millimetres height(kept->first.first);
    const Millimetres width(kept->first.second);
    for (std::size_t i = 0; i < span.size(); ++i) {
        CheckedAssignment& c = out[first + i];
        const Element& e = *span[i].element;
        if (c.conflict() || (e.height == height && e.width == width)) continue;
        c.rule = RuleId::R8Section;
        c.detail = describeSectionClash(e, height, width, locale);
    }
}

template <class FindAssignment, class FindElement>
std::vector<CheckedAssignment> checkAll(const std::vector<Structure>& structures,
                                        const ProjectSettings& settings,
                                        const QHash<Uid, QDate>& ready, const QLocale& locale,
                                        FindAssignment assignmentOf, FindElement elementOf) {
    std::vector<CheckedAssignment> out;
    std::vector<Placed> span;
    for (const Structure& d : structures) {
        for (const Span& p : d.spans) {
            span.clear();
            for (const Slot& s : p.slots) {
                const std::optional<Assignment> a = assignmentOf(s.uid);
                if (!a) continue;
                const Element* e = elementOf(a->elementUid);
                if (e == nullptr) continue;
                span.push_back({*a, e, &d, &p, &s});
            }
            judgeSpan(span, settings, ready, locale, out);
        }
    }
    return out;
}

/// The first assignment of each slot and of each element, by slot.
QHash<Uid, Assignment> indexBySlot(const std::vector<Assignment>& plan) {
    QHash<Uid, Assignment> bySlot;
    QSet<Uid> usedElements;
    for (const Assignment& a : plan) {
        if (bySlot.contains(a.slotUid) || usedElements.contains(a.elementUid)) continue;
        bySlot.insert(a.slotUid, a);
        usedElements.insert(a.elementUid);
    }
    return bySlot;
}

std::optional<Assignment> lookUp(const QHash<Uid, Assignment>& bySlot, Uid slot) {
    const auto it = bySlot.constFind(slot);
    if (it == bySlot.cend()) return std::nullopt;
    return *it;
}

}  // namespace

std::vector<CheckedAssignment> checkAssignments(const ProjectDocument& doc, const QLocale& locale) {
    // R5 v2: the ready dates of the schedule of this very plan.
    return checkAll(
        doc.structures(), doc.settings(), certification::readyDates(doc), locale,
        [&doc](Uid slot) { return doc.assignmentForSlot(slot); },
        [&doc](Uid element) { return doc.elementByUid(element); });
}

std::vector<CheckedAssignment> checkAssignments(const ProjectDocument& doc,
                                                const std::vector<Assignment>& plan) {
    const QHash<Uid, Assignment> bySlot = indexBySlot(plan);
    return checkAll(
        doc.structures(), doc.settings(),
        certification::readyDates(doc.protocol(), doc.elements(), doc.structures(), plan,
                                  doc.settings()),
        QLocale::c(), [&bySlot](Uid slot) { return lookUp(bySlot, slot); },
        [&doc](Uid element) { return doc.elementByUid(element); });
}

std::vector<CheckedAssignment> checkAssignments(const MatchInput& input,
                                                const std::vector<Assignment>& plan,
                                                const QLocale& locale) {
    QHash<Uid, const Element*> elements;
    elements.reserve(static_cast<qsizetype>(input.elements.size()));
    for (const Element& e : input.elements) elements.insert(e.uid, &e);
    const QHash<Uid, Assignment> bySlot = indexBySlot(plan);
    return checkAll(
        input.structures, input.settings, readyDatesFor(input, plan), locale,
        [&bySlot](Uid slot) { return lookUp(bySlot, slot); },
        [&elements](Uid element) { return elements.value(element, nullptr); });
}

double plannedSavingKg(const std::vector<CheckedAssignment>& checked) {
    double total = 0.0;
    for (const CheckedAssignment& c : checked) {
        if (!c.conflict()) total += c.check.savingKg;
    }
    return total;
}

}  // namespace respan::matching
