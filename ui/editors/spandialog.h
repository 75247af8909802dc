#pragma once

#include <QDialog>

#include "core/model/structure.h"

class QDialogButtonBox;
class QSpinBox;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class FieldEdit;

/// A span: name, required element length and installation date; when new, also how many slots
/// it gets in one step, their name prefix and their design demands.
class SpanDialog : public QDialog {
    Q_OBJECT
public:
    /// New span in structure `structureUid` (spanUid == kNoUid), or an existing span.
    SpanDialog(const ProjectDocument& doc, Uid structureUid, Uid spanUid,
               QWidget* parent = nullptr);

    [[nodiscard]] bool isNew() const { return spanUid_ == kNoUid; }
    /// The span as entered; a new span has its slots.
    [[nodiscard]] Span span() const;
    [[nodiscard]] bool isValid() const;

    [[nodiscard]] FieldEdit* nameField() const { return name_; }
    [[nodiscard]] FieldEdit* lengthField() const { return length_; }
    [[nodiscard]] FieldEdit* dateField() const { return date_; }
    [[nodiscard]] FieldEdit* lengthMinField() const { return lengthMin_; }
    [[nodiscard]] FieldEdit* lengthMaxField() const { return lengthMax_; }
    [[nodiscard]] QSpinBox* slotCountBox() const { return count_; }
    [[nodiscard]] FieldEdit* momentField() const { return moment_; }
    [[nodiscard]] FieldEdit* shearField() const { return shear_; }

private:
    void validate();
    const ProjectDocument& doc_;
    Uid structureUid_;
    Uid spanUid_;
    FieldEdit* name_;
    FieldEdit* length_;
    FieldEdit* date_;
    FieldEdit* calculationSpan_;
    FieldEdit* lengthMin_;
    FieldEdit* lengthMax_;
    QSpinBox* count_ = nullptr;
    FieldEdit* prefix_ = nullptr;
    FieldEdit* moment_ = nullptr;
    FieldEdit* shear_ = nullptr;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
