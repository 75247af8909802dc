#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QGraphicsScene;
class QPainter;
class QRectF;

class QChart;

namespace respan::ui {

class ReportNumbers;

/// A Qt Charts chart of the report, kept in a scene of its own and drawn into any painter as
/// vectors (the scene's render, never a pixel grab).
class ReportChart {
public:
    /// Takes the chart; `size` in points.
    ReportChart(QChart* chart, QSizeF size);
    ~ReportChart();
    ReportChart(const ReportChart&) = delete;
    ReportChart& operator=(const ReportChart&) = delete;

    [[nodiscard]] QSizeF size() const { return size_; }
    void paint(QPainter& painter, const QRectF& target) const;
    [[nodiscard]] QChart* chart() const { return chart_; }

private:
    std::unique_ptr<QGraphicsScene> scene_;
    QChart* chart_;
    QSizeF size_;
};

/// The three charts of issue 6, in the planning board's colours, labels in the report's
/// language and number format.
namespace ReportCharts {

/// Girders (supply) and slots (demand) per length band of 1 m.
std::unique_ptr<ReportChart> lengths(const std::vector<double>& supplyM,
                                     const std::vector<double>& demandM,
                                     const ReportNumbers& numbers, double width);
/// Placements per utilisation band of 0.1.
std::unique_ptr<ReportChart> utilisation(const std::vector<double>& values,
                                         const ReportNumbers& numbers, double width);
/// Net saving per receiving structure: this plan, and the optimiser's plan when there is one.
std::unique_ptr<ReportChart> savingPerStructure(const QStringList& structures,
                                                const std::vector<double>& planKg,
                                                const std::vector<double>& optimumKg,
                                                const ReportNumbers& numbers, double width);

}  // namespace ReportCharts

}  // namespace respan::ui
