#include "ui/report/reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "ui/report/reportstyle.h"

namespace respan::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;

/// Scene units per point: charts are built twice as large as they are drawn, so that their
/// integer pixel font sizes can be half points.
constexpr double kScale = 2.0;

QFont chartFont(double points, bool bold = false) {
    QFont f = S::font(bold ? S::Face::CondensedBold : S::Face::Condensed, points);
    f.setPixelSize(static_cast<int>(std::lround(points * kScale)));
    return f;
}

QChart* newChart(const ReportNumbers& numbers) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocale(numbers.locale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(S::kSmall));
    chart->legend()->setLabelColor(S::kInk);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QString& title) {
    axis->setLabelsFont(chartFont(S::kSmall));
    axis->setLabelsColor(S::kInk);
    axis->setTitleFont(chartFont(S::kSmall, true));
    axis->setTitleBrush(S::kMuted);
    axis->setTitleText(title);
    axis->setLinePen(QPen(S::kMuted, 1.0));
    axis->setGridLinePen(QPen(S::kRule, 0.8));
}

QBarSet* barSet(const QString& name, const QColor& fill, const QColor& outline) {
    auto* set = new QBarSet(name);
    set->setBrush(fill);
    set->setPen(QPen(outline, 1.0));
    set->setLabelFont(chartFont(S::kSmall - 0.5));
    set->setLabelColor(S::kInk);
    return set;
}

/// A count axis with whole-number steps.
QValueAxis* countAxis(double maximum, const QString& title) {
    auto* axis = new QValueAxis;
    styleAxis(axis, title);
    const double top = std::max(1.0, maximum);
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
        step = s;
        if (top / s <= 6.0) break;
    }
    const double rangeTop = std::ceil(top * 1.12 / step) * step;
    axis->setRange(0.0, rangeTop);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    return axis;
}

}  // namespace

ReportChart::ReportChart(QChart* chart, QSizeF size)
    : scene_(std::make_unique<QGraphicsScene>()), chart_(chart), size_(size) {
    scene_->addItem(chart_);
    chart_->setGeometry(QRectF(QPointF(0, 0), size_ * kScale));
    // Lay the chart out now: it is drawn without an event loop running.
    QCoreApplication::sendPostedEvents();
    if (chart_->layout() != nullptr) chart_->layout()->activate();
    QCoreApplication::sendPostedEvents();
    // Cached items would be painted as pixmaps; the report wants vectors.
    for (QGraphicsItem* item : scene_->items()) item->setCacheMode(QGraphicsItem::NoCache);
}

ReportChart::~ReportChart() = default;

void ReportChart::paint(QPainter& painter, const QRectF& target) const {
    painter.setRenderHint(QPainter::Antialiasing);
    scene_->render(&painter, target, QRectF(QPointF(0, 0), size_ * kScale), Qt::IgnoreAspectRatio);
}

namespace ReportCharts {

std::unique_ptr<ReportChart> lengths(const std::vector<double>& supplyM,
                                     const std::vector<double>& demandM,
                                     const ReportNumbers& numbers, double width) {
    QChart* chart = newChart(numbers);
    double low = 1e300;
    double high = -1e300;
    for (const auto* list : {&supplyM, &demandM}) {
        for (double v : *list) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (low > high) {
        low = 0.0;
        high = 1.0;
    }
    // Bands of a whole number of metres, at most 24 of them.
    const double first = std::floor(low);
    int band = 1;
    while ((std::floor(high) - first) / band + 1 > 24) ++band;
    const int count = static_cast<int>((std::floor(high) - first) / band) + 1;
    std::vector<int> supply(static_cast<std::size_t>(count), 0);
    std::vector<int> demand(static_cast<std::size_t>(count), 0);
    auto bin = [&](double v) {
        return std::clamp(static_cast<int>((v - first) / band), 0, count - 1);
    };
    for (double v : supplyM) ++supply[static_cast<std::size_t>(bin(v))];
    for (double v : demandM) ++demand[static_cast<std::size_t>(bin(v))];
    // "17–18" while there is room for it; with many bands only where each band starts.
    const bool ranges = count <= 12;
    QStringList categories;
    for (int i = 0; i < count; ++i) {
        QString label = numbers.integer(static_cast<long long>(first) + i * band);
        if (ranges) {
            label +=
                QChar(0x2013) + numbers.integer(static_cast<long long>(first) + (i + 1) * band);
        }
        categories << label;
    }
    QBarSet* s = barSet(Tr::tr("Girders available (supply)"), S::kAccentFill, S::kAccent);
    QBarSet* d = barSet(Tr::tr("Slots (demand, required length)"), S::kGreenFill, S::kGreen);
    int most = 0;
    for (int i = 0; i < count; ++i) {
        *s << supply[static_cast<std::size_t>(i)];
        *d << demand[static_cast<std::size_t>(i)];
        most = std::max(
            {most, supply[static_cast<std::size_t>(i)], demand[static_cast<std::size_t>(i)]});
    }
    auto* series = new QBarSeries;
    series->append(s);
    series->append(d);
    series->setBarWidth(0.8);
    series->setLabelsVisible(count <= 16);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, ranges ? Tr::tr("Length (m): girder length against the span's required length")
                        : Tr::tr("Length (m), in bands of %n metre(s) from the value shown: "
                                 "girder length against the span's required length",
                                 nullptr, band));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(most, Tr::tr("Number"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return std::make_unique<ReportChart>(chart, QSizeF(width, 165.0));
}

std::unique_ptr<ReportChart> utilisation(const std::vector<double>& values,
                                         const ReportNumbers& numbers, double width) {
    QChart* chart = newChart(numbers);
    constexpr int kBands = 10;
    std::vector<int> counts(kBands, 0);
    for (double u : values) {
        const int b = std::clamp(static_cast<int>(std::floor(u * kBands - 1e-9)), 0, kBands - 1);
        ++counts[static_cast<std::size_t>(b)];
    }
    QStringList categories;
    QBarSet* set = barSet(Tr::tr("Placements"), S::kAccentFill, S::kAccent);
    int most = 0;
    for (int b = 0; b < kBands; ++b) {
        categories << numbers.number(b / 10.0, 1) + QChar(0x2013) +
                          numbers.number((b + 1) / 10.0, 1);
        *set << counts[static_cast<std::size_t>(b)];
        most = std::max(most, counts[static_cast<std::size_t>(b)]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, Tr::tr("Utilisation u = max(MEd/MRd, VEd/VRd)"));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(most, Tr::tr("Placements"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return std::make_unique<ReportChart>(chart, QSizeF(width, 140.0));
}

std::unique_ptr<ReportChart> savingPerStructure(const QStringList& structures,
                                                const std::vector<double>& planKg,
                                                const std::vector<double>& optimumKg,
                                                const ReportNumbers& numbers, double width) {
    QChart* chart = newChart(numbers);
    QBarSet* plan = barSet(Tr::tr("This plan"), S::kAccentFill, S::kAccent);
    QBarSet* best =
        optimumKg.empty() ? nullptr : barSet(Tr::tr("Optimiser's plan"), S::kGreenFill, S::kGreen);
    double most = 0.0;
    QStringList categories;
    // Horizontal bars run bottom-up: reversed, the first structure is on top.
    for (int i = static_cast<int>(structures.size()) - 1; i >= 0; --i) {
        categories << structures[i];
        const double p = planKg[static_cast<std::size_t>(i)] / 1000.0;
        *plan << p;
        most = std::max(most, p);
        if (best != nullptr) {
            const double o = optimumKg[static_cast<std::size_t>(i)] / 1000.0;
            *best << o;
            most = std::max(most, o);
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->append(plan);
    if (best != nullptr) series->append(best);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, QString());
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    styleAxis(x, Tr::tr("Net saving (t CO2e)"));
    x->setRange(0.0, std::max(1.0, most * 1.15));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const double height = 54.0 + structures.size() * (best != nullptr ? 21.0 : 14.0);
    return std::make_unique<ReportChart>(chart, QSizeF(width, std::min(height, 600.0)));
}

}  // namespace ReportCharts

}  // namespace respan::ui
