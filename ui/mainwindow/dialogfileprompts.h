#pragma once

#include "ui/mainwindow/fileprompts.h"

class QWidget;

namespace respan::ui {

/// The real prompts: message boxes and file dialogs on `parent`.
class DialogFilePrompts : public FilePrompts {
public:
    explicit DialogFilePrompts(QWidget* parent) : parent_(parent) {}
    SaveChoice askSaveChanges(const QString& documentName) override;
    RecoveryChoice askRecovery(const QString& path, const QDateTime& autosaveTime,
                               const QString& crashedSession) override;
    QString askOpenPath(const QString& folder) override;
    QString askSavePath(const QString& suggestion) override;
    QString askExportPath(const QString& suggestion, const QString& filter) override;
    void showError(const QString& title, const QString& message) override;
    void showInformation(const QString& title, const QString& message) override;

private:
    QWidget* parent_;
};

}  // namespace respan::ui
