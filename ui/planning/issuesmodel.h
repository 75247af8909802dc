#pragma once

#include <QAbstractItemModel>

#include <vector>

#include "core/matching/judging/planexplanation.h"
#include "core/model/uid.h"

namespace respan::ui {

/// The issues of a plan as a tree: three groups (pins and placements in conflict, unfilled
/// slots, unused elements); an unfilled slot lists its closest candidates with the reason each
/// is not there. Read-only.
class IssuesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Item, Reason, ColumnCount };
    enum class Kind { Group, Conflict, UnfilledSlot, Candidate, UnusedElement };
    enum Role {
        KindRole = Qt::UserRole + 1,  ///< Kind as int
        SlotUidRole,                  ///< the slot a row is about (kNoUid when none)
        ElementUidRole,               ///< the element a row is about (kNoUid when none)
        RuleRole,                     ///< "R1".."R8" or a reason key; empty for groups
    };
    enum Group { Conflicts, UnfilledSlots, UnusedElements, GroupCount };

    explicit IssuesModel(QObject* parent = nullptr);

    /// Shows an explanation (until then the groups show no counts: nothing is known yet).
    void setExplanation(const matching::PlanExplanation& explanation);
    [[nodiscard]] const matching::PlanExplanation& explanation() const { return explanation_; }
    /// Index of a group row.
    [[nodiscard]] QModelIndex groupIndex(Group group, int column = 0) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    /// One row of the tree; internalId() of an index is its node number.
    struct Node {
        int parent = -1;  ///< node number of the parent; -1 for groups
        int row = 0;      ///< row within the parent
        Kind kind = Kind::Group;
        int item = -1;       ///< index into the explanation's list (or the group number)
        int candidate = -1;  ///< index into an unfilled slot's reasons
        std::vector<int> children;
    };
    void rebuild();
    [[nodiscard]] const Node* nodeOf(const QModelIndex& index) const;
    [[nodiscard]] QString text(const Node& node, int column) const;
    [[nodiscard]] QString toolTip(const Node& node) const;

    matching::PlanExplanation explanation_;
    std::vector<Node> nodes_;  // the first GroupCount are the groups
    bool known_ = false;
};

}  // namespace respan::ui
