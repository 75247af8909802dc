#pragma once

#include <QWidget>

#include "core/impact/impact.h"

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QScrollArea;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// The Impact dock (docs/impact.md): CO2e, MKI or cost of the plan as it stands, against
/// crushing the girders and building new; stacked bars per structure by stage and scenario, a
/// waterfall from "all new" to "as planned", the girders' figures in a table. It follows every
/// edit while it shows; each bar's tooltip names its quantity and factor.
class ImpactPanel : public QWidget {
    Q_OBJECT
public:
    ImpactPanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* measureBox() const { return measure_; }
    [[nodiscard]] QComboBox* weightingBox() const { return weighting_; }
    [[nodiscard]] QPushButton* factorsButton() const { return factorsButton_; }
    [[nodiscard]] QChartView* stagesChart() const { return stages_; }
    [[nodiscard]] QChartView* waterfallChart() const { return waterfall_; }
    [[nodiscard]] QTableWidget* girdersTable() const { return girders_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] const impact::ImpactReport& report() const { return report_; }
    [[nodiscard]] QString summaryText() const;
    /// The bars of the stages chart, bottom to top, and the tooltip of one segment (category,
    /// stage index).
    [[nodiscard]] const QStringList& categories() const { return categories_; }
    [[nodiscard]] QString stageTip(int category, int stage) const;
    void setEditable(bool editable);
    /// Recomputes now (otherwise after the next edit, when the panel shows).
    void refresh();
    /// Opens the factor table editor.
    void editFactors();

Q_SIGNALS:
    void elementSelected(Uid element);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* createToolBar();
    void createTabs();
    QScrollArea* scrolled(QChartView* view);
    struct Cell {
        double value = 0.0;
        double quantity = 0.0;
        QString unit;
        QString factor;      ///< names of the factors used, joined
        QString factorText;  ///< "F_tkm 0.1 kg CO2e/tkm"
    };
    void aggregateStages();
    void fillStages();
    void fillWaterfall();
    void fillGirders();
    void weightingChosen(int index);
    [[nodiscard]] impact::Measure measure() const;
    /// The figure of the chosen measure: t CO2e, MKI euro or euro.
    [[nodiscard]] double shown(double kgCo2e, double mkiEur, double costEur) const;
    [[nodiscard]] double valueOf(const impact::Stage& s) const;
    [[nodiscard]] QString amount(double v) const;
    [[nodiscard]] QString axisTitle() const;
    void addBarAxes(QChart& chart, QAbstractBarSeries* series, const QStringList& names,
                    double top) const;
    [[nodiscard]] QString factorText(const impact::Stage& s) const;

    ProjectDocument& doc_;
    QUndoStack& undo_;
    impact::ImpactReport report_;
    QComboBox* measure_;
    QComboBox* weighting_;
    QPushButton* factorsButton_;
    QLabel* summary_;
    QTabWidget* tabs_;
    QChartView* stages_;
    QChartView* waterfall_;
    QTableWidget* girders_;
    QLabel* stageLegend_;
    QTimer* refreshTimer_;
    bool dirty_ = true;
    bool editable_ = true;
    QStringList stageKeys_;                 // the stages chart's sets, in order
    QStringList categories_;                // its bars
    std::vector<std::vector<Cell>> cells_;  // [category][stage]
};

}  // namespace respan::ui
