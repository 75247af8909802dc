// respan-cli certification FILE [--json OUT] (docs/contract/planning.md section 4.4).
#include <QCoreApplication>
#include <QTextStream>

#include "core/certification/certificationjson.h"
#include "core/certification/schedule.h"
#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

QString day(const std::optional<QDate>& d) {
    return d && d->isValid() ? d->toString(Qt::ISODate) : QStringLiteral("-");
}

void printSchedule(QTextStream& out, const ProjectDocument& doc, const certification::Schedule& s) {
    const ProjectSettings& settings = doc.settings();
    out << Tr::tr("Plan start %1, delivery lead %n day(s), ready dates %2 R5", nullptr,
                  settings.deliveryLeadDays)
               .arg(certification::planStart(settings).toString(Qt::ISODate),
                    settings.planCertification ? Tr::tr("enter") : Tr::tr("do not enter"))
        << '\n';
    for (const certification::GirderSchedule& g : s.girders) {
        out << "  " << g.id << "  "
            << Tr::tr("ready %1, deadline %2").arg(day(g.readyDate), day(g.deadline));
        if (g.lateDays > 0) out << "  " << Tr::tr("LATE by %n day(s)", nullptr, g.lateDays);
        if (g.lateForHarvest) out << "  " << Tr::tr("a before-harvest step ends after the harvest");
        out << '\n';
    }
    out << Tr::tr("%n girder(s) scheduled, %1 late", nullptr, static_cast<int>(s.girders.size()))
               .arg(s.late.size())
        << '\n';
    if (!s.late.isEmpty()) out << Tr::tr("Late: %1").arg(s.late.join(QStringLiteral(", "))) << '\n';
    for (const certification::ResourceUse& r : s.resources) {
        out << Tr::tr("Resource %1: peak %2 of %3 on %4")
                   .arg(r.resource)
                   .arg(r.peak)
                   .arg(r.capacity)
                   .arg(day(r.peakDate))
            << '\n';
    }
    out.flush();
}

}  // namespace

int runCertification(const QStringList& args, QTextStream& out, QTextStream& err) {
    const FileAndJson cmd = parseFileAndJson(args);
    const QString& file = cmd.file;
    const QString& jsonPath = cmd.json;
    if (!jsonPath.isEmpty() && !outputAllowed(jsonPath, file, err)) return kBadInput;
    return readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
        const certification::Schedule s = certification::scheduleDocument(doc);
        if (jsonPath.isEmpty()) {
            printSchedule(out, doc, s);
            return int(kOk);
        }
        if (!writeOutputFile(jsonPath, certification::scheduleToJson(s, doc.protocol()), err))
            return int(kFailure);
        out << Tr::tr("schedule of %n girder(s) written to %1", nullptr,
                      static_cast<int>(s.girders.size()))
                   .arg(jsonPath)
            << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
