// Undo commands (core/commands): each kind of edit changes the document, undo restores it
// exactly (compareDocuments: every field of every element, structure, span, slot, assignment
// and setting), redo restores the edited state exactly. Merging, transactions and refusals.
#include <QCryptographicHash>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdassignmentmove.h"
#include "core/commands/cmdassignmentremove.h"
#include "core/commands/cmdassignmentset.h"
#include "core/commands/cmdassignmentsreplace.h"
#include "core/commands/cmddocumentattach.h"
#include "core/commands/cmddocumentremove.h"
#include "core/commands/cmdelementadd.h"
#include "core/commands/cmdelementdelete.h"
#include "core/commands/cmdelementedit.h"
#include "core/commands/cmdfactorsset.h"
#include "core/commands/cmdsettingsedit.h"
#include "core/commands/cmdslotadd.h"
#include "core/commands/cmdslotdelete.h"
#include "core/commands/cmdslotedit.h"
#include "core/commands/cmdspanadd.h"
#include "core/commands/cmdspandelete.h"
#include "core/commands/cmdspanedit.h"
#include "core/commands/cmdstructureadd.h"
#include "core/commands/cmdstructuredelete.h"
#include "core/commands/cmdstructureedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/documentnotifier.h"
#include "support/demosample.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"
#include "tests/ui/uitestutil.h"

namespace respan::test {
namespace {

class Commands : public ::testing::Test {
protected:
    void SetUp() override { buildDemoSample(doc_); }

    /// Pushes `cmd`, then checks undo gives back the state before and redo the state after,
    /// twice over. Returns false (with a message) when the command was refused.
    void roundTrip(std::unique_ptr<DocumentCommand> cmd) {
        ProjectDocument before;
        cloneInto(doc_, before);
        const PushResult r = pushCommand(stack_, std::move(cmd));
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        ASSERT_FALSE(compareDocuments(before, doc_).isEmpty()) << "the command changed nothing";
        ProjectDocument after;
        cloneInto(doc_, after);
        for (int i = 0; i < 2; ++i) {
            stack_.undo();
            EXPECT_EQ(compareDocuments(before, doc_), QString()) << "after undo " << i;
            stack_.redo();
            EXPECT_EQ(compareDocuments(after, doc_), QString()) << "after redo " << i;
        }
    }

    ProjectDocument doc_;
    QUndoStack stack_;
};

TEST_F(Commands, ElementAddUndoRedo) {
    Element e = doc_.element(0);
    e.uid = kNoUid;
    e.id = QStringLiteral("NEW-1");
    roundTrip(std::make_unique<CmdElementAdd>(doc_, e));
    ASSERT_NE(doc_.elementById(QStringLiteral("NEW-1")), nullptr);
    EXPECT_EQ(stack_.undoText(), QStringLiteral("Add element NEW-1"));
}

TEST_F(Commands, ElementEditUndoRedoAndHistory) {
    const Uid uid = elementUid(doc_, QStringLiteral("A9W-10"));
    Element e = *doc_.elementByUid(uid);
    const std::size_t before = e.history.size();
    e.length = Metres(18.05);
    e = withStatus(e, ElementStatus::Certified, QStringLiteral("anna"),
                   QDateTime::currentDateTimeUtc(), QStringLiteral("SGS declaration"));
    roundTrip(std::make_unique<CmdElementEdit>(doc_, uid, e, QStringLiteral("Edit A9W-10")));
    const Element& now = *doc_.elementByUid(uid);
    EXPECT_EQ(now.status, ElementStatus::Certified);
    ASSERT_EQ(now.history.size(), before + 1);
    EXPECT_EQ(now.history.back().user, QStringLiteral("anna"));
    EXPECT_EQ(now.history.back().from, ElementStatus::InStorage);
}

TEST_F(Commands, ElementDeleteTakesItsAssignmentAndUndoBringsBoth) {
    const Uid uid = elementUid(doc_, QStringLiteral("A9W-01"));
    ASSERT_TRUE(doc_.assignmentForElement(uid).has_value());
    roundTrip(std::make_unique<CmdElementDelete>(doc_, uid));
    stack_.undo();
    EXPECT_TRUE(doc_.assignmentForElement(uid).has_value());
}

TEST_F(Commands, StructureAddEditDelete) {
    Structure s;
    s.name = QStringLiteral("N201 bridge Vreeland, second");
    s.site = GeoPoint{52.23, 5.03};
    s.spans.push_back(makeSpan(QStringLiteral("1"), Metres(15.5), QDate(2026, 2, 1), 4,
                               QStringLiteral("L"), KiloNewtonMetres(1900), KiloNewtons(480)));
    auto add = std::make_unique<CmdStructureAdd>(doc_, s);
    CmdStructureAdd* raw = add.get();
    roundTrip(std::move(add));
    const Uid uid = raw->structureUid();
    // The uids allocated on the first apply survive undo and redo.
    EXPECT_EQ(doc_.structure(doc_.structureIndex(uid)).spans[0].slots.size(), 4u);

    // The load model and the deck build-up are part of the structure's edit (one undo step).
    DeckDesign deck;
    deck.carriagewayWidth = Metres(9.5);
    deck.deckThickness = Metres(0.25);
    deck.consequenceClass = ConsequenceClass::CC2;
    StructureHeader h{QStringLiteral("N201 Vreeland 2"), GeoPoint{52.24, 5.04},
                      QStringLiteral("note"), deck, std::nullopt};
    roundTrip(std::make_unique<CmdStructureEdit>(doc_, uid, h, QStringLiteral("Edit")));
    roundTrip(
        std::make_unique<CmdStructureDelete>(doc_, doc_.structure(0).uid));  // has assignments
}

TEST_F(Commands, SpanAddWithSlotsEditDelete) {
    const Uid structure =
        doc_.structure(doc_.structureIndexByName(QStringLiteral("A44 Kaagbrug"))).uid;
    const Span span = makeSpan(QStringLiteral("approach east"), Metres(18.2), QDate(2026, 5, 1), 8,
                               QStringLiteral("L"), KiloNewtonMetres(3020), KiloNewtons(670));
    auto add = std::make_unique<CmdSpanAdd>(doc_, structure, span);
    CmdSpanAdd* raw = add.get();
    roundTrip(std::move(add));
    const SlotPosition pos = doc_.spanPosition(raw->spanUid());
    const Span& made = doc_.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    ASSERT_EQ(made.slots.size(), 8u);  // N slots in one step
    EXPECT_EQ(made.slots[7].name, QStringLiteral("L8"));
    EXPECT_EQ(made.slots[3].momentDemand, KiloNewtonMetres(3020));

    roundTrip(std::make_unique<CmdSpanEdit>(
        doc_, raw->spanUid(),
        SpanHeader{QStringLiteral("approach east"), Metres(18.4), QDate(2026, 6, 1), Metres(17.7),
                   Metres(18.0), Metres(18.6)},
        QStringLiteral("Edit span")));
    roundTrip(std::make_unique<CmdSpanDelete>(
        doc_, spanUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"))));
}

TEST_F(Commands, SlotAddEditDelete) {
    const Uid span = spanUid(doc_, QStringLiteral("N201 bridge Vreeland"), QStringLiteral("1"));
    Slot slot;
    slot.name = QStringLiteral("L7");
    slot.momentDemand = KiloNewtonMetres(2100);
    slot.shearDemand = KiloNewtons(500);
    roundTrip(std::make_unique<CmdSlotAdd>(doc_, span, slot));
    const Uid l1 = slotUid(doc_, QStringLiteral("N201 bridge Vreeland"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    Slot changed = *doc_.slotByUid(l1);
    changed.momentDemand = KiloNewtonMetres(2000);
    roundTrip(std::make_unique<CmdSlotEdit>(doc_, l1, changed, QStringLiteral("Demands")));
    roundTrip(std::make_unique<CmdSlotDelete>(doc_, l1));  // an assigned slot
}

TEST_F(Commands, AssignmentSetMovesAndReplacesAsOneStep) {
    const Uid empty = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                              QStringLiteral("L8"));
    const Uid occupied = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("2"),
                                 QStringLiteral("L1"));
    const Uid a10 = elementUid(doc_, QStringLiteral("A9W-10"));  // not placed
    const Uid a01 = elementUid(doc_, QStringLiteral("A9W-01"));  // placed in span 1 L1
    const Uid occupant = doc_.assignmentForSlot(occupied)->elementUid;
    roundTrip(std::make_unique<CmdAssignmentSet>(
        doc_, std::vector<Assignment>{{a10, empty, true}, {a01, occupied, true}}));
    EXPECT_EQ(doc_.assignmentForSlot(empty)->elementUid, a10);
    EXPECT_EQ(doc_.assignmentForSlot(occupied)->elementUid, a01);
    EXPECT_FALSE(doc_.assignmentForElement(occupant).has_value());  // displaced
    EXPECT_FALSE(doc_.assignmentForSlot(slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"),
                                                QStringLiteral("1"),
                                                QStringLiteral("L1"))));  // A9W-01 left it
    EXPECT_EQ(stack_.count(), 1);
}

TEST_F(Commands, AssignmentRemoveMoveReplace) {
    const Uid l1 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L1"));
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    roundTrip(std::make_unique<CmdAssignmentRemove>(doc_, std::vector<Uid>{l1}));
    stack_.undo();
    roundTrip(std::make_unique<CmdAssignmentMove>(doc_, l1, l8));
    EXPECT_FALSE(doc_.assignmentForSlot(l1));
    EXPECT_TRUE(doc_.assignmentForSlot(l8)->pinned);
    const auto unpinned =
        static_cast<long>(std::count_if(doc_.assignments().begin(), doc_.assignments().end(),
                                        [](const Assignment& a) { return !a.pinned; }));
    ASSERT_GT(unpinned, 0);
    const auto total = doc_.assignments().size();
    roundTrip(
        std::make_unique<CmdAssignmentsReplace>(doc_, CmdAssignmentsReplace::pinnedOnly(doc_),
                                                QStringLiteral("Clear unpinned assignments")));
    EXPECT_EQ(doc_.assignments().size(), total - static_cast<std::size_t>(unpinned));
}

TEST_F(Commands, DocumentAttachAndRemoveKeepContent) {
    const Uid uid = elementUid(doc_, QStringLiteral("A9W-05"));
    const QByteArray pdf("%PDF-1.4 inspection report A9W-05");
    roundTrip(std::make_unique<CmdDocumentAttach>(
        doc_, uid,
        makeAttachment(QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), pdf,
                       QDateTime::currentDateTimeUtc())));
    const AttachedDocument d = doc_.elementByUid(uid)->documents.at(0);
    EXPECT_EQ(d.size, pdf.size());
    EXPECT_EQ(d.sha256, QString::fromLatin1(
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    // After a save the document holds no content in memory; the remove command is given it.
    doc_.markSaved();
    roundTrip(std::make_unique<CmdDocumentRemove>(doc_, uid, d.uid, pdf));
    stack_.undo();
    EXPECT_EQ(doc_.elementByUid(uid)->documents.at(0).pendingContent, pdf);
}

TEST_F(Commands, SettingsEdit) {
    ProjectSettings s = doc_.settings();
    s.maxShorteningM = 2.5;
    roundTrip(std::make_unique<CmdSettingsEdit>(doc_, kNoUid, s, QStringLiteral("Settings")));
}

TEST_F(Commands, TypingInOneFieldIsOneStepAndBackToStartIsNone) {
    const Uid uid = elementUid(doc_, QStringLiteral("A9W-10"));
    const Element original = *doc_.elementByUid(uid);
    for (const double length : {18.0, 18.1, 18.15}) {
        Element e = *doc_.elementByUid(uid);
        e.length = Metres(length);
        ASSERT_TRUE(pushCommand(
            stack_, std::make_unique<CmdElementEdit>(doc_, uid, e, QStringLiteral("Length"), 4)));
    }
    EXPECT_EQ(stack_.count(), 1);
    Element typeEdit = *doc_.elementByUid(uid);
    typeEdit.type = QStringLiteral("box girder");
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdElementEdit>(doc_, uid, typeEdit, QStringLiteral("Type"), 9)));
    EXPECT_EQ(stack_.count(), 2);  // another field: another step
    stack_.undo();
    stack_.undo();
    EXPECT_EQ(*doc_.elementByUid(uid), original);
    // Typing a value and then the old value again leaves nothing to undo.
    stack_.clear();
    Element e = original;
    e.length = Metres(19.0);
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdElementEdit>(doc_, uid, e, QStringLiteral("Length"), 4)));
    ASSERT_TRUE(pushCommand(stack_, std::make_unique<CmdElementEdit>(doc_, uid, original,
                                                                     QStringLiteral("Length"), 4)));
    EXPECT_EQ(stack_.count(), 0);
    EXPECT_EQ(*doc_.elementByUid(uid), original);
}

TEST_F(Commands, RefusedEditChangesNothingAndIsNotStacked) {
    ProjectDocument before;
    cloneInto(doc_, before);
    StructureHeader clash{doc_.structure(1).name, doc_.structure(0).site, QString(), {},
                          std::nullopt};
    const PushResult r =
        pushCommand(stack_, std::make_unique<CmdStructureEdit>(doc_, doc_.structure(0).uid, clash,
                                                               QStringLiteral("Rename")));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(doc_.structure(1).name));
    EXPECT_EQ(stack_.count(), 0);
    EXPECT_EQ(compareDocuments(before, doc_), QString());
}

TEST_F(Commands, TransactionIsOneStepOrNothing) {
    ProjectDocument before;
    cloneInto(doc_, before);
    const Uid a = elementUid(doc_, QStringLiteral("A9W-21"));
    const Uid b = elementUid(doc_, QStringLiteral("A9W-22"));
    {
        UndoTransaction tx(stack_, doc_, QStringLiteral("Delete 2 elements"));
        tx.execute(std::make_unique<CmdElementDelete>(doc_, a));
        tx.execute(std::make_unique<CmdElementDelete>(doc_, b));
        tx.commit();
    }
    EXPECT_EQ(stack_.count(), 1);
    EXPECT_EQ(doc_.elementRow(a), -1);
    stack_.undo();
    EXPECT_EQ(compareDocuments(before, doc_), QString());
    stack_.redo();
    EXPECT_EQ(doc_.elementRow(b), -1);
    stack_.undo();

    // A refused edit in the middle: what was applied before it is taken back.
    {
        UndoTransaction tx(stack_, doc_, QStringLiteral("Gesture"));
        tx.execute(std::make_unique<CmdElementDelete>(doc_, a));
        Element clash = *doc_.elementByUid(b);
        clash.id = QStringLiteral("A9W-01");  // already used
        EXPECT_THROW(tx.execute(std::make_unique<CmdElementEdit>(doc_, b, clash, QString())),
                     std::invalid_argument);
    }
    EXPECT_EQ(compareDocuments(before, doc_), QString());
    EXPECT_EQ(stack_.count(), 1);
    EXPECT_EQ(stack_.index(), 0);
}

}  // namespace
}  // namespace respan::test

namespace respan::test {
namespace {

// An undo whose object was removed behind the stack's back (by another edit path) must not
// throw into the event loop: the document stays as it is, the command leaves the stack and the
// reason is reported in words a user reads.
TEST(UndoRobustness, AnUndoWhoseObjectIsGoneReportsAndLeavesEverythingConsistent) {
    ProjectDocument doc;
    fillSampleProject(doc);
    QUndoStack stack;
    const Structure& s = doc.structure(0);
    Slot slot = s.spans[0].slots[0];
    const Uid slotUid = slot.uid;
    slot.name = QStringLiteral("renamed");
    ASSERT_TRUE(pushCommand(
        stack, std::make_unique<CmdSlotEdit>(doc, slotUid, slot, QStringLiteral("Rename slot"))));
    ASSERT_EQ(stack.count(), 1);
    // The slot goes without the stack knowing (as a stale command would find it).
    doc.removeAssignment(slotUid);
    const SlotPosition where = doc.slotPosition(slotUid);
    doc.takeSlot(where.structure, where.span, where.slot);
    ProjectDocument before;
    cloneInto(doc, before);

    QStringList reported;
    QObject::connect(doc.notifier(), &DocumentNotifier::editFailed,
                     [&](const QString& m) { reported << m; });
    EXPECT_NO_THROW(stack.undo());
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported[0].contains(QLatin1String("could not be undone")))
        << reported[0].toStdString();
    EXPECT_TRUE(reported[0].contains(QLatin1String("the slot no longer exists")))
        << reported[0].toStdString();
    EXPECT_EQ(stack.count(), 0);  // dropped, not left to fail again
    EXPECT_EQ(compareDocuments(before, doc), QString());
    EXPECT_NO_THROW(stack.redo());  // nothing left to redo
}

TEST(UndoRobustness, NoEditIsPushedWhileATransactionIsOpen) {
    ProjectDocument doc;
    fillSampleProject(doc);
    QUndoStack stack;
    ProjectSettings s = doc.settings();
    s.author = QStringLiteral("during the gesture");
    {
        UndoTransaction gesture(stack, doc, QStringLiteral("Gesture"));
        const PushResult r = pushCommand(
            stack, std::make_unique<CmdSettingsEdit>(doc, kNoUid, s, QStringLiteral("Settings")));
        EXPECT_FALSE(r.ok);
        EXPECT_FALSE(r.error.isEmpty());
        EXPECT_NE(doc.settings().author, s.author);
    }
    // Once it is over, the same edit goes through.
    EXPECT_TRUE(pushCommand(
        stack, std::make_unique<CmdSettingsEdit>(doc, kNoUid, s, QStringLiteral("Settings"))));
    EXPECT_EQ(doc.settings().author, s.author);
}

}  // namespace
// Impact factors (docs/impact.md): one step for the table and the settings that hold F_new,
// with the history entry of the settings; undo puts both back.
TEST_F(Commands, FactorsSetIsOneStepWithTheSettingsAndUndoPutsBothBack) {
    const std::vector<ImpactFactor> before = doc_.factors();
    const ProjectSettings settingsBefore = doc_.settings();
    std::vector<ImpactFactor> next = before;
    for (ImpactFactor& f : next) {
        if (f.key == QLatin1String("F_new")) f.value = 200.0;
        if (f.key == QLatin1String("eur_crush_t")) f.value = 22.0;
    }
    const ProjectSettings settings =
        withFactorSettings(doc_.settings(), next, QStringLiteral("tester"),
                           QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(pushCommand(
        stack_, std::make_unique<CmdFactorsSet>(doc_, next, settings, QStringLiteral("factors"))));
    EXPECT_EQ(stack_.count(), 1);
    EXPECT_DOUBLE_EQ(doc_.settings().fNew, 200.0);
    EXPECT_DOUBLE_EQ(factorValue(doc_.factors(), QStringLiteral("F_new")), 200.0);
    EXPECT_DOUBLE_EQ(factorValue(doc_.factors(), QStringLiteral("eur_crush_t")), 22.0);
    ASSERT_FALSE(doc_.settings().history.empty());
    EXPECT_EQ(doc_.settings().history.back().name, QStringLiteral("F_new"));
    EXPECT_EQ(doc_.settings().history.back().user, QStringLiteral("tester"));
    stack_.undo();
    EXPECT_EQ(doc_.factors(), before);
    EXPECT_EQ(doc_.settings(), settingsBefore);
    // A bad row is refused and changes nothing, settings included.
    std::vector<ImpactFactor> bad = before;
    bad.back().source.clear();
    bad.back().illustrative = false;
    EXPECT_FALSE(pushCommand(
        stack_, std::make_unique<CmdFactorsSet>(doc_, bad, settings, QStringLiteral("bad"))));
    EXPECT_EQ(doc_.factors(), before);
    EXPECT_EQ(doc_.settings(), settingsBefore);
}

}  // namespace respan::test
