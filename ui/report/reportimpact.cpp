// The impact section of the matching report (docs/impact.md): totals per scenario, per structure
// and per girder, stacked bars by stage in CO2e and in euro, the factor table with its sources
// and the weighting set.
#include <QCoreApplication>
#include <QMap>
#include <QPainter>

#include <algorithm>

#include "core/impact/impact.h"
#include "ui/impact/stagecolours.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"
#include "ui/report/reporttable.h"

namespace respan::ui::ReportSections {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;

/// Per structure (in plan order) and scenario (reuse, crush + new), the sum of each stage.
struct StructureBars {
    QString name;
    double reuse[kStageCount] = {};
    double crush[kStageCount] = {};
};

int stageIndex(const QString& key) {
    for (int k = 0; k < kStageCount; ++k) {
        if (key == QLatin1String(stageColours()[static_cast<std::size_t>(k)].key)) return k;
    }
    return -1;
}

std::vector<StructureBars> barsOf(const impact::ImpactReport& r, bool euro) {
    std::vector<StructureBars> out;
    QMap<QString, std::size_t> index;
    for (const impact::GirderImpact& g : r.girders) {
        if (!g.assigned) continue;
        if (!index.contains(g.structure)) {
            index.insert(g.structure, out.size());
            out.push_back({});
            out.back().name = g.structure;
        }
        StructureBars& b = out[index.value(g.structure)];
        for (const impact::ScenarioImpact& s : g.scenarios) {
            if (s.scenario == impact::Scenario::New) continue;
            for (const impact::Stage& st : s.stages) {
                const int k = stageIndex(st.stage);
                if (k < 0) continue;
                const double v = euro ? st.costEur : st.kgCo2e / 1000.0;
                (s.scenario == impact::Scenario::Reuse ? b.reuse : b.crush)[k] += v;
            }
        }
    }
    return out;
}

/// The words of a chart, translated while the report is laid out (painting comes later).
struct BarLabels {
    QString unit;
    bool euro = false;  ///< whole euros rather than tonnes to one decimal
    QString reuse;      ///< "reuse %1"
    QString fresh;      ///< "new %1"
    QString caption;
    QStringList stages;
};

BarLabels barLabels(const QString& unit, bool euro) {
    BarLabels l;
    l.unit = unit;
    l.euro = euro;
    l.reuse = Tr::tr("reuse %1");
    l.fresh = Tr::tr("crush + new %1");
    l.caption = Tr::tr("Bars in %1; upper bar: reuse as planned, lower bar: crush and build new.")
                    .arg(unit);
    for (const StageColour& s : stageColours())
        l.stages << impact::stageName(QString::fromLatin1(s.key));
    return l;
}

/// Two horizontal stacked bars per structure: reuse and crush + new, by stage; a legend below.
void paintBars(QPainter& p, const QRectF& r, const std::vector<StructureBars>& bars,
               const ReportNumbers& n, const BarLabels& labels) {
    const bool euro = labels.euro;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = S::font(S::Face::Body, S::kSmall);
    p.setFont(small);
    const double labelWidth = 140.0;
    const double legendHeight = 34.0;
    const double left = r.left() + labelWidth;
    const double width = r.width() - labelWidth - 40.0;
    double top = 0.0;
    for (const StructureBars& b : bars) {
        double a = 0.0;
        double c = 0.0;
        for (int k = 0; k < kStageCount; ++k) {
            a += b.reuse[k];
            c += b.crush[k];
        }
        top = std::max({top, a, c});
    }
    if (top <= 0.0) top = 1.0;
    const double rowHeight = (r.height() - legendHeight) / std::max<std::size_t>(1, bars.size());
    const double barHeight = std::min(9.0, rowHeight / 2.0 - 1.5);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = r.top() + rowHeight * static_cast<double>(i);
        p.setPen(S::kInk);
        p.drawText(QRectF(r.left(), y, labelWidth - 4.0, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, bars[i].name);
        const double* rows[2] = {bars[i].reuse, bars[i].crush};
        for (int j = 0; j < 2; ++j) {
            double x = left;
            const double by = y + rowHeight / 2.0 - barHeight - 0.5 + j * (barHeight + 1.0);
            double sum = 0.0;
            for (int k = 0; k < kStageCount; ++k) {
                const double w = width * rows[j][k] / top;
                if (w > 0.0)
                    p.fillRect(QRectF(x, by, w, barHeight),
                               stageColours()[static_cast<std::size_t>(k)].colour);
                x += w;
                sum += rows[j][k];
            }
            p.setPen(S::kMuted);
            p.drawText(QRectF(x + 2.0, by - 1.0, 60.0, barHeight + 2.0),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       (j == 0 ? labels.reuse : labels.fresh).arg(n.number(sum, euro ? 0 : 1)));
        }
    }
    double x = r.left();
    double ly = r.bottom() - legendHeight + 4.0;
    for (int k = 0; k < kStageCount; ++k) {
        const QString& name = labels.stages[k];
        const double w = QFontMetricsF(small).horizontalAdvance(name) + 16.0;
        if (x + w > r.right()) {  // the legend wraps
            x = r.left();
            ly += 10.0;
        }
        p.fillRect(QRectF(x, ly + 1.5, 7.0, 7.0),
                   stageColours()[static_cast<std::size_t>(k)].colour);
        p.setPen(S::kInk);
        p.drawText(QRectF(x + 9.0, ly, w, 10.0), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w;
    }
    p.setPen(S::kMuted);
    p.drawText(QRectF(r.left(), ly + 11.0, r.width(), 10.0), Qt::AlignLeft | Qt::AlignVCenter,
               labels.caption);
    p.restore();
}

void totalsTable(ReportCanvas& canvas, const ReportNumbers& n, const impact::ImpactReport& r) {
    ReportTable t(Tr::tr("Totals per scenario"),
                  {{Tr::tr("Scenario"), 190.0, false},
                   {Tr::tr("t CO2e"), 80.0, true},
                   {Tr::tr("MKI EUR (%1)").arg(weightingSetKey(r.weightingSet)), 110.0, true},
                   {Tr::tr("Cost EUR"), S::kContentWidth - 380.0, true}});
    const auto add = [&](const QString& name, double kg, double mki, double eur, bool bold) {
        ReportTable::Row row;
        row.cells = {{name, {}, {}, {}, bold},
                     {n.number(kg / 1000.0, 1), {}, {}, {}, bold},
                     {n.number(mki, 0), {}, {}, {}, bold},
                     {n.number(eur, 0), {}, {}, {}, bold}};
        t.addRow(std::move(row));
    };
    const impact::ImpactTotal& reuse = r.total(QStringLiteral("reuse"));
    const impact::ImpactTotal& fresh = r.total(QStringLiteral("new"));
    const impact::ImpactTotal& crush = r.total(QStringLiteral("crush"));
    const impact::ImpactTotal& unused = r.total(QStringLiteral("unused"));
    add(Tr::tr("Reuse (the placed girders)"), reuse.kgCo2e, reuse.mkiEur, reuse.costEur, false);
    add(Tr::tr("New girders for the same slots"), fresh.kgCo2e, fresh.mkiEur, fresh.costEur, false);
    add(Tr::tr("Crush the girders and build new"), crush.kgCo2e, crush.mkiEur, crush.costEur,
        false);
    add(Tr::tr("Crushing of the unused girders"), unused.kgCo2e, unused.mkiEur, unused.costEur,
        false);
    const impact::ImpactTotal saved = r.saved();
    add(Tr::tr("Saved by reuse (crush + new − reuse)"), saved.kgCo2e, saved.mkiEur, saved.costEur,
        true);
    t.layout(canvas);
}

void structureTable(ReportCanvas& canvas, const ReportNumbers& n, const impact::ImpactReport& r) {
    ReportTable t(Tr::tr("Per structure"), {{Tr::tr("Structure"), 120.0, false},
                                            {Tr::tr("Girders"), 45.0, true},
                                            {Tr::tr("Saved t CO2e"), 85.0, true},
                                            {Tr::tr("Saved MKI EUR"), 95.0, true},
                                            {Tr::tr("Saved EUR"), S::kContentWidth - 345.0, true}});
    struct Sum {
        int girders = 0;
        double kg = 0.0, mki = 0.0, eur = 0.0;
    };
    QStringList order;
    QMap<QString, Sum> sums;
    for (const impact::GirderImpact& g : r.girders) {
        if (!g.assigned) continue;
        if (!sums.contains(g.structure)) order << g.structure;
        Sum& s = sums[g.structure];
        const impact::ScenarioImpact* reuse = g.scenario(impact::Scenario::Reuse);
        const impact::ScenarioImpact* crush = g.scenario(impact::Scenario::Crush);
        ++s.girders;
        s.kg += crush->kgCo2e - reuse->kgCo2e;
        s.mki += crush->mkiEur - reuse->mkiEur;
        s.eur += crush->costEur - reuse->costEur;
    }
    for (const QString& name : order) {
        const Sum& s = sums[name];
        ReportTable::Row row;
        row.cells = {{name},
                     {QString::number(s.girders)},
                     {n.number(s.kg / 1000.0, 1)},
                     {n.number(s.mki, 0)},
                     {n.number(s.eur, 0), s.eur < 0.0 ? S::kRed : QColor()}};
        t.addRow(std::move(row));
    }
    t.layout(canvas);
}

void girderTable(ReportCanvas& canvas, const ReportNumbers& n, const impact::ImpactReport& r) {
    ReportTable t(Tr::tr("Per girder"),
                  {{Tr::tr("Girder"), 62.0, false},
                   {Tr::tr("Slot"), 130.0, false},
                   {Tr::tr("Reuse t"), 48.0, true},
                   {Tr::tr("Crush+new t"), 58.0, true},
                   {Tr::tr("Reuse EUR"), 62.0, true},
                   {Tr::tr("Crush+new EUR"), 70.0, true},
                   {Tr::tr("Break-even (months)"), S::kContentWidth - 440.0, true}});
    for (const impact::GirderImpact& g : r.girders) {
        const impact::ScenarioImpact* reuse = g.scenario(impact::Scenario::Reuse);
        const impact::ScenarioImpact* crush = g.scenario(impact::Scenario::Crush);
        ReportTable::Row row;
        row.cells = {{g.elementId},
                     {g.assigned ? QStringLiteral("%1 / %2 / %3").arg(g.structure, g.span, g.slot)
                                 : Tr::tr("unused: crushed"),
                      g.assigned ? QColor() : S::kMuted},
                     {reuse != nullptr ? n.number(reuse->kgCo2e / 1000.0, 2) : QStringLiteral("—")},
                     {crush != nullptr ? n.number(crush->kgCo2e / 1000.0, 2) : QStringLiteral("—")},
                     {reuse != nullptr ? n.number(reuse->costEur, 0) : QStringLiteral("—")},
                     {crush != nullptr ? n.number(crush->costEur, 0) : QStringLiteral("—")},
                     {g.breakEvenStorageMonths ? n.number(*g.breakEvenStorageMonths, 1)
                                               : QStringLiteral("—")}};
        t.addRow(std::move(row));
    }
    t.layout(canvas);
}

void factorTable(ReportCanvas& canvas, const ReportNumbers& n, const impact::ImpactReport& r) {
    ReportTable t(Tr::tr("Factors"), {{Tr::tr("Factor"), 85.0, false},
                                      {Tr::tr("Value"), 55.0, true},
                                      {Tr::tr("Unit"), 70.0, false},
                                      {Tr::tr("Source"), S::kContentWidth - 250.0, false},
                                      {Tr::tr("Year"), 40.0, true}});
    for (const ImpactFactor& f : r.factors) {
        ReportTable::Row row;
        row.cells = {{f.key, {}, {}, {}, true},
                     {n.number(f.value, f.value < 1.0 ? 3 : 1)},
                     {f.unit},
                     // A default says itself that it is illustrative; an own source marked
                     // so gets the word before it.
                     {f.illustrative && sourceText(f) == f.source &&
                              !f.source.startsWith(QLatin1String("illustrative"))
                          ? Tr::tr("illustrative: %1").arg(f.source)
                          : sourceText(f),
                      f.illustrative ? S::kMuted : QColor()},
                     {f.year != 0 ? QString::number(f.year) : QStringLiteral("—")}};
        t.addRow(std::move(row));
    }
    t.layout(canvas);
}

}  // namespace

void impact(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::ReportInput& in = ctx.data.input;
    const impact::ImpactReport& r = in.impact;
    if (r.girders.empty()) return;
    const QFont body = S::font(S::Face::Body, S::kBody);
    const QFont small = S::font(S::Face::Body, S::kSmall);
    const ReportNumbers& n = ctx.numbers;
    canvas.heading(1, Tr::tr("Impact and cost"));
    const impact::ImpactTotal saved = r.saved();
    QString intro =
        Tr::tr(
            "Every figure is a quantity times a factor of the table below. Per placed girder "
            "three scenarios: reuse it (harvest transport, transport to site, storage, "
            "certification, modification), build the slot new (production and transport of "
            "the built-in mass), or crush it and build new. MKI is the climate part, "
            "weighted with set %1 (A2 gives 1.4-2.1 times the A1 MKI). Reuse saves %2 t "
            "CO2e, MKI EUR %3 and EUR %4 against crushing and building new.")
            .arg(weightingSetKey(r.weightingSet), n.number(saved.kgCo2e / 1000.0, 1),
                 n.number(saved.mkiEur, 0), n.number(saved.costEur, 0));
    if (r.breakEvenStorageMonths) {
        intro += QLatin1Char(' ') + Tr::tr(
                                        "Storage breaks even after %1 months: a plan whose "
                                        "girders waited that long would save no money.")
                                        .arg(n.number(*r.breakEvenStorageMonths, 1));
    }
    canvas.paragraph(intro, body, S::kInk, 6.0);
    totalsTable(canvas, n, r);
    const std::vector<StructureBars> co2 = barsOf(r, false);
    if (!co2.empty()) {
        const double h = std::min(320.0, 50.0 + 26.0 * static_cast<double>(co2.size()));
        canvas.heading(3, Tr::tr("CO2e per structure by stage"), h + 20.0);
        const BarLabels tonnes = barLabels(Tr::tr("t CO2e"), false);
        canvas.place(h, [co2, numbers = n, h, tonnes](QPainter& p, const QRectF& rect) {
            paintBars(p, QRectF(rect.left(), rect.top(), rect.width(), h), co2, numbers, tonnes);
        });
        const std::vector<StructureBars> eur = barsOf(r, true);
        canvas.heading(3, Tr::tr("Cost per structure by stage"), h + 20.0);
        const BarLabels euros = barLabels(QStringLiteral("EUR"), true);
        canvas.place(h, [eur, numbers = n, h, euros](QPainter& p, const QRectF& rect) {
            paintBars(p, QRectF(rect.left(), rect.top(), rect.width(), h), eur, numbers, euros);
        });
    }
    canvas.heading(3, Tr::tr("Per structure"), 60.0);
    structureTable(canvas, n, r);
    canvas.heading(3, Tr::tr("Factors and their sources"), 60.0);
    canvas.paragraph(Tr::tr("Weighting set %1. A factor marked illustrative has no public source: "
                            "replace it by your own (the Impact panel, Factors…).")
                         .arg(weightingSetKey(r.weightingSet)),
                     small, S::kMuted, 4.0);
    factorTable(canvas, n, r);
    canvas.heading(3, Tr::tr("Per girder"), 60.0);
    girderTable(canvas, n, r);
}

}  // namespace respan::ui::ReportSections
