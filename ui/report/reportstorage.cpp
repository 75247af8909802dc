// The interim-storage section of the matching report (docs/storage-layout.md): per site its yard
// on the peak day, the weekly occupancy against the usable area, the stays with their cost, and
// the conflicts.
#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>

#include "core/geo/rdnew.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"
#include "ui/report/reporttable.h"
#include "ui/storage/yardview.h"

namespace respan::ui::ReportSections {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;

QString day(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

/// Girders present per week as bars, the peak week darker, with its figure above it.
void paintOccupancy(QPainter& p, const QRectF& r, const yard::SiteOccupancy& o) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = S::font(S::Face::Body, S::kSmall);
    p.setFont(small);
    const double left = r.left() + 24.0;
    const double bottom = r.bottom() - 14.0;
    const double top = r.top() + 10.0;
    const double width = r.right() - left;
    int maxCount = 1;
    for (const yard::WeekOccupancy& w : o.weeks) maxCount = std::max(maxCount, w.count);
    p.setPen(QPen(S::kRule, 0.5));
    p.drawLine(QPointF(left, bottom), QPointF(r.right(), bottom));
    p.drawLine(QPointF(left, top), QPointF(left, bottom));
    p.setPen(S::kMuted);
    p.drawText(QRectF(r.left(), top - 5, 22, 10), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(maxCount));
    p.drawText(QRectF(r.left(), bottom - 5, 22, 10), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("0"));
    const double bar = width / std::max<std::size_t>(1, o.weeks.size());
    for (std::size_t i = 0; i < o.weeks.size(); ++i) {
        const yard::WeekOccupancy& w = o.weeks[i];
        const double h = (bottom - top) * w.count / maxCount;
        const bool peak = w.weekStart <= o.peakDate && o.peakDate < w.weekStart.addDays(7);
        p.fillRect(
            QRectF(left + bar * static_cast<double>(i), bottom - h, std::max(bar - 0.3, 0.3), h),
            peak ? S::kAccent : S::kAccentFill.lighter(150));
        // A label at every January and July.
        if (w.weekStart.day() <= 7 && (w.weekStart.month() == 1 || w.weekStart.month() == 7)) {
            p.setPen(S::kMuted);
            p.drawText(QRectF(left + bar * static_cast<double>(i) - 20, bottom + 2, 40, 10),
                       Qt::AlignCenter, w.weekStart.toString(QStringLiteral("MM/yyyy")));
        }
    }
    p.restore();
}

void siteBlock(ReportCanvas& canvas, const ReportNumbers& n, const StorageSite& site,
               const yard::SiteOccupancy& o, const yard::SiteLayout& l,
               const yard::StoragePlan& plan) {
    const QFont body = S::font(S::Face::Body, S::kBody);
    const QFont small = S::font(S::Face::Body, S::kSmall);
    canvas.heading(
        3, site.name.isEmpty() ? site.id : QStringLiteral("%1 – %2").arg(site.id, site.name),
        260.0);
    canvas.paragraph(
        Tr::tr("At %1° N, %2° E%3.")
                .arg(n.number(site.location.latitude, 4), n.number(site.location.longitude, 4),
                     rdSuffix(n, site.location)) +
            QLatin1Char(' ') +
            Tr::tr(
                "Outline %1 m², usable %2 m² (outline minus blocked areas); clearance %3 m, lanes "
                "%4 m, stacked up to %5; %6 EUR/m² a month. Peak: %n girder(s) on %7. Storage cost "
                "EUR %8.",
                nullptr, o.peakCount)
                .arg(n.number(o.outlineAreaM2, 0), n.number(o.usableAreaM2, 0),
                     n.number(site.clearanceM, 1), n.number(site.aisleM, 1))
                .arg(site.maxLayers)
                .arg(n.number(site.costEurPerM2Month, 2), day(o.peakDate), n.number(o.costEur, 2)),
        body, S::kInk, 4.0);
    if (l.date.isValid()) {
        YardScene scene;
        if (const std::optional<yard::SiteGeometry> g = yard::siteGeometry(site)) {
            scene.site = *g;
            scene.valid = true;
        }
        scene.layout = l.layout;
        scene.date = l.date;
        for (const yard::Stay& s : plan.stays) {
            if (s.site == site.id) {
                scene.ids.insert(s.element, s.elementId);
                scene.manual.insert(s.element, s.place.has_value());
            }
        }
        for (const yard::LayoutProblem& pr : yard::layoutProblems(plan, site, l.date, l.layout))
            scene.problems.insert(pr.element, pr.rule);
        const double h = 260.0;
        canvas.place(h + 4.0, [scene, h](QPainter& p, const QRectF& r) {
            const QRectF target(r.left(), r.top(), r.width(), h);
            p.fillRect(target, Qt::white);
            paintYard(p, scene, target);
            p.setPen(QPen(S::kRule, 0.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(target);
        });
        canvas.paragraph(Tr::tr("The yard on its peak day %1: %2 placed, %3 not placed. Blue: put "
                                "by hand; red: breaks a rule; yellow: access lanes; hatched: "
                                "blocked.")
                             .arg(day(l.date))
                             .arg(scene.layout.placed.size())
                             .arg(scene.layout.unplaced.size()),
                         small, S::kMuted, 6.0);
    }
    if (!o.weeks.empty()) {
        canvas.heading(3, Tr::tr("Occupancy per week"), 110.0);
        canvas.place(90.0, [o](QPainter& p, const QRectF& r) { paintOccupancy(p, r, o); });
        canvas.paragraph(Tr::tr("Girders present, the most on any day of the ISO week (Monday "
                                "first); the peak week dark."),
                         small, S::kMuted, 6.0);
    }
}

void staysTable(ReportCanvas& canvas, const ReportNumbers& n, const yard::StoragePlan& plan) {
    ReportTable t(Tr::tr("Stays"), {{Tr::tr("Girder"), 60.0, false},
                                    {Tr::tr("Site"), 40.0, false},
                                    {Tr::tr("From"), 62.0, false},
                                    {Tr::tr("To"), 62.0, false},
                                    {Tr::tr("Days"), 36.0, true},
                                    {Tr::tr("EUR"), 50.0, true},
                                    {Tr::tr("Destination"), S::kContentWidth - 310.0, false}});
    for (const yard::Stay& s : plan.stays) {
        ReportTable::Row r;
        r.cells = {
            {s.manual ? Tr::tr("%1 (manual)").arg(s.elementId) : s.elementId, {}, {}, {}, true},
            {s.site},
            {day(s.from)},
            {day(s.to)},
            {QString::number(s.days())},
            {n.number(s.costEur, 2)},
            {s.destination
                 ? QStringLiteral("%1 / %2 / %3")
                       .arg(s.destination->structure, s.destination->span, s.destination->slot)
                 : Tr::tr("no destination"),
             s.destination ? QColor() : S::kRed}};
        t.addRow(std::move(r));
    }
    t.layout(canvas);
}

}  // namespace

QString rdSuffix(const ReportNumbers& n, const GeoPoint& p) {
    const std::optional<geo::RdPoint> rd = geo::wgs84ToRd(p, nullptr);
    if (!rd || !geo::inRdBounds(*rd)) return QString();
    return Tr::tr(" (RD New x %1 m, y %2 m)").arg(n.number(rd->x, 0), n.number(rd->y, 0));
}

void storage(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::ReportInput& in = ctx.data.input;
    if (in.sites.empty() && in.storage.stays.empty()) return;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(1, Tr::tr("Interim storage"));
    canvas.paragraph(
        Tr::tr("A girder with a storage site stays there from its harvest date (or the plan "
               "start) to its slot's installation minus %n day(s) of delivery lead; an unassigned "
               "girder to the project's last installation. Cost = length × width × rate × days / "
               "30.4375. A rate or outline without a public source is illustrative.",
               nullptr, in.match.settings.deliveryLeadDays),
        body, S::kInk, 6.0);
    for (std::size_t i = 0; i < in.sites.size() && i < in.storage.sites.size(); ++i) {
        const yard::SiteLayout none;
        siteBlock(canvas, ctx.numbers, in.sites[i], in.storage.sites[i],
                  i < in.storageLayouts.size() ? in.storageLayouts[i] : none, in.storage);
    }
    canvas.heading(3, Tr::tr("Stays and cost"), 60.0);
    staysTable(canvas, ctx.numbers, in.storage);
    canvas.heading(3, Tr::tr("Storage conflicts"), 40.0);
    if (in.storage.conflicts.empty()) {
        canvas.paragraph(Tr::tr("None: every stored girder fits its yard on every day."), body,
                         S::kInk);
        return;
    }
    for (const yard::StorageConflict& c : in.storage.conflicts) {
        canvas.paragraph(
            QStringLiteral("%1, %2: %3 (%4)")
                .arg(c.site, day(c.date), c.reason, c.elements.join(QStringLiteral(", "))),
            body, S::kRed, 2.0);
    }
}

}  // namespace respan::ui::ReportSections
