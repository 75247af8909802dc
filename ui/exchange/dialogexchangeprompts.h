#pragma once

#include "ui/exchange/exchangeprompts.h"

class QWidget;

namespace respan::ui {

/// ExchangePrompts with file dialogs, message boxes and the MessageReportDialog.
class DialogExchangePrompts : public ExchangePrompts {
public:
    explicit DialogExchangePrompts(QWidget* parent) : parent_(parent) {}

    QString askImportPath(const QString& title, const QString& filters) override;
    QString askExportPath(const QString& title, const QString& suggestion,
                          const QStringList& filters, int* chosenFilter) override;
    Scope askScope(int selected, int total) override;
    void showReport(const MessageReport& report) override;
    void showError(const QString& title, const QString& message) override;
    void showInformation(const QString& title, const QString& message) override;

private:
    QWidget* parent_;
    QString lastFolder_;
};

}  // namespace respan::ui
