#include "ui/planning/issuesmodel.h"

#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

IssuesModel::IssuesModel(QObject* parent) : QAbstractItemModel(parent) {
    rebuild();
}

void IssuesModel::setExplanation(const matching::PlanExplanation& explanation) {
    beginResetModel();
    explanation_ = explanation;
    known_ = true;
    rebuild();
    endResetModel();
}

void IssuesModel::rebuild() {
    nodes_.clear();
    for (int g = 0; g < GroupCount; ++g) nodes_.push_back(Node{-1, g, Kind::Group, g, -1, {}});
    auto add = [this](int parent, Kind kind, int item, int candidate) {
        const int number = static_cast<int>(nodes_.size());
        Node n;
        n.parent = parent;
        n.row = static_cast<int>(nodes_[static_cast<std::size_t>(parent)].children.size());
        n.kind = kind;
        n.item = item;
        n.candidate = candidate;
        nodes_.push_back(std::move(n));
        nodes_[static_cast<std::size_t>(parent)].children.push_back(number);
        return number;
    };
    for (int i = 0; i < static_cast<int>(explanation_.conflicts.size()); ++i)
        add(Conflicts, Kind::Conflict, i, -1);
    for (int i = 0; i < static_cast<int>(explanation_.unfilledSlots.size()); ++i) {
        const int slot = add(UnfilledSlots, Kind::UnfilledSlot, i, -1);
        const auto& reasons = explanation_.unfilledSlots[static_cast<std::size_t>(i)].reasons;
        for (int c = 0; c < static_cast<int>(reasons.size()); ++c) add(slot, Kind::Candidate, i, c);
    }
    for (int i = 0; i < static_cast<int>(explanation_.unusedElements.size()); ++i)
        add(UnusedElements, Kind::UnusedElement, i, -1);
}

const IssuesModel::Node* IssuesModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return nullptr;
    const auto n = static_cast<std::size_t>(index.internalId());
    return n < nodes_.size() ? &nodes_[n] : nullptr;
}

QModelIndex IssuesModel::groupIndex(Group group, int column) const {
    return createIndex(group, column, static_cast<quintptr>(group));
}

QModelIndex IssuesModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (!parent.isValid()) {
        return row < GroupCount ? createIndex(row, column, static_cast<quintptr>(row))
                                : QModelIndex();
    }
    const Node* p = nodeOf(parent);
    if (p == nullptr || row >= static_cast<int>(p->children.size())) return {};
    return createIndex(row, column,
                       static_cast<quintptr>(p->children[static_cast<std::size_t>(row)]));
}

QModelIndex IssuesModel::parent(const QModelIndex& child) const {
    const Node* n = nodeOf(child);
    if (n == nullptr || n->parent < 0) return {};
    const Node& p = nodes_[static_cast<std::size_t>(n->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(n->parent));
}

int IssuesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return GroupCount;
    if (parent.column() != 0) return 0;
    const Node* p = nodeOf(parent);
    return p == nullptr ? 0 : static_cast<int>(p->children.size());
}

int IssuesModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == Item ? tr("Issue") : tr("Reason");
}

QString IssuesModel::text(const Node& n, int column) const {
    const auto i = static_cast<std::size_t>(n.item);
    switch (n.kind) {
        case Kind::Group:
            if (column != Item) return {};
            if (!known_) {
                return n.item == Conflicts       ? tr("Conflicts")
                       : n.item == UnfilledSlots ? tr("Unfilled slots")
                                                 : tr("Unused elements");
            }
            switch (n.item) {
                case Conflicts:
                    return tr("Conflicts (%1)").arg(explanation_.conflicts.size());
                case UnfilledSlots:
                    return tr("Unfilled slots (%1)").arg(explanation_.unfilledSlots.size());
                default:
                    return tr("Unused elements (%1)").arg(explanation_.unusedElements.size());
            }
        case Kind::Conflict: {
            const matching::PinConflict& c = explanation_.conflicts[i];
            return column == Item ? tr("%1 in %2").arg(c.element, c.where.path()) : c.detail;
        }
        case Kind::UnfilledSlot: {
            const matching::UnfilledSlot& u = explanation_.unfilledSlots[i];
            if (column == Item) return u.where.path();
            if (u.reasons.empty()) return tr("no element in the inventory");
            return tr("closest: %1: %2").arg(u.reasons.front().element, u.reasons.front().detail);
        }
        case Kind::Candidate: {
            const matching::SlotReason& r =
                explanation_.unfilledSlots[i].reasons[static_cast<std::size_t>(n.candidate)];
            return column == Item ? r.element : r.detail;
        }
        case Kind::UnusedElement: {
            const matching::UnusedElement& u = explanation_.unusedElements[i];
            return column == Item ? u.element : u.reason;
        }
    }
    return {};
}

QString IssuesModel::toolTip(const Node& n) const {
    if (n.kind == Kind::Group) {
        switch (n.item) {
            case Conflicts:
                return tr(
                    "Placements that break a rule now, e.g. because the element's data "
                    "changed after it was placed");
            case UnfilledSlots:
                return tr(
                    "Empty slots, each with its closest candidates and why they are not "
                    "there");
            default:
                return tr("Elements in no slot, with the reason");
        }
    }
    const QString item = text(n, Item);
    const QString reason = text(n, Reason);
    return reason.isEmpty() ? item : item + QLatin1Char('\n') + reason;
}

QVariant IssuesModel::data(const QModelIndex& index, int role) const {
    const Node* n = nodeOf(index);
    if (n == nullptr) return {};
    const auto i = static_cast<std::size_t>(n->item);
    switch (role) {
        case Qt::DisplayRole:
            return text(*n, index.column());
        case Qt::ToolTipRole:
            return toolTip(*n);
        case Qt::DecorationRole:
            if (index.column() != Item) return {};
            if (n->kind == Kind::Conflict) return DrawingStyle::fill(SlotState::Conflict);
            return {};
        case KindRole:
            return static_cast<int>(n->kind);
        case SlotUidRole:
            switch (n->kind) {
                case Kind::Conflict:
                    return explanation_.conflicts[i].slotUid;
                case Kind::UnfilledSlot:
                case Kind::Candidate:
                    return explanation_.unfilledSlots[i].slotUid;
                default:
                    return kNoUid;
            }
        case ElementUidRole:
            switch (n->kind) {
                case Kind::Conflict:
                    return explanation_.conflicts[i].elementUid;
                case Kind::Candidate:
                    return explanation_.unfilledSlots[i]
                        .reasons[static_cast<std::size_t>(n->candidate)]
                        .elementUid;
                case Kind::UnusedElement:
                    return explanation_.unusedElements[i].elementUid;
                default:
                    return kNoUid;
            }
        case RuleRole:
            switch (n->kind) {
                case Kind::Conflict:
                    return matching::ruleKey(explanation_.conflicts[i].rule);
                case Kind::Candidate:
                    return explanation_.unfilledSlots[i]
                        .reasons[static_cast<std::size_t>(n->candidate)]
                        .key();
                case Kind::UnusedElement:
                    return matching::ruleKey(explanation_.unusedElements[i].nearestRule);
                default:
                    return QString();
            }
        default:
            return {};
    }
}

}  // namespace respan::ui
