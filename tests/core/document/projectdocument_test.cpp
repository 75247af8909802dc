// ProjectDocument keeps its invariants and tells its listeners about every change.
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "support/sampleproject.h"

using namespace respan;

namespace {

Element element(const QString& id) {
    Element e;
    e.id = id;
    e.length = Metres(20);
    e.height = Millimetres(900);
    e.width = Millimetres(1180);
    e.mass = Tonnes(27);
    e.momentCapacity = KiloNewtonMetres(3000);
    e.shearCapacity = KiloNewtons(700);
    return e;
}

}  // namespace

TEST(ProjectDocument, ElementsStayInUidOrderAndIndexed) {
    ProjectDocument doc;
    const int a = doc.insertElement(element(QStringLiteral("A")));
    const int b = doc.insertElement(element(QStringLiteral("B")));
    EXPECT_EQ(a, 0);
    EXPECT_EQ(b, 1);
    RemovedElement removed = doc.takeElement(0);
    EXPECT_EQ(doc.elementRowById(QStringLiteral("B")), 0);
    EXPECT_EQ(doc.elementById(QStringLiteral("A")), nullptr);
    doc.restoreElement(std::move(removed));
    EXPECT_EQ(doc.elementRowById(QStringLiteral("A")), 0);  // back in its old place
    EXPECT_EQ(doc.elementRowById(QStringLiteral("B")), 1);
    EXPECT_THROW(doc.insertElement(element(QStringLiteral("A"))), std::invalid_argument);
    Element renamed = doc.element(1);
    renamed.id = QStringLiteral("A");
    EXPECT_THROW(doc.updateElement(1, renamed), std::invalid_argument);
    EXPECT_EQ(doc.element(1).id, QStringLiteral("B"));
}

TEST(ProjectDocument, RemovingAnElementRemovesItsAssignmentAndUndoRestoresIt) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const Uid g1 = doc.elementById(QStringLiteral("G-1"))->uid;
    const Uid slot = doc.assignmentForElement(g1)->slotUid;
    QSignalSpy assignments(doc.notifier(), &DocumentNotifier::assignmentsChanged);
    RemovedElement removed = doc.takeElement(doc.elementRow(g1));
    EXPECT_FALSE(doc.assignmentForSlot(slot).has_value());
    EXPECT_EQ(assignments.count(), 1);
    doc.restoreElement(std::move(removed));
    ASSERT_TRUE(doc.assignmentForSlot(slot).has_value());
    EXPECT_TRUE(doc.assignmentForSlot(slot)->pinned);
}

TEST(ProjectDocument, AnElementAndASlotAreEachAssignedAtMostOnce) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const Uid g1 = doc.elementById(QStringLiteral("G-1"))->uid;
    const Uid g2 = doc.elementById(QStringLiteral("G-2"))->uid;
    const Uid s1 = doc.structure(0).spans[0].slots[1].uid;
    doc.setAssignment({g1, s1, false});  // moves G-1
    EXPECT_EQ(doc.assignmentForElement(g1)->slotUid, s1);
    EXPECT_EQ(doc.assignments().size(), 2u);
    doc.setAssignment({g2, s1, true});  // replaces G-1 in that slot
    EXPECT_FALSE(doc.assignmentForElement(g1).has_value());
    EXPECT_EQ(doc.assignmentForSlot(s1)->elementUid, g2);
    EXPECT_EQ(doc.assignments().size(), 1u);
    EXPECT_THROW(doc.setAssignments({{g1, s1, false}, {g2, s1, false}}), std::invalid_argument);
    EXPECT_EQ(doc.assignments().size(), 1u);
}

TEST(ProjectDocument, RemovingASpanTakesItsAssignmentsAlongAndRestoresThem) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    QSignalSpy removedSpy(doc.notifier(), &DocumentNotifier::spanRemoved);
    const auto before = doc.assignments();
    Removed<Span> span = doc.takeSpan(0, 0);
    EXPECT_EQ(removedSpy.count(), 1);
    EXPECT_EQ(span.assignments.size(), 1u);
    EXPECT_EQ(doc.assignments().size(), 1u);
    EXPECT_EQ(doc.slotCount(), 4);
    doc.restoreSpan(0, 0, std::move(span));
    EXPECT_EQ(doc.slotCount(), 7);
    EXPECT_EQ(doc.assignments().size(), 2u);
    EXPECT_TRUE(doc.slotPosition(doc.structure(0).spans[0].slots[0].uid).isValid());
}

TEST(ProjectDocument, ModifiedStateFollowsChangesAndSaves) {
    ProjectDocument doc;
    QSignalSpy modified(doc.notifier(), &DocumentNotifier::modifiedChanged);
    EXPECT_FALSE(doc.isModified());
    doc.insertElement(element(QStringLiteral("A")));
    EXPECT_TRUE(doc.isModified());
    doc.insertElement(element(QStringLiteral("B")));
    EXPECT_EQ(modified.count(), 1);  // only the transition is signalled
    EXPECT_EQ(doc.changes().elements.size(), 2);
    doc.markSaved();
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(modified.count(), 2);
    ProjectSettings s = doc.settings();
    doc.setSettings(s);  // no change, not modified
    EXPECT_FALSE(doc.isModified());
    s.fNew = 200;
    doc.setSettings(s);
    EXPECT_TRUE(doc.changes().settings);
}

TEST(ProjectDocument, StructureNamesAreUnique) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    Structure copy = doc.structure(0);
    copy.uid = kNoUid;
    EXPECT_THROW(doc.insertStructure(0, copy), std::invalid_argument);
    EXPECT_THROW(doc.updateStructureHeader(1, doc.structure(0).name, GeoPoint{}, QString()),
                 std::invalid_argument);
    EXPECT_EQ(doc.structureCount(), 2);
}

TEST(ProjectDocument, TakingARangeOfElementsIsOneNotificationAndTheyComeBackWithTheirUids) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    const int before = doc.elementCount();
    std::vector<Element> added;
    for (int i = 0; i < 5; ++i) added.push_back(element(QStringLiteral("N-%1").arg(i)));
    doc.appendElements(added);
    // Place one of the new elements, so that its assignment goes with it.
    const Uid n2 = doc.elementById(QStringLiteral("N-2"))->uid;
    const Uid slot = doc.structure(0).spans[0].slots.back().uid;
    doc.setAssignment({n2, slot, true});
    std::vector<Element> snapshot(doc.elements().begin() + before, doc.elements().end());

    QSignalSpy removing(doc.notifier(), &DocumentNotifier::elementsAboutToBeRemoved);
    QSignalSpy removed(doc.notifier(), &DocumentNotifier::elementsRemoved);
    const std::vector<RemovedElement> taken = doc.takeElements(before, before + 4);
    ASSERT_EQ(removing.count(), 1);
    EXPECT_EQ(removing.at(0).at(0).toInt(), before);
    EXPECT_EQ(removing.at(0).at(1).toInt(), before + 4);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(doc.elementCount(), before);
    EXPECT_EQ(doc.elementById(QStringLiteral("N-0")), nullptr);
    EXPECT_FALSE(doc.assignmentForSlot(slot).has_value());
    ASSERT_EQ(taken.size(), 5u);
    EXPECT_EQ(taken[2].element.id, QStringLiteral("N-2"));
    ASSERT_TRUE(taken[2].assignment.has_value());
    EXPECT_EQ(taken[2].assignment->slotUid, slot);

    doc.appendElements(snapshot);
    EXPECT_EQ(std::vector<Element>(doc.elements().begin() + before, doc.elements().end()),
              snapshot);
    EXPECT_EQ(doc.elementRowById(QStringLiteral("N-4")), before + 4);
    EXPECT_THROW(doc.takeElements(before + 2, before + 1), std::invalid_argument);
    EXPECT_THROW(doc.takeElements(0, doc.elementCount()), std::invalid_argument);
}

TEST(ProjectDocument, RevisionChangesWithEveryChangeOfContentButNotWithASave) {
    ProjectDocument doc;
    const quint64 empty = doc.revision();
    doc.insertElement(element(QStringLiteral("A")));
    const quint64 one = doc.revision();
    EXPECT_NE(one, empty);
    doc.markSaved();
    EXPECT_EQ(doc.revision(), one);
    Element changed = doc.element(0);
    changed.length = Metres(21);
    doc.updateElement(0, changed);
    EXPECT_NE(doc.revision(), one);
    const quint64 two = doc.revision();
    ProjectSettings settings = doc.settings();
    doc.setSettings(settings);  // no change: same revision
    EXPECT_EQ(doc.revision(), two);
    settings.maxShorteningM += 1.0;
    doc.setSettings(settings);
    EXPECT_NE(doc.revision(), two);
    const quint64 three = doc.revision();
    doc.clear();
    EXPECT_NE(doc.revision(), three);
}

namespace {

/// Records the document's typed change events.
struct ChangeLog {
    explicit ChangeLog(const ProjectDocument& doc) {
        QObject::connect(doc.notifier(), &DocumentNotifier::changed,
                         [this](const DocumentChange& c) { changes.push_back(c); });
    }
    std::vector<DocumentChange> changes;

    /// The one change since the last call; fails the test when there were none or several.
    DocumentChange take() {
        EXPECT_EQ(changes.size(), 1u);
        DocumentChange c = changes.empty() ? DocumentChange{} : changes.back();
        changes.clear();
        return c;
    }
};

using Kind = DocumentChange::Kind;
using Action = DocumentChange::Action;

}  // namespace

TEST(ProjectDocument, EveryMutationSendsOneTypedChangeNamingKindActionAndUids) {
    ProjectDocument doc;
    test::fillSampleProject(doc);
    ChangeLog log(doc);

    const int row = doc.insertElement(element(QStringLiteral("NEW")));
    const Uid uid = doc.element(row).uid;
    DocumentChange c = log.take();
    EXPECT_EQ(c.kind, Kind::Elements);
    EXPECT_EQ(c.action, Action::Inserted);
    EXPECT_EQ(c.uids, QList<qint64>{uid});
    EXPECT_TRUE(c.changesCounts());

    Element edited = doc.element(row);
    edited.length = Metres(19);
    doc.updateElement(row, edited);
    c = log.take();
    EXPECT_EQ(c.kind, Kind::Elements);
    EXPECT_EQ(c.action, Action::Changed);
    EXPECT_FALSE(c.changesCounts());  // an edit in place adds or removes no rows

    // Placing it: one assignment change naming the slot.
    const Uid slot = doc.structure(0).spans[0].slots.back().uid;
    doc.setAssignment({uid, slot, false});
    c = log.take();
    EXPECT_EQ(c.kind, Kind::Assignments);
    EXPECT_EQ(c.uids, QList<qint64>{slot});

    // Removing a placed element: its assignment goes first, then the element.
    doc.takeElement(doc.elementRow(uid));
    ASSERT_EQ(log.changes.size(), 2u);
    EXPECT_EQ(log.changes[0].kind, Kind::Assignments);
    EXPECT_EQ(log.changes[1].kind, Kind::Elements);
    EXPECT_EQ(log.changes[1].action, Action::Removed);
    EXPECT_EQ(log.changes[1].uids, QList<qint64>{uid});
    log.changes.clear();

    const Uid spanUid = doc.structure(1).spans[0].uid;
    Span span = doc.structure(1).spans[0];
    doc.updateSpanHeader(1, 0, QStringLiteral("renamed"), span.requiredLength, span.installDate);
    c = log.take();
    EXPECT_EQ(c.kind, Kind::Spans);
    EXPECT_EQ(c.uids, QList<qint64>{spanUid});

    Slot s = doc.structure(1).spans[0].slots[0];
    doc.updateSlot(1, 0, 0, s);
    c = log.take();
    EXPECT_EQ(c.kind, Kind::Slots);
    EXPECT_EQ(c.uids, QList<qint64>{s.uid});

    const Uid structureUid = doc.structure(1).uid;
    doc.takeStructure(1);
    c = log.changes.back();
    EXPECT_EQ(c.kind, Kind::Structures);
    EXPECT_EQ(c.action, Action::Removed);
    EXPECT_EQ(c.uids, QList<qint64>{structureUid});
    log.changes.clear();

    ProjectSettings settings = doc.settings();
    settings.fNew += 1;
    doc.setSettings(settings);
    EXPECT_EQ(log.take().kind, Kind::Settings);
    doc.setSettings(settings);  // no change, no event
    EXPECT_TRUE(log.changes.empty());

    doc.clear();
    EXPECT_EQ(log.take().kind, Kind::Reset);
}
