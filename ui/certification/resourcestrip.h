#pragma once

#include <QWidget>

namespace respan::ui {

class GanttView;

/// Under the Gantt chart, on its time axis: per limited resource of the protocol (the lab, the
/// certifying body) the girders it holds each day against its capacity; days over capacity in
/// red (only recorded actual dates can overrun it), the peak named at the left.
class ResourceStrip : public QWidget {
    Q_OBJECT
public:
    explicit ResourceStrip(const GanttView& gantt, QWidget* parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;
    /// Height for the gantt's current resources; call after the schedule changed.
    void refresh();

    static constexpr int kBandHeight = 20;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const GanttView& gantt_;
};

}  // namespace respan::ui
