#include "crashdriver.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstdio>
#include <random>

#include "core/storage/projectsession.h"
#include "support/sampleproject.h"

namespace respan::test {

namespace {

constexpr Uid kElementUidBase = 10'000'000;
constexpr Uid kDocumentUidBase = 20'000'000;
constexpr Uid kSlotUidBase = 30'000'000;

}  // namespace

void crashTestInitialProject(ProjectDocument& doc) {
    fillLargeProject(doc, 400, 80, 7);
    ProjectSettings s = doc.settings();
    s.author = QStringLiteral("generation 0");
    doc.setSettings(s);
}

int crashTestGeneration(const ProjectDocument& doc) {
    return doc.settings().author.section(QLatin1Char(' '), 1).toInt();
}

void applyCrashTestEdit(ProjectDocument& doc, int g) {
    std::mt19937 rng(static_cast<unsigned>(g) * 2654435761u);
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };

    for (int i = 0; i < 3; ++i) {  // edit a few elements
        const int row = pick(doc.elementCount());
        Element e = doc.element(row);
        e.notes = QStringLiteral("edited in generation %1").arg(g);
        e.condition = 1 + pick(6);
        doc.updateElement(row, e);
    }
    if (g % 3 == 0) {  // a new element, sometimes with an attached document
        Element e = doc.element(pick(doc.elementCount()));
        e.uid = kElementUidBase + g;
        e.id = QStringLiteral("N-%1").arg(g);
        e.documents.clear();
        if (g % 2 == 0) {
            AttachedDocument d;
            d.uid = kDocumentUidBase + g;
            d.name = QStringLiteral("report-%1.bin").arg(g);
            d.mimeType = QStringLiteral("application/octet-stream");
            QByteArray bytes(1000 + pick(30000), '\0');
            for (char& c : bytes) c = static_cast<char>(rng());
            d.pendingContent = bytes;
            d.size = bytes.size();
            d.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            d.added = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(g);
            e.documents.push_back(d);
        }
        doc.insertElement(e);
    }
    if (g % 4 == 0 && doc.elementCount() > 50) doc.takeElement(pick(doc.elementCount()));
    if (g % 5 == 0) {  // structures: change a span, add or remove a slot
        const int s = pick(doc.structureCount());
        const int p = pick(static_cast<int>(doc.structure(s).spans.size()));
        const Span& span = doc.structure(s).spans[static_cast<std::size_t>(p)];
        doc.updateSpanHeader(s, p, span.name, Metres(10.0 + pick(20)),
                             span.installDate.addDays(pick(30)));
        if (g % 10 == 0) {
            Slot k;
            k.uid = kSlotUidBase + g;
            k.name = QStringLiteral("X%1").arg(g);
            k.momentDemand = KiloNewtonMetres(1000 + pick(2000));
            doc.insertSlot(s, p, 0, k);
        } else if (doc.structure(s).spans[static_cast<std::size_t>(p)].slots.size() > 2) {
            doc.takeSlot(s, p, 0);
        }
    }
    // Assignments: place or move one element, empty one slot.
    const Structure& st = doc.structure(pick(doc.structureCount()));
    const Span& sp = st.spans[static_cast<std::size_t>(pick(static_cast<int>(st.spans.size())))];
    if (!sp.slots.empty()) {
        const Uid slot =
            sp.slots[static_cast<std::size_t>(pick(static_cast<int>(sp.slots.size())))].uid;
        doc.setAssignment({doc.element(pick(doc.elementCount())).uid, slot, pick(2) == 0});
    }
    if (!doc.assignments().empty() && g % 2 == 1) {
        // By slot uid, not by position: the order of assignments in memory is not persisted.
        std::vector<Uid> slots;
        for (const Assignment& a : doc.assignments()) slots.push_back(a.slotUid);
        std::sort(slots.begin(), slots.end());
        doc.removeAssignment(slots[static_cast<std::size_t>(pick(static_cast<int>(slots.size())))]);
    }
    ProjectSettings settings = doc.settings();
    settings.author = QStringLiteral("generation %1").arg(g);
    settings.fNew = 150.0 + g % 50;
    doc.setSettings(settings);
}

void runCrashDriver(const QString& path) {
    ProjectDocument doc;
    ProjectSession session(doc);
    session.open(path, ProjectSession::LockPolicy::FailIfLocked);
    for (int g = crashTestGeneration(doc) + 1;; ++g) {
        applyCrashTestEdit(doc, g);
        if (g % 10 == 0) {
            session.saveAs(path);
        } else {
            session.save();
        }
        std::printf("SAVED %d\n", g);
        std::fflush(stdout);
    }
}

}  // namespace respan::test
