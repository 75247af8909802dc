#pragma once

#include <QDialog>

#include "core/commands/cmdstructureedit.h"
#include "core/model/uid.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class CrossSectionSketch;
class FieldEdit;

/// Name, site (WGS84) and notes of a receiving structure, its load model and deck build-up, and
/// per slot of a span the estimated demand with its breakdown and a cross-section sketch of the
/// lanes and Courbon shares (docs/load-model.md), updated as the inputs are typed.
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
    [[nodiscard]] FieldEdit* carriagewayField() const { return carriageway_; }
    [[nodiscard]] FieldEdit* fixedTotalField() const { return fixedTotal_; }
    [[nodiscard]] QTableWidget* estimateTable() const { return table_; }
    [[nodiscard]] CrossSectionSketch* sketch() const { return sketch_; }

private:
    void validate();
    [[nodiscard]] DeckDesign deck() const;
    void refreshEstimate();
    void selectSlot(int slot);
    const ProjectDocument& doc_;
    Uid uid_;
    FieldEdit* name_;
    FieldEdit* lat_;
    FieldEdit* lon_;
    QPlainTextEdit* notes_;
    FieldEdit* fixedTotal_;
    QComboBox* loadModel_;
    QComboBox* consequence_;
    FieldEdit* carriageway_;
    FieldEdit* spacing_;
    FieldEdit* deckThickness_;
    FieldEdit* surfacing_;
    QComboBox* span_;
    QTableWidget* table_;
    CrossSectionSketch* sketch_;
    QLabel* estimateNote_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
