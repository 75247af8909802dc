#pragma once

#include <QWidget>

#include "core/model/uid.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QTimer;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class GanttView;
class ResourceStrip;

/// The Recertification dock: the Gantt chart of the schedule with its resource strip, the
/// grouping and zoom, a summary, and the list of late girders (a click shows the girder).
/// Dragging a bar moves the step's planned start (one undo step); a double-click asks for the
/// step editor (stepEditRequested), which the main window opens.
class CertificationPanel : public QWidget {
    Q_OBJECT
public:
    CertificationPanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);

    [[nodiscard]] GanttView* gantt() const { return gantt_; }
    [[nodiscard]] QListWidget* lateList() const { return late_; }
    [[nodiscard]] QLabel* summary() const { return summary_; }
    void setEditable(bool editable);
    /// Recomputes now (otherwise after the next edit, when the panel shows).
    void refresh();

Q_SIGNALS:
    void elementSelected(Uid element);
    void stepEditRequested(Uid element, int step);
    void protocolEditRequested();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* createToolBar();
    QWidget* createSideColumn();
    void moveStep(Uid element, int step, QDate start);
    void updateLateList();

    ProjectDocument& doc_;
    QUndoStack& undo_;
    GanttView* gantt_;
    ResourceStrip* strip_;
    QComboBox* grouping_;
    QComboBox* zoom_;
    QLabel* summary_;
    QListWidget* late_;
    QTimer* rebuildTimer_;
    bool dirty_ = true;
    bool editable_ = true;
};

}  // namespace respan::ui
