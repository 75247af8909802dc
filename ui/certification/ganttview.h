#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QString>

#include <vector>

#include "core/certification/schedule.h"
#include "core/model/uid.h"

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// The recertification schedule as a Gantt chart (docs/recertification.md, "Gantt view"): one
/// row per girder, grouped per receiving structure or per donor; a bar per protocol step coloured
/// by its status; the today line, the girder's deadline as a marker, late girders in red, and the
/// selected girder's dependencies as arrows. A planned step's bar can be dragged along the time
/// axis (stepMoved); a double-click opens the step (stepActivated). Only the visible rows are
/// painted, so thousands of girders scroll as smoothly as ten.
class GanttView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class Grouping { Receiving, Donor };
    /// Zoom steps from weeks to years: the pixels one day takes.
    enum class Zoom { Weeks, Months, Quarters, Years };

    explicit GanttView(const ProjectDocument& doc, QWidget* parent = nullptr);

    /// Recomputes the schedule of the document's plan and the rows (after every edit).
    void rebuild();
    /// Shows `schedule` instead of computing one (benchmarks and tests of the drawing).
    void setSchedule(certification::Schedule schedule);
    [[nodiscard]] const certification::Schedule& schedule() const { return schedule_; }

    void setGrouping(Grouping grouping);
    [[nodiscard]] Grouping grouping() const { return grouping_; }
    void setZoom(Zoom zoom);
    /// Off in a read-only project: bars are not draggable and the tooltips say so.
    void setEditable(bool editable);
    [[nodiscard]] Zoom zoom() const { return zoom_; }
    [[nodiscard]] double pixelsPerDay() const { return pixelsPerDay_; }

    /// Selects a girder's row and scrolls it into view; false when it is not scheduled.
    bool selectElement(Uid element);
    [[nodiscard]] Uid selectedElement() const { return selected_; }
    /// Scrolls so that `date` is in the middle of the chart.
    void scrollToDate(QDate date);

    /// The first day drawn, the width of the label column and the x of a date in the viewport:
    /// what the resource strip under the chart draws by, so that both share one time axis.
    [[nodiscard]] QDate firstDate() const { return first_; }
    [[nodiscard]] int labelWidth() const { return kLabelWidth; }
    [[nodiscard]] double xForDate(QDate date) const;
    [[nodiscard]] QDate dateAtX(double x) const;

    /// Where a step of a girder is drawn, in viewport coordinates (empty when not visible).
    [[nodiscard]] QRect barRect(Uid element, int step) const;
    /// Number of rows (group headers and girders).
    [[nodiscard]] int rowCount() const { return static_cast<int>(rows_.size()); }

    static constexpr int kLabelWidth = 170;
    static constexpr int kHeaderHeight = 38;
    static constexpr int kRowHeight = 22;

Q_SIGNALS:
    void elementSelected(Uid element);
    /// A double-click on a bar (step >= 0) or on a girder's label (step -1).
    void stepActivated(Uid element, int step);
    /// A planned step's bar was dragged to start on `start`.
    void stepMoved(Uid element, int step, QDate start);
    /// The time axis moved (scroll or zoom): the resource strip follows.
    void axisChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Row {
        int girder = -1;        ///< index in schedule_.girders; -1 for a group header
        QString label;          ///< the group's name for a header
        int lanes = 1;          ///< bars side by side where steps overlap in time
        std::vector<int> lane;  ///< per scheduled step
    };
    struct Hit {
        int row = -1;
        int step = -1;  ///< index in the girder's steps
    };

    void layoutRows();
    void updateRange();
    void updateScrollBars();
    [[nodiscard]] int rowAtY(int y) const;
    [[nodiscard]] int rowOf(Uid element) const;
    [[nodiscard]] Hit hitAt(const QPoint& pos) const;
    [[nodiscard]] QRect stepRect(int row, int step) const;
    [[nodiscard]] bool movable(int row, int step) const;
    [[nodiscard]] QString toolTipAt(const QPoint& pos) const;
    void paintHeader(QPainter& p) const;
    /// One band of the header: a line at each period's start and, with `labels`, its name.
    void paintBand(QPainter& p, int top, int period, bool labels) const;
    [[nodiscard]] QString periodLabel(int period, QDate d) const;
    void paintRow(QPainter& p, int row, int y) const;
    void paintDependencies(QPainter& p, int row) const;
    void selectRow(int row);

    const ProjectDocument& doc_;
    certification::Schedule schedule_;
    std::vector<Row> rows_;
    Grouping grouping_ = Grouping::Receiving;
    Zoom zoom_ = Zoom::Months;
    double pixelsPerDay_ = 6.0;
    QDate first_;
    int days_ = 0;
    QDate today_;
    Uid selected_ = kNoUid;
    // A bar being dragged: its row, step, the day offset under the mouse and the shift so far.
    Hit drag_;
    int dragStartX_ = 0;
    int dragDays_ = 0;
    bool dragging_ = false;
    bool placed_ = false;
    bool editable_ = true;  ///< the first schedule was scrolled into view
};

/// The translated name of a zoom step ("Weeks").
QString zoomName(GanttView::Zoom zoom);

}  // namespace respan::ui
