#include "ui/exchange/exchangecontroller.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QUndoStack>
#include <QWidget>

#include <optional>

#include "core/commands/cmdcertification.h"
#include "core/commands/cmdimportdesign.h"
#include "core/commands/cmdimportelements.h"
#include "core/commands/cmdimportpassport.h"
#include "core/commands/cmdsitesset.h"
#include "core/document/projectdocument.h"
#include "core/io/certificationcsv.h"
#include "core/io/csvimport.h"
#include "core/io/sitesgis.h"
#include "core/passport/passporterror.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"
#include "core/storage/outputguard.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectsession.h"
#include "ui/common/exportpath.h"
#include "ui/exchange/exchangeprompts.h"
#include "ui/exchange/messagereport.h"

namespace respan::ui {

ExchangeController::ExchangeController(ProjectDocument& doc, ProjectSession& session,
                                       QUndoStack& undo, ExchangePrompts& prompts, QWidget* window)
    : QObject(window), doc_(doc), session_(session), undo_(undo), prompts_(prompts) {
    importElements = new QAction(tr("&Elements (CSV)…"), window);
    importElements->setToolTip(
        tr("Add the girders of an elements.csv file; nothing is added when the file has an "
           "error"));
    importDesign = new QAction(tr("&Design (CSV)…"), window);
    importDesign->setToolTip(
        tr("Add the structures, spans and slots of a design.csv file; nothing is added when the "
           "file has an error"));
    importPassport = new QAction(tr("Materials &Passport…"), window);
    importPassport->setToolTip(
        tr("Add the elements of a materials passport; nothing changes when it conflicts with "
           "the project"));
    importProtocol = new QAction(tr("Recertification Pro&tocol (CSV)…"), window);
    importProtocol->setToolTip(
        tr("Replace the project's recertification protocol by the steps of a CSV file; nothing "
           "changes when the file has an error"));
    importCertification = new QAction(tr("Recertification &Results (CSV)…"), window);
    importCertification->setToolTip(
        tr("Step results per girder: a failed step rejects the girder, resistances of a passed "
           "recalculation become verified; nothing changes when the file has an error"));
    importSites = new QAction(tr("&Storage Sites (CSV, GeoJSON, GeoPackage, Shapefile)…"), window);
    importSites->setToolTip(
        tr("Yards as outlines in local metres, RD New or WGS84: sites of the same id are "
           "replaced; nothing changes when the file has an error"));
    exportProtocol = new QAction(tr("Recertification Pro&tocol (CSV)…"), window);
    exportElements = new QAction(tr("&Inventory (CSV)…"), window);
    exportDesign = new QAction(tr("&Design (CSV)…"), window);
    exportPassport = new QAction(tr("&Materials Passport…"), window);
    exportPassport->setToolTip(tr("A materials passport of the selected elements or of all"));

    connect(importElements, &QAction::triggered, this, [this] { importElementsCsv(); });
    connect(importDesign, &QAction::triggered, this, [this] { importDesignCsv(); });
    connect(importPassport, &QAction::triggered, this, [this] { importPassportFile(); });
    connect(importProtocol, &QAction::triggered, this, [this] { importProtocolCsv(); });
    connect(importCertification, &QAction::triggered, this, [this] { importCertificationCsv(); });
    connect(importSites, &QAction::triggered, this, [this] { importSitesFile(); });
    connect(exportProtocol, &QAction::triggered, this, [this] { exportProtocolCsv(); });
    connect(exportElements, &QAction::triggered, this, [this] { exportElementsCsv(); });
    connect(exportDesign, &QAction::triggered, this, [this] { exportDesignCsv(); });
    connect(exportPassport, &QAction::triggered, this, [this] { exportPassportFile(); });
}

void ExchangeController::installActions(QMenu* importMenu, QMenu* exportMenu) {
    importMenu->addAction(importElements);
    importMenu->addAction(importDesign);
    importMenu->addSeparator();
    importMenu->addAction(importProtocol);
    importMenu->addAction(importCertification);
    importMenu->addAction(importSites);
    importMenu->addSeparator();
    importMenu->addAction(importPassport);
    exportMenu->addSeparator();
    exportMenu->addAction(exportElements);
    exportMenu->addAction(exportDesign);
    exportMenu->addAction(exportProtocol);
    exportMenu->addAction(exportPassport);
}

void ExchangeController::setEditable(bool editable) {
    editable_ = editable;
    for (QAction* a : {importElements, importDesign, importProtocol, importCertification,
                       importSites, importPassport})
        a->setEnabled(editable);
}

bool ExchangeController::readFile(const QString& path, QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        prompts_.showError(
            tr("Import failed"),
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    bytes = f.readAll();
    return true;
}

bool ExchangeController::writeFile(const QString& path, const QByteArray& bytes) {
    if (const QString refusal = outputRefusal(path, session_.path()); !refusal.isEmpty()) {
        prompts_.showError(tr("Export failed"), refusal);
        return false;
    }
    QSaveFile f(path);  // all or nothing: never a half-written file under the name
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        prompts_.showError(
            tr("Export failed"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    return true;
}

QString ExchangeController::suggestion(const QString& name) const {
    return suggestedExportPath(session_, QLatin1Char('-') + name, name);
}

bool ExchangeController::readImportFile(const QString& given, const QString& title,
                                        const QString& filter, QString& name, QByteArray& bytes) {
    const QString path = given.isEmpty() ? prompts_.askImportPath(title, filter) : given;
    if (path.isEmpty() || !readFile(path, bytes)) return false;
    name = QFileInfo(path).fileName();
    lastImportPath_ = path;
    return true;
}

bool ExchangeController::refuseImport(const MessageReport& why, const QString& status) {
    prompts_.showReport(why);
    Q_EMIT statusMessage(status);
    return false;
}

bool ExchangeController::applyImport(std::unique_ptr<DocumentCommand> command,
                                     const MessageReport* warnings, const QString& done) {
    const PushResult r = pushCommand(undo_, std::move(command));
    if (!r) {
        prompts_.showError(tr("Import refused"), r.error);
        return false;
    }
    if (warnings != nullptr) prompts_.showReport(*warnings);
    Q_EMIT statusMessage(done);
    return true;
}

bool ExchangeController::importElementsCsv(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ || !readImportFile(given, tr("Import elements (CSV)"),
                                      tr("CSV files (*.csv);;All files (*)"), name, bytes))
        return false;
    io::ElementImport import = io::parseElementsCsv(bytes, doc_, user_);
    if (!import.ok()) {
        return refuseImport(csvImportReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    const int count = static_cast<int>(import.elements.size());
    const QString added = tr("%n element(s)", nullptr, count);
    const std::optional<MessageReport> warnings =
        import.warnings.empty() ? std::nullopt
                                : std::optional(csvImportReport(name, {}, import.warnings, added));
    return applyImport(
        std::make_unique<CmdImportElements>(
            doc_, std::move(import), tr("Import %n element(s) from %1", nullptr, count).arg(name)),
        warnings ? &*warnings : nullptr, tr("%1 imported from %2.").arg(added, name));
}

bool ExchangeController::importDesignCsv(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ || !readImportFile(given, tr("Import design (CSV)"),
                                      tr("CSV files (*.csv);;All files (*)"), name, bytes))
        return false;
    io::DesignImport import = io::parseDesignCsv(bytes, doc_);
    if (!import.ok()) {
        return refuseImport(csvImportReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    int slots = 0;
    for (const Structure& s : import.structures) {
        for (const Span& p : s.spans) slots += static_cast<int>(p.slots.size());
    }
    const QString added = tr("%n slot(s)", nullptr, slots);
    const std::optional<MessageReport> warnings =
        import.warnings.empty() ? std::nullopt
                                : std::optional(csvImportReport(name, {}, import.warnings, added));
    return applyImport(
        std::make_unique<CmdImportDesign>(
            doc_, std::move(import), tr("Import %n slot(s) from %1", nullptr, slots).arg(name)),
        warnings ? &*warnings : nullptr, tr("%1 imported from %2.").arg(added, name));
}

bool ExchangeController::importProtocolCsv(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ || !readImportFile(given, tr("Import recertification protocol (CSV)"),
                                      tr("CSV files (*.csv);;All files (*)"), name, bytes))
        return false;
    io::ProtocolImport import = io::parseProtocolCsv(bytes);
    if (!import.ok()) {
        return refuseImport(csvImportReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    const int count = static_cast<int>(import.steps.size());
    const QString added = tr("%n protocol step(s)", nullptr, count);
    const std::optional<MessageReport> warnings =
        import.warnings.empty() ? std::nullopt
                                : std::optional(csvImportReport(name, {}, import.warnings, added));
    return applyImport(std::make_unique<CmdProtocolSet>(
                           doc_, std::move(import.steps),
                           tr("Replace the recertification protocol from %1").arg(name)),
                       warnings ? &*warnings : nullptr,
                       tr("%1 imported from %2.").arg(added, name));
}

bool ExchangeController::importSitesFile(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ ||
        !readImportFile(given, tr("Import storage sites"),
                        tr("Storage sites (*.csv *.geojson *.json *.gpkg *.shp);;All files (*)"),
                        name, bytes))
        return false;
    // readImportFile gives the file's name; GDAL reads the file itself (a Shapefile's sidecars).
    io::SitesImport import = io::isGisFile(lastImportPath_) ? io::readSitesGis(lastImportPath_)
                                                            : io::parseSitesCsv(bytes);
    if (!import.ok()) {
        return refuseImport(csvImportReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    const QString added = tr("%n storage site(s)", nullptr, static_cast<int>(import.sites.size()));
    const std::optional<MessageReport> warnings =
        import.warnings.empty() ? std::nullopt
                                : std::optional(csvImportReport(name, {}, import.warnings, added));
    return applyImport(
        std::make_unique<CmdSitesSet>(doc_, io::mergeSites(doc_.sites(), import.sites),
                                      tr("Import storage sites from %1").arg(name)),
        warnings ? &*warnings : nullptr, tr("%1 imported from %2.").arg(added, name));
}

bool ExchangeController::importCertificationCsv(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ || !readImportFile(given, tr("Import recertification results (CSV)"),
                                      tr("CSV files (*.csv);;All files (*)"), name, bytes))
        return false;
    io::CertificationImport import =
        io::parseCertificationCsv(bytes, doc_, user_, QDateTime::currentDateTimeUtc());
    if (!import.ok()) {
        return refuseImport(csvImportReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    QString added = tr("%n step result(s)", nullptr, import.records);
    if (!import.rejected.isEmpty())
        added += QStringLiteral("; ") +
                 tr("rejected: %1").arg(import.rejected.join(QStringLiteral(", ")));
    if (!import.certified.isEmpty())
        added += QStringLiteral("; ") +
                 tr("certified: %1").arg(import.certified.join(QStringLiteral(", ")));
    const std::optional<MessageReport> warnings =
        import.warnings.empty() ? std::nullopt
                                : std::optional(csvImportReport(name, {}, import.warnings, added));
    const int records = import.records;
    return applyImport(std::make_unique<CmdImportCertification>(
                           doc_, std::move(import),
                           tr("Import %n step result(s) from %1", nullptr, records).arg(name)),
                       warnings ? &*warnings : nullptr,
                       tr("%1 imported from %2.").arg(added, name));
}

bool ExchangeController::exportProtocolCsv(const QString& given) {
    int dialect = 0;
    const QString path = askCsvExportPath(tr("Export recertification protocol (CSV)"),
                                          QStringLiteral("protocol.csv"), given, &dialect);
    if (path.isEmpty()) return false;
    if (!writeFile(path,
                   io::writeProtocolCsv(doc_.protocol(), static_cast<io::CsvDialect>(dialect))))
        return false;
    Q_EMIT statusMessage(
        tr("Recertification protocol written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeController::importPassportFile(const QString& given) {
    QString name;
    QByteArray bytes;
    if (!editable_ ||
        !readImportFile(given, tr("Import materials passport"),
                        tr("Materials passports (*.json);;All files (*)"), name, bytes))
        return false;
    passport::PassportImport import = passport::readPassport(bytes, doc_);
    if (!import.errors.empty()) {
        return refuseImport(passportMessageReport(name, import.errors, import.warnings, {}),
                            tr("Nothing imported: %1 has errors.").arg(name));
    }
    if (!import.conflicts.empty()) {
        return refuseImport(passportConflictReport(name, import.conflicts),
                            tr("Nothing imported: %1 conflicts with the project.").arg(name));
    }
    if (!import.changesProject()) {
        prompts_.showInformation(
            tr("Nothing to import"),
            tr("Every element of %1 is in the project already with the same data (%n element(s)).",
               nullptr, static_cast<int>(import.alreadyPresent.size()))
                .arg(name));
        return false;
    }
    const int count = static_cast<int>(import.elements.size());
    const QString added = tr("%n element(s)", nullptr, count);
    const std::optional<MessageReport> warnings =
        import.warnings.empty()
            ? std::nullopt
            : std::optional(passportMessageReport(name, {}, import.warnings, added));
    return applyImport(std::make_unique<CmdImportPassport>(
                           doc_, std::move(import),
                           tr("Import %n element(s) from passport %1", nullptr, count).arg(name)),
                       warnings ? &*warnings : nullptr,
                       tr("%1 imported from passport %2.").arg(added, name));
}

QString ExchangeController::askCsvExportPath(const QString& title, const QString& name,
                                             const QString& given, int* dialect) {
    // The dialect the user's spreadsheet most likely reads comes first.
    const bool commaFirst = QLocale().decimalPoint() == QStringLiteral(",");
    const QString commaPoint = tr("CSV, comma-separated, decimal point (*.csv)");
    const QString semicolonComma =
        tr("CSV, semicolon-separated, decimal comma (Dutch spreadsheets) (*.csv)");
    const QStringList filters = commaFirst ? QStringList{semicolonComma, commaPoint}
                                           : QStringList{commaPoint, semicolonComma};
    int chosen = 0;
    const QString path =
        given.isEmpty() ? prompts_.askExportPath(title, suggestion(name), filters, &chosen) : given;
    const bool semicolon = (chosen == 0) == commaFirst;
    *dialect =
        static_cast<int>(semicolon ? io::CsvDialect::SemicolonComma : io::CsvDialect::CommaPoint);
    return path;
}

bool ExchangeController::exportElementsCsv(const QString& given) {
    int dialect = 0;
    const QString path = askCsvExportPath(tr("Export inventory (CSV)"),
                                          QStringLiteral("elements.csv"), given, &dialect);
    if (path.isEmpty()) return false;
    if (!writeFile(path, io::writeElementsCsv(doc_, static_cast<io::CsvDialect>(dialect))))
        return false;
    Q_EMIT statusMessage(tr("%n element(s) exported to %1.", nullptr, doc_.elementCount())
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeController::exportDesignCsv(const QString& given) {
    int dialect = 0;
    const QString path =
        askCsvExportPath(tr("Export design (CSV)"), QStringLiteral("design.csv"), given, &dialect);
    if (path.isEmpty()) return false;
    if (!writeFile(path, io::writeDesignCsv(doc_, static_cast<io::CsvDialect>(dialect))))
        return false;
    Q_EMIT statusMessage(tr("%n slot(s) exported to %1.", nullptr, doc_.slotCount())
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeController::exportPassportFile(const QString& given) {
    if (doc_.elementCount() == 0) {
        prompts_.showInformation(tr("Nothing to export"), tr("The inventory is empty."));
        return false;
    }
    QStringList ids;
    const QStringList selected = selection_ ? selection_() : QStringList();
    if (!selected.isEmpty() && selected.size() < doc_.elementCount()) {
        switch (prompts_.askScope(static_cast<int>(selected.size()), doc_.elementCount())) {
            case ExchangePrompts::Scope::Cancel:
                return false;
            case ExchangePrompts::Scope::Selected:
                ids = selected;
                break;
            case ExchangePrompts::Scope::All:
                break;
        }
    }
    int chosen = 0;
    const QString name = ids.size() == 1 ? ids.front() + QStringLiteral("-passport.json")
                                         : QStringLiteral("passport.json");
    const QString path =
        given.isEmpty() ? prompts_.askExportPath(tr("Export materials passport"), suggestion(name),
                                                 {tr("Materials passports (*.json)")}, &chosen)
                        : given;
    if (path.isEmpty()) return false;
    QByteArray bytes;
    try {
        const ProjectSession* session = &session_;
        bytes = passport::writePassport(doc_, ids, [session](const AttachedDocument& d) {
            return session->attachmentContent(d);
        });
    } catch (const passport::PassportError& e) {
        prompts_.showError(tr("Export failed"), e.message());
        return false;
    } catch (const ProjectFileError& e) {
        prompts_.showError(tr("Export failed"), e.message());
        return false;
    }
    if (!writeFile(path, bytes)) return false;
    const int count = ids.isEmpty() ? doc_.elementCount() : static_cast<int>(ids.size());
    Q_EMIT statusMessage(tr("Materials passport of %n element(s) written to %1.", nullptr, count)
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace respan::ui
