#include "support/sampleproject.h"

#include <QCryptographicHash>

#include <algorithm>
#include <random>

namespace respan::test {

namespace {

AttachedDocument makeDocument(const QString& name, const QString& mime, const QByteArray& content) {
    AttachedDocument d;
    d.name = name;
    d.mimeType = mime;
    d.size = content.size();
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    d.added = QDateTime(QDate(2024, 4, 2), QTime(9, 30), Qt::UTC);
    d.pendingContent = content;
    return d;
}

Element girder(const QString& id, double length, double height, double width, double mass, double m,
               double v) {
    Element e;
    e.id = id;
    e.donorStructure = QStringLiteral("A9 viaduct West");
    e.donorPosition = QStringLiteral("span 1, girder ") + id.right(1);
    e.type = QStringLiteral("inverted-T rail girder");
    e.length = Metres(length);
    e.height = Millimetres(height);
    e.width = Millimetres(width);
    e.mass = Tonnes(mass);
    e.yearBuilt = 1976;
    e.originalLoadClass = QStringLiteral("BK-60-1963");
    e.momentCapacity = KiloNewtonMetres(m);
    e.shearCapacity = KiloNewtons(v);
    e.capacityBasis = CapacityBasis::Verified;
    e.condition = 2;
    e.status = ElementStatus::InStorage;
    e.location = GeoPoint{52.4628, 4.6012};
    StatusChange c;
    c.time = QDateTime(QDate(2024, 3, 15), QTime(14, 0), Qt::UTC);
    c.user = QStringLiteral("anna");
    c.to = ElementStatus::Harvested;
    c.note = QStringLiteral("lifted out");
    StatusChange c2 = c;
    c2.time = c.time.addDays(3);
    c2.from = ElementStatus::Harvested;
    c2.to = ElementStatus::InStorage;
    c2.note = QStringLiteral("arrived in IJmuiden");
    e.history = {c, c2};
    return e;
}

}  // namespace

void fillSampleProject(ProjectDocument& doc) {
    doc.clear();
    ProjectSettings s;
    s.projectName = QStringLiteral("Sample \"quoted\" project, with ünïcode");
    s.author = QStringLiteral("Test");
    s.maxShorteningM = 2.5;
    s.requireVerified = true;
    doc.setSettings(s);

    DonorStructure d;
    d.name = QStringLiteral("A9 viaduct West");
    d.location = GeoPoint{52.2991, 4.9182};
    d.harvestDate = QDate(2024, 3, 15);
    d.notes = QStringLiteral("notes; with separators, and \"quotes\"\nand a line break");
    DonorStructure d2;
    d2.name = QStringLiteral("Unknown donor");
    doc.setDonors({d, d2});

    Element a = girder(QStringLiteral("G-1"), 17.92, 900, 1180, 23.7, 3020, 640);
    a.documents.push_back(makeDocument(QStringLiteral("tekening.pdf"),
                                       QStringLiteral("application/pdf"),
                                       QByteArray("%PDF-1.4 fake drawing \x00\x01\x02 bytes", 31)));
    a.documents.push_back(
        makeDocument(QStringLiteral("empty.txt"), QStringLiteral("text/plain"), QByteArray()));
    Element b = girder(QStringLiteral("G-2"), 22.02, 1000, 1180, 31.9, 4050, 810);
    b.availableFrom = QDate(2027, 10, 1);
    b.capacityBasis = CapacityBasis::Estimated;
    b.notes = QStringLiteral("crack at support, see report");
    Element c = girder(QStringLiteral("G-3 ë"), 15.92, 750, 1000, 16.7, 1900, 490);
    c.yearBuilt.reset();
    c.condition = 5;
    c.status = ElementStatus::Rejected;
    c.documents.push_back(makeDocument(QStringLiteral("foto.jpg"), QStringLiteral("image/jpeg"),
                                       QByteArray(5000, '\xff')));
    // Interim storage (docs/storage-layout.md): a site with a blocked area and an open period;
    // G-1 lies there on a stay entered by hand, G-2 at a site the project does not know.
    StorageSite yard;
    yard.id = QStringLiteral("IJM");
    yard.name = QStringLiteral("IJmuiden, \"harbour\"; yard");
    yard.location = GeoPoint{52.4628, 4.6012};
    yard.outlineWkt = QStringLiteral("POLYGON((0 0,120 0,120 45,85 45,85 70,0 70,0 0))");
    yard.blockedWkt = QStringLiteral("POLYGON((4 58,18 58,18 66,4 66,4 58))");
    yard.clearanceM = 0.6;
    yard.aisleM = 5.0;
    yard.maxLayers = 2;
    yard.costEurPerM2Month = 0.85;
    yard.openFrom = QDate(2024, 3, 1);
    yard.openTo = QDate(2027, 12, 31);
    doc.setSites({yard});
    a.storageSite = QStringLiteral("IJM");
    a.manualStay = ManualStay{QDate(2024, 3, 16), QDate(2025, 9, 1)};
    b.storageSite = QStringLiteral("ELSEWHERE");
    doc.insertElement(a);
    doc.insertElement(b);
    doc.insertElement(c);

    Structure s1;
    s1.name = QStringLiteral("A44 viaduct Lisserweg");
    s1.site = GeoPoint{52.2486, 4.5687};
    s1.notes = QStringLiteral("two spans");
    for (int p = 1; p <= 2; ++p) {
        Span span;
        span.name = QString::number(p);
        span.requiredLength = Metres(17.40);
        span.installDate = QDate(2025, 10, 15);
        for (int k = 1; k <= 3; ++k) {
            Slot slot;
            slot.name = QStringLiteral("L%1").arg(k);
            slot.momentDemand = KiloNewtonMetres(2450 + 10 * k);
            slot.shearDemand = KiloNewtons(560);
            span.slots.push_back(slot);
        }
        s1.spans.push_back(span);
    }
    Structure s2;
    s2.name = QStringLiteral("A76 Daelderweg");
    s2.site = GeoPoint{50.9213, 5.8862};
    Span span;
    span.name = QStringLiteral("1");
    span.requiredLength = Metres(19.6);
    span.installDate = QDate(2025, 9, 1);
    Slot slot;
    slot.name = QStringLiteral("L1");
    slot.momentDemand = KiloNewtonMetres(0);
    slot.shearDemand = KiloNewtons(0);
    span.slots.push_back(slot);
    s2.spans.push_back(span);
    doc.insertStructure(0, s1);
    doc.insertStructure(1, s2);

    const auto& st = doc.structures();
    doc.setAssignment(
        {doc.elementById(QStringLiteral("G-1"))->uid, st[0].spans[0].slots[0].uid, true});
    doc.setAssignment(
        {doc.elementById(QStringLiteral("G-2"))->uid, st[1].spans[0].slots[0].uid, false});
}

void fillLargeProject(ProjectDocument& doc, int elements, int slots, unsigned seed) {
    doc.clear();
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> len(12.0, 30.0);
    std::uniform_int_distribution<int> section(0, 5);
    std::uniform_int_distribution<int> cond(1, 5);
    const double heights[] = {750, 850, 900, 1000, 1100, 1200};
    std::vector<Element> list;
    list.reserve(static_cast<std::size_t>(elements));
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = QStringLiteral("E-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        e.donorStructure = QStringLiteral("Donor %1").arg(i % 97);
        e.donorPosition = QStringLiteral("span %1 girder %2").arg(i % 7).arg(i % 13);
        e.type = QStringLiteral("inverted-T rail girder");
        e.length = Metres(std::round(len(rng) * 100) / 100);
        const int sec = section(rng);
        e.height = Millimetres(heights[sec]);
        e.width = Millimetres(1180);
        e.mass = Tonnes(e.length.value() * 1.4);
        e.yearBuilt = 1965 + i % 20;
        e.originalLoadClass = QStringLiteral("BK-60-1963");
        e.momentCapacity = KiloNewtonMetres(2000 + 50 * (i % 60));
        e.shearCapacity = KiloNewtons(500 + 5 * (i % 80));
        e.condition = cond(rng);
        e.location = GeoPoint{52.0 + (i % 100) * 0.01, 4.5 + (i % 50) * 0.01};
        StatusChange c;
        c.time = QDateTime(QDate(2024, 3, 15), QTime(8, 0), Qt::UTC);
        c.user = QStringLiteral("import");
        c.to = ElementStatus::InStorage;
        e.history.push_back(c);
        list.push_back(std::move(e));
    }
    doc.appendElements(std::move(list));
    const int spans = (slots + 9) / 10;
    int made = 0;
    for (int st = 0; made < slots; ++st) {
        Structure s;
        s.name = QStringLiteral("Structure %1").arg(st + 1);
        s.site = GeoPoint{51.5 + (st % 40) * 0.02, 4.0 + (st % 30) * 0.05};
        for (int p = 0; p < 10 && made < slots; ++p) {
            Span span;
            span.name = QString::number(p + 1);
            span.requiredLength = Metres(12.0 + (st * 10 + p) % spans % 18);
            span.installDate = QDate(2026, 1, 1).addDays((st * 10 + p) % 700);
            for (int k = 0; k < 10 && made < slots; ++k, ++made) {
                Slot slot;
                slot.name = QStringLiteral("L%1").arg(k + 1);
                slot.momentDemand = KiloNewtonMetres(1800 + 20 * k);
                slot.shearDemand = KiloNewtons(450 + 5 * k);
                span.slots.push_back(slot);
            }
            s.spans.push_back(std::move(span));
        }
        doc.insertStructure(doc.structureCount(), std::move(s));
    }
}

QString compareDocuments(const ProjectDocument& a, const ProjectDocument& b) {
    if (a.elementCount() != b.elementCount()) {
        return QStringLiteral("element count %1 != %2").arg(a.elementCount()).arg(b.elementCount());
    }
    for (int i = 0; i < a.elementCount(); ++i) {
        if (!(a.element(i) == b.element(i)))
            return QStringLiteral("element %1 differs").arg(a.element(i).id);
        for (std::size_t k = 0; k < a.element(i).documents.size(); ++k) {
            if (a.element(i).documents[k] != b.element(i).documents[k])
                return QStringLiteral("document %1 of %2 differs").arg(k).arg(a.element(i).id);
        }
    }
    if (a.donors() != b.donors()) return QStringLiteral("donors differ");
    if (a.structures() != b.structures()) return QStringLiteral("structures differ");
    auto sorted = [](std::vector<Assignment> v) {
        std::sort(v.begin(), v.end(),
                  [](const Assignment& x, const Assignment& y) { return x.slotUid < y.slotUid; });
        return v;
    };
    if (sorted(a.assignments()) != sorted(b.assignments()))
        return QStringLiteral("assignments differ");
    if (!(a.settings() == b.settings())) return QStringLiteral("settings differ");
    if (a.protocol() != b.protocol()) return QStringLiteral("protocols differ");
    if (a.sites() != b.sites()) return QStringLiteral("storage sites differ");
    if (a.factors() != b.factors()) return QStringLiteral("impact factors differ");
    return {};
}

}  // namespace respan::test
