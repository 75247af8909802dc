#include "ui/inventory/elementtablemodel.h"

#include <QColor>
#include <QDataStream>
#include <QDateTime>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <memory>

#include "core/commands/cmdelementedit.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/loads/loadclass.h"
#include "core/model/fields.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/dragdrop/elementmime.h"

namespace respan::ui {

namespace {

using C = ElementTableModel::Column;

/// The field keys of the named columns, in Column order (nullptr: Placement).
constexpr const char* kColumnKeys[C::ColumnCount] = {
    "id",                   // Id
    "status",               // Status
    nullptr,                // Placement
    "length_m",             // Length
    "height_mm",            // Height
    "width_mm",             // Width
    "moment_capacity_knm",  // MomentCapacity
    "shear_capacity_kn",    // ShearCapacity
    "condition",            // Condition
    "capacity_basis",       // Basis
    "type",                 // Type
    "mass_t",               // Mass
    "year_built",           // YearBuilt
    "original_load_class",  // LoadClass
    "donor_structure",      // DonorStructure
    "donor_position",       // DonorPosition
    "available_from",       // AvailableFrom
};

bool isNumeric(const ElementField* f) {
    return f != nullptr && (f->type == FieldType::Number || f->type == FieldType::WholeNumber);
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
    for (const char* key : kColumnKeys)
        columns_.push_back(key == nullptr ? nullptr
                                          : findField(elementFields(), QString::fromLatin1(key)));
    for (const ElementField& f : elementFields()) {
        if (f.inTable && std::find(columns_.begin(), columns_.end(), &f) == columns_.end())
            columns_.push_back(&f);
    }
    // Translated once: 100,000 lookups would show in filtering.
    for (const ElementField* f : columns_) {
        QStringList names;
        if (f != nullptr && f->type == FieldType::Choice) {
            for (int v = f->choices->first; v < f->choices->first + f->choices->count; ++v)
                names << choiceName(*f->choices, v);
        }
        choiceNames_.push_back(names);
    }
    rebuildPlacements();
    connectNotifier();
}

const ElementField* ElementTableModel::fieldAt(int column) const {
    if (column < 0 || column >= static_cast<int>(columns_.size())) return nullptr;
    return columns_[static_cast<std::size_t>(column)];
}

void ElementTableModel::setReadOnly(bool readOnly) {
    if (readOnly_ == readOnly) return;
    readOnly_ = readOnly;
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); });
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
    // The status column too: a pin reads reserved (planStatus).
    emitRowsChanged(touched, Status, Placement);
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
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
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

ElementStatus ElementTableModel::planStatus(const Element& e) const {
    switch (e.status) {
        case ElementStatus::InStructure:
        case ElementStatus::Harvested:
        case ElementStatus::InStorage:
        case ElementStatus::Certified:
            if (const auto a = doc_.assignmentForElement(e.uid); a && a->pinned)
                return ElementStatus::Reserved;
            return e.status;
        default:
            return e.status;
    }
}

QVariant ElementTableModel::display(const Element& e, int column) const {
    if (column == C::Placement) return placementText(e.uid);
    if (column == C::Status && planStatus(e) != e.status) {
        // Pinned: reserved for its slot, whatever step of its way there it has reached.
        return tr("%1 (pinned)").arg(elementStatusName(ElementStatus::Reserved));
    }
    const ElementField* f = fieldAt(column);
    if (f == nullptr) return {};
    const FieldValue v = f->get(e);
    if (std::holds_alternative<std::monostate>(v)) return QString();
    switch (f->type) {
        case FieldType::Text:
            return fieldText(v);
        case FieldType::Number:
            return formatNumber(fieldNumber(v).value_or(0.0), f->decimals);
        case FieldType::WholeNumber:
            return QString::number(fieldInt(v).value_or(0));
        case FieldType::Date:
            return formatDate(fieldDate(v).value_or(QDate()));
        case FieldType::Choice:
            return choiceName(*f->choices, fieldInt(v).value_or(f->choices->first));
    }
    return {};
}

QVariant ElementTableModel::edit(const Element& e, int column) const {
    const ElementField* f = fieldAt(column);
    if (f != nullptr && f->type == FieldType::Choice) return fieldInt(f->get(e)).value_or(0);
    if (f != nullptr && f->type == FieldType::Date) {
        const auto d = fieldDate(f->get(e));
        return d ? QVariant(*d) : QVariant();
    }
    return display(e, column);
}

QVariant ElementTableModel::sortKey(const Element& e, int column) const {
    if (column == C::Status) return static_cast<int>(planStatus(e));
    const ElementField* f = fieldAt(column);
    if (f == nullptr) return display(e, column);
    const FieldValue v = f->get(e);
    switch (f->type) {
        case FieldType::Number:
            return fieldNumber(v).value_or(0.0);
        case FieldType::WholeNumber:
        case FieldType::Choice:
            return fieldInt(v).value_or(0);
        case FieldType::Date:
            return fieldDate(v).value_or(QDate());
        case FieldType::Text:
            break;
    }
    return display(e, column);
}

QString ElementTableModel::searchText(const Element& e) const {
    const QChar sep(0x1F);  // never typed, so a search cannot match across two columns
    QString text;
    text.reserve(e.id.size() + e.type.size() + e.originalLoadClass.size() +
                 e.donorStructure.size() + e.donorPosition.size() + e.notes.size() + 96);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const ElementField* f = columns_[c];
        if (f == nullptr) {
            if (!elementBySlot_.isEmpty()) text += placementText(e.uid);
        } else if (f->type == FieldType::Text) {
            text += fieldText(f->get(e));
        } else if (f->type == FieldType::Choice) {
            const int v = fieldInt(f->get(e)).value_or(f->choices->first) - f->choices->first;
            text += choiceNames_[c].value(v);
        } else {
            continue;
        }
        text += sep;
    }
    text += e.notes;
    return text.toLower();
}

ElementTableModel::FilterKeys ElementTableModel::filterKeys(int row) const {
    const Element& e = doc_.element(row);
    return {searchText(e), e.height.value(), e.width.value(), e.length.value(),
            static_cast<int>(planStatus(e))};
}

QVariant ElementTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= doc_.elementCount()) return {};
    const Element& e = doc_.element(index.row());
    // A resistance left empty is estimated from the original load class (docs/load-model.md):
    // shown as "≈ 1367", in italic grey, or "?" when the class gives no estimate.
    const bool capacityColumn =
        index.column() == C::MomentCapacity || index.column() == C::ShearCapacity;
    const bool estimatedCell =
        capacityColumn && !(index.column() == C::MomentCapacity ? e.momentCapacity.has_value()
                                                                : e.shearCapacity.has_value());
    if (estimatedCell && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const loads::ElementResistance r =
            loads::elementResistance(e, loads::LoadFactors::from(doc_.settings()));
        if (role == Qt::ToolTipRole) {
            return loads::resistanceMethod(e, loads::LoadFactors::from(doc_.settings()));
        }
        if (!r.known()) return QStringLiteral("?");
        return QStringLiteral("≈") +
               formatNumber(index.column() == C::MomentCapacity ? r.momentKnm : r.shearKn, 0);
    }
    if (estimatedCell && role == Qt::FontRole) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (estimatedCell && role == Qt::ForegroundRole) return QColor(0x6a, 0x6a, 0x6a);
    switch (role) {
        case Qt::DisplayRole:
            return display(e, index.column());
        case Qt::EditRole:
            return edit(e, index.column());
        case Qt::TextAlignmentRole:
            return isNumeric(fieldAt(index.column())) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (index.column() == C::Placement) {
                const auto a = doc_.assignmentForElement(e.uid);
                if (!a) return tr("Not placed");
                return a->pinned ? tr("Pinned by a planner") : tr("Proposed (not pinned)");
            }
            if (index.column() == C::Status && planStatus(e) != e.status) {
                return tr("Reserved: pinned in %1. Its recorded status is %2.")
                    .arg(placementText(e.uid), elementStatusName(e.status));
            }
            return {};
        case UidRole:
            return e.uid;
        case SortRole:
            return sortKey(e, index.column());
        case SearchTextRole:
            return searchText(e);
        case StatusRole:
            return static_cast<int>(planStatus(e));
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
    const ElementField* f = fieldAt(section);
    if (role == Qt::ToolTipRole) {
        if (section == C::Placement) return tr("Structure / span / slot the element is placed in");
        if (f == nullptr || f->description == nullptr) return {};
        return translatedFieldText(f->description);
    }
    if (role != Qt::DisplayRole) return {};
    if (section == C::Placement) return tr("Placed in");
    if (f == nullptr) return {};
    return columnHeader(f->columnLabel, f->unit);
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
    const ElementField* f = fieldAt(column);
    if (f == nullptr) return false;
    bool ok = true;
    FieldValue parsed;
    switch (f->type) {
        case FieldType::Text:
            parsed = text;
            break;
        case FieldType::Number:
            parsed = numberOf(value, &ok);
            break;
        case FieldType::WholeNumber:
            if (!text.isEmpty() || f->required) {
                const auto v = parseInteger(text);
                ok = v.has_value();
                if (v) parsed = *v;
            }
            break;
        case FieldType::Choice: {
            const int v = value.toInt(&ok);
            ok = ok && v >= f->choices->first && v < f->choices->first + f->choices->count;
            if (ok) parsed = v;
            break;
        }
        case FieldType::Date:
            if (value.typeId() == QMetaType::QDate) {
                parsed = value.toDate();
            } else if (!text.isEmpty()) {
                const QDate d = QDate::fromString(text, Qt::ISODate);
                ok = d.isValid();
                parsed = d;
            }
            break;
    }
    if (ok && column == C::Status) {
        // A change of status follows the lifecycle and is recorded in the element's history.
        const auto to = static_cast<ElementStatus>(fieldInt(parsed).value_or(0));
        if (const QString why = refusedStatusChange(current.status, to); !why.isEmpty())
            return refuse(why);
        e = withStatus(e, to, user_, QDateTime::currentDateTimeUtc(),
                       tr("changed in the inventory table"));
    } else if (ok) {
        f->set(e, parsed);
        e = withResistanceNote(current, std::move(e), user_, QDateTime::currentDateTimeUtc());
    }
    if (!ok) {
        return refuse(f->type == FieldType::Date ? tr("not a date (use YYYY-MM-DD)")
                      : isNumeric(f)             ? tr("not a number")
                                                 : tr("not a valid value"));
    }
    if (e == current) return true;
    const QString field = QString::fromLatin1(f->key);
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
