#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <vector>

namespace respan::ui {

/// Sorting and filtering of the inventory, fast enough for 100,000 rows per keystroke.
///
/// For each source row it keeps what the filter needs (lower-case text of every text column,
/// status, section, length) and the sort key of the sort column, so that filtering and sorting
/// never go through QVariant data() calls per row. The cache follows the source model's
/// signals: it is connected before QSortFilterProxyModel's own handlers, so it is up to date
/// when they re-filter inserted or changed rows. After a reset the cache is filled in the
/// background in small slices (a few milliseconds each), so the first keystroke does not pay
/// for 100,000 rows at once.
class ElementFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ElementFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    /// Every whitespace-separated word must occur (case-insensitive) in some text column.
    void setSearchText(const QString& text);
    /// Only elements with this status (int ElementStatus); nullopt = any.
    void setStatusFilter(std::optional<int> status);
    /// Only elements of this section ("heightxwidth" in mm as SectionRole); empty = any.
    void setSectionFilter(const QString& section);
    /// Only elements with min <= length <= max (m); nullopt = open end.
    void setLengthRange(std::optional<double> minimum, std::optional<double> maximum);

    [[nodiscard]] const QStringList& searchWords() const { return words_; }
    /// True when every row's filter keys are cached (the background fill has finished).
    [[nodiscard]] bool isCacheComplete() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct Entry {
        QString text;  ///< lower case
        double height = 0.0;
        double width = 0.0;
        double length = 0.0;
        int status = -1;
        bool valid = false;
    };
    struct SortKey {
        QString text;
        double number = 0.0;
        bool numeric = false;
        bool valid = false;
    };

    void refilter();
    const Entry& entry(int row) const;
    const SortKey& sortKey(int row, int column) const;
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onReset();
    void warmUp();

    QStringList words_;
    std::optional<int> status_;
    QString section_;
    double sectionHeight_ = 0.0;
    double sectionWidth_ = 0.0;
    std::optional<double> minLength_;
    std::optional<double> maxLength_;

    mutable std::vector<Entry> cache_;
    mutable std::vector<SortKey> sortKeys_;
    mutable int sortKeyColumn_ = -1;
    QList<QMetaObject::Connection> connections_;
    QTimer warmTimer_;
    int warmNext_ = 0;
};

}  // namespace respan::ui
