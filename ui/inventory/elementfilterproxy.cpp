#include "ui/inventory/elementfilterproxy.h"

#include <algorithm>

#include "ui/inventory/elementtablemodel.h"

namespace respan::ui {

ElementFilterProxy::ElementFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ElementTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    warmTimer_.setInterval(0);
    connect(&warmTimer_, &QTimer::timeout, this, &ElementFilterProxy::warmUp);
}

bool ElementFilterProxy::isCacheComplete() const {
    const QAbstractItemModel* m = sourceModel();
    if (m == nullptr) return true;
    if (static_cast<int>(cache_.size()) != m->rowCount()) return m->rowCount() == 0;
    return std::all_of(cache_.begin(), cache_.end(), [](const Entry& e) { return e.valid; });
}

void ElementFilterProxy::warmUp() {
    // About 5 ms per slice on a desktop: the event loop stays responsive meanwhile.
    constexpr int kSlice = 4000;
    const QAbstractItemModel* m = sourceModel();
    const int rows = m == nullptr ? 0 : m->rowCount();
    const int end = std::min(rows, warmNext_ + kSlice);
    for (; warmNext_ < end; ++warmNext_) entry(warmNext_);
    if (warmNext_ >= rows) warmTimer_.stop();
}

void ElementFilterProxy::setSourceModel(QAbstractItemModel* model) {
    for (const auto& c : connections_) disconnect(c);
    connections_.clear();
    if (model != nullptr) {
        // Connected before the base class connects its own handlers, so these run first.
        connections_ << connect(model, &QAbstractItemModel::rowsInserted, this,
                                &ElementFilterProxy::onRowsInserted)
                     << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                &ElementFilterProxy::onRowsRemoved)
                     << connect(model, &QAbstractItemModel::dataChanged, this,
                                &ElementFilterProxy::onDataChanged)
                     << connect(model, &QAbstractItemModel::modelReset, this,
                                &ElementFilterProxy::onReset)
                     << connect(model, &QAbstractItemModel::layoutChanged, this,
                                &ElementFilterProxy::onReset);
    }
    QSortFilterProxyModel::setSourceModel(model);
    onReset();
}

void ElementFilterProxy::onReset() {
    cache_.clear();
    sortKeys_.clear();
    warmNext_ = 0;
    if (sourceModel() != nullptr) warmTimer_.start();
}

void ElementFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) return;
    warmNext_ = std::min(warmNext_, first);
    if (!warmTimer_.isActive()) warmTimer_.start();
    if (static_cast<int>(cache_.size()) >= first)
        cache_.insert(cache_.begin() + first, static_cast<std::size_t>(last - first + 1), Entry{});
    if (static_cast<int>(sortKeys_.size()) >= first)
        sortKeys_.insert(sortKeys_.begin() + first, static_cast<std::size_t>(last - first + 1),
                         SortKey{});
}

void ElementFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) return;
    warmNext_ = std::min(warmNext_, first);
    auto erase = [first, last](auto& v) {
        const int end = std::min<int>(last + 1, static_cast<int>(v.size()));
        if (first < end) v.erase(v.begin() + first, v.begin() + end);
    };
    erase(cache_);
    erase(sortKeys_);
}

void ElementFilterProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < static_cast<int>(cache_.size()))
            cache_[static_cast<std::size_t>(row)].valid = false;
        if (row < static_cast<int>(sortKeys_.size()))
            sortKeys_[static_cast<std::size_t>(row)].valid = false;
    }
}

const ElementFilterProxy::Entry& ElementFilterProxy::entry(int row) const {
    const QAbstractItemModel* m = sourceModel();
    if (static_cast<int>(cache_.size()) != m->rowCount())
        cache_.assign(static_cast<std::size_t>(m->rowCount()), Entry{});
    Entry& e = cache_[static_cast<std::size_t>(row)];
    if (!e.valid) {
        if (const auto* elements = qobject_cast<const ElementTableModel*>(m)) {
            ElementTableModel::FilterKeys k = elements->filterKeys(row);
            e.text = std::move(k.text);
            e.height = k.height;
            e.width = k.width;
            e.length = k.length;
            e.status = k.status;
        } else {
            const QModelIndex i = m->index(row, 0);
            e.text = m->data(i, ElementTableModel::SearchTextRole).toString();
            const QStringList section =
                m->data(i, ElementTableModel::SectionRole).toString().split(QLatin1Char('x'));
            e.height = section.value(0).toDouble();
            e.width = section.value(1).toDouble();
            e.length = m->data(i, ElementTableModel::LengthRole).toDouble();
            e.status = m->data(i, ElementTableModel::StatusRole).toInt();
        }
        e.valid = true;
    }
    return e;
}

const ElementFilterProxy::SortKey& ElementFilterProxy::sortKey(int row, int column) const {
    const QAbstractItemModel* m = sourceModel();
    if (column != sortKeyColumn_ || static_cast<int>(sortKeys_.size()) != m->rowCount()) {
        sortKeys_.assign(static_cast<std::size_t>(m->rowCount()), SortKey{});
        sortKeyColumn_ = column;
    }
    SortKey& k = sortKeys_[static_cast<std::size_t>(row)];
    if (!k.valid) {
        const QVariant v = m->data(m->index(row, column), sortRole());
        k.numeric = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int;
        if (k.numeric) {
            k.number = v.toDouble();
        } else {
            k.text = v.toString();
        }
        k.valid = true;
    }
    return k;
}

bool ElementFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const SortKey& a = sortKey(left.row(), left.column());
    const SortKey& b = sortKey(right.row(), right.column());
    if (a.numeric && b.numeric) return a.number < b.number;
    return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
}

bool ElementFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid()) return false;
    // Without a filter every row is shown; the cache is not needed (nor built) for that.
    if (words_.isEmpty() && !status_ && section_.isEmpty() && !minLength_ && !maxLength_)
        return true;
    const Entry& e = entry(sourceRow);
    if (status_ && e.status != *status_) return false;
    if (!section_.isEmpty() && (e.height != sectionHeight_ || e.width != sectionWidth_))
        return false;
    if (minLength_ && e.length < *minLength_) return false;
    if (maxLength_ && e.length > *maxLength_) return false;
    for (const QString& w : words_) {
        if (!e.text.contains(w)) return false;
    }
    return true;
}

void ElementFilterProxy::refilter() {
    // One layout change instead of QSortFilterProxyModel's incremental row removals and
    // insertions: with 100,000 rows a keystroke can hide or show thousands of scattered rows,
    // and views handle one rowsRemoved per contiguous range, each linear in the row count.
    invalidate();
}

void ElementFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == words_) return;
    words_ = words;
    refilter();
}

void ElementFilterProxy::setStatusFilter(std::optional<int> status) {
    if (status == status_) return;
    status_ = status;
    refilter();
}

void ElementFilterProxy::setSectionFilter(const QString& section) {
    if (section == section_) return;
    section_ = section;
    const QStringList parts = section.split(QLatin1Char('x'));
    sectionHeight_ = parts.value(0).toDouble();
    sectionWidth_ = parts.value(1).toDouble();
    refilter();
}

void ElementFilterProxy::setLengthRange(std::optional<double> minimum,
                                        std::optional<double> maximum) {
    if (minimum == minLength_ && maximum == maxLength_) return;
    minLength_ = minimum;
    maxLength_ = maximum;
    refilter();
}

}  // namespace respan::ui
