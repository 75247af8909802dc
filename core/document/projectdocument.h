#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/document/documentchange.h"
#include "core/model/assignment.h"
#include "core/model/certification.h"
#include "core/model/element.h"
#include "core/model/impactfactor.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan {

class DocumentNotifier;

/// What changed since the document was last loaded or saved; the project file writes only this.
struct ChangeSet {
    QSet<Uid> elements;        ///< inserted, changed or removed elements (with documents/history)
    bool donors = false;       ///< donor structure list rewritten on save
    bool structures = false;   ///< structures, spans and slots rewritten on save
    bool assignments = false;  ///< assignment table rewritten on save
    bool settings = false;
    bool protocol = false;    ///< the recertification template rewritten on save
    bool sites = false;       ///< the storage sites rewritten on save
    bool factors = false;     ///< the impact factor table rewritten on save
    bool everything = false;  ///< never saved to its file (new document, or loaded from elsewhere)

    [[nodiscard]] bool any() const {
        return everything || !elements.isEmpty() || donors || structures || assignments ||
               settings || protocol || sites || factors;
    }
};

/// An element taken out of the document, with the assignment it had, so that undo can restore it.
struct RemovedElement {
    Element element;
    std::optional<Assignment> assignment;
};

/// A structure, span or slot taken out of the document, with the assignments of its slots.
template <class T>
struct Removed {
    T item;
    std::vector<Assignment> assignments;
};

/// The whole state of one project in memory: inventory, donor and receiving structures,
/// assignments and settings. Plain data plus invariants; it does not know about files, undo or
/// widgets. Every mutation emits a typed event through notifier() and records what changed, so
/// that models stay in step and a save writes only what changed.
///
/// Invariants kept by every mutation:
/// - element uids and ids are unique; elements are ordered by uid (insertion order);
/// - every assignment refers to an existing element and slot; a slot and an element each appear
///   in at most one assignment;
/// - structure names are unique; span names unique per structure; slot names unique per span.
/// Mutations that would break an invariant throw std::invalid_argument and change nothing.
class ProjectDocument {
public:
    ProjectDocument();
    ~ProjectDocument();
    ProjectDocument(const ProjectDocument&) = delete;
    ProjectDocument& operator=(const ProjectDocument&) = delete;

    [[nodiscard]] DocumentNotifier* notifier() const { return notifier_.get(); }

    // --- identity ---------------------------------------------------------------------------
    /// A fresh uid, larger than every uid in the document.
    Uid allocateUid();
    /// Makes sure later allocations are above `uid` (used by loaders).
    void reserveUidsUpTo(Uid uid);

    // --- elements ---------------------------------------------------------------------------
    [[nodiscard]] const std::vector<Element>& elements() const { return elements_; }
    [[nodiscard]] int elementCount() const { return static_cast<int>(elements_.size()); }
    [[nodiscard]] const Element& element(int row) const {
        return elements_.at(static_cast<std::size_t>(row));
    }
    [[nodiscard]] int elementRow(Uid uid) const;                ///< -1 when absent
    [[nodiscard]] int elementRowById(const QString& id) const;  ///< -1 when absent
    [[nodiscard]] const Element* elementByUid(Uid uid) const;
    [[nodiscard]] const Element* elementById(const QString& id) const;

    /// Inserts one element (uid allocated when kNoUid) at its uid position; returns its row.
    int insertElement(Element element);
    /// Appends many new elements at once (one notification); uids allocated where kNoUid.
    void appendElements(std::vector<Element> elements);
    /// Replaces the element in `row`; the uid must stay the same; the id must stay unique.
    void updateElement(int row, Element element);
    /// Removes the element in `row` together with its assignment.
    RemovedElement takeElement(int row);
    /// Removes the elements in rows `first`..`last` (inclusive) with their assignments, in one
    /// notification of each kind (undo of an import of many elements). Returned in row order;
    /// appendElements() puts them back with the same uids.
    std::vector<RemovedElement> takeElements(int first, int last);
    /// Puts a removed element (and its assignment, when its slot still exists) back.
    void restoreElement(RemovedElement removed);

    // --- donor structures -------------------------------------------------------------------
    [[nodiscard]] const std::vector<DonorStructure>& donors() const { return donors_; }
    void setDonors(std::vector<DonorStructure> donors);

    // --- receiving structures ---------------------------------------------------------------
    [[nodiscard]] const std::vector<Structure>& structures() const { return structures_; }
    [[nodiscard]] int structureCount() const { return static_cast<int>(structures_.size()); }
    [[nodiscard]] const Structure& structure(int index) const {
        return structures_.at(static_cast<std::size_t>(index));
    }
    [[nodiscard]] int structureIndex(Uid uid) const;
    [[nodiscard]] int structureIndexByName(const QString& name) const;
    [[nodiscard]] int slotCount() const;
    /// Where the slot with this uid is; invalid position when absent.
    [[nodiscard]] SlotPosition slotPosition(Uid slotUid) const;
    [[nodiscard]] const Slot* slotByUid(Uid slotUid) const;
    /// Position of a span by uid: {structure, span, -1}; invalid when absent.
    [[nodiscard]] SlotPosition spanPosition(Uid spanUid) const;

    /// Inserts a structure with its spans and slots (uids allocated where kNoUid).
    void insertStructure(int index, Structure structure);
    Removed<Structure> takeStructure(int index);
    void restoreStructure(int index, Removed<Structure> removed);
    /// Changes name, site and notes of a structure; its spans are left as they are.
    void updateStructureHeader(int index, const QString& name, GeoPoint site, const QString& notes);
    /// The load model and deck build-up of structure `index` (docs/load-model.md).
    void updateStructureDeck(int index, const DeckDesign& deck);

    void insertSpan(int structure, int index, Span span);
    Removed<Span> takeSpan(int structure, int index);
    void restoreSpan(int structure, int index, Removed<Span> removed);
    /// Changes name, required length and installation date of a span; its slots stay.
    /// The calculation span of a span (empty: required length - 0.6 m).
    void updateSpanCalculationSpan(int structure, int index, std::optional<Metres> length);
    /// The bounds within which the span's required length may be chosen (both or neither).
    void updateSpanLengthBounds(int structure, int index, std::optional<Metres> min,
                                std::optional<Metres> max);
    /// The structure's fixed total length (docs/design-around-stock.md); empty: none.
    void updateStructureFixedTotal(int index, std::optional<Metres> total);
    void updateSpanHeader(int structure, int index, const QString& name, Metres requiredLength,
                          QDate installDate);

    void insertSlot(int structure, int span, int index, Slot slot);
    Removed<Slot> takeSlot(int structure, int span, int index);
    void restoreSlot(int structure, int span, int index, Removed<Slot> removed);
    void updateSlot(int structure, int span, int index, Slot slot);

    // --- assignments ------------------------------------------------------------------------
    [[nodiscard]] const std::vector<Assignment>& assignments() const { return assignments_; }
    [[nodiscard]] std::optional<Assignment> assignmentForSlot(Uid slotUid) const;
    [[nodiscard]] std::optional<Assignment> assignmentForElement(Uid elementUid) const;
    /// Places an element in a slot, removing any other assignment of that slot or element.
    void setAssignment(const Assignment& assignment);
    /// Empties a slot; no-op when it is empty.
    void removeAssignment(Uid slotUid);
    /// Replaces all assignments at once (one notification).
    void setAssignments(std::vector<Assignment> assignments);

    // --- settings ---------------------------------------------------------------------------
    [[nodiscard]] const ProjectSettings& settings() const { return settings_; }
    void setSettings(const ProjectSettings& settings);

    // --- recertification protocol ------------------------------------------------------------
    /// The project's protocol template (docs/recertification.md); a new project has
    /// defaultProtocol().
    [[nodiscard]] const std::vector<ProtocolStep>& protocol() const { return protocol_; }
    /// Replaces the template; it must pass checkProtocol (std::invalid_argument otherwise).
    void setProtocol(std::vector<ProtocolStep> protocol);

    // --- interim storage ----------------------------------------------------------------------
    /// The storage sites (docs/storage-layout.md), in the order they were imported.
    [[nodiscard]] const std::vector<StorageSite>& sites() const { return sites_; }
    /// Replaces the sites; ids must be unique and non-empty and the values in range
    /// (std::invalid_argument otherwise). Girders keep their site ids, known or not.
    void setSites(std::vector<StorageSite> sites);

    // --- impact factors -----------------------------------------------------------------------
    /// The impact factor table (docs/impact.md), every key of defaultImpactFactors() in its
    /// order. The values of F_new, F_tkm and road_factor are the settings' (one value for the
    /// matching objective and the impact alike): setSettings() changes them here too.
    [[nodiscard]] const std::vector<ImpactFactor>& factors() const { return factors_; }
    /// Replaces the table: every known key once, each row passing checkFactor
    /// (std::invalid_argument otherwise). The settings-backed rows keep the settings' values:
    /// set those through setSettings() first.
    void setFactors(std::vector<ImpactFactor> factors);

    // --- whole-document operations ----------------------------------------------------------
    /// Replaces the whole content (used by loaders); marks the document unmodified.
    struct Content {
        std::vector<Element> elements;  ///< any order; sorted by uid on load
        std::vector<DonorStructure> donors;
        std::vector<Structure> structures;
        std::vector<Assignment> assignments;
        ProjectSettings settings;
        std::vector<ProtocolStep> protocol = defaultProtocol();
        std::vector<StorageSite> sites;
        std::vector<ImpactFactor> factors = defaultImpactFactors();
    };
    void resetContent(Content content);
    /// A copy of the whole content (attached documents' pending contents included), so that
    /// resetContent(content()) on another document gives an equal one.
    [[nodiscard]] Content content() const;
    /// Empties the document (a new project).
    void clear();

    // --- change tracking --------------------------------------------------------------------
    [[nodiscard]] bool isModified() const { return changes_.any(); }
    /// A number that changes with every change of content (never with a save), so that derived
    /// data (conflicts, explanations) can be cached and checked for staleness cheaply.
    [[nodiscard]] quint64 revision() const { return revision_; }
    [[nodiscard]] const ChangeSet& changes() const { return changes_; }
    /// Called by the project file after a successful save: forgets the changes and drops the
    /// in-memory copies of attached document contents that are now in the file.
    void markSaved();
    /// Forgets the changes but keeps every attached document's content in memory: a document
    /// built in code that is to count as unmodified before it was ever written (test fixtures).
    /// Its first save must be a full write (it has no file whose contents it could rely on).
    void markUnchanged();
    /// Marks everything as changed (the next save must write the whole document).
    void markAllChanged();

private:
    void rebuildElementIndex(int fromRow);
    void assignDocumentUids(Element& e);
    void invalidateSlotIndex() { slotIndexValid_ = false; }
    void ensureSlotIndex() const;
    void checkStructureNameFree(const QString& name, int exceptIndex) const;
    std::vector<Assignment> takeAssignmentsOfSlots(const std::vector<Uid>& slotUids);
    void restoreAssignments(const std::vector<Assignment>& assignments);
    void assignUids(Structure& s);
    void assignUids(Span& p);
    void touchStructures();
    /// Records an assignment change: rebuilds the lookups, marks it changed, notifies.
    void touchAssignments(QList<qint64> slotUids);
    void rebuildAssignmentIndex();
    void notify(DocumentChange::Kind kind, DocumentChange::Action action, QList<qint64> uids);
    void setChanged(const std::function<void(ChangeSet&)>& change);
    /// The settings-backed factor rows take the settings' values.
    void syncFactorsFromSettings();

    std::unique_ptr<DocumentNotifier> notifier_;
    std::vector<Element> elements_;
    QHash<Uid, int> elementRowByUid_;
    QHash<QString, Uid> elementUidById_;
    std::vector<DonorStructure> donors_;
    std::vector<Structure> structures_;
    std::vector<Assignment> assignments_;
    QHash<Uid, int> assignmentBySlot_;
    QHash<Uid, int> assignmentByElement_;
    ProjectSettings settings_;
    std::vector<ProtocolStep> protocol_ = defaultProtocol();
    std::vector<StorageSite> sites_;
    std::vector<ImpactFactor> factors_ = defaultImpactFactors();
    ChangeSet changes_;
    Uid nextUid_ = 1;
    quint64 revision_ = 0;

    // Lazily rebuilt lookup of slots and spans by uid; structures are small (tens of thousands).
    mutable bool slotIndexValid_ = false;
    mutable QHash<Uid, SlotPosition> slotIndex_;
    mutable QHash<Uid, SlotPosition> spanIndex_;
    mutable int slotCount_ = 0;
};

}  // namespace respan
