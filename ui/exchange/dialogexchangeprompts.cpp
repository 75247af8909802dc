#include "ui/exchange/dialogexchangeprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "ui/exchange/messagereportdialog.h"

namespace respan::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::ExchangePrompts)
};
}  // namespace

QString DialogExchangePrompts::askImportPath(const QString& title, const QString& filters) {
    const QString path = QFileDialog::getOpenFileName(parent_, title, lastFolder_, filters);
    if (!path.isEmpty()) lastFolder_ = QFileInfo(path).absolutePath();
    return path;
}

QString DialogExchangePrompts::askExportPath(const QString& title, const QString& suggestion,
                                             const QStringList& filters, int* chosenFilter) {
    QString selected = filters.value(0);
    QString path = QFileDialog::getSaveFileName(parent_, title, suggestion,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (chosenFilter != nullptr)
        *chosenFilter = std::max(0, static_cast<int>(filters.indexOf(selected)));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        // The suffix of the chosen filter, e.g. "(*.csv)".
        const qsizetype star = selected.lastIndexOf(QStringLiteral("*."));
        if (star >= 0) path += selected.mid(star + 1).chopped(1);
    }
    return path;
}

ExchangePrompts::Scope DialogExchangePrompts::askScope(int selected, int total) {
    QMessageBox box(QMessageBox::Question, Tr::tr("Materials passport"),
                    Tr::tr("Which elements go into the passport?"), QMessageBox::Cancel, parent_);
    QPushButton* some = box.addButton(Tr::tr("The %n selected element(s)", nullptr, selected),
                                      QMessageBox::AcceptRole);
    QPushButton* all =
        box.addButton(Tr::tr("All %n element(s)", nullptr, total), QMessageBox::AcceptRole);
    box.setDefaultButton(some);
    box.exec();
    if (box.clickedButton() == some) return Scope::Selected;
    if (box.clickedButton() == all) return Scope::All;
    return Scope::Cancel;
}

void DialogExchangePrompts::showReport(const MessageReport& report) {
    MessageReportDialog dialog(report, parent_);
    dialog.exec();
}

void DialogExchangePrompts::showError(const QString& title, const QString& message) {
    QMessageBox::critical(parent_, title, message);
}

void DialogExchangePrompts::showInformation(const QString& title, const QString& message) {
    QMessageBox::information(parent_, title, message);
}

}  // namespace respan::ui
