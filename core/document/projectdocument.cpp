#include "core/document/projectdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

#include "core/document/documentnotifier.h"
#include "core/model/identifier.h"
#include "core/model/validation.h"

namespace respan {

namespace {

[[noreturn]] void invalid(const QString& message) {
    throw std::invalid_argument(message.toStdString());
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectDocument)
};

void checkIndex(int index, std::size_t size, bool allowEnd) {
    const auto limit = static_cast<int>(size) + (allowEnd ? 1 : 0);
    if (index < 0 || index >= limit) invalid(QStringLiteral("index %1 out of range").arg(index));
}

std::vector<Uid> slotUidsOf(const Span& p) {
    std::vector<Uid> out;
    out.reserve(p.slots.size());
    for (const Slot& s : p.slots) out.push_back(s.uid);
    return out;
}

std::vector<Uid> slotUidsOf(const Structure& s) {
    std::vector<Uid> out;
    for (const Span& p : s.spans) {
        for (const Slot& slot : p.slots) out.push_back(slot.uid);
    }
    return out;
}

}  // namespace

ProjectDocument::ProjectDocument() : notifier_(std::make_unique<DocumentNotifier>()) {}

ProjectDocument::~ProjectDocument() = default;

Uid ProjectDocument::allocateUid() {
    return nextUid_++;
}

void ProjectDocument::reserveUidsUpTo(Uid uid) {
    nextUid_ = std::max(nextUid_, uid + 1);
}

void ProjectDocument::setChanged(const std::function<void(ChangeSet&)>& change) {
    ++revision_;
    const bool was = changes_.any();
    change(changes_);
    if (!was && changes_.any()) Q_EMIT notifier_->modifiedChanged(true);
}

// --- elements -------------------------------------------------------------------------------

int ProjectDocument::elementRow(Uid uid) const {
    return elementRowByUid_.value(uid, -1);
}

int ProjectDocument::elementRowById(const QString& id) const {
    const auto it = elementUidById_.constFind(identifierKey(id));
    return it == elementUidById_.cend() ? -1 : elementRow(*it);
}

const Element* ProjectDocument::elementByUid(Uid uid) const {
    const int row = elementRow(uid);
    return row < 0 ? nullptr : &elements_[static_cast<std::size_t>(row)];
}

const Element* ProjectDocument::elementById(const QString& id) const {
    const int row = elementRowById(id);
    return row < 0 ? nullptr : &elements_[static_cast<std::size_t>(row)];
}

void ProjectDocument::rebuildElementIndex(int fromRow) {
    for (int row = fromRow; row < elementCount(); ++row) {
        elementRowByUid_.insert(elements_[static_cast<std::size_t>(row)].uid, row);
    }
}

void ProjectDocument::assignDocumentUids(Element& e) {
    QSet<Uid> attached;
    for (AttachedDocument& d : e.documents) {
        if (d.uid == kNoUid) d.uid = allocateUid();
        reserveUidsUpTo(d.uid);
        attached.insert(d.uid);
    }
    // A step's evidence is one of the girder's documents; a removed document proves nothing.
    for (StepRecord& r : e.certification) {
        std::erase_if(r.evidence, [&](Uid u) { return !attached.contains(u); });
    }
}

int ProjectDocument::insertElement(Element e) {
    e.id = identifierKey(e.id);
    if (e.uid == kNoUid) e.uid = allocateUid();
    assignDocumentUids(e);
    if (elementRowByUid_.contains(e.uid))
        invalid(QStringLiteral("element uid %1 exists").arg(e.uid));
    if (elementUidById_.contains(e.id)) invalid(Tr::tr("element id %1 is already used").arg(e.id));
    reserveUidsUpTo(e.uid);
    const auto it = std::lower_bound(elements_.begin(), elements_.end(), e.uid,
                                     [](const Element& a, Uid uid) { return a.uid < uid; });
    const int row = static_cast<int>(it - elements_.begin());
    Q_EMIT notifier_->elementsAboutToBeInserted(row, row);
    const Uid uid = e.uid;
    elementUidById_.insert(e.id, uid);
    elements_.insert(it, std::move(e));
    rebuildElementIndex(row);
    setChanged([uid](ChangeSet& c) { c.elements.insert(uid); });
    Q_EMIT notifier_->elementsInserted(row, row);
    notify(DocumentChange::Kind::Elements, DocumentChange::Action::Inserted, {uid});
    return row;
}

void ProjectDocument::appendElements(std::vector<Element> added) {
    if (added.empty()) return;
    QSet<QString> newIds;
    for (Element& e : added) {
        e.id = identifierKey(e.id);
        if (e.uid == kNoUid) e.uid = allocateUid();
        assignDocumentUids(e);
        if (e.uid < nextUid_ - 1 && elementRowByUid_.contains(e.uid))
            invalid(QStringLiteral("element uid %1 exists").arg(e.uid));
        if (elementUidById_.contains(e.id) || newIds.contains(e.id))
            invalid(Tr::tr("element id %1 is already used").arg(e.id));
        newIds.insert(e.id);
        reserveUidsUpTo(e.uid);
    }
    std::sort(added.begin(), added.end(),
              [](const Element& a, const Element& b) { return a.uid < b.uid; });
    if (!elements_.empty() && added.front().uid <= elements_.back().uid) {
        // Not an append: fall back to ordered single inserts (rare; loaders use resetContent).
        for (Element& e : added) insertElement(std::move(e));
        return;
    }
    const int first = elementCount();
    const int last = first + static_cast<int>(added.size()) - 1;
    Q_EMIT notifier_->elementsAboutToBeInserted(first, last);
    elements_.reserve(elements_.size() + added.size());
    elementRowByUid_.reserve(static_cast<qsizetype>(elements_.size() + added.size()));
    elementUidById_.reserve(static_cast<qsizetype>(elements_.size() + added.size()));
    QSet<Uid> uids;
    for (Element& e : added) {
        elementUidById_.insert(e.id, e.uid);
        uids.insert(e.uid);
        elements_.push_back(std::move(e));
    }
    rebuildElementIndex(first);
    setChanged([&uids](ChangeSet& c) { c.elements.unite(uids); });
    Q_EMIT notifier_->elementsInserted(first, last);
    notify(DocumentChange::Kind::Elements, DocumentChange::Action::Inserted,
           QList<qint64>(uids.cbegin(), uids.cend()));
}

void ProjectDocument::updateElement(int row, Element e) {
    checkIndex(row, elements_.size(), false);
    Element& current = elements_[static_cast<std::size_t>(row)];
    if (e.uid != current.uid) invalid(QStringLiteral("updateElement may not change the uid"));
    if (identifierKey(e.id) != identifierKey(current.id)) {
        e.id = identifierKey(e.id);
        if (elementUidById_.contains(e.id))
            invalid(Tr::tr("element id %1 is already used").arg(e.id));
        elementUidById_.remove(identifierKey(current.id));
        elementUidById_.insert(e.id, e.uid);
    }
    assignDocumentUids(e);
    const Uid uid = e.uid;
    current = std::move(e);
    setChanged([uid](ChangeSet& c) { c.elements.insert(uid); });
    Q_EMIT notifier_->elementChanged(row);
    notify(DocumentChange::Kind::Elements, DocumentChange::Action::Changed, {uid});
}

RemovedElement ProjectDocument::takeElement(int row) {
    checkIndex(row, elements_.size(), false);
    RemovedElement removed;
    const Uid uid = elements_[static_cast<std::size_t>(row)].uid;
    removed.assignment = assignmentForElement(uid);
    if (removed.assignment) removeAssignment(removed.assignment->slotUid);
    Q_EMIT notifier_->elementsAboutToBeRemoved(row, row);
    removed.element = std::move(elements_[static_cast<std::size_t>(row)]);
    elements_.erase(elements_.begin() + row);
    elementRowByUid_.remove(uid);
    elementUidById_.remove(identifierKey(removed.element.id));
    rebuildElementIndex(row);
    setChanged([uid](ChangeSet& c) { c.elements.insert(uid); });
    Q_EMIT notifier_->elementsRemoved(row, row);
    notify(DocumentChange::Kind::Elements, DocumentChange::Action::Removed, {uid});
    return removed;
}

std::vector<RemovedElement> ProjectDocument::takeElements(int first, int last) {
    checkIndex(first, elements_.size(), false);
    checkIndex(last, elements_.size(), false);
    if (last < first) invalid(QStringLiteral("takeElements: last before first"));
    std::vector<RemovedElement> removed(static_cast<std::size_t>(last - first + 1));
    std::vector<Uid> assignedSlots;
    for (int row = first; row <= last; ++row) {
        auto a = assignmentForElement(elements_[static_cast<std::size_t>(row)].uid);
        if (a) assignedSlots.push_back(a->slotUid);
        removed[static_cast<std::size_t>(row - first)].assignment = a;
    }
    if (!assignedSlots.empty()) takeAssignmentsOfSlots(assignedSlots);
    Q_EMIT notifier_->elementsAboutToBeRemoved(first, last);
    QSet<Uid> uids;
    for (int row = first; row <= last; ++row) {
        Element& e = elements_[static_cast<std::size_t>(row)];
        uids.insert(e.uid);
        elementRowByUid_.remove(e.uid);
        elementUidById_.remove(identifierKey(e.id));
        removed[static_cast<std::size_t>(row - first)].element = std::move(e);
    }
    elements_.erase(elements_.begin() + first, elements_.begin() + last + 1);
    rebuildElementIndex(first);
    setChanged([&uids](ChangeSet& c) { c.elements.unite(uids); });
    Q_EMIT notifier_->elementsRemoved(first, last);
    notify(DocumentChange::Kind::Elements, DocumentChange::Action::Removed,
           QList<qint64>(uids.cbegin(), uids.cend()));
    return removed;
}

void ProjectDocument::restoreElement(RemovedElement removed) {
    insertElement(std::move(removed.element));
    if (removed.assignment && slotPosition(removed.assignment->slotUid).isValid()) {
        setAssignment(*removed.assignment);
    }
}

// --- donors ---------------------------------------------------------------------------------

void ProjectDocument::setDonors(std::vector<DonorStructure> donors) {
    for (DonorStructure& d : donors) {
        if (d.uid == kNoUid) d.uid = allocateUid();
        reserveUidsUpTo(d.uid);
    }
    donors_ = std::move(donors);
    setChanged([](ChangeSet& c) { c.donors = true; });
    Q_EMIT notifier_->donorsChanged();
    notify(DocumentChange::Kind::Donors, DocumentChange::Action::Changed, {});
}

// --- structures -----------------------------------------------------------------------------

int ProjectDocument::structureIndex(Uid uid) const {
    for (int i = 0; i < structureCount(); ++i) {
        if (structures_[static_cast<std::size_t>(i)].uid == uid) return i;
    }
    return -1;
}

int ProjectDocument::structureIndexByName(const QString& name) const {
    const QString key = identifierKey(name);
    for (int i = 0; i < structureCount(); ++i) {
        if (identifierKey(structures_[static_cast<std::size_t>(i)].name) == key) return i;
    }
    return -1;
}

void ProjectDocument::ensureSlotIndex() const {
    if (slotIndexValid_) return;
    slotIndex_.clear();
    spanIndex_.clear();
    slotCount_ = 0;
    for (int s = 0; s < structureCount(); ++s) {
        const Structure& st = structures_[static_cast<std::size_t>(s)];
        for (int p = 0; p < static_cast<int>(st.spans.size()); ++p) {
            const Span& span = st.spans[static_cast<std::size_t>(p)];
            spanIndex_.insert(span.uid, SlotPosition{s, p, -1});
            for (int k = 0; k < static_cast<int>(span.slots.size()); ++k) {
                slotIndex_.insert(span.slots[static_cast<std::size_t>(k)].uid,
                                  SlotPosition{s, p, k});
                ++slotCount_;
            }
        }
    }
    slotIndexValid_ = true;
}

int ProjectDocument::slotCount() const {
    ensureSlotIndex();
    return slotCount_;
}

SlotPosition ProjectDocument::slotPosition(Uid slotUid) const {
    ensureSlotIndex();
    return slotIndex_.value(slotUid, SlotPosition{});
}

SlotPosition ProjectDocument::spanPosition(Uid spanUid) const {
    ensureSlotIndex();
    return spanIndex_.value(spanUid, SlotPosition{});
}

const Slot* ProjectDocument::slotByUid(Uid slotUid) const {
    const SlotPosition pos = slotPosition(slotUid);
    if (!pos.isValid()) return nullptr;
    return &structures_[static_cast<std::size_t>(pos.structure)]
                .spans[static_cast<std::size_t>(pos.span)]
                .slots[static_cast<std::size_t>(pos.slot)];
}

void ProjectDocument::checkStructureNameFree(const QString& name, int exceptIndex) const {
    const int existing = structureIndexByName(name);
    if (existing >= 0 && existing != exceptIndex)
        invalid(Tr::tr("a structure named %1 already exists").arg(name));
}

void ProjectDocument::assignUids(Span& p) {
    if (p.uid == kNoUid) p.uid = allocateUid();
    reserveUidsUpTo(p.uid);
    for (Slot& slot : p.slots) {
        if (slot.uid == kNoUid) slot.uid = allocateUid();
        reserveUidsUpTo(slot.uid);
    }
}

void ProjectDocument::assignUids(Structure& s) {
    if (s.uid == kNoUid) s.uid = allocateUid();
    reserveUidsUpTo(s.uid);
    for (Span& p : s.spans) assignUids(p);
}

void ProjectDocument::touchStructures() {
    invalidateSlotIndex();
    setChanged([](ChangeSet& c) { c.structures = true; });
}

std::vector<Assignment> ProjectDocument::takeAssignmentsOfSlots(const std::vector<Uid>& slotUids) {
    std::vector<Assignment> taken;
    QList<qint64> changed;
    for (Uid uid : slotUids) {
        if (auto a = assignmentForSlot(uid)) {
            taken.push_back(*a);
            changed.push_back(uid);
        }
    }
    if (taken.empty()) return taken;
    std::vector<Assignment> rest;
    rest.reserve(assignments_.size() - taken.size());
    const QSet<qint64> gone(changed.begin(), changed.end());
    for (const Assignment& a : assignments_) {
        if (!gone.contains(a.slotUid)) rest.push_back(a);
    }
    assignments_ = std::move(rest);
    touchAssignments(changed);
    return taken;
}

void ProjectDocument::restoreAssignments(const std::vector<Assignment>& list) {
    for (const Assignment& a : list) {
        if (elementRow(a.elementUid) >= 0 && slotPosition(a.slotUid).isValid()) setAssignment(a);
    }
}

void ProjectDocument::insertStructure(int index, Structure s) {
    checkIndex(index, structures_.size(), true);
    if (s.name.trimmed().isEmpty()) invalid(Tr::tr("a structure needs a name"));
    checkStructureNameFree(s.name, -1);
    assignUids(s);
    const Uid uid = s.uid;
    Q_EMIT notifier_->structureAboutToBeInserted(index);
    structures_.insert(structures_.begin() + index, std::move(s));
    touchStructures();
    Q_EMIT notifier_->structureInserted(index);
    notify(DocumentChange::Kind::Structures, DocumentChange::Action::Inserted, {uid});
}

Removed<Structure> ProjectDocument::takeStructure(int index) {
    checkIndex(index, structures_.size(), false);
    Removed<Structure> removed;
    removed.assignments =
        takeAssignmentsOfSlots(slotUidsOf(structures_[static_cast<std::size_t>(index)]));
    Q_EMIT notifier_->structureAboutToBeRemoved(index);
    removed.item = std::move(structures_[static_cast<std::size_t>(index)]);
    structures_.erase(structures_.begin() + index);
    touchStructures();
    Q_EMIT notifier_->structureRemoved(index);
    notify(DocumentChange::Kind::Structures, DocumentChange::Action::Removed, {removed.item.uid});
    return removed;
}

void ProjectDocument::restoreStructure(int index, Removed<Structure> removed) {
    insertStructure(index, std::move(removed.item));
    restoreAssignments(removed.assignments);
}

void ProjectDocument::updateStructureHeader(int index, const QString& name, GeoPoint site,
                                            const QString& notes) {
    checkIndex(index, structures_.size(), false);
    if (name.trimmed().isEmpty()) invalid(Tr::tr("a structure needs a name"));
    checkStructureNameFree(name, index);
    Structure& s = structures_[static_cast<std::size_t>(index)];
    s.name = name;
    s.site = site;
    s.notes = notes;
    touchStructures();
    Q_EMIT notifier_->structureChanged(index);
    notify(DocumentChange::Kind::Structures, DocumentChange::Action::Changed, {s.uid});
}

void ProjectDocument::updateStructureDeck(int index, const DeckDesign& deck) {
    checkIndex(index, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(index)];
    if (s.deck == deck) return;
    s.deck = deck;
    touchStructures();
    Q_EMIT notifier_->structureChanged(index);
    notify(DocumentChange::Kind::Structures, DocumentChange::Action::Changed, {s.uid});
}

void ProjectDocument::updateSpanCalculationSpan(int structure, int index,
                                                std::optional<Metres> length) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(index, s.spans.size(), false);
    Span& p = s.spans[static_cast<std::size_t>(index)];
    if (p.calculationSpan == length) return;
    p.calculationSpan = length;
    touchStructures();
    Q_EMIT notifier_->spanChanged(structure, index);
    notify(DocumentChange::Kind::Spans, DocumentChange::Action::Changed, {p.uid});
}

void ProjectDocument::updateSpanLengthBounds(int structure, int index, std::optional<Metres> min,
                                             std::optional<Metres> max) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(index, s.spans.size(), false);
    Span& p = s.spans[static_cast<std::size_t>(index)];
    if (p.requiredLengthMin == min && p.requiredLengthMax == max) return;
    Span probe = p;
    probe.requiredLengthMin = min;
    probe.requiredLengthMax = max;
    if (const auto e = checkLengthBounds(probe)) invalid(e->message);
    p.requiredLengthMin = min;
    p.requiredLengthMax = max;
    touchStructures();
    Q_EMIT notifier_->spanChanged(structure, index);
    notify(DocumentChange::Kind::Spans, DocumentChange::Action::Changed, {p.uid});
}

void ProjectDocument::updateStructureFixedTotal(int index, std::optional<Metres> total) {
    checkIndex(index, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(index)];
    if (s.fixedTotalLength == total) return;
    s.fixedTotalLength = total;
    touchStructures();
    Q_EMIT notifier_->structureChanged(index);
    notify(DocumentChange::Kind::Structures, DocumentChange::Action::Changed, {s.uid});
}

void ProjectDocument::insertSpan(int structure, int index, Span span) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(index, s.spans.size(), true);
    for (const Span& other : s.spans) {
        if (other.name == span.name)
            invalid(Tr::tr("span %1 already exists in %2").arg(span.name, s.name));
    }
    assignUids(span);
    const Uid uid = span.uid;
    Q_EMIT notifier_->spanAboutToBeInserted(structure, index);
    s.spans.insert(s.spans.begin() + index, std::move(span));
    touchStructures();
    Q_EMIT notifier_->spanInserted(structure, index);
    notify(DocumentChange::Kind::Spans, DocumentChange::Action::Inserted, {uid});
}

Removed<Span> ProjectDocument::takeSpan(int structure, int index) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(index, s.spans.size(), false);
    Removed<Span> removed;
    removed.assignments =
        takeAssignmentsOfSlots(slotUidsOf(s.spans[static_cast<std::size_t>(index)]));
    Q_EMIT notifier_->spanAboutToBeRemoved(structure, index);
    removed.item = std::move(s.spans[static_cast<std::size_t>(index)]);
    s.spans.erase(s.spans.begin() + index);
    touchStructures();
    Q_EMIT notifier_->spanRemoved(structure, index);
    notify(DocumentChange::Kind::Spans, DocumentChange::Action::Removed, {removed.item.uid});
    return removed;
}

void ProjectDocument::restoreSpan(int structure, int index, Removed<Span> removed) {
    insertSpan(structure, index, std::move(removed.item));
    restoreAssignments(removed.assignments);
}

void ProjectDocument::updateSpanHeader(int structure, int index, const QString& name,
                                       Metres requiredLength, QDate installDate) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(index, s.spans.size(), false);
    for (int i = 0; i < static_cast<int>(s.spans.size()); ++i) {
        if (i != index && s.spans[static_cast<std::size_t>(i)].name == name)
            invalid(Tr::tr("span %1 already exists in %2").arg(name, s.name));
    }
    Span& p = s.spans[static_cast<std::size_t>(index)];
    p.name = name;
    p.requiredLength = requiredLength;
    p.installDate = installDate;
    touchStructures();
    Q_EMIT notifier_->spanChanged(structure, index);
    notify(DocumentChange::Kind::Spans, DocumentChange::Action::Changed, {p.uid});
}

void ProjectDocument::insertSlot(int structure, int span, int index, Slot slot) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(span, s.spans.size(), false);
    Span& p = s.spans[static_cast<std::size_t>(span)];
    checkIndex(index, p.slots.size(), true);
    for (const Slot& other : p.slots) {
        if (other.name == slot.name)
            invalid(Tr::tr("slot %1 already exists in span %2").arg(slot.name, p.name));
    }
    if (slot.uid == kNoUid) slot.uid = allocateUid();
    reserveUidsUpTo(slot.uid);
    const Uid uid = slot.uid;
    Q_EMIT notifier_->slotAboutToBeInserted(structure, span, index);
    p.slots.insert(p.slots.begin() + index, std::move(slot));
    touchStructures();
    Q_EMIT notifier_->slotInserted(structure, span, index);
    notify(DocumentChange::Kind::Slots, DocumentChange::Action::Inserted, {uid});
}

Removed<Slot> ProjectDocument::takeSlot(int structure, int span, int index) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(span, s.spans.size(), false);
    Span& p = s.spans[static_cast<std::size_t>(span)];
    checkIndex(index, p.slots.size(), false);
    Removed<Slot> removed;
    removed.assignments = takeAssignmentsOfSlots({p.slots[static_cast<std::size_t>(index)].uid});
    Q_EMIT notifier_->slotAboutToBeRemoved(structure, span, index);
    removed.item = std::move(p.slots[static_cast<std::size_t>(index)]);
    p.slots.erase(p.slots.begin() + index);
    touchStructures();
    Q_EMIT notifier_->slotRemoved(structure, span, index);
    notify(DocumentChange::Kind::Slots, DocumentChange::Action::Removed, {removed.item.uid});
    return removed;
}

void ProjectDocument::restoreSlot(int structure, int span, int index, Removed<Slot> removed) {
    insertSlot(structure, span, index, std::move(removed.item));
    restoreAssignments(removed.assignments);
}

void ProjectDocument::updateSlot(int structure, int span, int index, Slot slot) {
    checkIndex(structure, structures_.size(), false);
    Structure& s = structures_[static_cast<std::size_t>(structure)];
    checkIndex(span, s.spans.size(), false);
    Span& p = s.spans[static_cast<std::size_t>(span)];
    checkIndex(index, p.slots.size(), false);
    Slot& current = p.slots[static_cast<std::size_t>(index)];
    if (slot.uid != current.uid) invalid(QStringLiteral("updateSlot may not change the uid"));
    for (int i = 0; i < static_cast<int>(p.slots.size()); ++i) {
        if (i != index && p.slots[static_cast<std::size_t>(i)].name == slot.name)
            invalid(Tr::tr("slot %1 already exists in span %2").arg(slot.name, p.name));
    }
    const Uid uid = slot.uid;
    current = std::move(slot);
    touchStructures();
    Q_EMIT notifier_->slotChanged(structure, span, index);
    notify(DocumentChange::Kind::Slots, DocumentChange::Action::Changed, {uid});
}

// --- assignments ----------------------------------------------------------------------------

std::optional<Assignment> ProjectDocument::assignmentForSlot(Uid slotUid) const {
    const auto it = assignmentBySlot_.constFind(slotUid);
    if (it == assignmentBySlot_.cend()) return std::nullopt;
    return assignments_[static_cast<std::size_t>(*it)];
}

std::optional<Assignment> ProjectDocument::assignmentForElement(Uid elementUid) const {
    const auto it = assignmentByElement_.constFind(elementUid);
    if (it == assignmentByElement_.cend()) return std::nullopt;
    return assignments_[static_cast<std::size_t>(*it)];
}

void ProjectDocument::rebuildAssignmentIndex() {
    assignmentBySlot_.clear();
    assignmentByElement_.clear();
    for (int i = 0; i < static_cast<int>(assignments_.size()); ++i) {
        assignmentBySlot_.insert(assignments_[static_cast<std::size_t>(i)].slotUid, i);
        assignmentByElement_.insert(assignments_[static_cast<std::size_t>(i)].elementUid, i);
    }
}

void ProjectDocument::notify(DocumentChange::Kind kind, DocumentChange::Action action,
                             QList<qint64> uids) {
    Q_EMIT notifier_->changed(DocumentChange{kind, action, std::move(uids)});
}

void ProjectDocument::touchAssignments(QList<qint64> slotUids) {
    rebuildAssignmentIndex();
    setChanged([](ChangeSet& c) { c.assignments = true; });
    Q_EMIT notifier_->assignmentsChanged(slotUids);
    notify(DocumentChange::Kind::Assignments, DocumentChange::Action::Changed, std::move(slotUids));
}

void ProjectDocument::setAssignment(const Assignment& a) {
    if (elementRow(a.elementUid) < 0) invalid(QStringLiteral("assignment to unknown element"));
    if (!slotPosition(a.slotUid).isValid()) invalid(QStringLiteral("assignment to unknown slot"));
    QList<qint64> changed{a.slotUid};
    if (auto old = assignmentForElement(a.elementUid); old && old->slotUid != a.slotUid) {
        changed.push_back(old->slotUid);
    }
    std::vector<Assignment> next;
    next.reserve(assignments_.size() + 1);
    for (const Assignment& x : assignments_) {
        if (x.slotUid != a.slotUid && x.elementUid != a.elementUid) next.push_back(x);
    }
    next.push_back(a);
    assignments_ = std::move(next);
    touchAssignments(changed);
}

void ProjectDocument::removeAssignment(Uid slotUid) {
    if (!assignmentBySlot_.contains(slotUid)) return;
    takeAssignmentsOfSlots({slotUid});
}

void ProjectDocument::setAssignments(std::vector<Assignment> list) {
    QSet<Uid> slots;
    QSet<Uid> elems;
    for (const Assignment& a : list) {
        if (elementRow(a.elementUid) < 0) invalid(QStringLiteral("assignment to unknown element"));
        if (!slotPosition(a.slotUid).isValid())
            invalid(QStringLiteral("assignment to unknown slot"));
        if (slots.contains(a.slotUid) || elems.contains(a.elementUid))
            invalid(QStringLiteral("slot or element assigned twice"));
        slots.insert(a.slotUid);
        elems.insert(a.elementUid);
    }
    QList<qint64> changed;
    for (const Assignment& a : assignments_) changed.push_back(a.slotUid);
    for (const Assignment& a : list) changed.push_back(a.slotUid);
    assignments_ = std::move(list);
    touchAssignments(changed);
}

// --- settings -------------------------------------------------------------------------------

void ProjectDocument::setSettings(const ProjectSettings& settings) {
    if (settings == settings_) return;
    settings_ = settings;
    syncFactorsFromSettings();
    setChanged([](ChangeSet& c) { c.settings = true; });
    Q_EMIT notifier_->settingsChanged();
    notify(DocumentChange::Kind::Settings, DocumentChange::Action::Changed, {});
}

// --- recertification protocol ----------------------------------------------------------------

void ProjectDocument::setProtocol(std::vector<ProtocolStep> protocol) {
    if (protocol == protocol_) return;
    const std::vector<ProtocolProblem> problems = checkProtocol(protocol);
    if (!problems.empty()) invalid(problems.front().message);
    protocol_ = std::move(protocol);
    setChanged([](ChangeSet& c) { c.protocol = true; });
    notify(DocumentChange::Kind::Protocol, DocumentChange::Action::Changed, {});
}

// --- interim storage ----------------------------------------------------------------------

void ProjectDocument::setSites(std::vector<StorageSite> sites) {
    if (sites == sites_) return;
    QSet<QString> ids;
    for (const StorageSite& site : sites) {
        const std::vector<SiteProblem> problems = checkSiteValues(site);
        if (!problems.empty())
            invalid(problems.front().field + QStringLiteral(": ") + problems.front().message);
        if (ids.contains(site.id)) invalid(Tr::tr("storage site %1 is there twice").arg(site.id));
        ids.insert(site.id);
    }
    sites_ = std::move(sites);
    setChanged([](ChangeSet& c) { c.sites = true; });
    notify(DocumentChange::Kind::Sites, DocumentChange::Action::Changed, {});
}

// --- impact factors ---------------------------------------------------------------------------

void ProjectDocument::syncFactorsFromSettings() {
    factors_ = withSettingsValues(std::move(factors_), settings_);
}

void ProjectDocument::setFactors(std::vector<ImpactFactor> factors) {
    const std::vector<ImpactFactor>& keys = defaultImpactFactors();
    if (factors.size() != keys.size())
        invalid(Tr::tr("the impact factor table must have every factor once"));
    for (std::size_t i = 0; i < factors.size(); ++i) {
        ImpactFactor& f = factors[i];
        if (f.key != keys[i].key)
            invalid(Tr::tr("impact factor %1 is not in its place").arg(f.key));
        if (double ProjectSettings::*member = settingOfFactor(f.key)) f.value = settings_.*member;
        const std::vector<FactorProblem> problems = checkFactor(f);
        if (!problems.empty()) invalid(f.key + QStringLiteral(": ") + problems.front().message);
    }
    if (factors == factors_) return;
    factors_ = std::move(factors);
    setChanged([](ChangeSet& c) { c.factors = true; });
    notify(DocumentChange::Kind::Factors, DocumentChange::Action::Changed, {});
}

// --- whole document -------------------------------------------------------------------------

void ProjectDocument::resetContent(Content content) {
    Q_EMIT notifier_->aboutToReset();
    ++revision_;
    const bool wasModified = changes_.any();
    elements_ = std::move(content.elements);
    std::sort(elements_.begin(), elements_.end(),
              [](const Element& a, const Element& b) { return a.uid < b.uid; });
    donors_ = std::move(content.donors);
    structures_ = std::move(content.structures);
    settings_ = std::move(content.settings);
    protocol_ = std::move(content.protocol);
    sites_ = std::move(content.sites);
    factors_ = std::move(content.factors);
    syncFactorsFromSettings();
    nextUid_ = 1;
    elementRowByUid_.clear();
    elementUidById_.clear();
    elementRowByUid_.reserve(static_cast<qsizetype>(elements_.size()));
    elementUidById_.reserve(static_cast<qsizetype>(elements_.size()));
    for (Element& e : elements_) {
        if (e.uid == kNoUid) invalid(QStringLiteral("loaded element without uid"));
        reserveUidsUpTo(e.uid);
        for (const AttachedDocument& d : e.documents) reserveUidsUpTo(d.uid);
    }
    for (Element& e : elements_) {
        // Keyed by NFC; the id itself stays as the file has it.
        const QString key = identifierKey(e.id);
        if (elementUidById_.contains(key)) invalid(Tr::tr("element id %1 is used twice").arg(e.id));
        elementUidById_.insert(key, e.uid);
    }
    rebuildElementIndex(0);
    for (DonorStructure& d : donors_) reserveUidsUpTo(d.uid);
    for (Structure& s : structures_) {
        reserveUidsUpTo(s.uid);
        for (Span& p : s.spans) {
            reserveUidsUpTo(p.uid);
            for (Slot& k : p.slots) reserveUidsUpTo(k.uid);
        }
    }
    for (Structure& s : structures_) assignUids(s);
    invalidateSlotIndex();
    assignments_.clear();
    assignmentBySlot_.clear();
    assignmentByElement_.clear();
    for (const Assignment& a : content.assignments) {
        if (elementRow(a.elementUid) < 0 || !slotPosition(a.slotUid).isValid() ||
            assignmentBySlot_.contains(a.slotUid) || assignmentByElement_.contains(a.elementUid)) {
            invalid(QStringLiteral("inconsistent assignment (element %1, slot %2)")
                        .arg(a.elementUid)
                        .arg(a.slotUid));
        }
        assignmentBySlot_.insert(a.slotUid, static_cast<int>(assignments_.size()));
        assignmentByElement_.insert(a.elementUid, static_cast<int>(assignments_.size()));
        assignments_.push_back(a);
    }
    changes_ = ChangeSet{};
    Q_EMIT notifier_->reset();
    notify(DocumentChange::Kind::Reset, DocumentChange::Action::Changed, {});
    if (wasModified) Q_EMIT notifier_->modifiedChanged(false);
}

ProjectDocument::Content ProjectDocument::content() const {
    Content c;
    c.elements = elements_;
    c.donors = donors_;
    c.structures = structures_;
    c.assignments = assignments_;
    c.settings = settings_;
    c.protocol = protocol_;
    c.sites = sites_;
    c.factors = factors_;
    return c;
}

void ProjectDocument::clear() {
    resetContent(Content{});
}

void ProjectDocument::markSaved() {
    for (Element& e : elements_) {
        for (AttachedDocument& d : e.documents) d.pendingContent.clear();
    }
    const bool was = changes_.any();
    changes_ = ChangeSet{};
    if (was) Q_EMIT notifier_->modifiedChanged(false);
}

void ProjectDocument::markUnchanged() {
    const bool was = changes_.any();
    changes_ = ChangeSet{};
    if (was) Q_EMIT notifier_->modifiedChanged(false);
}

void ProjectDocument::markAllChanged() {
    setChanged([](ChangeSet& c) { c.everything = true; });
}

}  // namespace respan
