#include "ui/inventory/elementtablemodel.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <memory>

#include "core/commands/cmdelementedit.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/dragdrop/elementmime.h"

namespace respan::ui {

namespace {

using C = ElementTableModel::Column;

/// Field names of matching.md section 4, so that validation errors map to columns.
QString fieldOf(int column) {
    switch (column) {
        case C::Id:
            return QStringLiteral("id");
        case C::Status:
            return QStringLiteral("status");
        case C::Type:
            return QStringLiteral("type");
        case C::Length:
            return QStringLiteral("length_m");
        case C::Height:
            return QStringLiteral("height_mm");
        case C::Width:
            return QStringLiteral("width_mm");
        case C::Mass:
            return QStringLiteral("mass_t");
        case C::MomentCapacity:
            return QStringLiteral("moment_capacity_knm");
        case C::ShearCapacity:
            return QStringLiteral("shear_capacity_kn");
        case C::Basis:
            return QStringLiteral("capacity_basis");
        case C::Condition:
            return QStringLiteral("condition");
        case C::YearBuilt:
            return QStringLiteral("year_built");
        case C::LoadClass:
            return QStringLiteral("original_load_class");
        case C::DonorStructure:
            return QStringLiteral("donor_structure");
        case C::DonorPosition:
            return QStringLiteral("donor_position");
        case C::AvailableFrom:
            return QStringLiteral("available_from");
        default:
            return {};
    }
}

bool isNumeric(int column) {
    switch (column) {
        case C::Length:
        case C::Height:
        case C::Width:
        case C::Mass:
        case C::MomentCapacity:
        case C::ShearCapacity:
        case C::Condition:
        case C::YearBuilt:
            return true;
        default:
            return false;
    }
}

double numberOf(const QVariant& v, bool* ok) {
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int ||
        v.typeId() == QMetaType::LongLong) {
        *ok = true;
        return v.toDouble();
    }
    const auto parsed = parseNumber(v.toString());
    *ok = parsed.has_value();
    return parsed.value_or(0.0);
}

}  // namespace

ElementTableModel::ElementTableModel(ProjectDocument& doc, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent), doc_(doc), undo_(undoStack) {
    for (int i = 0; i < kElementStatusCount; ++i)
        statusNames_ << elementStatusName(static_cast<ElementStatus>(i));
    basisNames_ << capacityBasisName(CapacityBasis::Estimated)
                << capacityBasisName(CapacityBasis::Verified);
    rebuildPlacements();
    connectNotifier();
}

void ElementTableModel::setReadOnly(bool readOnly) {
    if (readOnly_ == readOnly) return;
    readOnly_ = readOnly;
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ElementTableModel::connectNotifier() {
    DocumentNotifier* n = doc_.notifier();
    connect(n, &DocumentNotifier::aboutToReset, this, [this] { beginResetModel(); });
    connect(n, &DocumentNotifier::reset, this, [this] {
        rebuildPlacements();
        endResetModel();
    });
    connect(n, &DocumentNotifier::elementsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(n, &DocumentNotifier::elementsInserted, this, [this] { endInsertRows(); });
    connect(n, &DocumentNotifier::elementsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(n, &DocumentNotifier::elementsRemoved, this, [this] { endRemoveRows(); });
    connect(n, &DocumentNotifier::elementChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(n, &DocumentNotifier::assignmentsChanged, this,
            &ElementTableModel::onAssignmentsChanged);
    // Renaming a structure, span or slot changes the placement text of the elements in it.
    connect(n, &DocumentNotifier::structureChanged, this,
            [this](int s) { refreshPlacementsOfStructure(s); });
    connect(n, &DocumentNotifier::spanChanged, this,
            [this](int s, int) { refreshPlacementsOfStructure(s); });
    connect(n, &DocumentNotifier::slotChanged, this,
            [this](int s, int, int) { refreshPlacementsOfStructure(s); });
}

void ElementTableModel::rebuildPlacements() {
    elementBySlot_.clear();
    elementBySlot_.reserve(static_cast<qsizetype>(doc_.assignments().size()));
    for (const Assignment& a : doc_.assignments()) elementBySlot_.insert(a.slotUid, a.elementUid);
}

void ElementTableModel::onAssignmentsChanged(const QList<qint64>& slotUids) {
    QList<Uid> touched;
    for (qint64 slot : slotUids) {
        if (auto it = elementBySlot_.constFind(slot); it != elementBySlot_.cend()) {
            touched.push_back(*it);
            elementBySlot_.erase(it);
        }
    }
    for (qint64 slot : slotUids) {
        if (auto a = doc_.assignmentForSlot(slot)) {
            elementBySlot_.insert(slot, a->elementUid);
            touched.push_back(a->elementUid);
        }
    }
    emitRowsChanged(touched, Placement, Placement);
}

void ElementTableModel::refreshPlacementsOfStructure(int structure) {
    QList<Uid> touched;
    for (const Span& p : doc_.structure(structure).spans) {
        for (const Slot& s : p.slots) {
            if (auto a = doc_.assignmentForSlot(s.uid)) touched.push_back(a->elementUid);
        }
    }
    emitRowsChanged(touched, Placement, Placement);
}

void ElementTableModel::emitRowsChanged(const QList<Uid>& elementUids, int firstColumn,
                                        int lastColumn) {
    for (Uid uid : elementUids) {
        const int row = doc_.elementRow(uid);
        if (row >= 0) Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
    }
}

int ElementTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : doc_.elementCount();
}

int ElementTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Uid ElementTableModel::uidAt(int row) const {
    return row >= 0 && row < doc_.elementCount() ? doc_.element(row).uid : kNoUid;
}

int ElementTableModel::rowOf(Uid uid) const {
    return doc_.elementRow(uid);
}

QString ElementTableModel::placementText(Uid elementUid) const {
    const auto a = doc_.assignmentForElement(elementUid);
    if (!a) return {};
    const SlotPosition pos = doc_.slotPosition(a->slotUid);
    if (!pos.isValid()) return {};
    const Structure& s = doc_.structure(pos.structure);
    const Span& p = s.spans.at(static_cast<std::size_t>(pos.span));
    return QStringLiteral("%1 / %2 / %3")
        .arg(s.name, p.name, p.slots.at(static_cast<std::size_t>(pos.slot)).name);
}

QVariant ElementTableModel::display(const Element& e, int column) const {
    switch (column) {
        case C::Id:
            return e.id;
        case C::Status:
            return elementStatusName(e.status);
        case C::Placement:
            return placementText(e.uid);
        case C::Type:
            return e.type;
        case C::Length:
            return formatNumber(e.length.value(), 2);
        case C::Height:
            return formatNumber(e.height.value(), 0);
        case C::Width:
            return formatNumber(e.width.value(), 0);
        case C::Mass:
            return formatNumber(e.mass.value(), 1);
        case C::MomentCapacity:
            return formatNumber(e.momentCapacity.value(), 0);
        case C::ShearCapacity:
            return formatNumber(e.shearCapacity.value(), 0);
        case C::Basis:
            return capacityBasisName(e.capacityBasis);
        case C::Condition:
            return QString::number(e.condition);
        case C::YearBuilt:
            return e.yearBuilt ? QString::number(*e.yearBuilt) : QString();
        case C::LoadClass:
            return e.originalLoadClass;
        case C::DonorStructure:
            return e.donorStructure;
        case C::DonorPosition:
            return e.donorPosition;
        case C::AvailableFrom:
            return e.availableFrom ? formatDate(*e.availableFrom) : QString();
        default:
            return {};
    }
}

QVariant ElementTableModel::edit(const Element& e, int column) const {
    switch (column) {
        case C::Status:
            return static_cast<int>(e.status);
        case C::Basis:
            return static_cast<int>(e.capacityBasis);
        case C::AvailableFrom:
            return e.availableFrom ? QVariant(*e.availableFrom) : QVariant();
        default:
            return display(e, column);
    }
}

QVariant ElementTableModel::sortKey(const Element& e, int column) const {
    switch (column) {
        case C::Length:
            return e.length.value();
        case C::Height:
            return e.height.value();
        case C::Width:
            return e.width.value();
        case C::Mass:
            return e.mass.value();
        case C::MomentCapacity:
            return e.momentCapacity.value();
        case C::ShearCapacity:
            return e.shearCapacity.value();
        case C::Condition:
            return e.condition;
        case C::YearBuilt:
            return e.yearBuilt.value_or(0);
        case C::Status:
            return static_cast<int>(e.status);
        default:
            return display(e, column);
    }
}

QString ElementTableModel::searchText(const Element& e) const {
    const QChar sep(0x1F);  // never typed, so a search cannot match across two columns
    const QString placement = elementBySlot_.isEmpty() ? QString() : placementText(e.uid);
    QString text;
    text.reserve(e.id.size() + placement.size() + e.type.size() + e.originalLoadClass.size() +
                 e.donorStructure.size() + e.donorPosition.size() + e.notes.size() + 48);
    text += e.id;
    text += sep;
    text += statusNames_.value(static_cast<int>(e.status));
    text += sep;
    text += placement;
    text += sep;
    text += e.type;
    text += sep;
    text += basisNames_.value(static_cast<int>(e.capacityBasis));
    text += sep;
    text += e.originalLoadClass;
    text += sep;
    text += e.donorStructure;
    text += sep;
    text += e.donorPosition;
    text += sep;
    text += e.notes;
    return text.toLower();
}

ElementTableModel::FilterKeys ElementTableModel::filterKeys(int row) const {
    const Element& e = doc_.element(row);
    return {searchText(e), e.height.value(), e.width.value(), e.length.value(),
            static_cast<int>(e.status)};
}

QVariant ElementTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= doc_.elementCount()) return {};
    const Element& e = doc_.element(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return display(e, index.column());
        case Qt::EditRole:
            return edit(e, index.column());
        case Qt::TextAlignmentRole:
            return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (index.column() == C::Placement) {
                const auto a = doc_.assignmentForElement(e.uid);
                if (!a) return tr("Not placed");
                return a->pinned ? tr("Pinned by a planner") : tr("Proposed (not pinned)");
            }
            return {};
        case UidRole:
            return e.uid;
        case SortRole:
            return sortKey(e, index.column());
        case SearchTextRole:
            return searchText(e);
        case StatusRole:
            return static_cast<int>(e.status);
        case LengthRole:
            return e.length.value();
        case SectionRole:
            return QStringLiteral("%1x%2").arg(e.height.value()).arg(e.width.value());
        default:
            return {};
    }
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case C::MomentCapacity:
                return tr("Design bending resistance MRd");
            case C::ShearCapacity:
                return tr("Design shear resistance VRd");
            case C::Condition:
                return tr("NEN 2767 condition score: 1 excellent … 6 very poor");
            case C::Basis:
                return tr("Whether the resistances are estimated or verified");
            case C::Placement:
                return tr("Structure / span / slot the element is placed in");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case C::Id:
            return tr("Id");
        case C::Status:
            return tr("Status");
        case C::Placement:
            return tr("Placed in");
        case C::Type:
            return tr("Type");
        case C::Length:
            return tr("Length (m)");
        case C::Height:
            return tr("Height (mm)");
        case C::Width:
            return tr("Width (mm)");
        case C::Mass:
            return tr("Mass (t)");
        case C::MomentCapacity:
            return tr("MRd (kNm)");
        case C::ShearCapacity:
            return tr("VRd (kN)");
        case C::Basis:
            return tr("Basis");
        case C::Condition:
            return tr("Condition");
        case C::YearBuilt:
            return tr("Built");
        case C::LoadClass:
            return tr("Load class");
        case C::DonorStructure:
            return tr("Donor structure");
        case C::DonorPosition:
            return tr("Position in donor");
        case C::AvailableFrom:
            return tr("Available from");
        default:
            return {};
    }
}

Qt::ItemFlags ElementTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (!readOnly_ && undo_ != nullptr && index.column() != C::Placement) f |= Qt::ItemIsEditable;
    return f;
}

bool ElementTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || readOnly_ || undo_ == nullptr) return false;
    const int column = index.column();
    const Element& current = doc_.element(index.row());
    Element e = current;
    const QString text = value.toString().trimmed();
    const QString header = headerData(column, Qt::Horizontal).toString();
    auto refuse = [&](const QString& message) {
        Q_EMIT editRefused(tr("%1 of %2 not changed: %3").arg(header, current.id, message));
        return false;
    };
    bool ok = true;
    switch (column) {
        case C::Id:
            e.id = text;
            break;
        case C::Type:
            e.type = text;
            break;
        case C::LoadClass:
            e.originalLoadClass = text;
            break;
        case C::DonorStructure:
            e.donorStructure = text;
            break;
        case C::DonorPosition:
            e.donorPosition = text;
            break;
        case C::Length:
            e.length = Metres(numberOf(value, &ok));
            break;
        case C::Height:
            e.height = Millimetres(numberOf(value, &ok));
            break;
        case C::Width:
            e.width = Millimetres(numberOf(value, &ok));
            break;
        case C::Mass:
            e.mass = Tonnes(numberOf(value, &ok));
            break;
        case C::MomentCapacity:
            e.momentCapacity = KiloNewtonMetres(numberOf(value, &ok));
            break;
        case C::ShearCapacity:
            e.shearCapacity = KiloNewtons(numberOf(value, &ok));
            break;
        case C::Condition: {
            const auto v = parseInteger(text);
            ok = v.has_value();
            e.condition = v.value_or(0);
            break;
        }
        case C::YearBuilt: {
            if (text.isEmpty()) {
                e.yearBuilt.reset();
            } else {
                const auto v = parseInteger(text);
                ok = v.has_value();
                e.yearBuilt = v;
            }
            break;
        }
        case C::Status: {
            const int s = value.toInt(&ok);
            ok = ok && s >= 0 && s < kElementStatusCount;
            if (ok)
                e = withStatus(e, static_cast<ElementStatus>(s), user_,
                               QDateTime::currentDateTimeUtc(),
                               tr("changed in the inventory table"));
            break;
        }
        case C::Basis: {
            const int b = value.toInt(&ok);
            ok = ok && (b == 0 || b == 1);
            e.capacityBasis = b == 1 ? CapacityBasis::Verified : CapacityBasis::Estimated;
            break;
        }
        case C::AvailableFrom: {
            if (value.typeId() == QMetaType::QDate) {
                e.availableFrom = value.toDate();
            } else if (text.isEmpty()) {
                e.availableFrom.reset();
            } else {
                const QDate d = QDate::fromString(text, Qt::ISODate);
                ok = d.isValid();
                e.availableFrom = d;
            }
            break;
        }
        default:
            return false;
    }
    if (!ok) {
        return refuse(column == C::AvailableFrom ? tr("not a date (use YYYY-MM-DD)")
                      : isNumeric(column)        ? tr("not a number")
                                                 : tr("not a valid value"));
    }
    if (e == current) return true;
    const QString field = fieldOf(column);
    for (const FieldError& err : validateElement(e)) {
        if (err.field == field) return refuse(err.message);
    }
    if (column == C::Id && doc_.elementRowById(e.id) >= 0) {
        return refuse(tr("the id %1 is already used").arg(e.id));
    }
    auto cmd = std::make_unique<CmdElementEdit>(
        doc_, current.uid, e, tr("Change %1 of %2").arg(header, current.id), column);
    const PushResult result = pushCommand(*undo_, std::move(cmd));
    if (!result) return refuse(result.error);
    return true;
}

QStringList ElementTableModel::mimeTypes() const {
    return {QString::fromLatin1(kElementsMimeType)};
}

QMimeData* ElementTableModel::mimeData(const QModelIndexList& indexes) const {
    QList<Uid> uids;
    for (const QModelIndex& i : indexes) {
        const Uid uid = uidAt(i.row());
        if (uid != kNoUid && !uids.contains(uid)) uids.push_back(uid);
    }
    // In inventory order, so that a drop onto a span fills its slots in that order.
    std::sort(uids.begin(), uids.end(),
              [this](Uid a, Uid b) { return doc_.elementRow(a) < doc_.elementRow(b); });
    return encodeElements(uids);
}

Qt::DropActions ElementTableModel::supportedDragActions() const {
    return Qt::LinkAction;
}

}  // namespace respan::ui
