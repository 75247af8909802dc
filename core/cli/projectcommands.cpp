// respan-cli new, demo, import, set, check.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/commands/cmdfactorsset.h"
#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/io/certificationcsv.h"
#include "core/io/csvimport.h"
#include "core/io/factorscsv.h"
#include "core/io/sitesgis.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

void expectCount(const QStringList& args, int count) {
    if (args.size() < count) throw UsageError{Tr::tr("missing arguments")};
    if (args.size() > count)
        throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(args.at(count))};
}

int writeNewProject(const QString& path, QTextStream& err,
                    const std::function<void(ProjectDocument&)>& fill) {
    if (QFileInfo::exists(path)) {
        err << Tr::tr("error: %1 exists already; choose another name or remove it first").arg(path)
            << Qt::endl;
        return kBadInput;
    }
    try {
        ProjectDocument doc;
        fill(doc);
        ProjectStore::WriteFullOptions options;
        options.noReplace = true;  // a file that appeared since the check above stays
        ProjectStore::writeFull(path, doc, QString(), options);
        return kOk;
    } catch (const ProjectFileError& e) {
        err << Tr::tr("error: %1").arg(e.message()) << Qt::endl;
        return e.isRefusal() ? kBadInput : kFailure;
    }
}

void printMessages(QTextStream& err, const QString& file, const io::ImportMessages& messages,
                   const QString& kind) {
    for (const io::ImportMessage& m : messages)
        err << file << ": " << kind << ": " << m.toString() << '\n';
}

}  // namespace

int runNew(const QStringList& args, QTextStream& out, QTextStream& err) {
    expectCount(args, 1);
    const int status = writeNewProject(args.at(0), err, [](ProjectDocument&) {});
    if (status == kOk) out << Tr::tr("created empty project %1").arg(args.at(0)) << Qt::endl;
    return status;
}

int runDemo(const QStringList& args, QTextStream& out, QTextStream& err) {
    expectCount(args, 1);
    const int status =
        writeNewProject(args.at(0), err, [](ProjectDocument& doc) { demo::buildDemoProject(doc); });
    if (status == kOk) {
        out << Tr::tr("wrote the A9 -> A44 demo project to %1")
                   .arg(QFileInfo(args.at(0)).absoluteFilePath())
            << Qt::endl;
    }
    return status;
}

namespace {

/// Prints the import's warnings and, when it failed, its errors; true when it may be applied.
template <class Import>
bool importAccepted(QTextStream& err, const QString& csv, const Import& import) {
    printMessages(err, csv, import.warnings, Tr::tr("warning"));
    if (import.ok()) return true;
    printMessages(err, csv, import.errors, Tr::tr("error"));
    err << Tr::tr("%1: %n error(s); nothing was imported", nullptr,
                  static_cast<int>(import.errors.size()))
               .arg(csv)
        << Qt::endl;
    return false;
}

int importElements(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                   const QString& csv, QTextStream& report, QTextStream& err) {
    io::ElementImport import = io::parseElementsCsv(bytes, doc, currentUser());
    if (!importAccepted(err, csv, import)) return kBadInput;
    const auto count = static_cast<int>(import.elements.size());
    io::applyElementImport(doc, std::move(import));
    report << Tr::tr("imported %n element(s) into %1", nullptr, count).arg(file) << Qt::endl;
    return kOk;
}

int importDesign(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                 const QString& csv, QTextStream& report, QTextStream& err) {
    io::DesignImport import = io::parseDesignCsv(bytes, doc);
    if (!importAccepted(err, csv, import)) return kBadInput;
    int spans = 0;
    int slots = 0;
    for (const Structure& s : import.structures) {
        spans += static_cast<int>(s.spans.size());
        for (const Span& p : s.spans) slots += static_cast<int>(p.slots.size());
    }
    const auto structures = static_cast<int>(import.structures.size());
    io::applyDesignImport(doc, std::move(import));
    report << Tr::tr("imported %1 slot(s) in %2 span(s) of %3 structure(s) into %4")
                  .arg(slots)
                  .arg(spans)
                  .arg(structures)
                  .arg(file)
           << Qt::endl;
    return kOk;
}

int importProtocol(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                   const QString& csv, QTextStream& report, QTextStream& err) {
    io::ProtocolImport import = io::parseProtocolCsv(bytes);
    if (!importAccepted(err, csv, import)) return kBadInput;
    const auto count = static_cast<int>(import.steps.size());
    doc.setProtocol(std::move(import.steps));
    report << Tr::tr("replaced the recertification protocol of %1 by %n step(s)", nullptr, count)
                  .arg(file)
           << Qt::endl;
    return kOk;
}

int importSites(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                const QString& path, QTextStream& report, QTextStream& err) {
    io::SitesImport import =
        io::isGisFile(path) ? io::readSitesGis(path) : io::parseSitesCsv(bytes);
    if (!importAccepted(err, path, import)) return kBadInput;
    QStringList ids;
    for (const StorageSite& s : import.sites) ids << s.id;
    doc.setSites(io::mergeSites(doc.sites(), import.sites));
    report << Tr::tr("imported %n storage site(s) into %1: %2", nullptr,
                     static_cast<int>(ids.size()))
                  .arg(file, ids.join(QStringLiteral(", ")))
           << Qt::endl;
    return kOk;
}

int importFactors(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                  const QString& csv, QTextStream& report, QTextStream& err) {
    io::FactorsImport import = io::parseFactorsCsv(bytes);
    if (!importAccepted(err, csv, import)) return kBadInput;
    QStringList keys;
    for (const ImpactFactor& f : import.factors) keys << f.key;
    const std::vector<ImpactFactor> merged = io::mergeFactors(doc.factors(), import.factors);
    doc.setSettings(
        withFactorSettings(doc.settings(), merged, currentUser(), QDateTime::currentDateTimeUtc()));
    doc.setFactors(merged);
    report << Tr::tr("imported %n impact factor(s) into %1: %2", nullptr,
                     static_cast<int>(keys.size()))
                  .arg(file, keys.join(QStringLiteral(", ")))
           << Qt::endl;
    return kOk;
}

int importCertification(ProjectDocument& doc, const QByteArray& bytes, const QString& file,
                        const QString& csv, QTextStream& report, QTextStream& err) {
    io::CertificationImport import =
        io::parseCertificationCsv(bytes, doc, currentUser(), QDateTime::currentDateTimeUtc());
    if (!importAccepted(err, csv, import)) return kBadInput;
    const int records = import.records;
    const auto girders = static_cast<int>(import.changed.size());
    const QStringList rejected = import.rejected;
    const QStringList verified = import.verified;
    const QStringList certified = import.certified;
    io::applyCertificationImport(doc, std::move(import));
    report << Tr::tr("imported %1 step result(s) of %2 girder(s) into %3")
                  .arg(records)
                  .arg(girders)
                  .arg(file)
           << Qt::endl;
    if (!rejected.isEmpty())
        report << Tr::tr("rejected (a failed step): %1").arg(rejected.join(QStringLiteral(", ")))
               << Qt::endl;
    if (!verified.isEmpty())
        report << Tr::tr("resistances verified: %1").arg(verified.join(QStringLiteral(", ")))
               << Qt::endl;
    if (!certified.isEmpty())
        report
            << Tr::tr("certified (every step done): %1").arg(certified.join(QStringLiteral(", ")))
            << Qt::endl;
    return kOk;
}

}  // namespace

int runImport(const QStringList& args, QTextStream& out, QTextStream& err) {
    expectCount(args, 3);
    const QString& file = args.at(0);
    const QString& option = args.at(1);
    const QString& csv = args.at(2);
    using Importer = int (*)(ProjectDocument&, const QByteArray&, const QString&, const QString&,
                             QTextStream&, QTextStream&);
    Importer importer = nullptr;
    if (option == QLatin1String("--elements")) importer = importElements;
    if (option == QLatin1String("--design")) importer = importDesign;
    if (option == QLatin1String("--protocol")) importer = importProtocol;
    if (option == QLatin1String("--certification")) importer = importCertification;
    if (option == QLatin1String("--sites")) importer = importSites;
    if (option == QLatin1String("--factors")) importer = importFactors;
    if (importer == nullptr) {
        throw UsageError{Tr::tr("expected --elements, --design, --sites, --protocol, "
                                "--certification or --factors, not \"%1\"")
                             .arg(option)};
    }
    QByteArray bytes;
    if (!readInputFile(csv, bytes, err)) return kBadInput;
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        return importer(doc, bytes, file, csv, report, err);
    });
}

int runSet(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.size() < 2) throw UsageError{Tr::tr("give a project file and at least one KEY=VALUE")};
    const QString& file = args.at(0);
    std::vector<std::pair<QString, QString>> pairs;
    for (const QString& a : args.mid(1)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) throw UsageError{Tr::tr("\"%1\" is not of the form KEY=VALUE").arg(a)};
        pairs.emplace_back(a.left(eq), a.mid(eq + 1));
    }
    // Check every pair before touching the file: one bad value changes nothing.
    ProjectSettings probe;
    bool bad = false;
    for (const auto& [key, value] : pairs) {
        if (auto e = applySetting(probe, key, value)) {
            err << Tr::tr("error: %1=%2: %3").arg(key, value, e->message) << '\n';
            bad = true;
        }
    }
    if (bad) {
        err << Tr::tr("nothing was changed") << Qt::endl;
        return kBadInput;
    }
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        ProjectSettings s = doc.settings();
        for (const auto& [key, value] : pairs) {
            applySetting(s, key, value);
            report << findSetting(key)->name << " = " << settingValue(s, key) << '\n';
        }
        // Who changed what, and when: the report's assumptions say where each value came from.
        recordSettingChanges(doc.settings(), s, currentUser(), QDateTime::currentDateTimeUtc());
        doc.setSettings(s);
        return int(kOk);
    });
}

int runCheck(const QStringList& args, QTextStream& out, QTextStream& err) {
    expectCount(args, 1);
    const QString& file = args.at(0);
    try {
        const CheckReport r = ProjectStore::check(file);
        out << Tr::tr("file: %1").arg(QFileInfo(file).absoluteFilePath()) << '\n'
            << Tr::tr("schema version: %1").arg(r.schemaVersion) << '\n'
            << Tr::tr("integrity check: %1").arg(r.integrityOk ? Tr::tr("ok") : Tr::tr("FAILED"))
            << '\n';
        for (const QString& m : r.integrityMessages) out << "  " << m << '\n';
        out << Tr::tr("foreign key check: %1")
                   .arg(r.foreignKeyViolations.isEmpty()
                            ? Tr::tr("ok")
                            : Tr::tr("%n violation(s)", nullptr,
                                     static_cast<int>(r.foreignKeyViolations.size())))
            << '\n';
        for (const QString& m : r.foreignKeyViolations) out << "  " << m << '\n';
        out << Tr::tr("attached documents: %1 (%2 bytes), %3")
                   .arg(r.documents)
                   .arg(r.documentBytes)
                   .arg(r.documentProblems.isEmpty()
                            ? Tr::tr("content matches its SHA-256")
                            : Tr::tr("%n damaged", nullptr,
                                     static_cast<int>(r.documentProblems.size())))
            << '\n';
        for (const QString& m : r.documentProblems) out << "  " << m << '\n';
        out << Tr::tr("elements: %1").arg(r.elements) << '\n'
            << Tr::tr("donor structures: %1").arg(r.donors) << '\n'
            << Tr::tr("structures: %1").arg(r.structures) << '\n'
            << Tr::tr("spans: %1").arg(r.spans) << '\n'
            << Tr::tr("slots: %1").arg(r.slots) << '\n'
            << Tr::tr("assignments: %1 (%2 pinned)").arg(r.assignments).arg(r.pinned) << '\n'
            << Tr::tr("history entries: %1").arg(r.historyEntries) << Qt::endl;
        // Beyond SQLite's checks: the data must load (types, ranges, references).
        QString contentProblem;
        try {
            ProjectDocument doc;
            ProjectStore::load(file, doc, true);
        } catch (const ProjectFileError& e) {
            // An unfinished save or a failing disk is not damaged content: reported as itself.
            if (!e.isRefusal() || e.kind() == ProjectFileError::Kind::Locked) throw;
            contentProblem = e.message();
        }
        if (!r.documentProblems.isEmpty() && contentProblem.isEmpty())
            contentProblem = Tr::tr("attached documents do not match their SHA-256");
        out << (contentProblem.isEmpty() ? Tr::tr("content: ok")
                                         : Tr::tr("content: damaged (%1)").arg(contentProblem))
            << Qt::endl;
        if (!r.ok()) {
            err << Tr::tr("error: %1 failed the integrity check").arg(file) << Qt::endl;
            return kBadInput;
        }
        if (!contentProblem.isEmpty()) {
            err << Tr::tr("error: %1: its content is damaged").arg(file) << Qt::endl;
            return kBadInput;
        }
        return kOk;
    } catch (const ProjectFileError& e) {
        err << Tr::tr("error: %1").arg(e.message()) << Qt::endl;
        return e.isRefusal() ? kBadInput : kFailure;
    }
}

}  // namespace respan::cli
