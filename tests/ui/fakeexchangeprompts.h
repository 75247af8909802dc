#pragma once

#include <QStringList>

#include <vector>

#include "ui/exchange/exchangeprompts.h"
#include "ui/exchange/messagereport.h"

namespace respan::test {

/// Scripted answers for import and export, and a record of every report shown.
class FakeExchangePrompts : public ui::ExchangePrompts {
public:
    QString importPath;
    QString exportPath;
    int exportFilter = 0;
    Scope scope = Scope::All;

    std::vector<ui::MessageReport> reports;
    QStringList errors;
    QStringList informations;
    QStringList exportFilters;  ///< the filters offered by the last export question
    int scopeQuestions = 0;

    QString askImportPath(const QString&, const QString&) override { return importPath; }
    QString askExportPath(const QString&, const QString&, const QStringList& filters,
                          int* chosenFilter) override {
        exportFilters = filters;
        if (chosenFilter != nullptr) *chosenFilter = exportFilter;
        return exportPath;
    }
    Scope askScope(int, int) override {
        ++scopeQuestions;
        return scope;
    }
    void showReport(const ui::MessageReport& report) override { reports.push_back(report); }
    void showError(const QString& title, const QString& message) override {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInformation(const QString& title, const QString& message) override {
        informations << title + QStringLiteral(": ") + message;
    }
};

}  // namespace respan::test
