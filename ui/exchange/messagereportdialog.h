#pragma once

#include <QDialog>

#include "ui/exchange/messagereport.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace respan::ui {

/// Shows a MessageReport: the summary and a table of every message (sortable, selectable);
/// Copy puts the whole table on the clipboard as tab-separated text (Ctrl+C: the selected rows),
/// ready to paste into a spreadsheet or an e-mail.
class MessageReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit MessageReportDialog(MessageReport report, QWidget* parent = nullptr);

    [[nodiscard]] const MessageReport& report() const { return report_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QLabel* summary() const { return summary_; }
    [[nodiscard]] QPushButton* copyButton() const { return copy_; }
    /// The selected rows as tab-separated text with a header (all rows when none is selected).
    [[nodiscard]] QString selectionAsTsv() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    MessageReport report_;
    QLabel* summary_;
    QTableWidget* table_;
    QPushButton* copy_;
};

}  // namespace respan::ui
