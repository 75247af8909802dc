// respan-cli passport export / import (materials passports, docs/materials-passport.md).
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/passport/passporterror.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"
#include "core/storage/projectsession.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

int runExport(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file;
    QString output;
    QStringList ids;
    passport::ExportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--element") || a == QLatin1String("-o")) {
            if (!hasValue) throw UsageError{Tr::tr("%1 needs a value").arg(a)};
            const QString& value = args.at(++i);
            if (a == QLatin1String("-o")) {
                if (!output.isEmpty()) throw UsageError{Tr::tr("-o given twice")};
                output = value;
            } else {
                ids << value;
            }
        } else if (a == QLatin1String("--no-content")) {
            options.includeContent = false;
        } else if (a.startsWith(QLatin1Char('-')) || !file.isEmpty()) {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) throw UsageError{Tr::tr("missing the project file")};
    if (output.isEmpty()) throw UsageError{Tr::tr("missing -o OUT.json")};
    if (!outputAllowed(output, file, err)) return kBadInput;
    return readProject(file, err, [&](ProjectDocument& doc, ProjectSession& session) {
        QByteArray json;
        try {
            json = passport::writePassport(
                doc, ids, [&](const AttachedDocument& d) { return session.attachmentContent(d); },
                options);
        } catch (const passport::PassportError& e) {
            err << Tr::tr("error: %1").arg(e.message()) << '\n'
                << Tr::tr("no passport was written") << Qt::endl;
            return int(kBadInput);
        }
        if (!writeOutputFile(output, json, err)) return int(kFailure);
        ids.removeDuplicates();
        out << Tr::tr("wrote the materials passport of %n element(s) to %1", nullptr,
                      ids.isEmpty() ? doc.elementCount() : static_cast<int>(ids.size()))
                   .arg(QFileInfo(output).absoluteFilePath())
            << Qt::endl;
        return int(kOk);
    });
}

int runImportPassport(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.size() < 2) throw UsageError{Tr::tr("missing arguments")};
    if (args.size() > 2) throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(args.at(2))};
    const QString& file = args.at(0);
    const QString& input = args.at(1);
    QByteArray bytes;
    if (!readInputFile(input, bytes, err)) return kBadInput;
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        passport::PassportImport import = passport::readPassport(bytes, doc);
        for (const passport::PassportMessage& m : import.warnings)
            err << input << ": " << Tr::tr("warning") << ": " << m.toString() << '\n';
        if (!import.errors.empty()) {
            for (const passport::PassportMessage& m : import.errors)
                err << input << ": " << Tr::tr("error") << ": " << m.toString() << '\n';
            err << Tr::tr("%1: %n error(s); nothing was imported", nullptr,
                          static_cast<int>(import.errors.size()))
                       .arg(input)
                << Qt::endl;
            return int(kBadInput);
        }
        for (const passport::PassportConflict& c : import.conflicts)
            err << input << ": " << Tr::tr("conflict") << ": " << c.toString() << '\n';
        if (!import.conflicts.empty()) {
            err << Tr::tr(
                       "%1: %n conflict(s) with the project; nothing was imported (the "
                       "project's data is never overwritten: remove or rename the element "
                       "in one of the two first)",
                       nullptr, static_cast<int>(import.conflicts.size()))
                       .arg(input)
                << Qt::endl;
            return int(kBadInput);
        }
        for (const QString& id : import.alreadyPresent)
            report << Tr::tr("element %1 is already in the project with the same data; skipped")
                          .arg(id)
                   << '\n';
        for (const QString& u : import.donorUpdates) report << u << '\n';
        const auto count = static_cast<int>(import.elements.size());
        passport::applyPassportImport(doc, std::move(import));
        report << Tr::tr("imported %n element(s) into %1", nullptr, count).arg(file) << Qt::endl;
        return int(kOk);
    });
}

}  // namespace

int runPassport(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.isEmpty()) throw UsageError{Tr::tr("expected export or import")};
    const QString& sub = args.first();
    if (sub == QLatin1String("export")) return runExport(args.mid(1), out, err);
    if (sub == QLatin1String("import")) return runImportPassport(args.mid(1), out, err);
    throw UsageError{Tr::tr("expected export or import, not \"%1\"").arg(sub)};
}

}  // namespace respan::cli
