#include "core/cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

struct Command {
    QString name;
    QString usage;
    std::function<int(const QStringList&, QTextStream&, QTextStream&)> run;
};

std::vector<Command> builtinCommands() {
    return {
        {QStringLiteral("new"), QStringLiteral("new FILE"), runNew},
        {QStringLiteral("demo"), QStringLiteral("demo FILE"), runDemo},
        {QStringLiteral("import"),
         QStringLiteral("import FILE --elements CSV | --design CSV | --sites CSV|GIS | "
                        "--protocol CSV | --certification CSV | --factors CSV"),
         runImport},
        {QStringLiteral("set"), QStringLiteral("set FILE KEY=VALUE..."), runSet},
        {QStringLiteral("pin"), QStringLiteral("pin FILE ELEMENT STRUCTURE SPAN SLOT"), runPin},
        {QStringLiteral("match"),
         QStringLiteral("match FILE [--objective carbon|count|mki|cost] [--time-limit S] "
                        "[--json OUT] [--apply]"),
         runMatch},
        {QStringLiteral("design"),
         QStringLiteral("design FILE [--objective carbon|count] [--time-limit S] [--json OUT] "
                        "[--apply]"),
         runDesign},
        {QStringLiteral("loads"), QStringLiteral("loads FILE [--json OUT]"), runLoads},
        {QStringLiteral("certification"), QStringLiteral("certification FILE [--json OUT]"),
         runCertification},
        {QStringLiteral("storage"), QStringLiteral("storage FILE [--at DATE] [--json OUT]"),
         runStorage},
        {QStringLiteral("impact"), QStringLiteral("impact FILE [--json OUT]"), runImpact},
        {QStringLiteral("check"), QStringLiteral("check FILE"), runCheck},
        {QStringLiteral("export"), QStringLiteral("export FILE -o OUT.xlsx|OUT.csv"),
         runSpreadsheetExport},
        {QStringLiteral("passport"),
         QStringLiteral("passport export FILE [--element ID]... [--no-content] -o OUT.json\n"
                        "  respan-cli passport import FILE IN.json"),
         runPassport},
    };
}

void printUsage(QTextStream& s, const std::vector<Command>& commands) {
    s << Tr::tr("Usage: respan-cli COMMAND ARGUMENTS") << '\n' << Tr::tr("Commands:") << '\n';
    for (const Command& c : commands) s << "  respan-cli " << c.usage << '\n';
    s << Tr::tr(
             "Exit status: 0 success, 1 usage error, 2 bad input or refused file (nothing "
             "changed), "
             "3 other failure.")
      << Qt::endl;
}

}  // namespace

int checkArgumentEncoding(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        const QString decoded = QFile::decodeName(raw);
        if (QFile::encodeName(decoded) == raw) continue;
        QTextStream err(stderr);
        err << Tr::tr(
                   "error: argument %1 (\"%2\") is not valid UTF-8, the system's encoding; a "
                   "file of that name could be mistaken for another one and is not opened. "
                   "Rename it with valid characters.")
                   .arg(i)
                   .arg(decoded)
            << Qt::endl;
        return kBadInput;
    }
    return kOk;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err,
        const std::vector<ExternalCommand>& external) {
    std::vector<Command> commands = builtinCommands();
    for (const ExternalCommand& e : external) commands.push_back({e.name, e.usage, e.run});

    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printUsage(err, commands);
        return kUsage;
    }
    const QString& name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(out, commands);
        return kOk;
    }
    if (name == QLatin1String("--version")) {
        out << "respan-cli " << RESPAN_VERSION << Qt::endl;
        return kOk;
    }
    for (const Command& c : commands) {
        if (c.name != name) continue;
        try {
            return c.run(args.mid(1), out, err);
        } catch (const UsageError& e) {
            err << Tr::tr("error: %1").arg(e.message) << '\n'
                << Tr::tr("usage: respan-cli %1").arg(c.usage) << Qt::endl;
            return kUsage;
        } catch (const std::exception& e) {
            err << Tr::tr("error: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
            return kFailure;
        }
    }
    err << Tr::tr("error: unknown command \"%1\"").arg(name) << '\n';
    printUsage(err, commands);
    return kUsage;
}

int run(const QStringList& arguments, const std::vector<ExternalCommand>& external) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = run(arguments, out, err, external);
    out.flush();
    err.flush();
    return status;
}

}  // namespace respan::cli
