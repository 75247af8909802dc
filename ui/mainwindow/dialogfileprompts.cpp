#include "ui/mainwindow/dialogfileprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace respan::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::FilePrompts)
};

QString projectFilter() {
    return Tr::tr("ReSpan projects (*.respan);;All files (*)");
}
}  // namespace

FilePrompts::SaveChoice DialogFilePrompts::askSaveChanges(const QString& documentName) {
    QMessageBox box(QMessageBox::Warning, Tr::tr("Unsaved changes"),
                    Tr::tr("Save the changes to %1 before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent_);
    box.setInformativeText(Tr::tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
        case QMessageBox::Save:
            return SaveChoice::Save;
        case QMessageBox::Discard:
            return SaveChoice::Discard;
        default:
            return SaveChoice::Cancel;
    }
}

FilePrompts::RecoveryChoice DialogFilePrompts::askRecovery(const QString& path,
                                                           const QDateTime& autosaveTime,
                                                           const QString& crashedSession) {
    QMessageBox box(QMessageBox::Question, Tr::tr("Recover unsaved work"),
                    Tr::tr("ReSpan was not closed normally while %1 was open (%2).")
                        .arg(QFileInfo(path).fileName(), crashedSession),
                    QMessageBox::NoButton, parent_);
    box.setInformativeText(
        Tr::tr("Unsaved work from %1 was kept. Restore it, or discard it and open the "
               "project as it was last saved?")
            .arg(autosaveTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QPushButton* restore = box.addButton(Tr::tr("Restore unsaved work"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Discard it"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore ? RecoveryChoice::Restore : RecoveryChoice::Discard;
}

QString DialogFilePrompts::askOpenPath(const QString& folder) {
    return QFileDialog::getOpenFileName(parent_, Tr::tr("Open project"), folder, projectFilter());
}

QString DialogFilePrompts::askSavePath(const QString& suggestion) {
    QString path = QFileDialog::getSaveFileName(parent_, Tr::tr("Save project as"), suggestion,
                                                projectFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".respan");
    return path;
}

QString DialogFilePrompts::askExportPath(const QString& suggestion, const QString& filter) {
    return QFileDialog::getSaveFileName(parent_, Tr::tr("Export"), suggestion, filter);
}

void DialogFilePrompts::showError(const QString& title, const QString& message) {
    QMessageBox::critical(parent_, title, message);
}

void DialogFilePrompts::showInformation(const QString& title, const QString& message) {
    QMessageBox::information(parent_, title, message);
}

}  // namespace respan::ui
