#pragma once

#include <QStringList>

#include <functional>
#include <vector>

class QTextStream;

namespace respan::cli {

/// Exit statuses of respan-cli (docs/contract/matching.md section 5).
enum ExitStatus : int {
    kOk = 0,
    kUsage = 1,     ///< wrong command line
    kBadInput = 2,  ///< bad input or a refused file; nothing was changed
    kFailure = 3,   ///< anything else
};

/// A subcommand provided by a library that core cannot depend on (the PDF report lives in
/// ReSpan::Ui). `run` receives the arguments after the command name.
struct ExternalCommand {
    QString name;
    QString usage;  ///< one line, e.g. "report FILE -o OUT.pdf [--lang nl|en]"
    std::function<int(const QStringList& args, QTextStream& out, QTextStream& err)> run;
};

/// Refuses a command line with an argument that is not valid in the system's encoding (UTF-8):
/// such a file name would be read with replacement characters and could name another file.
/// Prints the reason and returns kBadInput, or returns kOk when every argument is valid.
int checkArgumentEncoding(int argc, const char* const* argv);

/// Runs respan-cli with `arguments` (arguments[0] is the program name), writing results to
/// `out` and messages to `err`. Returns the exit status.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err,
        const std::vector<ExternalCommand>& external = {});
/// Same, on stdout and stderr.
int run(const QStringList& arguments, const std::vector<ExternalCommand>& external = {});

}  // namespace respan::cli
