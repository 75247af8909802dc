#pragma once

#include <QList>
#include <QtGlobal>

namespace respan {

/// What one mutation of a ProjectDocument changed, in one typed value: panels that only need to
/// know "something of this kind changed" connect to DocumentNotifier::changed once instead of to
/// a dozen fine-grained signals. Sent after the change, after the fine-grained signal.
struct DocumentChange {
    enum class Kind {
        Reset,        ///< the whole document was replaced; uids empty
        Elements,     ///< elements inserted, changed or removed; uids: the elements
        Donors,       ///< the donor structure list was replaced; uids empty
        Structures,   ///< structures inserted, changed or removed; uids: the structures
        Spans,        ///< spans inserted, changed or removed; uids: the spans
        Slots,        ///< slots inserted, changed or removed; uids: the slots
        Assignments,  ///< assignments added, removed, moved or (un)pinned; uids: their slots
        Settings,     ///< project settings; uids empty
        Protocol,     ///< the recertification template; uids empty
        Sites,        ///< the storage sites; uids empty
        Factors,      ///< the impact factor table; uids empty
    };
    enum class Action {
        Inserted,
        Changed,
        Removed,
    };
    Kind kind = Kind::Reset;
    Action action = Action::Changed;
    QList<qint64> uids;

    /// True for changes that add or remove rows of the inventory or the structure tree (the
    /// main window's counts), false for edits in place.
    [[nodiscard]] bool changesCounts() const {
        return kind == Kind::Reset || kind == Kind::Assignments || action != Action::Changed;
    }
};

}  // namespace respan
