#pragma once

#include "core/model/uid.h"

namespace respan {

/// An element placed in a slot. A pinned assignment was fixed by a planner and is never moved by
/// the optimiser; an unpinned one is a proposal (from the optimiser or not yet confirmed).
struct Assignment {
    Uid elementUid = kNoUid;
    Uid slotUid = kNoUid;
    bool pinned = false;

    friend bool operator==(const Assignment&, const Assignment&) = default;
};

}  // namespace respan
