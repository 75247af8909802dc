#pragma once

#include <QDialog>

#include "core/model/structure.h"

class QDialogButtonBox;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class FieldEdit;

/// Name and design demands (MEd, VEd) of one slot.
class SlotDialog : public QDialog {
    Q_OBJECT
public:
    SlotDialog(const ProjectDocument& doc, Uid slotUid, QWidget* parent = nullptr);

    [[nodiscard]] Slot slot() const;
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] FieldEdit* momentField() const { return moment_; }
    [[nodiscard]] FieldEdit* shearField() const { return shear_; }

private:
    void validate();
    const ProjectDocument& doc_;
    Slot original_;
    FieldEdit* name_;
    FieldEdit* moment_;
    FieldEdit* shear_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
