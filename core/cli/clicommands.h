#pragma once

#include <QStringList>

class QTextStream;

namespace respan::cli {

// Handlers of the built-in subcommands. Each receives the arguments after the command name,
// throws UsageError for a wrong command line and returns an ExitStatus.
int runNew(const QStringList& args, QTextStream& out, QTextStream& err);
int runDemo(const QStringList& args, QTextStream& out, QTextStream& err);
int runImport(const QStringList& args, QTextStream& out, QTextStream& err);
int runSet(const QStringList& args, QTextStream& out, QTextStream& err);
int runCheck(const QStringList& args, QTextStream& out, QTextStream& err);
/// passport export FILE [--element ID]... [--no-content] -o OUT.json | passport import FILE IN.json
int runPassport(const QStringList& args, QTextStream& out, QTextStream& err);
// matchcommands.cpp
int runMatch(const QStringList& args, QTextStream& out, QTextStream& err);
int runPin(const QStringList& args, QTextStream& out, QTextStream& err);
/// design FILE [--objective carbon|count] [--time-limit S] [--json OUT] [--apply]
/// (docs/contract/planning.md section 6, docs/design-around-stock.md)
int runDesign(const QStringList& args, QTextStream& out, QTextStream& err);
/// loads FILE [--json OUT] (loadscommand.cpp)
int runLoads(const QStringList& args, QTextStream& out, QTextStream& err);
/// certification FILE [--json OUT] (certificationcommand.cpp)
int runCertification(const QStringList& args, QTextStream& out, QTextStream& err);
/// respan-cli impact FILE [--json OUT] (docs/contract/planning.md section 5).
int runImpact(const QStringList& args, QTextStream& out, QTextStream& err);
/// respan-cli storage FILE [--at DATE] [--json OUT] (docs/contract/planning.md section 3.4).
int runStorage(const QStringList& args, QTextStream& out, QTextStream& err);
/// export FILE -o OUT.xlsx (exportcommands.cpp)
int runSpreadsheetExport(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace respan::cli
