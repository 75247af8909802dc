#pragma once

#include <QDialog>

#include "core/commands/cmdstructureedit.h"
#include "core/model/uid.h"

class QDialogButtonBox;
class QPlainTextEdit;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class FieldEdit;

/// Name, site (WGS84) and notes of a receiving structure, validated at each field.
class StructureDialog : public QDialog {
    Q_OBJECT
public:
    /// `structureUid == kNoUid`: a new structure.
    StructureDialog(const ProjectDocument& doc, Uid structureUid, QWidget* parent = nullptr);

    [[nodiscard]] StructureHeader header() const;
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] FieldEdit* nameField() const { return name_; }
    [[nodiscard]] FieldEdit* latitudeField() const { return lat_; }
    [[nodiscard]] FieldEdit* longitudeField() const { return lon_; }

private:
    void validate();
    const ProjectDocument& doc_;
    Uid uid_;
    FieldEdit* name_;
    FieldEdit* lat_;
    FieldEdit* lon_;
    QPlainTextEdit* notes_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
