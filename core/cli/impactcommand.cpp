// respan-cli impact FILE [--json OUT] (docs/contract/planning.md section 5; docs/impact.md).
#include <QCoreApplication>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "core/impact/impactjson.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

QString tonnes(double kg) {
    return QString::number(kg / 1000.0, 'f', 1);
}

QString euro(double eur) {
    return QString::number(eur, 'f', 0);
}

void printTotals(QTextStream& out, const impact::ImpactReport& r) {
    out << Tr::tr("MKI weighting set %1").arg(weightingSetKey(r.weightingSet)) << '\n';
    out << Tr::tr("scenario      t CO2e     MKI EUR     cost EUR") << '\n';
    for (const impact::ImpactTotal& t : r.totals) {
        out << t.scenario.leftJustified(10) << tonnes(t.kgCo2e).rightJustified(10)
            << euro(t.mkiEur).rightJustified(12) << euro(t.costEur).rightJustified(13) << '\n';
    }
    const impact::ImpactTotal saved = r.saved();
    out << Tr::tr("reuse against crush and build new: %1 t CO2e, MKI EUR %2, cost EUR %3 saved")
               .arg(tonnes(saved.kgCo2e), euro(saved.mkiEur), euro(saved.costEur))
        << '\n';
    if (r.breakEvenStorageMonths) {
        out << Tr::tr("break-even storage time: %1 months")
                   .arg(*r.breakEvenStorageMonths, 0, 'f', 1)
            << '\n';
    } else {
        out << Tr::tr("break-even storage time: none (storage costs nothing)") << '\n';
    }
}

}  // namespace

int runImpact(const QStringList& args, QTextStream& out, QTextStream& err) {
    const FileAndJson cmd = parseFileAndJson(args, {});
    if (!cmd.json.isEmpty() && !outputAllowed(cmd.json, cmd.file, err)) return kBadInput;
    return readProject(cmd.file, err, [&](ProjectDocument& doc, ProjectSession&) {
        const impact::ImpactReport report = impact::computeImpact(doc);
        if (cmd.json.isEmpty()) {
            printTotals(out, report);
            out.flush();
            return int(kOk);
        }
        if (!writeOutputFile(cmd.json, impact::impactToJson(report), err)) return int(kFailure);
        out << Tr::tr("impact of %n girder(s) written to %1", nullptr,
                      static_cast<int>(report.girders.size()))
                   .arg(cmd.json)
            << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
