#include "ui/storage/occupancychart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

#include "ui/common/numberformat.h"

namespace respan::ui {

namespace {

qreal msecs(QDate d) {
    return static_cast<qreal>(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

}  // namespace

OccupancyChart::OccupancyChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("occupancyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    setChart(new QChart);
    // The narrow column has no room for a legend: the tooltip says what the lines are.
    chart()->legend()->hide();
    chart()->setLocale(textLocale());
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void OccupancyChart::setOccupancy(const yard::SiteOccupancy& site,
                                  const std::vector<yard::StorageConflict>& conflicts) {
    site_ = site;
    conflicts_.clear();
    for (const yard::StorageConflict& c : conflicts) {
        if (c.site == site.site && c.date.isValid()) conflicts_.push_back(c);
    }
    rebuild();
}

void OccupancyChart::setCurrentDate(QDate date) {
    if (date == current_) return;
    current_ = date;
    // Only the dotted line moves with the slider; the weeks stay as they are.
    placeCurrentLine();
}

void OccupancyChart::placeCurrentLine() {
    if (now_ == nullptr) return;
    QList<QPointF> points;
    if (current_.isValid()) points = {{msecs(current_), 0.0}, {msecs(current_), countTop_}};
    now_->replace(points);
}

void OccupancyChart::rebuild() {
    QChart* c = chart();
    c->removeAllSeries();
    now_ = nullptr;
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    if (site_.weeks.empty()) {
        c->setTitle(tr("%1: no girder is stored here").arg(site_.site));
        return;
    }
    c->setTitle(QString());
    const WeekSeries weeks = addWeekSeries();
    const std::vector<QAbstractSeries*> marks = addMarkers();
    now_ = new QLineSeries;
    now_->setName(tr("Shown"));
    now_->setPen(QPen(QColor(120, 120, 120), 1, Qt::DotLine));
    c->addSeries(now_);
    std::vector<QAbstractSeries*> onCount = marks;
    onCount.push_back(weeks.count);
    onCount.push_back(now_);
    addAxes(onCount, {weeks.area, weeks.usable}, weeks.maxCount, weeks.maxArea);
    placeCurrentLine();
}

/// Girders per week and their plan area as steps, the usable area as a dashed line.
OccupancyChart::WeekSeries OccupancyChart::addWeekSeries() {
    WeekSeries out;
    out.count = new QLineSeries;
    out.count->setName(tr("Girders"));
    out.area = new QLineSeries;
    out.area->setName(tr("Girder area (m²)"));
    out.usable = new QLineSeries;
    out.usable->setName(tr("Usable (m²)"));
    out.maxArea = site_.usableAreaM2;
    for (const yard::WeekOccupancy& w : site_.weeks) {
        // Steps: each week's value holds from its Monday to the next.
        out.count->append(msecs(w.weekStart), w.count);
        out.count->append(msecs(w.weekStart.addDays(7)), w.count);
        out.area->append(msecs(w.weekStart), w.areaM2);
        out.area->append(msecs(w.weekStart.addDays(7)), w.areaM2);
        out.maxArea = std::max(out.maxArea, w.areaM2);
        out.maxCount = std::max(out.maxCount, w.count);
    }
    out.usable->append(msecs(site_.weeks.front().weekStart), site_.usableAreaM2);
    out.usable->append(msecs(site_.weeks.back().weekStart.addDays(7)), site_.usableAreaM2);
    out.count->setPen(QPen(QColor(33, 102, 172), 2));
    out.area->setPen(QPen(QColor(102, 166, 30), 1.5));
    out.usable->setPen(QPen(QColor(102, 166, 30), 1.5, Qt::DashLine));
    chart()->addSeries(out.count);
    chart()->addSeries(out.area);
    chart()->addSeries(out.usable);
    return out;
}

/// The peak, and the conflicts as red squares whose tooltip names the girders.
std::vector<QAbstractSeries*> OccupancyChart::addMarkers() {
    auto* peak = new QScatterSeries;
    peak->setName(tr("Peak"));
    peak->setMarkerSize(10);
    peak->setColor(QColor(33, 102, 172));
    peak->append(msecs(site_.peakDate), site_.peakCount);
    auto* flagged = new QScatterSeries;
    flagged->setName(tr("Conflict"));
    flagged->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    flagged->setMarkerSize(9);
    flagged->setColor(QColor(227, 74, 51));
    for (const yard::StorageConflict& k : conflicts_) {
        int present = 0;
        for (const yard::WeekOccupancy& w : site_.weeks) {
            if (w.weekStart <= k.date && k.date < w.weekStart.addDays(7)) present = w.count;
        }
        flagged->append(msecs(k.date), present);
    }
    connect(flagged, &QScatterSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (!state) {
            setToolTip(legendHtml());
            return;
        }
        QStringList lines;
        for (const yard::StorageConflict& k : conflicts_) {
            if (std::abs(msecs(k.date) - p.x()) < 43200000.0) {
                lines << QStringLiteral("%1: %2 (%3)")
                             .arg(QLocale().toString(k.date, QLocale::ShortFormat), k.reason,
                                  k.elements.join(QStringLiteral(", ")));
            }
        }
        setToolTip(lines.join(QLatin1Char('\n')));
    });
    chart()->addSeries(peak);
    chart()->addSeries(flagged);
    return {peak, flagged};
}

/// Dates below, girders on the left, square metres on the right.
void OccupancyChart::addAxes(const std::vector<QAbstractSeries*>& onCount,
                             const std::vector<QAbstractSeries*>& onArea, int maxCount,
                             double maxArea) {
    auto* x = new QDateTimeAxis;
    // Month names in the user's language (the chart's locale: textLocale()), e.g. "mrt. 24":
    // the column is narrow, so four ticks and never an elided label.
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTruncateLabels(false);
    x->setRange(QDateTime(site_.weeks.front().weekStart, QTime(0, 0), Qt::UTC),
                QDateTime(site_.weeks.back().weekStart.addDays(7), QTime(0, 0), Qt::UTC));
    x->setTickCount(4);
    auto* yCount = new QValueAxis;
    yCount->setTitleText(tr("girders"));
    yCount->setRange(0, std::max(1, maxCount) * 1.15);
    yCount->setLabelFormat(QStringLiteral("%d"));
    auto* yArea = new QValueAxis;
    yArea->setTitleText(tr("m²"));
    yArea->setRange(0, maxArea * 1.1);
    yArea->setLabelFormat(QStringLiteral("%.0f"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(yCount),
                             static_cast<QAbstractAxis*>(yArea)}) {
        a->setLabelsFont(small);
        a->setTitleFont(small);
    }
    yCount->applyNiceNumbers();
    yArea->applyNiceNumbers();
    countTop_ = yCount->max();
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(yCount, Qt::AlignLeft);
    chart()->addAxis(yArea, Qt::AlignRight);
    for (QAbstractSeries* s : onCount) {
        s->attachAxis(x);
        s->attachAxis(yCount);
    }
    for (QAbstractSeries* s : onArea) {
        s->attachAxis(x);
        s->attachAxis(yArea);
    }
}

QString OccupancyChart::legendHtml() {
    const auto swatch = [](const char* colour, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(QLatin1String(colour), text.toHtmlEscaped());
    };
    return QStringLiteral("<p style=\"white-space:nowrap\">") +
           QStringList{swatch("#2166ac", tr("girders (left)")),
                       swatch("#66a61e", tr("their plan area (right)")),
                       swatch("#66a61e", tr("- - usable area")), swatch("#2166ac", tr("● peak")),
                       swatch("#e34a33", tr("■ conflict"))}
               .join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

void OccupancyChart::mousePressEvent(QMouseEvent* event) {
    if (!site_.weeks.empty() && !chart()->axes(Qt::Horizontal).isEmpty()) {
        const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->pos())));
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()), Qt::UTC).date();
        if (day.isValid()) Q_EMIT dateChosen(day);
    }
    QChartView::mousePressEvent(event);
}

}  // namespace respan::ui
