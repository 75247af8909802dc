#include "ui/report/reportcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/export/spreadsheetexport.h"
#include "core/report/planreport.h"
#include "ui/app/translations.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportlanguage.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

const QString kReport = QStringLiteral("report");

int runReport(const QStringList& args, QTextStream& out, QTextStream& err) {
    using cli::UsageError;
    QString file;
    QString output;
    QString language;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("-o") || a == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) throw UsageError{Tr::tr("%1 needs a value").arg(a)};
            const QString& value = args.at(++i);
            QString& target = a == QLatin1String("-o") ? output : language;
            if (!target.isEmpty()) throw UsageError{Tr::tr("%1 given twice").arg(a)};
            target = value;
        } else if (a.startsWith(QLatin1Char('-')) || !file.isEmpty()) {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) throw UsageError{Tr::tr("missing the project file")};
    if (output.isEmpty()) throw UsageError{Tr::tr("missing -o OUT.pdf")};
    if (!cli::outputAllowed(output, file, err)) return cli::kBadInput;
    if (!language.isEmpty() && !ReportLanguage::isSupported(language)) {
        throw UsageError{Tr::tr("unknown language \"%1\"; use nl or en").arg(language)};
    }
    // Without --lang the report follows the system's language, as the application does.
    if (language.isEmpty()) {
        language = ReportLanguage::languageOf(Translations::uiLocale(QString()));
    }
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        err << Tr::tr("error: the report needs a graphical application object") << Qt::endl;
        return cli::kFailure;
    }
    // The drawing's labels use the application font: the report's own, as in the GUI on Debian.
    ReportStyle::ensureFonts();
    QGuiApplication::setFont(ReportStyle::font(ReportStyle::Face::Body, ReportStyle::kBody));
    if (output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        // The spreadsheet of the same figures, its headers and sentences in the report's language.
        return cli::readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
            QString error;
            {
                // Only the spreadsheet in the report's language; this command's own messages
                // stay in the command line's.
                const ReportLanguage words(language);
                const auto active = words.activate();
                error = writePlanSpreadsheet(spreadsheetPlan(doc, words.locale()), output);
            }
            if (!error.isEmpty()) {
                err << Tr::tr("error: %1").arg(error) << Qt::endl;
                return int(cli::kFailure);
            }
            out << Tr::tr("wrote the spreadsheet of the plan to %1")
                       .arg(QFileInfo(output).absoluteFilePath())
                << Qt::endl;
            return int(cli::kOk);
        });
    }
    return cli::readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
        ReportSource source = ReportSource::forFile(file);
        report::PlanReport data;
        {
            // The engine's sentences (reasons, conflicts) in the report's language.
            const ReportLanguage words(language);
            const auto active = words.activate();
            report::ReportOptions options;
            options.locale = words.locale();
            options.reasonsPerSlot = kReportReasonsPerSlot;
            data = report::buildPlanReport(report::makeReportInput(doc), options);
        }
        const MatchingReport report(doc, std::move(data), std::move(source), language);
        const QString error = report.writePdf(output);
        if (!error.isEmpty()) {
            err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return int(cli::kFailure);
        }
        out << Tr::tr("wrote the matching report (%n page(s)) to %1", nullptr, report.pageCount())
                   .arg(QFileInfo(output).absoluteFilePath())
            << Qt::endl;
        return int(cli::kOk);
    });
}

}  // namespace

std::vector<cli::ExternalCommand> reportCommands() {
    return {{kReport, QStringLiteral("report FILE -o OUT.pdf [--lang nl|en]"), runReport}};
}

bool commandNeedsGui(const QString& command) {
    return command == kReport;
}

}  // namespace respan::ui
