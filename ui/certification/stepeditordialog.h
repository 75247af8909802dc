#pragma once

#include <QDialog>
#include <QSet>

#include <optional>
#include <vector>

#include "core/certification/schedule.h"
#include "core/model/certification.h"
#include "core/model/element.h"
#include "ui/editors/documentstab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;
class QVBoxLayout;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// The step editor (docs/recertification.md, "Step editor"): one girder's protocol steps, one at
/// a time, with status, actual dates, the planner's start, result, resistances, note and the
/// documents that prove it (attached here, opened from here). What the schedule plans for the
/// step is shown beside it. OK applies every changed step as one undo step; a failed step rejects
/// the girder and resistances of a passed step replace its own, exactly as the results import.
class StepEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// `step` is the protocol index to show first (-1: the first step not done).
    StepEditorDialog(const ProjectDocument& doc, Uid element, int step, QString user,
                     DocumentsTab::ContentReader reader, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    [[nodiscard]] DocumentsTab* documentsTab() const { return documents_; }
    /// Shows protocol step `step` (what the step list does).
    void showStep(int step);
    [[nodiscard]] int currentStep() const { return current_; }
    /// The record of `step` as edited so far.
    [[nodiscard]] StepRecord record(int step) const;
    /// Why OK is refused now (translated; empty when the edits can be applied).
    [[nodiscard]] QStringList problems() const;
    /// Applies the edits as one undo step; empty or the reason it was refused.
    QString apply(QUndoStack& stack, ProjectDocument& doc) const;

private:
    struct DateField {
        QCheckBox* known = nullptr;
        QDateEdit* date = nullptr;
    };
    DateField dateField(const QString& label, const QString& objectName);
    void addStepHeader(QVBoxLayout& layout);
    void addRecordForm(QVBoxLayout& layout);
    void addEvidence(QVBoxLayout& layout);
    void connectEdits();
    void storeCurrent();
    void loadCurrent();
    void validate();
    void updatePlan();

    Element original_;
    std::optional<certification::GirderSchedule> plan_;  ///< empty when it is not scheduled
    std::vector<ProtocolStep> protocol_;
    QSet<Uid> known_;  ///< documents seen so far (a new one is ticked for the shown step)
    std::vector<StepRecord> records_;  ///< one per protocol step, as edited
    QString user_;
    DocumentsTab::ContentReader reader_;
    int current_ = -1;
    bool loading_ = false;
    bool readOnly_ = false;
    QComboBox* stepList_;
    QLabel* stepInfo_;
    QLabel* planInfo_;
    QComboBox* status_;
    DateField actualStart_;
    DateField actualEnd_;
    DateField plannedStart_;
    QLineEdit* result_;
    QLineEdit* moment_;
    QLineEdit* shear_;
    QLineEdit* note_;
    DocumentsTab* documents_;
    QLabel* problems_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
