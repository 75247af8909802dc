// respan-cli storage FILE [--at DATE] [--json OUT] (docs/contract/planning.md section 3.4).
#include <QCoreApplication>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/yard/storagejson.h"
#include "core/yard/storageplan.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

QString day(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void printSites(QTextStream& out, const ProjectDocument& doc, const yard::StoragePlan& plan,
                const std::vector<yard::SiteLayout>& layouts) {
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const yard::SiteOccupancy& o = plan.sites[i];
        out << Tr::tr("Site %1 (%2): %3 m2, usable %4 m2; peak %n girder(s) on %5, EUR %6", nullptr,
                      o.peakCount)
                   .arg(o.site, doc.sites().at(i).name)
                   .arg(o.outlineAreaM2, 0, 'f', 0)
                   .arg(o.usableAreaM2, 0, 'f', 0)
                   .arg(day(o.peakDate))
                   .arg(o.costEur, 0, 'f', 2)
            << '\n';
        const yard::SiteLayout& l = layouts.at(i);
        if (l.date.isValid()) {
            out << "  "
                << Tr::tr("layout on %1: %2 placed, %3 unplaced")
                       .arg(day(l.date))
                       .arg(l.layout.placed.size())
                       .arg(l.layout.unplaced.size())
                << '\n';
        }
    }
}

void printStays(QTextStream& out, const yard::StoragePlan& plan) {
    for (const yard::Stay& s : plan.stays) {
        out << "  " << s.elementId << "  " << s.site << "  " << day(s.from) << " .. " << day(s.to)
            << "  " << Tr::tr("%n day(s)", nullptr, s.days()) << "  EUR "
            << QString::number(s.costEur, 'f', 2);
        if (s.manual) out << "  " << Tr::tr("(manual)");
        if (s.destination) {
            out << "  -> " << s.destination->structure << " / " << s.destination->span << " / "
                << s.destination->slot;
        } else {
            out << "  " << Tr::tr("no destination");
        }
        out << '\n';
    }
}

}  // namespace

int runStorage(const QStringList& args, QTextStream& out, QTextStream& err) {
    const FileAndJson cmd = parseFileAndJson(args, {QStringLiteral("--at")});
    QDate at;
    if (cmd.options.contains(QStringLiteral("--at"))) {
        const QString text = cmd.options.value(QStringLiteral("--at"));
        at = QDate::fromString(text, Qt::ISODate);
        if (!at.isValid()) {
            throw UsageError{Tr::tr("--at needs a date as YYYY-MM-DD, not \"%1\"").arg(text)};
        }
    }
    if (!cmd.json.isEmpty() && !outputAllowed(cmd.json, cmd.file, err)) return kBadInput;
    return readProject(cmd.file, err, [&](ProjectDocument& doc, ProjectSession&) {
        yard::StoragePlan plan = yard::planStorage(doc);
        yard::addLayoutConflicts(plan, doc.sites());
        const std::vector<yard::SiteLayout> layouts = yard::siteLayouts(doc, plan, at);
        if (cmd.json.isEmpty()) {
            printSites(out, doc, plan, layouts);
            printStays(out, plan);
            for (const yard::StorageConflict& c : plan.conflicts) {
                out << Tr::tr("Conflict at %1 on %2: %3 (%4)")
                           .arg(c.site, day(c.date), c.reason,
                                c.elements.join(QStringLiteral(", ")))
                    << '\n';
            }
            out << Tr::tr("%n stay(s), %1 conflict(s)", nullptr,
                          static_cast<int>(plan.stays.size()))
                       .arg(plan.conflicts.size())
                << Qt::endl;
            return int(kOk);
        }
        if (!writeOutputFile(cmd.json, yard::storageToJson(doc, plan, layouts), err))
            return int(kFailure);
        out << Tr::tr("storage plan of %n site(s) written to %1", nullptr,
                      static_cast<int>(plan.sites.size()))
                   .arg(cmd.json)
            << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
