#pragma once

#include <QWidget>

#include "core/model/uid.h"

class QComboBox;
class QLabel;
class QToolButton;
class QUndoStack;

namespace respan {
class AssignmentChecker;
class ProjectDocument;
}  // namespace respan

namespace respan::ui {

class ViaductScene;
class ViaductView;

/// The central drawing: a bar (which structure, zoom), the view and the legend.
class DrawingPanel : public QWidget {
    Q_OBJECT
public:
    DrawingPanel(ProjectDocument& doc, QUndoStack* undoStack, const AssignmentChecker* checker,
                 QWidget* parent = nullptr);

    [[nodiscard]] ViaductScene* scene() const { return scene_; }
    [[nodiscard]] ViaductView* view() const { return view_; }
    [[nodiscard]] QComboBox* structureChooser() const { return chooser_; }

    void setReadOnly(bool readOnly);
    /// Shows one structure (kNoUid: all) and fits it into the view.
    void showStructure(Uid structureUid);

private:
    void updateChooser();
    void updateZoomLabel(double pixelsPerMetre);

    ProjectDocument& doc_;
    ViaductScene* scene_;
    ViaductView* view_;
    QComboBox* chooser_;
    QLabel* zoom_;
};

}  // namespace respan::ui
