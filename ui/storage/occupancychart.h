#pragma once

#include <QChartView>
#include <QDate>

#include <vector>

#include "core/yard/storageplan.h"

namespace respan::ui {

/// Occupancy of one site per ISO week (docs/storage-layout.md, "Occupancy"): girders present
/// (steps) and their plan area against the site's usable area, the peak marked, and the weeks
/// with a conflict flagged in red (their tooltip names the girders). A click picks that week's
/// Monday (dateChosen), so that the yard view shows it.
class OccupancyChart : public QChartView {
    Q_OBJECT
public:
    explicit OccupancyChart(QWidget* parent = nullptr);

    void setOccupancy(const yard::SiteOccupancy& site,
                      const std::vector<yard::StorageConflict>& conflicts);
    /// The date shown in the yard view, drawn as a vertical line.
    void setCurrentDate(QDate date);
    /// What the lines and marks are, in their colours (rich text, the chart's tooltip).
    static QString legendHtml();

Q_SIGNALS:
    void dateChosen(QDate date);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void rebuild();

    yard::SiteOccupancy site_;
    std::vector<yard::StorageConflict> conflicts_;
    QDate current_;
};

}  // namespace respan::ui
