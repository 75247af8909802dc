#pragma once
// Interim storage over time (docs/contract/planning.md sections 3.2 and 3.3;
// docs/storage-layout.md): each stored girder's stay derived from the plan, the occupancy of each
// site per ISO week, its peak day, cost, the layout of the girders present on any date, and the
// conflicts (an unknown or closed site, girders that do not fit).

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

#include "core/model/storagesite.h"
#include "core/model/uid.h"
#include "core/yard/yardlayout.h"

namespace respan {
class ProjectDocument;
struct Element;
}  // namespace respan

namespace respan::yard {

/// Where a stored girder goes: its assigned slot.
struct Destination {
    QString structure;
    QString span;
    QString slot;
};

/// One girder's time at its storage site, [from, to).
struct Stay {
    Uid element = kNoUid;
    QString elementId;
    QString site;
    QDate from;
    QDate to;
    bool manual = false;                     ///< entered by hand, not derived from the plan
    std::optional<Destination> destination;  ///< empty: unassigned ("no destination")
    double lengthM = 0.0;
    double widthM = 0.0;
    QString stackKey;                ///< equal for girders of equal section and length (stackable)
    double costEur = 0.0;            ///< rounded to the cent
    std::optional<YardPlace> place;  ///< put there by hand in the yard view

    [[nodiscard]] int days() const { return static_cast<int>(from.daysTo(to)); }
    [[nodiscard]] bool presentOn(QDate d) const { return from <= d && d < to; }
    [[nodiscard]] double areaM2() const { return lengthM * widthM; }
};

/// Occupancy of one ISO week (Monday first): the most girders present on one of its days, and
/// their plan area on that day (the first such day).
struct WeekOccupancy {
    QDate weekStart;
    int count = 0;
    double areaM2 = 0.0;
};

/// One site over the whole plan.
struct SiteOccupancy {
    QString site;
    double outlineAreaM2 = 0.0;
    double usableAreaM2 = 0.0;  ///< outline minus the blocked areas inside it
    QDate peakDate;             ///< the first day with the most girders; invalid: never used
    int peakCount = 0;
    double peakAreaM2 = 0.0;
    double costEur = 0.0;  ///< sum of its stays' costs
    std::vector<WeekOccupancy> weeks;
};

/// Something a planner must solve: `rule` is "unknown_site", "closed" (a stay outside the site's
/// open period) or "no_room" / "too_large" (girders the layout could not place on `date`).
struct StorageConflict {
    QString site;
    QDate date;
    QStringList elements;
    QString rule;
    QString reason;  ///< translated
};

/// The stays, the occupancy of each known site (in the project's site order) and the conflicts
/// of sites and stays. Layout conflicts are added by addLayoutConflicts().
struct StoragePlan {
    std::vector<Stay> stays;  ///< in element order
    std::vector<SiteOccupancy> sites;
    std::vector<StorageConflict> conflicts;
};

/// [from, to) of the stay of stored girder `e` that leaves on `leave` (its slot's install date
/// minus delivery_lead_days, or the project's latest install date when unassigned): its manual
/// stay, else from its harvest date (or `planStart`) to `leave`; `to` never before `from`.
std::pair<QDate, QDate> stayInterval(const Element& e, QDate planStart, QDate leave);

/// Section 3.2: a girder with a storage site stays there from its harvest date (or plan_start)
/// to its slot's install date minus delivery_lead_days, or, unassigned, to the project's latest
/// install date; a manual stay replaces that. A stay that would end before it starts lasts 0
/// days (the timing rule R5 reports that case). Cost = l * w/1000 * rate * days / 30.4375.
std::vector<Stay> deriveStays(const ProjectDocument& doc);

/// The stay's cost in euro, to the cent (section 3.2).
double stayCost(double lengthM, double widthMm, double eurPerM2Month, int days);

/// Stays, weekly occupancy, peaks and cost per site, and the unknown-site and closed-site
/// conflicts. Fast (no layouts): under 100 ms for 5 sites and 2,000 stays over 3 years.
StoragePlan planStorage(const ProjectDocument& doc);

/// The site's geometry for layouts, or empty when its WKT does not read (cannot happen for a
/// site in a document: imports and the project file check it).
std::optional<SiteGeometry> siteGeometry(const StorageSite& site);

/// The girders present at `site` on `date`, as the layout takes them.
std::vector<YardGirder> girdersPresent(const StoragePlan& plan, const QString& site, QDate date);

/// The layout of the girders present at `site` on `date`: those put by hand where they were put,
/// the others placed automatically around them (a hand-placed girder is a blocked area for the
/// automatic layout).
Layout layoutOn(const StoragePlan& plan, const StorageSite& site, QDate date);

/// What is wrong with `layout` on `date` (checkLayout on every footprint, hand-placed or not):
/// the yard view draws these girders red.
std::vector<LayoutProblem> layoutProblems(const StoragePlan& plan, const StorageSite& site,
                                          QDate date, const Layout& layout);

/// Adds a conflict for every day a girder arrives at a site and the layout cannot place all
/// girders present (a departure only removes girders, so a day that fits stays fitting until the
/// next arrival). Girders that do not fit even alone are "too_large"; the others "no_room".
void addLayoutConflicts(StoragePlan& plan, const std::vector<StorageSite>& sites);

}  // namespace respan::yard
