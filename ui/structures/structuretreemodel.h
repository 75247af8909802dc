#pragma once

#include <QAbstractItemModel>

#include "core/model/uid.h"

class QUndoStack;

namespace respan {
class AssignmentChecker;
class ProjectDocument;
}  // namespace respan

namespace respan::ui {

/// The receiving structures as a tree: structure > span > slot. Follows the document through
/// its DocumentNotifier; edits (in place or by drops of inventory elements on spans and slots)
/// are pushed as commands.
class StructureTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Element,
        RequiredLength,
        InstallDate,
        MomentDemand,
        ShearDemand,
        ColumnCount
    };
    enum class Kind { Structure, Span, Slot };
    enum Role { UidRole = Qt::UserRole + 1, KindRole };

    StructureTreeModel(ProjectDocument& doc, QUndoStack* undoStack,
                       const AssignmentChecker* checker, QObject* parent = nullptr);

    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                       int column, const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    [[nodiscard]] Kind kindOf(const QModelIndex& index) const;
    [[nodiscard]] Uid uidOf(const QModelIndex& index) const;
    /// Index of a structure, span or slot by uid (invalid when absent).
    [[nodiscard]] QModelIndex indexOfUid(Uid uid, int column = 0) const;
    /// Why a drop of `data` on `index` is refused; empty when it is admissible.
    [[nodiscard]] QString dropRefusal(const QMimeData* data, const QModelIndex& index) const;

Q_SIGNALS:
    /// Result of a drop or a refused edit, for the status bar.
    void statusMessage(const QString& message);

private:
    void connectNotifier();
    [[nodiscard]] Kind kindOfUid(Uid uid) const;
    [[nodiscard]] QModelIndex structureIndex(int s, int column = 0) const;
    [[nodiscard]] QModelIndex spanIndex(int s, int p, int column = 0) const;
    [[nodiscard]] QVariant structureData(int s, int column, int role) const;
    [[nodiscard]] QVariant spanData(int s, int p, int column, int role) const;
    [[nodiscard]] QVariant slotData(int s, int p, int k, int column, int role) const;
    bool setStructureData(int s, int column, const QVariant& value);
    bool setSpanData(int s, int p, int column, const QVariant& value);
    bool setSlotData(int s, int p, int k, int column, const QVariant& value);
    void onAssignmentsChanged(const QList<qint64>& slotUids);

    ProjectDocument& doc_;
    QUndoStack* undo_;
    const AssignmentChecker* checker_;
    bool readOnly_ = false;
};

}  // namespace respan::ui
