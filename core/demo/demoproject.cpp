#include "core/demo/demoproject.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/io/certificationcsv.h"
#include "core/io/csvimport.h"
#include "core/io/sitescsv.h"
#include "core/model/contenthash.h"

namespace respan::demo {

namespace {

QByteArray resource(const char* name) {
    QFile f(QStringLiteral(":/respan/demo/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(std::string("demo resource missing: ") + name);
    }
    return f.readAll();
}

[[noreturn]] void fail(const QString& what, const io::ImportMessages& errors) {
    QString text = what;
    for (const io::ImportMessage& m : errors) text += QStringLiteral("\n  ") + m.toString();
    throw std::runtime_error(text.toStdString());
}

/// Evidence: two illustrative documents (each says so in its first line) attached to A9W-01
/// and ticked as the evidence of its material tests and its recalculation.
void attachDemoEvidence(ProjectDocument& doc) {
    const int row = doc.elementRowById(QStringLiteral("A9W-01"));
    if (row < 0) throw std::runtime_error("demo girder A9W-01 missing");
    Element e = doc.elements()[static_cast<std::size_t>(row)];
    const auto attach = [&doc, &e](const char* file, const char* step, QDate day) {
        const QByteArray content = resource(file);
        AttachedDocument d;
        d.uid = doc.allocateUid();
        d.name = QString::fromLatin1(file).section(QLatin1Char('/'), -1);
        d.mimeType = QStringLiteral("text/plain");
        d.size = content.size();
        d.sha256 = sha256Hex(content);
        d.added = QDateTime(day, QTime(16, 0), Qt::UTC);
        d.pendingContent = content;
        for (StepRecord& r : e.certification) {
            if (r.step == QLatin1String(step)) r.evidence.push_back(d.uid);
        }
        e.documents.push_back(std::move(d));
    };
    attach("evidence/A9W-01-material-tests-ILLUSTRATIVE.txt", "material_tests", QDate(2024, 4, 14));
    attach("evidence/A9W-01-recalculation-ILLUSTRATIVE.txt", "recalculation", QDate(2024, 4, 29));
    doc.updateElement(row, std::move(e));
}

}  // namespace

void buildDemoProject(ProjectDocument& doc) {
    doc.clear();
    const QJsonObject project = QJsonDocument::fromJson(resource("project.json")).object();

    ProjectSettings settings;
    const QJsonObject s = project.value(QStringLiteral("settings")).toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (auto err = applySetting(settings, it.key(), it.value().toString())) {
            throw std::runtime_error(
                QStringLiteral("demo setting %1: %2").arg(it.key(), err->message).toStdString());
        }
    }
    // Where the demo's settings came from, as a project's history records it (illustrative).
    for (const QJsonValue& v : project.value(QStringLiteral("settings_history")).toArray()) {
        const QJsonObject o = v.toObject();
        settings.history.push_back(
            {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("old")).toString(),
             o.value(QStringLiteral("new")).toString(),
             QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate),
             o.value(QStringLiteral("user")).toString()});
    }
    doc.setSettings(settings);

    std::vector<DonorStructure> donors;
    for (const QJsonValue& v : project.value(QStringLiteral("donors")).toArray()) {
        const QJsonObject o = v.toObject();
        DonorStructure d;
        d.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("lat"))) {
            d.location = GeoPoint{o.value(QStringLiteral("lat")).toDouble(),
                                  o.value(QStringLiteral("lon")).toDouble()};
        }
        if (o.contains(QStringLiteral("harvest_date"))) {
            d.harvestDate =
                QDate::fromString(o.value(QStringLiteral("harvest_date")).toString(), Qt::ISODate);
        }
        d.notes = o.value(QStringLiteral("notes")).toString();
        donors.push_back(std::move(d));
    }
    doc.setDonors(std::move(donors));

    // The IJmuiden yard where the A9 girders lie (../shared/spec/domain-facts.md section 5); its
    // outline, lanes and rate are illustrative (no public figures), and its name says so.
    io::SitesImport sites = io::parseSitesCsv(resource("sites.csv"));
    if (!sites.ok()) fail(QStringLiteral("demo sites.csv does not import:"), sites.errors);
    doc.setSites(std::move(sites.sites));

    io::ElementImport elements =
        io::parseElementsCsv(resource("elements.csv"), doc, QStringLiteral("ReSpan demo"));
    if (!elements.ok()) fail(QStringLiteral("demo elements.csv does not import:"), elements.errors);
    io::applyElementImport(doc, std::move(elements));

    io::DesignImport design = io::parseDesignCsv(resource("design.csv"), doc);
    if (!design.ok()) fail(QStringLiteral("demo design.csv does not import:"), design.errors);
    io::applyDesignImport(doc, std::move(design));

    // Results of the recertification steps so far (illustrative), entered as an engineer imports
    // them (docs/contract/planning.md section 4.2) on the day the demo's records end.
    io::CertificationImport results =
        io::parseCertificationCsv(resource("certification.csv"), doc, QStringLiteral("ReSpan demo"),
                                  QDateTime(QDate(2024, 7, 31), QTime(16, 0), Qt::UTC));
    if (!results.ok())
        fail(QStringLiteral("demo certification.csv does not import:"), results.errors);
    io::applyCertificationImport(doc, std::move(results));

    attachDemoEvidence(doc);
}

}  // namespace respan::demo
