#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "core/model/fieldsfwd.h"
#include "core/model/uid.h"

class QUndoStack;

namespace respan {
class ProjectDocument;
enum class ElementStatus;
}  // namespace respan

namespace respan::ui {

/// The inventory as a table: one row per element, in document order. Follows the document
/// through its DocumentNotifier (never polls) and edits it only by pushing commands.
class ElementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Columns in the order a planner reads them: identity, what matters for matching, where
    /// the element is placed, then origin. Each but Placement is a field of the element field
    /// table (core/model/fields.h); fields of the table not named here follow, in its order, so
    /// that a new field shows in the inventory without an edit here. ColumnCount counts the
    /// named columns; columnCount() all of them.
    enum Column {
        Id,
        Status,
        Placement,  ///< "Placed in": near the front, so that a planner sees it without scrolling
        Length,
        Height,
        Width,
        MomentCapacity,
        ShearCapacity,
        Condition,
        Basis,
        Type,
        Mass,
        YearBuilt,
        LoadClass,
        DonorStructure,
        DonorPosition,
        AvailableFrom,
        ColumnCount
    };

    enum Role {
        UidRole = Qt::UserRole + 1,  ///< qint64 element uid
        SortRole,                    ///< raw value for sorting (double, int or QString)
        SearchTextRole,              ///< lower-case text of every text column (column 0)
        StatusRole,                  ///< int ElementStatus (any column)
        LengthRole,                  ///< double, m (any column)
        SectionRole,                 ///< QString "heightxwidth" in mm, e.g. "900x1180" (any column)
    };

    ElementTableModel(ProjectDocument& doc, QUndoStack* undoStack, QObject* parent = nullptr);

    /// Name written into the history when a status is changed in the table.
    void setUserName(const QString& user) { user_ = user; }
    void setReadOnly(bool readOnly);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;

    /// What the filter proxy needs of a row, without QVariant: built once per row and cached.
    struct FilterKeys {
        QString text;  ///< lower-case text of every text column
        double height = 0;
        double width = 0;
        double length = 0;
        int status = 0;
    };
    [[nodiscard]] FilterKeys filterKeys(int row) const;

    [[nodiscard]] Uid uidAt(int row) const;
    [[nodiscard]] int rowOf(Uid uid) const;
    /// Text of a placement, e.g. "A44 viaduct Lisserweg / 1 / L3"; empty when not placed.
    [[nodiscard]] QString placementText(Uid elementUid) const;

Q_SIGNALS:
    /// An edit typed into the table was refused; the message says why (for the status bar).
    void editRefused(const QString& message);

private:
    void connectNotifier();
    void rebuildPlacements();
    void onAssignmentsChanged(const QList<qint64>& slotUids);
    void emitRowsChanged(const QList<Uid>& elementUids, int firstColumn, int lastColumn);
    void refreshPlacementsOfStructure(int structure);
    /// The status the plan gives: reserved when pinned and not yet further on its way.
    [[nodiscard]] ElementStatus planStatus(const Element& e) const;
    [[nodiscard]] QVariant display(const Element& e, int column) const;
    [[nodiscard]] QVariant edit(const Element& e, int column) const;
    [[nodiscard]] QVariant sortKey(const Element& e, int column) const;
    [[nodiscard]] QString searchText(const Element& e) const;
    /// The field shown in `column`, or nullptr for Placement (and out of range).
    [[nodiscard]] const ElementField* fieldAt(int column) const;

    ProjectDocument& doc_;
    QUndoStack* undo_;
    QString user_;
    bool readOnly_ = false;
    QHash<Uid, Uid> elementBySlot_;         ///< who is in which slot, to know who left on a change
    std::vector<QStringList> choiceNames_;  ///< per column: the names of a choice field
    std::vector<const ElementField*> columns_;  ///< per column; nullptr for Placement
};

}  // namespace respan::ui
