#pragma once

#include <QPixmap>
#include <QStringList>

class QWidget;

namespace respan::ui {

/// The small label a drag of girders carries under the pointer ("A9W-01", "A9W-01 + 2 more"),
/// so that the slot under it stays visible; in `widget`'s font and palette, at its screen's
/// pixel ratio.
QPixmap dragLabel(const QStringList& ids, const QWidget& widget);

}  // namespace respan::ui
