#pragma once

#include <QChartView>
#include <QDate>
#include <QLineSeries>

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
    struct WeekSeries {
        QLineSeries* count = nullptr;
        QLineSeries* area = nullptr;
        QLineSeries* usable = nullptr;
        int maxCount = 0;
        double maxArea = 0.0;
    };
    void rebuild();
    WeekSeries addWeekSeries();
    std::vector<QAbstractSeries*> addMarkers();
    void addAxes(const std::vector<QAbstractSeries*>& onCount,
                 const std::vector<QAbstractSeries*>& onArea, int maxCount, double maxArea);
    void placeCurrentLine();

    yard::SiteOccupancy site_;
    std::vector<yard::StorageConflict> conflicts_;
    QDate current_;
    QLineSeries* now_ = nullptr;  ///< the date shown in the yard (owned by the chart)
    double countTop_ = 1.0;
};

}  // namespace respan::ui
