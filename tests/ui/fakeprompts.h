#pragma once

#include <QStringList>

#include "ui/mainwindow/fileprompts.h"

namespace respan::test {

/// Scripted answers for the file handling's questions, and a record of what was asked.
class FakePrompts : public ui::FilePrompts {
public:
    SaveChoice saveChoice = SaveChoice::Cancel;
    RecoveryChoice recoveryChoice = RecoveryChoice::Discard;
    QString openPath;
    QString savePath;
    QString exportPath;

    int saveQuestions = 0;
    int recoveryQuestions = 0;
    QStringList errors;
    QStringList informations;

    SaveChoice askSaveChanges(const QString&) override {
        ++saveQuestions;
        return saveChoice;
    }
    RecoveryChoice askRecovery(const QString&, const QDateTime&, const QString&) override {
        ++recoveryQuestions;
        return recoveryChoice;
    }
    QString askOpenPath(const QString&) override { return openPath; }
    QString askSavePath(const QString&) override { return savePath; }
    QString askExportPath(const QString&, const QString&) override { return exportPath; }
    void showError(const QString& title, const QString& message) override {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInformation(const QString& title, const QString& message) override {
        informations << title + QStringLiteral(": ") + message;
    }
};

}  // namespace respan::test
