#include "ui/certification/resourcestrip.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

#include "ui/certification/ganttstyle.h"
#include "ui/certification/ganttview.h"

namespace respan::ui {

ResourceStrip::ResourceStrip(const GanttView& gantt, QWidget* parent)
    : QWidget(parent), gantt_(gantt) {
    setObjectName(QStringLiteral("resourceStrip"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Resource use"));
    refresh();
}

QSize ResourceStrip::sizeHint() const {
    const int bands = static_cast<int>(gantt_.schedule().resources.size());
    return {400, std::max(1, bands) * kBandHeight + 2};
}

void ResourceStrip::refresh() {
    setFixedHeight(sizeHint().height());
    update();
}

void ResourceStrip::paintEvent(QPaintEvent* event) {
    (void)event;
    QPainter p(this);
    p.fillRect(rect(), GanttStyle::kHeader);
    const auto& resources = gantt_.schedule().resources;
    const int labelWidth = gantt_.labelWidth();
    if (resources.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(6, 0, 0, 0), Qt::AlignVCenter,
                   tr("No step of the protocol uses a limited resource."));
        return;
    }
    // The chart's viewport starts at the scroll area's frame; the strip lines up with it.
    const int offset = gantt_.viewport()->mapTo(&gantt_, QPoint(0, 0)).x();
    const double perDay = gantt_.pixelsPerDay();
    for (std::size_t k = 0; k < resources.size(); ++k) {
        const auto& r = resources[k];
        const int top = static_cast<int>(k) * kBandHeight + 1;
        p.setPen(GanttStyle::kGrid);
        p.drawLine(0, top + kBandHeight - 2, width(), top + kBandHeight - 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(6, top, labelWidth - 10, kBandHeight - 2), Qt::AlignVCenter,
                   p.fontMetrics().elidedText(
                       tr("%1: peak %2 of %3").arg(r.resource).arg(r.peak).arg(r.capacity),
                       Qt::ElideRight, labelWidth - 10));
        const int scale = std::max({r.capacity, r.peak, 1});
        const double h = kBandHeight - 8;
        p.save();
        p.setClipRect(
            QRect(labelWidth + offset, top, width() - labelWidth - offset, kBandHeight - 2));
        // One column per pixel (or per day when a day is wider): the highest use in it.
        const double x0 = gantt_.xForDate(r.first) + offset;
        const int n = static_cast<int>(r.perDay.size());
        const int stepDays = std::max(1, static_cast<int>(std::floor(1.0 / perDay)));
        for (int d = 0; d < n; d += stepDays) {
            int use = 0;
            for (int e = d; e < std::min(n, d + stepDays); ++e)
                use = std::max(use, r.perDay[static_cast<std::size_t>(e)]);
            if (use == 0) continue;
            const double x = x0 + d * perDay;
            if (x + stepDays * perDay < labelWidth + offset || x > width()) continue;
            const double bh = h * use / scale;
            p.fillRect(QRectF(x, top + 3 + h - bh, std::max(1.0, stepDays * perDay), bh),
                       use > r.capacity ? GanttStyle::kLate : GanttStyle::kUse);
        }
        const double yc = top + 3 + h - h * r.capacity / scale;
        p.setPen(QPen(GanttStyle::kCapacity, 1, Qt::DashLine));
        p.drawLine(QPointF(labelWidth + offset, yc), QPointF(width(), yc));
        p.restore();
    }
}

}  // namespace respan::ui
