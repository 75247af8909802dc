#pragma once
// `respan-cli storage FILE [--at DATE] [--json OUT]` (docs/contract/planning.md section 3.4).
#include <QByteArray>
#include <QDate>

#include <vector>

#include "core/yard/storageplan.h"

namespace respan {
class ProjectDocument;
}

namespace respan::yard {

/// One site's layout in the report: the date it is for and the layout.
struct SiteLayout {
    QDate date;  ///< invalid: the site is never used (no layout)
    Layout layout;
};

/// The layout of every site of `doc` (in its order) on `at`, or, when `at` is invalid, on the
/// site's peak day.
std::vector<SiteLayout> siteLayouts(const ProjectDocument& doc, const StoragePlan& plan, QDate at);

/// The JSON of section 3.4: sites with areas, peak, cost, weeks and layout; stays; conflicts.
/// Element ids stand for uids; `destination` is null for an unassigned girder.
QByteArray storageToJson(const ProjectDocument& doc, const StoragePlan& plan,
                         const std::vector<SiteLayout>& layouts);

}  // namespace respan::yard
