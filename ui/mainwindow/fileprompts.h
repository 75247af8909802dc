#pragma once

#include <QDateTime>
#include <QString>

namespace respan::ui {

/// The questions the file handling asks the user, behind an interface so that the logic (save
/// before closing, recovery after a crash, errors) can be tested without modal dialogs.
class FilePrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class RecoveryChoice { Restore, Discard };

    virtual ~FilePrompts() = default;
    /// "Save changes to NAME?" with Save / Discard / Cancel.
    virtual SaveChoice askSaveChanges(const QString& documentName) = 0;
    /// Unsaved work of a session that ended abnormally was found: restore or discard it.
    virtual RecoveryChoice askRecovery(const QString& path, const QDateTime& autosaveTime,
                                       const QString& crashedSession) = 0;
    /// Path of a project to open; empty when cancelled.
    virtual QString askOpenPath(const QString& folder) = 0;
    /// Path to save the project to; empty when cancelled.
    virtual QString askSavePath(const QString& suggestion) = 0;
    /// Path for an export with the given file filter; empty when cancelled.
    virtual QString askExportPath(const QString& suggestion, const QString& filter) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
    virtual void showInformation(const QString& title, const QString& message) = 0;
};

}  // namespace respan::ui
