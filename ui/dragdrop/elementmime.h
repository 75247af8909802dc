#pragma once

#include <QList>

#include "core/model/uid.h"

class QMimeData;

namespace respan::ui {

/// Mime type of dragged inventory elements: a list of element uids (qint64, QDataStream).
inline constexpr const char* kElementsMimeType = "application/x-respan-elements";
/// Present when the drag started on a slot of the drawing: the uid of that slot.
inline constexpr const char* kSourceSlotMimeType = "application/x-respan-source-slot";

/// New mime data carrying `elementUids` (and the slot they are dragged from, if any).
QMimeData* encodeElements(const QList<Uid>& elementUids, Uid sourceSlot = kNoUid);
/// The element uids in `mime`; empty when it carries none.
QList<Uid> decodeElements(const QMimeData* mime);
/// The slot the drag started on; kNoUid when it came from elsewhere.
Uid decodeSourceSlot(const QMimeData* mime);

}  // namespace respan::ui
