#pragma once

#include <QDialog>
#include <QHash>

#include <vector>

#include "core/io/importmessage.h"
#include "core/model/certification.h"

class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// The protocol editor (docs/recertification.md, "Protocol editor"): the project's template as a
/// table with the columns of the protocol CSV, steps added, removed and moved. Every edit is
/// checked exactly as an import of the CSV is (the table is read as that CSV): an unknown
/// predecessor or a cycle is listed with its step and OK stays off until it is fixed. OK replaces
/// the template in one undo step.
class ProtocolEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        Step,
        Name,
        Phase,
        Duration,
        Predecessors,
        Resource,
        Capacity,
        Cost,
        Party,
        Evidence,
        ColumnCount
    };

    ProtocolEditorDialog(const std::vector<ProtocolStep>& steps, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    /// Step id -> girders with results recorded for it: removing such a step is allowed but
    /// said (the records stay in the file and no longer count).
    void setRecordedSteps(QHash<QString, int> girdersPerStep);
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QListWidget* problemList() const { return problems_; }
    /// Sets a cell as typed (the phase column takes a phase key).
    void setCell(int row, Column column, const QString& text);
    void addStep();
    void removeStep(int row);
    void moveStep(int row, int by);
    /// The template as the table holds it, read as the protocol CSV is; errors by table row.
    struct Result {
        std::vector<ProtocolStep> steps;
        io::ImportMessages errors;
    };
    [[nodiscard]] Result read() const;
    /// Replaces the project's template with the table's (one undo step); empty or the reason.
    QString apply(QUndoStack& stack, ProjectDocument& doc) const;

private:
    void createTable();
    void insertRow(int row, const ProtocolStep& step);
    [[nodiscard]] QString cell(int row, Column column) const;
    void validate();
    void updateButtons();

    QTableWidget* table_;
    QListWidget* problems_;
    QPushButton* add_;
    QPushButton* remove_;
    QPushButton* up_;
    QPushButton* down_;
    QDialogButtonBox* buttons_;
    QHash<QString, int> recorded_;
    bool readOnly_ = false;
    bool loading_ = false;
};

}  // namespace respan::ui
