#include "ui/certification/ganttview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "core/document/projectdocument.h"
#include "ui/certification/ganttstyle.h"

namespace respan::ui {

namespace {

double pixelsFor(GanttView::Zoom zoom) {
    switch (zoom) {
        case GanttView::Zoom::Weeks:
            return 20.0;
        case GanttView::Zoom::Months:
            return 5.0;
        case GanttView::Zoom::Quarters:
            return 1.8;
        case GanttView::Zoom::Years:
            return 0.5;
    }
    return 5.0;
}

QString isoDate(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}

}  // namespace

QString zoomName(GanttView::Zoom zoom) {
    switch (zoom) {
        case GanttView::Zoom::Weeks:
            return GanttView::tr("Weeks");
        case GanttView::Zoom::Months:
            return GanttView::tr("Months");
        case GanttView::Zoom::Quarters:
            return GanttView::tr("Quarters");
        case GanttView::Zoom::Years:
            return GanttView::tr("Years");
    }
    return {};
}

GanttView::GanttView(const ProjectDocument& doc, QWidget* parent)
    : QAbstractScrollArea(parent), doc_(doc), today_(QDate::currentDate()) {
    setObjectName(QStringLiteral("ganttView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(kRowHeight);
    setAccessibleName(tr("Recertification schedule"));
    pixelsPerDay_ = pixelsFor(zoom_);
    updateRange();  // an axis around today until the first schedule comes
}

void GanttView::rebuild() {
    setSchedule(certification::scheduleDocument(doc_));
}

void GanttView::setSchedule(certification::Schedule schedule) {
    schedule_ = std::move(schedule);
    if (schedule_.find(selected_) == nullptr) selected_ = kNoUid;
    drag_ = {};
    dragging_ = false;
    layoutRows();
    updateRange();
    updateScrollBars();
    if (!placed_ && !schedule_.girders.empty()) {
        // First look: the earliest step still to do near the left edge (what the planner works
        // on next), or today when every step is done.
        std::optional<QDate> open;
        for (const certification::GirderSchedule& g : schedule_.girders) {
            for (const certification::ScheduledStep& st : g.steps) {
                if (!st.done && (!open || st.start < *open)) open = st.start;
            }
        }
        const QDate at = open.value_or(today_);
        const double halfDays = (viewport()->width() - kLabelWidth) / 2.0 / pixelsPerDay_;
        scrollToDate(at.addDays(static_cast<qint64>(halfDays) - 7));
        placed_ = true;
    }
    viewport()->update();
    Q_EMIT axisChanged();
}

void GanttView::layoutRows() {
    rows_.clear();
    // Group key -> girders in schedule order (the order of their deadlines).
    std::vector<QString> groupNames;
    std::map<int, std::vector<int>> groups;  // position in groupNames -> girder indices
    QHash<QString, int> groupIndex;
    const auto groupOf = [this](const certification::GirderSchedule& g) -> std::pair<int, QString> {
        if (grouping_ == Grouping::Donor) {
            const Element* e = doc_.elementByUid(g.element);
            const QString donor = e == nullptr ? QString() : e->donorStructure;
            return {0, donor.isEmpty() ? tr("Donor unknown") : donor};
        }
        if (const auto a = doc_.assignmentForElement(g.element)) {
            const SlotPosition pos = doc_.slotPosition(a->slotUid);
            if (pos.isValid()) return {pos.structure, doc_.structure(pos.structure).name};
        }
        return {doc_.structureCount(), tr("Not placed")};
    };
    std::vector<std::pair<int, QString>> keys;
    for (std::size_t i = 0; i < schedule_.girders.size(); ++i) {
        const std::pair<int, QString> key = groupOf(schedule_.girders[i]);
        const QString k = QString::number(key.first) + QLatin1Char('\n') + key.second;
        auto it = groupIndex.constFind(k);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(k, static_cast<int>(keys.size()));
            keys.push_back(key);
        }
        groups[*it].push_back(static_cast<int>(i));
    }
    std::vector<int> order(keys.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        const auto& ka = keys[static_cast<std::size_t>(a)];
        const auto& kb = keys[static_cast<std::size_t>(b)];
        if (ka.first != kb.first) return ka.first < kb.first;
        return QString::localeAwareCompare(ka.second, kb.second) < 0;
    });
    for (int k : order) {
        const std::vector<int>& members = groups[k];
        Row header;
        header.label = tr("%1 (%n girder(s))", nullptr, static_cast<int>(members.size()))
                           .arg(keys[static_cast<std::size_t>(k)].second);
        rows_.push_back(header);
        for (int gi : members) {
            Row r;
            r.girder = gi;
            const auto& steps = schedule_.girders[static_cast<std::size_t>(gi)].steps;
            // Steps that overlap in time share the row in lanes (interval partitioning by start).
            std::vector<int> byStart(steps.size());
            for (std::size_t s = 0; s < steps.size(); ++s) byStart[s] = static_cast<int>(s);
            std::sort(byStart.begin(), byStart.end(), [&steps](int a, int b) {
                return steps[static_cast<std::size_t>(a)].start <
                       steps[static_cast<std::size_t>(b)].start;
            });
            r.lane.assign(steps.size(), 0);
            std::vector<QDate> laneEnd;
            for (int s : byStart) {
                const auto& st = steps[static_cast<std::size_t>(s)];
                std::size_t lane = 0;
                while (lane < laneEnd.size() && laneEnd[lane] > st.start) ++lane;
                if (lane == laneEnd.size()) laneEnd.push_back(st.end);
                laneEnd[lane] = std::max(st.end, st.start.addDays(1));
                r.lane[static_cast<std::size_t>(s)] = static_cast<int>(lane);
            }
            r.lanes = std::max<int>(1, static_cast<int>(laneEnd.size()));
            rows_.push_back(std::move(r));
        }
    }
}

void GanttView::updateRange() {
    QDate first = today_;
    QDate last = today_;
    const QDate start = certification::planStart(doc_.settings());
    if (start.isValid()) first = std::min(first, start);
    for (const certification::GirderSchedule& g : schedule_.girders) {
        for (const certification::ScheduledStep& s : g.steps) {
            if (s.start.isValid()) first = std::min(first, s.start);
            if (s.end.isValid()) last = std::max(last, s.end);
        }
        if (g.deadline) last = std::max(last, *g.deadline);
    }
    first_ = first.addDays(-14);
    days_ = static_cast<int>(first_.daysTo(last.addDays(45)));
}

void GanttView::updateScrollBars() {
    const int chartWidth = std::max(0, viewport()->width() - kLabelWidth);
    const int contentWidth = static_cast<int>(std::ceil(days_ * pixelsPerDay_));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - chartWidth));
    horizontalScrollBar()->setPageStep(std::max(1, chartWidth));
    const int chartHeight = std::max(0, viewport()->height() - kHeaderHeight);
    const int contentHeight = static_cast<int>(rows_.size()) * kRowHeight;
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - chartHeight));
    verticalScrollBar()->setPageStep(std::max(kRowHeight, chartHeight));
}

void GanttView::setGrouping(Grouping grouping) {
    if (grouping == grouping_) return;
    grouping_ = grouping;
    layoutRows();
    updateScrollBars();
    if (selected_ != kNoUid) selectElement(selected_);
    viewport()->update();
}

void GanttView::setZoom(Zoom zoom) {
    if (zoom == zoom_) return;
    // Keep the day in the middle of the chart where it is.
    const QDate middle = dateAtX(kLabelWidth + (viewport()->width() - kLabelWidth) / 2.0);
    zoom_ = zoom;
    pixelsPerDay_ = pixelsFor(zoom);
    updateScrollBars();
    scrollToDate(middle);
    viewport()->update();
    Q_EMIT axisChanged();
}

double GanttView::xForDate(QDate date) const {
    return kLabelWidth + static_cast<double>(first_.daysTo(date)) * pixelsPerDay_ -
           horizontalScrollBar()->value();
}

QDate GanttView::dateAtX(double x) const {
    const double day = (x - kLabelWidth + horizontalScrollBar()->value()) / pixelsPerDay_;
    return first_.addDays(static_cast<qint64>(std::floor(day)));
}

void GanttView::scrollToDate(QDate date) {
    const double offset = static_cast<double>(first_.daysTo(date)) * pixelsPerDay_;
    const int chartWidth = std::max(0, viewport()->width() - kLabelWidth);
    horizontalScrollBar()->setValue(static_cast<int>(offset - chartWidth / 2.0));
}

int GanttView::rowOf(Uid element) const {
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const int g = rows_[r].girder;
        if (g >= 0 && schedule_.girders[static_cast<std::size_t>(g)].element == element)
            return static_cast<int>(r);
    }
    return -1;
}

bool GanttView::selectElement(Uid element) {
    const int row = rowOf(element);
    if (row < 0) return false;
    selected_ = element;
    // Into view: the row and, when the girder's bars are off screen, its first bar.
    const int top = row * kRowHeight;
    QScrollBar* v = verticalScrollBar();
    const int chartHeight = viewport()->height() - kHeaderHeight;
    if (top < v->value() || top + kRowHeight > v->value() + chartHeight)
        v->setValue(top - chartHeight / 2);
    const auto& g =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)].girder)];
    // Horizontally only when none of its bars is in view (a click on a bar never moves it),
    // then to its first step still to do.
    const QDate shownFrom = dateAtX(kLabelWidth);
    const QDate shownTo = dateAtX(viewport()->width());
    const bool seen = std::any_of(g.steps.begin(), g.steps.end(), [&](const auto& st) {
        return st.end >= shownFrom && st.start <= shownTo;
    });
    if (!seen && !g.steps.empty()) {
        const auto open =
            std::find_if(g.steps.begin(), g.steps.end(), [](const auto& st) { return !st.done; });
        scrollToDate((open == g.steps.end() ? g.steps.front() : *open).start);
    }
    viewport()->update();
    return true;
}

void GanttView::selectRow(int row) {
    if (row < 0 || row >= rowCount() || rows_[static_cast<std::size_t>(row)].girder < 0) return;
    const Uid element =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)].girder)]
            .element;
    selectElement(element);
    Q_EMIT elementSelected(element);
}

int GanttView::rowAtY(int y) const {
    if (y < kHeaderHeight) return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < rowCount() ? row : -1;
}

QRect GanttView::stepRect(int row, int step) const {
    const Row& r = rows_[static_cast<std::size_t>(row)];
    const auto& s =
        schedule_.girders[static_cast<std::size_t>(r.girder)].steps[static_cast<std::size_t>(step)];
    const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
    const int inner = kRowHeight - 6;
    const int laneHeight = std::max(3, inner / r.lanes);
    const int x0 = static_cast<int>(std::floor(xForDate(s.start)));
    // A step of zero days still shows as a sliver.
    const int x1 = std::max(x0 + 2, static_cast<int>(std::ceil(xForDate(s.end))));
    return {x0, y + 3 + r.lane[static_cast<std::size_t>(step)] * laneHeight, x1 - x0,
            laneHeight - (r.lanes > 1 ? 1 : 0)};
}

QRect GanttView::barRect(Uid element, int step) const {
    const int row = rowOf(element);
    if (row < 0) return {};
    const auto& steps =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)].girder)]
            .steps;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        if (steps[s].step == step) return stepRect(row, static_cast<int>(s));
    }
    return {};
}

GanttView::Hit GanttView::hitAt(const QPoint& pos) const {
    Hit hit;
    hit.row = rowAtY(pos.y());
    if (hit.row < 0 || rows_[static_cast<std::size_t>(hit.row)].girder < 0 || pos.x() < kLabelWidth)
        return hit;
    const auto& steps =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(hit.row)].girder)]
            .steps;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        if (stepRect(hit.row, static_cast<int>(s)).adjusted(-1, -1, 1, 1).contains(pos)) {
            hit.step = static_cast<int>(s);
            break;
        }
    }
    return hit;
}

bool GanttView::movable(int row, int step) const {
    const auto& s =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)].girder)]
            .steps[static_cast<std::size_t>(step)];
    return editable_ && !s.actual && s.status == StepStatus::Planned;
}

void GanttView::setEditable(bool editable) {
    editable_ = editable;
    drag_ = {};
    dragging_ = false;
    viewport()->update();
}

void GanttView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    Q_EMIT axisChanged();
}

void GanttView::scrollContentsBy(int dx, int dy) {
    viewport()->update();
    if (dx != 0) Q_EMIT axisChanged();
    (void)dy;
}

void GanttView::paintEvent(QPaintEvent* event) {
    (void)event;
    QPainter p(viewport());
    const QRect all = viewport()->rect();
    p.fillRect(all, GanttStyle::kBackground);
    const int firstRow = std::max(0, verticalScrollBar()->value() / kRowHeight);
    const int lastRow =
        std::min(rowCount() - 1, (verticalScrollBar()->value() + all.height()) / kRowHeight);
    p.save();
    p.setClipRect(QRect(0, kHeaderHeight, all.width(), all.height() - kHeaderHeight));
    for (int r = firstRow; r <= lastRow; ++r)
        paintRow(p, r, kHeaderHeight + r * kRowHeight - verticalScrollBar()->value());
    // The today line over the bars, under the header.
    const double xt = xForDate(today_);
    if (xt >= kLabelWidth) {
        p.setPen(QPen(GanttStyle::kToday, 2, Qt::DashLine));
        p.drawLine(QPointF(xt, kHeaderHeight), QPointF(xt, all.height()));
    }
    const int sel = rowOf(selected_);
    if (sel >= firstRow && sel <= lastRow) {
        // Arrows stay in the chart: they may run left of it, never over the labels.
        p.setClipRect(QRect(kLabelWidth, kHeaderHeight, all.width() - kLabelWidth,
                            all.height() - kHeaderHeight));
        paintDependencies(p, sel);
    }
    p.restore();
    paintHeader(p);
    if (rows_.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(all.adjusted(kLabelWidth, kHeaderHeight, 0, 0), Qt::AlignCenter,
                   doc_.protocol().empty()
                       ? tr("The project has no recertification protocol.")
                       : tr("No girder needs recertifying: every girder is certified, "
                            "installed or rejected."));
    }
}

namespace {

/// The periods of the header's two bands.
enum class Period { Week, Month, Quarter, Year };

QDate periodStart(Period k, QDate d) {
    switch (k) {
        case Period::Week:
            return d.addDays(1 - d.dayOfWeek());
        case Period::Month:
            return QDate(d.year(), d.month(), 1);
        case Period::Quarter:
            return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
        case Period::Year:
            break;
    }
    return QDate(d.year(), 1, 1);
}

QDate nextPeriod(Period k, QDate d) {
    switch (k) {
        case Period::Week:
            return d.addDays(7);
        case Period::Month:
            return d.addMonths(1);
        case Period::Quarter:
            return d.addMonths(3);
        case Period::Year:
            break;
    }
    return d.addYears(1);
}

}  // namespace

QString GanttView::periodLabel(int period, QDate d) const {
    switch (static_cast<Period>(period)) {
        case Period::Week:
            return tr("wk %1").arg(d.weekNumber());
        case Period::Month:
            return QLocale().toString(
                d, zoom_ == Zoom::Weeks ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM"));
        case Period::Quarter:
            return tr("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
        case Period::Year:
            break;
    }
    return QString::number(d.year());
}

void GanttView::paintBand(QPainter& p, int top, int period, bool labels) const {
    const QRect all = viewport()->rect();
    const QDate from = dateAtX(kLabelWidth).addDays(-1);
    const QDate to = dateAtX(all.width()).addDays(1);
    if (!from.isValid() || !to.isValid()) return;
    const auto k = static_cast<Period>(period);
    const int half = kHeaderHeight / 2;
    const QFontMetrics fm(p.font());
    for (QDate d = periodStart(k, from); d <= to; d = nextPeriod(k, d)) {
        const double x = xForDate(d);
        const double xNext = xForDate(nextPeriod(k, d));
        p.setPen(GanttStyle::kGrid);
        p.drawLine(QPointF(x, top), QPointF(x, top + half));
        if (!labels) continue;
        const QString text = periodLabel(period, d);
        p.setPen(palette().color(QPalette::WindowText));
        // A period that began left of the chart keeps its label at the chart's left edge.
        const double left = std::max(x, static_cast<double>(kLabelWidth));
        if (fm.horizontalAdvance(text) + 6 < xNext - left)
            p.drawText(QRectF(left + 3, top, xNext - left - 6, half), Qt::AlignVCenter, text);
    }
}

void GanttView::paintHeader(QPainter& p) const {
    const QRect all = viewport()->rect();
    p.fillRect(QRect(0, 0, all.width(), kHeaderHeight), GanttStyle::kHeader);
    p.setPen(GanttStyle::kGrid);
    p.drawLine(0, kHeaderHeight - 1, all.width(), kHeaderHeight - 1);
    p.drawLine(0, kHeaderHeight / 2, all.width(), kHeaderHeight / 2);
    p.save();
    p.setClipRect(QRect(kLabelWidth, 0, all.width() - kLabelWidth, kHeaderHeight));
    const int half = kHeaderHeight / 2;
    // Top band: months at the weeks zoom, else years; bottom band: weeks, months, quarters, or
    // (zoomed to years) the year lines only.
    const auto bands = [&](Period top, Period bottom, bool bottomLabels) {
        paintBand(p, 0, static_cast<int>(top), true);
        paintBand(p, half, static_cast<int>(bottom), bottomLabels);
    };
    switch (zoom_) {
        case Zoom::Weeks:
            bands(Period::Month, Period::Week, true);
            break;
        case Zoom::Months:
            bands(Period::Year, Period::Month, true);
            break;
        case Zoom::Quarters:
            bands(Period::Year, Period::Quarter, true);
            break;
        case Zoom::Years:
            bands(Period::Year, Period::Year, false);
            break;
    }
    const double xt = xForDate(today_);
    p.setPen(QPen(GanttStyle::kToday, 2));
    p.drawLine(QPointF(xt, half), QPointF(xt, kHeaderHeight));
    p.restore();
    p.setPen(palette().color(QPalette::WindowText));
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(6, 0, kLabelWidth - 8, kHeaderHeight), Qt::AlignVCenter,
               tr("Girder (ready date)"));
    p.setFont(QFont());
    p.setPen(GanttStyle::kGrid);
    p.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, all.height());
}

void GanttView::paintRow(QPainter& p, int row, int y) const {
    const QRect all = viewport()->rect();
    const Row& r = rows_[static_cast<std::size_t>(row)];
    const QRect line(0, y, all.width(), kRowHeight);
    if (r.girder < 0) {
        p.fillRect(line, GanttStyle::kGroup);
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(line.adjusted(6, 0, -6, 0), Qt::AlignVCenter, r.label);
        p.setFont(QFont());
        return;
    }
    const certification::GirderSchedule& g = schedule_.girders[static_cast<std::size_t>(r.girder)];
    const bool selected = g.element == selected_;
    if (selected) {
        p.fillRect(line, palette().color(QPalette::Highlight).lighter(185));
    } else if (g.late()) {
        p.fillRect(line, GanttStyle::kLateRow);
    } else if (row % 2 == 0) {
        p.fillRect(line, GanttStyle::kAlternate);
    }
    // Label: id and ready date; late girders in red with the days they miss by.
    QString label = g.id;
    if (g.readyDate) label += QStringLiteral("  ") + isoDate(*g.readyDate);
    p.setPen(g.late() ? GanttStyle::kLate : palette().color(QPalette::WindowText));
    if (g.late()) {
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
    }
    p.drawText(QRect(14, y, kLabelWidth - 18, kRowHeight), Qt::AlignVCenter,
               p.fontMetrics().elidedText(label, Qt::ElideRight, kLabelWidth - 18));
    p.setFont(QFont());
    p.save();
    p.setClipRect(QRect(kLabelWidth, y, all.width() - kLabelWidth, kRowHeight));
    for (std::size_t s = 0; s < g.steps.size(); ++s) {
        const certification::ScheduledStep& st = g.steps[s];
        QRect bar = stepRect(row, static_cast<int>(s));
        if (bar.right() < kLabelWidth || bar.left() > all.width()) continue;
        const bool dragged = dragging_ && drag_.row == row && drag_.step == static_cast<int>(s);
        if (dragged) {
            p.setPen(QPen(GanttStyle::fill(st.status).darker(150), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(bar.adjusted(0, 0, -1, -1));
            bar.translate(static_cast<int>(std::lround(dragDays_ * pixelsPerDay_)), 0);
        }
        p.setPen(st.lateForHarvest || (g.lateDays > 0 && !st.done && st.latestStart &&
                                       st.start > *st.latestStart)
                     ? QPen(GanttStyle::kLate, 2)
                     : QPen(GanttStyle::fill(st.status).darker(140), 1));
        p.setBrush(GanttStyle::fill(st.status));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
    }
    // The deadline: the last day the girder may be ready (install date minus the lead time).
    if (g.deadline) {
        const double x = xForDate(*g.deadline);
        p.setPen(QPen(g.late() ? GanttStyle::kLate : GanttStyle::kDeadline, 2));
        p.drawLine(QPointF(x, y + 2), QPointF(x, y + kRowHeight - 2));
        QPainterPath mark;
        mark.moveTo(x - 4, y + 1);
        mark.lineTo(x + 4, y + 1);
        mark.lineTo(x, y + 6);
        mark.closeSubpath();
        p.fillPath(mark, g.late() ? GanttStyle::kLate : GanttStyle::kDeadline);
    }
    p.restore();
}

void GanttView::paintDependencies(QPainter& p, int row) const {
    const certification::GirderSchedule& g =
        schedule_.girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)].girder)];
    const std::vector<ProtocolStep>& protocol = doc_.protocol();
    QHash<QString, int> byId;
    for (std::size_t s = 0; s < g.steps.size(); ++s) {
        const int t = g.steps[s].step;
        if (t >= 0 && t < static_cast<int>(protocol.size()))
            byId.insert(protocol[static_cast<std::size_t>(t)].id, static_cast<int>(s));
    }
    p.setPen(QPen(GanttStyle::kDependency, 1.4));
    p.setBrush(GanttStyle::kDependency);
    for (std::size_t s = 0; s < g.steps.size(); ++s) {
        const int t = g.steps[s].step;
        if (t < 0 || t >= static_cast<int>(protocol.size())) continue;
        const QRect to = stepRect(row, static_cast<int>(s));
        for (const QString& pred : protocol[static_cast<std::size_t>(t)].predecessors) {
            const auto it = byId.constFind(pred);
            if (it == byId.cend()) continue;
            const QRect from = stepRect(row, *it);
            // Out of the predecessor's end, down or up to the successor's lane, into its start.
            const QPointF a(from.right() + 1, from.center().y());
            const QPointF b(to.left(), to.center().y());
            const double knee = std::max(a.x() + 3, b.x() - 5);
            QPainterPath path(a);
            path.lineTo(knee, a.y());
            path.lineTo(knee, b.y());
            path.lineTo(b);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            QPainterPath head;
            head.moveTo(b);
            head.lineTo(b.x() - 4, b.y() - 3);
            head.lineTo(b.x() - 4, b.y() + 3);
            head.closeSubpath();
            p.fillPath(head, GanttStyle::kDependency);
        }
    }
}

QString GanttView::toolTipAt(const QPoint& pos) const {
    const Hit hit = hitAt(pos);
    if (hit.row < 0 || rows_[static_cast<std::size_t>(hit.row)].girder < 0) return {};
    const certification::GirderSchedule& g =
        schedule_
            .girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(hit.row)].girder)];
    QStringList lines;
    if (hit.step < 0) {
        lines << tr("<b>%1</b>").arg(g.id.toHtmlEscaped());
        lines << (g.readyDate ? tr("Ready %1").arg(isoDate(*g.readyDate)) : tr("Every step done"));
        if (g.deadline) lines << tr("Deadline %1").arg(isoDate(*g.deadline));
        if (g.lateDays > 0) lines << tr("<b>%n day(s) late</b>", nullptr, g.lateDays);
        if (g.lateForHarvest)
            lines << tr("A step on the girder in its structure ends after the harvest date.");
        return lines.join(QStringLiteral("<br>"));
    }
    const certification::ScheduledStep& s = g.steps[static_cast<std::size_t>(hit.step)];
    const std::vector<ProtocolStep>& protocol = doc_.protocol();
    const ProtocolStep* step = s.step >= 0 && s.step < static_cast<int>(protocol.size())
                                   ? &protocol[static_cast<std::size_t>(s.step)]
                                   : nullptr;
    lines << tr("<b>%1</b>: %2")
                 .arg(g.id.toHtmlEscaped(),
                      (step != nullptr ? step->name : QString()).toHtmlEscaped());
    lines << tr("%1, %2 to %3 (%n day(s))", nullptr, static_cast<int>(s.start.daysTo(s.end)))
                 .arg(stepStatusName(s.status), isoDate(s.start), isoDate(s.end));
    lines << (s.actual ? tr("Actual dates") : tr("Planned dates"));
    if (s.latestStart) lines << tr("Latest start %1").arg(isoDate(*s.latestStart));
    if (step != nullptr && !step->resource.isEmpty()) {
        lines << tr("Resource %1 (%n girder(s) at once)", nullptr,
                    step->resourceCapacity.value_or(1))
                     .arg(step->resource.toHtmlEscaped());
    }
    if (s.lateForHarvest) lines << tr("<b>Ends after the harvest date.</b>");
    if (movable(hit.row, hit.step))
        lines << tr("<i>Drag to move the planned start; double-click to edit.</i>");
    else if (editable_)
        lines << tr("<i>Double-click to edit.</i>");
    else
        lines << tr("<i>Double-click to see the step (the project is read-only).</i>");
    return lines.join(QStringLiteral("<br>"));
}

bool GanttView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const QPoint pos = event->position().toPoint();
    const Hit hit = hitAt(pos);
    if (hit.row < 0) return;
    selectRow(hit.row);
    if (hit.step >= 0 && movable(hit.row, hit.step)) {
        drag_ = hit;
        dragStartX_ = pos.x();
        dragDays_ = 0;
    }
}

void GanttView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (drag_.row >= 0 && (event->buttons() & Qt::LeftButton)) {
        const int days = static_cast<int>(std::lround((pos.x() - dragStartX_) / pixelsPerDay_));
        if (!dragging_ && std::abs(pos.x() - dragStartX_) >= 4) dragging_ = true;
        if (dragging_ && days != dragDays_) {
            dragDays_ = days;
            viewport()->update();
        }
        return;
    }
    const Hit hit = hitAt(pos);
    viewport()->setCursor(hit.step >= 0 && movable(hit.row, hit.step) ? Qt::SizeHorCursor
                                                                      : Qt::ArrowCursor);
}

void GanttView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const Hit drag = drag_;
    const bool moved = dragging_ && dragDays_ != 0;
    const int days = dragDays_;
    drag_ = {};
    dragging_ = false;
    dragDays_ = 0;
    viewport()->update();
    if (!moved || drag.row < 0) return;
    const auto& g =
        schedule_
            .girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(drag.row)].girder)];
    const auto& s = g.steps[static_cast<std::size_t>(drag.step)];
    Q_EMIT stepMoved(g.element, s.step, s.start.addDays(days));
}

void GanttView::mouseDoubleClickEvent(QMouseEvent* event) {
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.row < 0 || rows_[static_cast<std::size_t>(hit.row)].girder < 0) return;
    const auto& g =
        schedule_
            .girders[static_cast<std::size_t>(rows_[static_cast<std::size_t>(hit.row)].girder)];
    Q_EMIT stepActivated(g.element,
                         hit.step < 0 ? -1 : g.steps[static_cast<std::size_t>(hit.step)].step);
}

void GanttView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel runs along the time axis, as in other timelines.
        const int delta =
            event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        QScrollBar* h = horizontalScrollBar();
        h->setValue(h->value() - delta * h->pageStep() / 1200);
        event->accept();
        return;
    }
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Ctrl+wheel zooms one step, keeping the day under the mouse in place.
    const int delta = event->angleDelta().y();
    const int z = static_cast<int>(zoom_) + (delta > 0 ? -1 : 1);
    if (delta == 0 || z < 0 || z > static_cast<int>(Zoom::Years)) return;
    const double x = event->position().x();
    const QDate under = dateAtX(x);
    zoom_ = static_cast<Zoom>(z);
    pixelsPerDay_ = pixelsFor(zoom_);
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(
        static_cast<double>(first_.daysTo(under)) * pixelsPerDay_ - (x - kLabelWidth)));
    viewport()->update();
    Q_EMIT axisChanged();
    event->accept();
}

void GanttView::keyPressEvent(QKeyEvent* event) {
    const int current = rowOf(selected_);
    const auto step = [this, current](int direction) {
        for (int r = current + direction; r >= 0 && r < rowCount(); r += direction) {
            if (rows_[static_cast<std::size_t>(r)].girder >= 0) {
                selectRow(r);
                return;
            }
        }
    };
    switch (event->key()) {
        case Qt::Key_Down:
            step(1);
            return;
        case Qt::Key_Up:
            step(current < 0 ? 1 : -1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selected_ != kNoUid) Q_EMIT stepActivated(selected_, -1);
            return;
        default:
            QAbstractScrollArea::keyPressEvent(event);
    }
}

}  // namespace respan::ui
