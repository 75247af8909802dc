// respan-cli export: the plan as a spreadsheet (.xlsx) or the inventory as elements.csv (.csv),
// chosen by the output's name. Not in the contract of docs/contract/matching.md; it follows the
// syntax of the other exports (`-o OUT`) and their exit statuses.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/export/spreadsheetexport.h"
#include "core/io/csvimport.h"
#include "core/report/planreport.h"

namespace respan::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};
}  // namespace

int runSpreadsheetExport(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("-o")) {
            if (i + 1 >= args.size()) throw UsageError{Tr::tr("-o needs an output file")};
            if (!output.isEmpty()) throw UsageError{Tr::tr("-o given twice")};
            output = args.at(++i);
        } else if (a.startsWith(QLatin1Char('-')) || !file.isEmpty()) {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) throw UsageError{Tr::tr("missing the project file")};
    if (output.isEmpty()) throw UsageError{Tr::tr("missing -o OUT.xlsx or -o OUT.csv")};
    // What the name leads to first: an output over a project is refused whatever it is called.
    if (!outputAllowed(output, file, err)) return kBadInput;
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        throw UsageError{
            Tr::tr("%1: unknown kind of output; the name must end in .xlsx (the plan as a "
                   "spreadsheet) or .csv (the inventory as elements.csv)")
                .arg(output)};
    }
    if (suffix == QLatin1String("csv")) {
        return readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
            if (!writeOutputFile(output, io::writeElementsCsv(doc), err)) return int(kFailure);
            out << Tr::tr("wrote the inventory of %n element(s) to %1", nullptr, doc.elementCount())
                       .arg(QFileInfo(output).absoluteFilePath())
                << Qt::endl;
            return int(kOk);
        });
    }
    return readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
        const report::PlanReport r = spreadsheetPlan(doc);
        const QString error = writePlanSpreadsheet(r, output);
        if (!error.isEmpty()) {
            err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return int(kFailure);
        }
        out << Tr::tr("wrote %1 elements, %2 placements and %3 unfilled slots to %4")
                   .arg(r.elementCount)
                   .arg(r.plan.filledSlots + static_cast<int>(r.plan.conflicts.size()))
                   .arg(r.plan.unfilledSlots.size())
                   .arg(QFileInfo(output).absoluteFilePath())
            << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
