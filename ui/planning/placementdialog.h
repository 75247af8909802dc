#pragma once

#include <QDialog>

#include "core/model/uid.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace respan {
class AssignmentChecker;
class ProjectDocument;
}  // namespace respan

namespace respan::ui {

/// Placement without the mouse: "Place in…" for a girder lists every slot, "Choose girder…"
/// for a slot lists every girder; the admissible ones first with their figures (cut,
/// utilisation, saving), best saving first, then the others with the rule that refuses them.
/// Choosing an occupied slot says which girder it replaces, and the button says so too: a
/// placement never overwrites silently. Type to filter; Enter places.
class PlacementDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SlotsForElement, ElementsForSlot };
    /// `subject` is the girder (SlotsForElement) or the slot (ElementsForSlot).
    PlacementDialog(const ProjectDocument& doc, const AssignmentChecker& checker, Mode mode,
                    Uid subject, QWidget* parent = nullptr);

    [[nodiscard]] Uid chosenElement() const;
    [[nodiscard]] Uid chosenSlot() const;
    /// The list as the planner sees it (for tests): one entry per row, in order.
    [[nodiscard]] QTreeWidget* list() const { return list_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void addRow(Uid elementUid, Uid slotUid);
    void applyFilter(const QString& text);
    void updateChoice();

    const ProjectDocument& doc_;
    const AssignmentChecker& checker_;
    Mode mode_;
    Uid subject_;
    QLineEdit* filter_;
    QTreeWidget* list_;
    QLabel* consequence_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
