#include "ui/impact/impactpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

#include "core/commands/cmdfactorsset.h"
#include "core/commands/cmdsettingsedit.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "ui/app/preferencesdialog.h"
#include "ui/common/numberformat.h"
#include "ui/impact/factorsdialog.h"
#include "ui/impact/stagecolours.h"

namespace respan::ui {

namespace {

/// Takes every series and axis off `chart` (a rebuild starts from an empty chart).
void clearChart(QChart& chart) {
    chart.removeAllSeries();
    for (QAbstractAxis* a : chart.axes()) {
        chart.removeAxis(a);
        delete a;
    }
}

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignLeft) {
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

}  // namespace

ImpactPanel::ImpactPanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      undo_(undo),
      measure_(new QComboBox(this)),
      weighting_(new QComboBox(this)),
      factorsButton_(new QPushButton(tr("&Factors…"), this)),
      summary_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      stages_(new QChartView(this)),
      waterfall_(new QChartView(this)),
      girders_(new QTableWidget(this)),
      stageLegend_(new QLabel(this)),
      refreshTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("impactPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(createToolBar());
    createTabs();
    layout->addWidget(tabs_, 1);

    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(0);
    connect(refreshTimer_, &QTimer::timeout, this, &ImpactPanel::refresh);
    connect(doc_.notifier(), &DocumentNotifier::changed, this, [this](const DocumentChange&) {
        dirty_ = true;
        if (isVisible()) refreshTimer_->start();
    });
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        fillWaterfall();
        fillGirders();
    });
    connect(weighting_, &QComboBox::activated, this, &ImpactPanel::weightingChosen);
    connect(factorsButton_, &QPushButton::clicked, this, &ImpactPanel::editFactors);
    connect(girders_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(report_.girders.size()))
            Q_EMIT elementSelected(report_.girders[static_cast<std::size_t>(row)].element);
    });
}

/// Measure, weighting set, Factors… and the summary above the tabs.
QHBoxLayout* ImpactPanel::createToolBar() {
    measure_->setObjectName(QStringLiteral("impactMeasure"));
    measure_->addItem(tr("CO2e (t)"));
    measure_->addItem(tr("MKI (EUR)"));
    measure_->addItem(tr("Cost (EUR)"));
    measure_->setToolTip(tr("What the charts and the table show"));
    weighting_->setObjectName(QStringLiteral("impactWeighting"));
    weighting_->addItem(tr("MKI set A1"), QStringLiteral("A1"));
    weighting_->addItem(tr("MKI set A2"), QStringLiteral("A2"));
    weighting_->setToolTip(
        tr("MKI weighting set (project setting weighting_set): A2 (EN 15804+A2) is required in "
           "tenders from 2025 and gives 1.4-2.1 times the A1 MKI"));
    factorsButton_->setToolTip(
        tr("The factors every figure is computed with: values, units and sources; import or "
           "export them as CSV"));
    summary_->setWordWrap(true);
    summary_->setObjectName(QStringLiteral("impactSummary"));
    summary_->setToolTip(
        tr("Reuse against crushing the girders and building new, every stage counted (harvest "
           "and site transport, storage, certification, cuts, new production and transport, "
           "crushing). The CO2e the optimiser and the proposal show is the matching saving S_is: "
           "new concrete minus transport only, so it differs."));

    auto* bar = new QHBoxLayout;
    auto* measureLabel = new QLabel(tr("&Show:"), this);
    measureLabel->setBuddy(measure_);
    bar->addWidget(measureLabel);
    bar->addWidget(measure_);
    bar->addWidget(weighting_);
    bar->addWidget(factorsButton_);
    bar->addWidget(summary_, 1);
    return bar;
}

/// A chart view that keeps its own height and scrolls in a low dock.
QScrollArea* ImpactPanel::scrolled(QChartView* view) {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(view);
    return scroll;
}

/// The stages chart with its legend line, the waterfall and the girders table.
void ImpactPanel::createTabs() {
    for (QChartView* v : {stages_, waterfall_}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setChart(new QChart);
        v->chart()->setMargins(QMargins(12, 4, 4, 4));
        // Axis labels with the thousands grouped as in the user's language.
        v->chart()->setLocale(textLocale());
        v->chart()->setLocalizeNumbers(true);
        v->setMinimumHeight(140);
    }
    stages_->setObjectName(QStringLiteral("impactStagesChart"));
    waterfall_->setObjectName(QStringLiteral("impactWaterfallChart"));
    // The stages chart's legend is a wrapped line above it: the chart's own legend would cut the
    // stage names short or squeeze the structures' names.
    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 2, 0, 0);
    column->setSpacing(2);
    stageLegend_->setObjectName(QStringLiteral("impactStageLegend"));
    stageLegend_->setWordWrap(true);
    stageLegend_->setTextFormat(Qt::RichText);
    column->addWidget(stageLegend_);
    column->addWidget(scrolled(stages_), 1);
    tabs_->addTab(page, tr("By S&tructure"));
    tabs_->addTab(scrolled(waterfall_), tr("&Waterfall"));
    girders_->setObjectName(QStringLiteral("impactGirders"));
    girders_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    girders_->setSelectionBehavior(QAbstractItemView::SelectRows);
    girders_->verticalHeader()->hide();
    girders_->verticalHeader()->setDefaultSectionSize(girders_->fontMetrics().height() + 6);
    tabs_->addTab(girders_, tr("&Girders"));
}

void ImpactPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) refresh();
}

void ImpactPanel::setEditable(bool editable) {
    editable_ = editable;
    weighting_->setEnabled(editable);
}

impact::Measure ImpactPanel::measure() const {
    switch (measure_->currentIndex()) {
        case 1:
            return impact::Measure::Mki;
        case 2:
            return impact::Measure::Cost;
        default:
            return impact::Measure::Co2e;
    }
}

double ImpactPanel::shown(double kgCo2e, double mkiEur, double costEur) const {
    switch (measure()) {
        case impact::Measure::Co2e:
            return kgCo2e / 1000.0;
        case impact::Measure::Mki:
            return mkiEur;
        case impact::Measure::Cost:
            return costEur;
    }
    return 0.0;
}

double ImpactPanel::valueOf(const impact::Stage& s) const {
    return shown(s.kgCo2e, s.mkiEur, s.costEur);
}

QString ImpactPanel::amount(double v) const {
    return measure() == impact::Measure::Co2e ? formatQuantity(v, 1, QStringLiteral("t CO2e"))
                                              : formatEuros(v);
}

/// Adds `series` to `chart` with its bars' names on the left (never elided: a structure's or a
/// stage's name is what the bar is about) and the measure below, from 0 to a round number
/// above `top`.
void ImpactPanel::addBarAxes(QChart& chart, QAbstractBarSeries* series, const QStringList& names,
                             double top) const {
    chart.addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    axisY->append(names);
    chart.addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0.0, top > 0.0 ? top * 1.05 : 1.0);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(axisTitle());
    chart.addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

QString ImpactPanel::axisTitle() const {
    switch (measure()) {
        case impact::Measure::Co2e:
            return tr("t CO2e");
        case impact::Measure::Mki:
            return tr("MKI in euro (set %1)").arg(weightingSetKey(report_.weightingSet));
        case impact::Measure::Cost:
            return tr("cost in euro");
    }
    return {};
}

QString ImpactPanel::factorText(const impact::Stage& s) const {
    const auto tableFactor = [this](const QString& key) {
        const ImpactFactor* f = findFactor(report_.factors, key);
        if (f == nullptr) return key;
        QLocale plain = textLocale();
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return tr("%1 = %2 %3%4")
            .arg(key, plain.toString(f->value, 'g', 6), f->unit,
                 f->illustrative ? tr(" (illustrative)") : QString());
    };
    if (measure() == impact::Measure::Cost) {
        if (s.costFactor.isEmpty()) return tr("no cost");
        if (s.costFactor.startsWith(QLatin1String("site:"))) {
            const StorageSite* site = findSite(doc_.sites(), s.costFactor.mid(5));
            return tr("rate of site %1: EUR %2 per m2 and month")
                .arg(s.costFactor.mid(5),
                     formatNumber(site != nullptr ? site->costEurPerM2Month : 0.0, 2));
        }
        if (s.costFactor.startsWith(QLatin1String("step:")))
            return tr("cost of protocol step %1").arg(s.costFactor.mid(5));
        return tableFactor(s.costFactor);
    }
    if (s.factor.isEmpty()) return tr("no emission");
    if (measure() == impact::Measure::Mki) {
        return tr("%1, times %2")
            .arg(tableFactor(s.factor), tableFactor(climateFactorKey(report_.weightingSet)));
    }
    return tableFactor(s.factor);
}

void ImpactPanel::refresh() {
    dirty_ = false;
    report_ = impact::computeImpact(doc_);
    weighting_->setCurrentIndex(report_.weightingSet == WeightingSet::A1 ? 0 : 1);
    summary_->setText(summaryText());
    fillStages();
    fillWaterfall();
    fillGirders();
}

QString ImpactPanel::summaryText() const {
    const impact::ImpactTotal saved = report_.saved();
    int assigned = 0;
    for (const impact::GirderImpact& g : report_.girders) assigned += g.assigned;
    if (assigned == 0) return tr("No girder is placed yet: nothing is reused.");
    QString text =
        tr("Reusing %n girder(s) instead of crushing them and building new saves %1 t CO2e, "
           "%2 of MKI (set %3) and %4 of cost.",
           nullptr, assigned)
            .arg(formatNumber(saved.kgCo2e / 1000.0, 1), formatEuros(saved.mkiEur),
                 weightingSetKey(report_.weightingSet), formatEuros(saved.costEur));
    if (report_.breakEvenStorageMonths) {
        const double months = *report_.breakEvenStorageMonths;
        text += QLatin1Char(' ') +
                tr("Only if every stored girder waited %1 months (%2 years) would reuse cost more "
                   "than crushing and building new.")
                    .arg(formatNumber(months, 0), formatNumber(months / 12.0, 1));
    }
    return text;
}

/// The bars of the stages chart: per structure its reuse and its crush + new, the unused girders'
/// crushing last, each the sum of its girders' stages with their quantities and factors.
void ImpactPanel::aggregateStages() {
    stageKeys_.clear();
    for (const StageColour& s : stageColours()) stageKeys_ << QString::fromLatin1(s.key);
    categories_.clear();
    cells_.clear();
    QMap<QString, int> reuseRow;
    QMap<QString, int> crushRow;
    const auto row = [this](QMap<QString, int>& index, const QString& name) {
        auto it = index.find(name);
        if (it != index.end()) return *it;
        categories_ << name;
        cells_.emplace_back(static_cast<std::size_t>(stageKeys_.size()));
        return *index.insert(name, static_cast<int>(categories_.size()) - 1);
    };
    // The structures in the project's order, each reuse above crush + new; the unused last.
    QSet<QString> placedIn;
    bool anyUnused = false;
    for (const impact::GirderImpact& g : report_.girders) {
        if (g.assigned) placedIn.insert(g.structure);
        anyUnused = anyUnused || !g.assigned;
    }
    for (const Structure& d : doc_.structures()) {
        if (!placedIn.contains(d.name)) continue;
        row(reuseRow, tr("%1: reuse").arg(d.name));
        row(crushRow, tr("%1: crush + new").arg(d.name));
    }
    if (anyUnused) row(crushRow, tr("Unused girders: crushed"));
    for (const impact::GirderImpact& g : report_.girders) {
        for (const impact::ScenarioImpact& s : g.scenarios) {
            if (s.scenario == impact::Scenario::New) continue;  // shown as part of crush + new
            int r = 0;
            if (!g.assigned) {
                r = row(crushRow, tr("Unused girders: crushed"));
            } else if (s.scenario == impact::Scenario::Reuse) {
                r = row(reuseRow, tr("%1: reuse").arg(g.structure));
            } else {
                r = row(crushRow, tr("%1: crush + new").arg(g.structure));
            }
            for (const impact::Stage& st : s.stages) {
                const auto k = stageKeys_.indexOf(st.stage);
                if (k < 0) continue;
                Cell& c = cells_[static_cast<std::size_t>(r)][static_cast<std::size_t>(k)];
                c.value += valueOf(st);
                c.quantity += st.quantity;
                c.unit = st.unit;
                const QString f = factorText(st);
                if (!c.factorText.contains(f))
                    c.factorText =
                        c.factorText.isEmpty() ? f : c.factorText + QStringLiteral("; ") + f;
            }
        }
    }
    // A horizontal bar chart draws its first category at the bottom: reversed, the first
    // structure is on top, as in the structure tree.
    std::reverse(categories_.begin(), categories_.end());
    std::reverse(cells_.begin(), cells_.end());
}

void ImpactPanel::fillStages() {
    aggregateStages();
    QChart* chart = stages_->chart();
    clearChart(*chart);
    if (categories_.isEmpty()) {
        chart->setTitle(tr("No girders in the project"));
        stageLegend_->clear();
        return;
    }
    chart->setTitle(QString());
    QStringList legend;
    auto* series = new QHorizontalStackedBarSeries;
    double top = 0.0;
    std::vector<double> sums(static_cast<std::size_t>(categories_.size()), 0.0);
    for (int k = 0; k < stageKeys_.size(); ++k) {
        auto* set = new QBarSet(impact::stageName(stageKeys_[k]));
        set->setProperty("stage", k);
        set->setColor(stageColours()[static_cast<std::size_t>(k)].colour);
        set->setBorderColor(stageColours()[static_cast<std::size_t>(k)].colour.darker(130));
        bool any = false;
        for (std::size_t r = 0; r < cells_.size(); ++r) {
            const double v = cells_[r][static_cast<std::size_t>(k)].value;
            set->append(v);
            sums[r] += v;
            any = any || v != 0.0;
        }
        if (any) {
            series->append(set);
            legend << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                          .arg(set->color().name(), set->label().toHtmlEscaped());
        } else {
            delete set;
        }
    }
    stageLegend_->setText(legend.join(QStringLiteral(" &nbsp; ")));
    chart->legend()->hide();
    for (const double s : sums) top = std::max(top, s);
    addBarAxes(*chart, series, categories_, top);
    stages_->setMinimumHeight(std::max(140, 26 * static_cast<int>(categories_.size()) + 60));
    connect(series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet* set) {
                if (!status) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(), stageTip(index, set->property("stage").toInt()),
                                   stages_);
            });
}

QString ImpactPanel::stageTip(int category, int stage) const {
    if (category < 0 || stage < 0 || category >= static_cast<int>(cells_.size()) ||
        stage >= stageKeys_.size()) {
        return {};
    }
    const Cell& c = cells_[static_cast<std::size_t>(category)][static_cast<std::size_t>(stage)];
    return tr("%1, %2\n%3: %4 %5 × %6")
        .arg(categories_[category], impact::stageName(stageKeys_[stage]), amount(c.value),
             formatNumber(c.quantity, 1), c.unit, c.factorText);
}

void ImpactPanel::fillWaterfall() {
    QChart* chart = waterfall_->chart();
    clearChart(*chart);
    // From "all new" (every girder crushed, every placed slot built new) to "as planned": the
    // stages the plan avoids come off, the stages of reuse go on.
    QMap<QString, double> avoided;
    QMap<QString, double> added;
    for (const impact::GirderImpact& g : report_.girders) {
        if (!g.assigned) continue;
        for (const impact::ScenarioImpact& s : g.scenarios) {
            if (s.scenario == impact::Scenario::New) continue;
            for (const impact::Stage& st : s.stages) {
                (s.scenario == impact::Scenario::Crush ? avoided : added)[st.stage] += valueOf(st);
            }
        }
    }
    double unused = 0.0;
    for (const impact::GirderImpact& g : report_.girders) {
        if (g.assigned) continue;
        for (const impact::Stage& st : g.scenarios.front().stages) unused += valueOf(st);
    }
    double level = unused;
    for (const double v : avoided) level += v;
    auto* base = new QBarSet(QString());
    auto* total = new QBarSet(tr("Total"));
    auto* down = new QBarSet(tr("Avoided"));
    auto* up = new QBarSet(tr("Added"));
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    total->setColor(QColor(0x4a, 0x78, 0xb5));
    down->setColor(QColor(0x2e, 0x9e, 0x5b));
    up->setColor(QColor(0xd3, 0x5d, 0x6e));
    // Read top to bottom: a horizontal bar chart draws its first category at the bottom, so the
    // steps are collected first and appended in reverse.
    struct Step {
        QString label;
        double base, total, down, up;
    };
    std::vector<Step> steps;
    double top = level;
    steps.push_back({tr("All new"), 0.0, level, 0.0, 0.0});
    for (const char* key : {"production", "transport", "crushing"}) {
        const double v = avoided.value(QString::fromLatin1(key));
        if (v == 0.0) continue;
        level -= v;
        steps.push_back(
            {tr("− %1").arg(impact::stageName(QString::fromLatin1(key))), level, 0.0, v, 0.0});
    }
    for (const char* key :
         {"harvest_transport", "transport_to_site", "storage", "certification", "modification"}) {
        const double v = added.value(QString::fromLatin1(key));
        if (v == 0.0) continue;
        steps.push_back(
            {tr("+ %1").arg(impact::stageName(QString::fromLatin1(key))), level, 0.0, 0.0, v});
        level += v;
        top = std::max(top, level);
    }
    steps.push_back({tr("As planned"), 0.0, level, 0.0, 0.0});
    QStringList labels;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        labels << it->label;
        base->append(it->base);
        total->append(it->total);
        down->append(it->down);
        up->append(it->up);
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* s : {base, total, down, up}) series->append(s);
    addBarAxes(*chart, series, labels, top);
    chart->legend()->markers(series).front()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    waterfall_->setMinimumHeight(std::max(160, 26 * static_cast<int>(labels.size()) + 90));
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, labels](bool status, int index, QBarSet* set) {
                if (!status || set->label().isEmpty()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2").arg(labels.value(index), amount(set->at(index))),
                                   waterfall_);
            });
}

void ImpactPanel::fillGirders() {
    const QStringList headers = {tr("Girder"),      tr("Slot"),  tr("Reuse"),
                                 tr("Crush + new"), tr("Saved"), tr("Break-even (months)")};
    girders_->clear();
    girders_->setColumnCount(static_cast<int>(headers.size()));
    girders_->setHorizontalHeaderLabels(headers);
    girders_->setRowCount(static_cast<int>(report_.girders.size()));
    const auto pick = [this](const impact::ScenarioImpact* s) {
        return s == nullptr ? 0.0 : shown(s->kgCo2e, s->mkiEur, s->costEur);
    };
    const auto right = Qt::AlignRight;
    for (std::size_t r = 0; r < report_.girders.size(); ++r) {
        const impact::GirderImpact& g = report_.girders[r];
        const int row = static_cast<int>(r);
        girders_->setItem(row, 0, item(g.elementId));
        girders_->setItem(
            row, 1,
            item(g.assigned ? QStringLiteral("%1 / %2 / %3").arg(g.structure, g.span, g.slot)
                            : tr("unused: crushed")));
        const double reuse = g.assigned ? pick(g.scenario(impact::Scenario::Reuse)) : 0.0;
        const double crush = pick(g.scenario(impact::Scenario::Crush));
        girders_->setItem(row, 2, item(g.assigned ? amount(reuse) : QStringLiteral("–"), right));
        girders_->setItem(row, 3, item(amount(crush), right));
        girders_->setItem(row, 4,
                          item(g.assigned ? amount(crush - reuse) : QStringLiteral("–"), right));
        girders_->setItem(row, 5,
                          item(g.breakEvenStorageMonths ? formatNumber(*g.breakEvenStorageMonths, 1)
                                                        : QStringLiteral("–"),
                               right));
    }
    girders_->resizeColumnsToContents();
    girders_->horizontalHeader()->setStretchLastSection(true);
}

void ImpactPanel::weightingChosen(int index) {
    const QString key = weighting_->itemData(index).toString();
    if (!editable_ || key == doc_.settings().weightingSet) return;
    ProjectSettings s = doc_.settings();
    s.weightingSet = key;
    recordSettingChanges(doc_.settings(), s, PreferencesDialog::userName(),
                         QDateTime::currentDateTimeUtc());
    const PushResult r =
        pushCommand(undo_, std::make_unique<CmdSettingsEdit>(
                               doc_, kNoUid, s, tr("Use MKI weighting set %1").arg(key)));
    if (!r) Q_EMIT statusMessage(r.error);
}

void ImpactPanel::editFactors() {
    FactorsDialog dialog(doc_.factors(), this);
    dialog.setReadOnly(!editable_);
    if (dialog.exec() != QDialog::Accepted || !editable_) return;
    const std::vector<ImpactFactor> factors = dialog.factors();
    if (factors == doc_.factors()) return;
    ProjectSettings s = withFactorSettings(doc_.settings(), factors, PreferencesDialog::userName(),
                                           QDateTime::currentDateTimeUtc());
    const PushResult r = pushCommand(
        undo_, std::make_unique<CmdFactorsSet>(doc_, factors, s, tr("Change impact factors")));
    if (!r) {
        Q_EMIT statusMessage(r.error);
    } else {
        Q_EMIT statusMessage(tr("Impact factors changed."));
    }
}

}  // namespace respan::ui
