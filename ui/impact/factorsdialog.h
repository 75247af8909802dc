#pragma once

#include <QDialog>

#include <vector>

#include "core/model/impactfactor.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace respan::ui {

/// The impact factor table (docs/impact.md, "Factors"): value, source, year and the
/// illustrative flag of every factor, editable; Import… reads a factors CSV into the table (the
/// named factors only, all or nothing), Export… writes the table. OK applies it as one undo
/// step (the caller pushes the command).
class FactorsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FactorsDialog(std::vector<ImpactFactor> factors, QWidget* parent = nullptr);

    /// The table as edited; call after exec() returned Accepted.
    [[nodiscard]] std::vector<ImpactFactor> factors() const { return factors_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    void setReadOnly(bool readOnly);
    /// Reads a factors CSV into the table; empty on success, else the errors, one per line.
    QString importFile(const QString& path);
    /// Writes the table as a factors CSV; empty on success, else why not.
    QString exportFile(const QString& path) const;

    void accept() override;

private:
    void fill();
    /// The rows as typed; problems (row: message) in `problems`.
    std::vector<ImpactFactor> readTable(QStringList& problems) const;

    std::vector<ImpactFactor> factors_;
    QTableWidget* table_;
    QLabel* problems_;
    QPushButton* import_;
    bool readOnly_ = false;
};

}  // namespace respan::ui
