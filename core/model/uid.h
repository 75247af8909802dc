#pragma once

namespace respan {

/// Internal identity of an object in a project (element, structure, span, slot, document).
/// Stable across edits, renames and save/load; it is the primary key in the project file.
/// Never shown to users: they see the element id and the structure/span/slot names.
using Uid = long long;  // same type as qint64, so it binds to QVariant and Qt containers directly
inline constexpr Uid kNoUid = 0;

}  // namespace respan
