#pragma once

#include <QString>
#include <QStringList>

namespace respan::ui {

struct MessageReport;

/// The questions and reports of import and export, behind an interface so that the flows can
/// be tested without modal dialogs (the file handling's FilePrompts does the same).
class ExchangePrompts {
public:
    enum class Scope { Selected, All, Cancel };

    virtual ~ExchangePrompts() = default;
    /// A file to import; empty when cancelled.
    virtual QString askImportPath(const QString& title, const QString& filters) = 0;
    /// A file to write; `chosenFilter` receives the index in `filters` the user picked (e.g. the
    /// CSV dialect). Empty when cancelled.
    virtual QString askExportPath(const QString& title, const QString& suggestion,
                                  const QStringList& filters, int* chosenFilter) = 0;
    /// Export the `selected` elements or all `total` of them?
    virtual Scope askScope(int selected, int total) = 0;
    /// Shows every error, warning or conflict of an import.
    virtual void showReport(const MessageReport& report) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
    virtual void showInformation(const QString& title, const QString& message) = 0;
};

}  // namespace respan::ui
