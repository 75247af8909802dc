#include "ui/structures/structuretreemodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

#include <memory>

#include "core/commands/cmdslotedit.h"
#include "core/commands/cmdspanedit.h"
#include "core/commands/cmdstructureedit.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/loads/loadmodel.h"
#include "core/matching/judging/plancheck.h"
#include "core/matching/rules.h"
#include "core/model/validation.h"
#include "core/planning/assignmentchecker.h"
#include "ui/common/numberformat.h"
#include "ui/dragdrop/dropplanner.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

namespace {
const Span& spanAt(const ProjectDocument& doc, int s, int p) {
    return doc.structure(s).spans.at(static_cast<std::size_t>(p));
}
double numberOf(const QVariant& v, bool* ok) {
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int) {
        *ok = true;
        return v.toDouble();
    }
    const auto parsed = parseNumber(v.toString());
    *ok = parsed.has_value();
    return parsed.value_or(0.0);
}
/// Uids of the slots of one span (span >= 0), of one structure (span < 0) or of all structures
/// (structure < 0).
QList<qint64> slotUidsOf(const ProjectDocument& doc, int structure, int span) {
    QList<qint64> out;
    for (int s = 0; s < doc.structureCount(); ++s) {
        if (structure >= 0 && s != structure) continue;
        const Structure& d = doc.structure(s);
        for (int p = 0; p < static_cast<int>(d.spans.size()); ++p) {
            if (span >= 0 && p != span) continue;
            for (const Slot& k : d.spans[static_cast<std::size_t>(p)].slots) out.push_back(k.uid);
        }
    }
    return out;
}

}  // namespace

StructureTreeModel::StructureTreeModel(ProjectDocument& doc, QUndoStack* undoStack,
                                       const AssignmentChecker* checker, QObject* parent)
    : QAbstractItemModel(parent), doc_(doc), undo_(undoStack), checker_(checker) {
    connectNotifier();
}

void StructureTreeModel::connectNotifier() {
    DocumentNotifier* n = doc_.notifier();
    connect(n, &DocumentNotifier::aboutToReset, this, [this] { beginResetModel(); });
    connect(n, &DocumentNotifier::reset, this, [this] { endResetModel(); });
    connect(n, &DocumentNotifier::structureAboutToBeInserted, this,
            [this](int s) { beginInsertRows({}, s, s); });
    connect(n, &DocumentNotifier::structureInserted, this, [this] { endInsertRows(); });
    connect(n, &DocumentNotifier::structureAboutToBeRemoved, this,
            [this](int s) { beginRemoveRows({}, s, s); });
    connect(n, &DocumentNotifier::structureRemoved, this, [this] { endRemoveRows(); });
    connect(n, &DocumentNotifier::structureChanged, this, [this](int s) {
        Q_EMIT dataChanged(structureIndex(s), structureIndex(s, ColumnCount - 1));
    });
    connect(n, &DocumentNotifier::spanAboutToBeInserted, this,
            [this](int s, int p) { beginInsertRows(structureIndex(s), p, p); });
    connect(n, &DocumentNotifier::spanInserted, this, [this] { endInsertRows(); });
    connect(n, &DocumentNotifier::spanAboutToBeRemoved, this,
            [this](int s, int p) { beginRemoveRows(structureIndex(s), p, p); });
    connect(n, &DocumentNotifier::spanRemoved, this, [this](int s, int) {
        endRemoveRows();
        Q_EMIT dataChanged(structureIndex(s), structureIndex(s, ColumnCount - 1));
    });
    connect(n, &DocumentNotifier::spanChanged, this, [this](int s, int p) {
        Q_EMIT dataChanged(spanIndex(s, p), spanIndex(s, p, ColumnCount - 1));
    });
    connect(n, &DocumentNotifier::slotAboutToBeInserted, this,
            [this](int s, int p, int k) { beginInsertRows(spanIndex(s, p), k, k); });
    connect(n, &DocumentNotifier::slotInserted, this, [this] { endInsertRows(); });
    connect(n, &DocumentNotifier::slotAboutToBeRemoved, this,
            [this](int s, int p, int k) { beginRemoveRows(spanIndex(s, p), k, k); });
    connect(n, &DocumentNotifier::slotRemoved, this, [this] { endRemoveRows(); });
    connect(n, &DocumentNotifier::slotChanged, this, [this](int s, int p, int k) {
        const Uid uid = spanAt(doc_, s, p).slots.at(static_cast<std::size_t>(k)).uid;
        Q_EMIT dataChanged(indexOfUid(uid), indexOfUid(uid, ColumnCount - 1));
    });
    connect(n, &DocumentNotifier::assignmentsChanged, this,
            &StructureTreeModel::onAssignmentsChanged);
    // A changed element can change the text shown in the slot it is placed in, and whether it
    // or the other girders of its span are in conflict (R8); a changed span, structure or
    // setting can put any of its placements in conflict.
    connect(n, &DocumentNotifier::elementChanged, this, [this](int row) {
        if (auto a = doc_.assignmentForElement(doc_.element(row).uid)) {
            const SlotPosition pos = doc_.slotPosition(a->slotUid);
            onAssignmentsChanged(slotUidsOf(doc_, pos.structure, pos.span));
        }
    });
    connect(n, &DocumentNotifier::spanChanged, this,
            [this](int s, int p) { onAssignmentsChanged(slotUidsOf(doc_, s, p)); });
    connect(n, &DocumentNotifier::slotChanged, this,
            [this](int s, int p, int) { onAssignmentsChanged(slotUidsOf(doc_, s, p)); });
    connect(n, &DocumentNotifier::structureChanged, this,
            [this](int s) { onAssignmentsChanged(slotUidsOf(doc_, s, -1)); });
    connect(n, &DocumentNotifier::settingsChanged, this,
            [this] { onAssignmentsChanged(slotUidsOf(doc_, -1, -1)); });
}

void StructureTreeModel::onAssignmentsChanged(const QList<qint64>& slotUids) {
    QList<int> structures;
    for (qint64 uid : slotUids) {
        const QModelIndex i = indexOfUid(uid, Element);
        if (!i.isValid()) continue;
        Q_EMIT dataChanged(i, i);
        const QModelIndex span = i.parent();
        Q_EMIT dataChanged(span.siblingAtColumn(Element), span.siblingAtColumn(Element));
        if (!structures.contains(span.parent().row())) structures.push_back(span.parent().row());
    }
    for (int s : structures)
        Q_EMIT dataChanged(structureIndex(s, Element), structureIndex(s, Element));
}

StructureTreeModel::Kind StructureTreeModel::kindOfUid(Uid uid) const {
    if (doc_.slotPosition(uid).isValid()) return Kind::Slot;
    if (doc_.spanPosition(uid).structure >= 0) return Kind::Span;
    return Kind::Structure;
}

StructureTreeModel::Kind StructureTreeModel::kindOf(const QModelIndex& index) const {
    return kindOfUid(uidOf(index));
}

Uid StructureTreeModel::uidOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Uid>(index.internalId()) : kNoUid;
}

QModelIndex StructureTreeModel::structureIndex(int s, int column) const {
    if (s < 0 || s >= doc_.structureCount()) return {};
    return createIndex(s, column, static_cast<quintptr>(doc_.structure(s).uid));
}

QModelIndex StructureTreeModel::spanIndex(int s, int p, int column) const {
    if (s < 0 || s >= doc_.structureCount() || p < 0 ||
        p >= static_cast<int>(doc_.structure(s).spans.size()))
        return {};
    return createIndex(p, column, static_cast<quintptr>(spanAt(doc_, s, p).uid));
}

QModelIndex StructureTreeModel::indexOfUid(Uid uid, int column) const {
    if (const SlotPosition pos = doc_.slotPosition(uid); pos.isValid())
        return createIndex(pos.slot, column, static_cast<quintptr>(uid));
    if (const SlotPosition pos = doc_.spanPosition(uid); pos.structure >= 0)
        return spanIndex(pos.structure, pos.span, column);
    return structureIndex(doc_.structureIndex(uid), column);
}

QModelIndex StructureTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) return structureIndex(row, column);
    const Uid parentUid = uidOf(parent);
    switch (kindOfUid(parentUid)) {
        case Kind::Structure:
            return spanIndex(doc_.structureIndex(parentUid), row, column);
        case Kind::Span: {
            const SlotPosition pos = doc_.spanPosition(parentUid);
            const Span& span = spanAt(doc_, pos.structure, pos.span);
            if (row >= static_cast<int>(span.slots.size())) return {};
            return createIndex(
                row, column, static_cast<quintptr>(span.slots[static_cast<std::size_t>(row)].uid));
        }
        case Kind::Slot:
            return {};
    }
    return {};
}

QModelIndex StructureTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const Uid uid = uidOf(child);
    if (const SlotPosition pos = doc_.slotPosition(uid); pos.isValid())
        return spanIndex(pos.structure, pos.span);
    if (const SlotPosition pos = doc_.spanPosition(uid); pos.structure >= 0)
        return structureIndex(pos.structure);
    return {};
}

int StructureTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return doc_.structureCount();
    if (parent.column() != 0) return 0;
    const Uid uid = uidOf(parent);
    switch (kindOfUid(uid)) {
        case Kind::Structure: {
            const int s = doc_.structureIndex(uid);
            return s < 0 ? 0 : static_cast<int>(doc_.structure(s).spans.size());
        }
        case Kind::Span: {
            const SlotPosition pos = doc_.spanPosition(uid);
            return static_cast<int>(spanAt(doc_, pos.structure, pos.span).slots.size());
        }
        case Kind::Slot:
            return 0;
    }
    return 0;
}

int StructureTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant StructureTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const Uid uid = uidOf(index);
    if (role == UidRole) return uid;
    if (const SlotPosition pos = doc_.slotPosition(uid); pos.isValid()) {
        if (role == KindRole) return static_cast<int>(Kind::Slot);
        return slotData(pos.structure, pos.span, pos.slot, index.column(), role);
    }
    if (const SlotPosition pos = doc_.spanPosition(uid); pos.structure >= 0) {
        if (role == KindRole) return static_cast<int>(Kind::Span);
        return spanData(pos.structure, pos.span, index.column(), role);
    }
    const int s = doc_.structureIndex(uid);
    if (s < 0) return {};
    if (role == KindRole) return static_cast<int>(Kind::Structure);
    return structureData(s, index.column(), role);
}

QVariant StructureTreeModel::structureData(int s, int column, int role) const {
    const Structure& st = doc_.structure(s);
    if (role == Qt::FontRole && column == Name) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1\nSite: %2, %3 (WGS84)")
            .arg(st.name, formatNumber(st.site.latitude, 5), formatNumber(st.site.longitude, 5));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    if (column == Name) return st.name;
    if (column == Element && role == Qt::DisplayRole) {
        int slots = 0;
        int filled = 0;
        for (const Span& p : st.spans) {
            for (const Slot& k : p.slots) {
                ++slots;
                if (doc_.assignmentForSlot(k.uid)) ++filled;
            }
        }
        return tr("%1 of %2 filled").arg(filled).arg(slots);
    }
    return {};
}

QVariant StructureTreeModel::spanData(int s, int p, int column, int role) const {
    const Span& span = spanAt(doc_, s, p);
    if (role == Qt::TextAlignmentRole && column != Name && column != Element)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
        case Name:
            return display ? tr("Span %1").arg(span.name) : span.name;
        case RequiredLength:
            return display ? formatNumber(span.requiredLength.value(), 2)
                           : QVariant(formatNumber(span.requiredLength.value(), 2));
        case InstallDate:
            return display ? formatDate(span.installDate) : QVariant(span.installDate);
        case Element: {
            if (!display) return {};
            int filled = 0;
            for (const Slot& k : span.slots) {
                if (doc_.assignmentForSlot(k.uid)) ++filled;
            }
            return tr("%1 of %2 filled").arg(filled).arg(span.slots.size());
        }
        default:
            return {};
    }
}

QVariant StructureTreeModel::slotData(int s, int p, int k, int column, int role) const {
    const Span& span = spanAt(doc_, s, p);
    const Slot& slot = span.slots.at(static_cast<std::size_t>(k));
    const bool demandColumn = column == MomentDemand || column == ShearDemand;
    const bool entered =
        column == MomentDemand ? slot.momentDemand.has_value() : slot.shearDemand.has_value();
    if (demandColumn && !entered) {
        // Estimated demands read differently from entered ones: italic, grey, "≈".
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (role == Qt::ForegroundRole) return QColor(0x6a, 0x6a, 0x6a);
        if (role == Qt::ToolTipRole) {
            return tr("Estimated from load model %1, without the girder's own weight (added per "
                      "girder). Type a value to enter it; clear it to estimate again.")
                .arg(loads::loadModelKey(doc_.structure(s).deck.loadModel));
        }
    }
    if (demandColumn && entered && role == Qt::ToolTipRole)
        return tr("Entered value; clear it to estimate it from the load model.");
    const auto a = doc_.assignmentForSlot(slot.uid);
    const respan::Element* e = a ? doc_.elementByUid(a->elementUid) : nullptr;
    if (role == Qt::TextAlignmentRole && (column == MomentDemand || column == ShearDemand))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const matching::CheckedAssignment* checked =
        a && checker_ != nullptr ? checker_->checkedAssignment(doc_, slot.uid) : nullptr;
    if (role == Qt::DecorationRole && column == Element) {
        SlotState state = SlotState::Empty;
        if (a) state = a->pinned ? SlotState::Pinned : SlotState::Proposed;
        if (checked != nullptr && checked->conflict()) state = SlotState::Conflict;
        return DrawingStyle::fill(state);
    }
    if (role == Qt::ToolTipRole && column == Element && e != nullptr) {
        QString tip = tr("%1 (%2)").arg(e->id, a->pinned ? tr("pinned") : tr("proposed"));
        if (checked != nullptr) {
            tip += QLatin1Char('\n') + tr("cut %1 m, utilisation %2")
                                           .arg(formatNumber(checked->check.cutM, 2),
                                                formatNumber(checked->check.utilisation, 2));
            if (checked->conflict())
                tip += QLatin1Char('\n') + tr("Conflict: %1").arg(checked->detail);
        }
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (column) {
        case Name:
            return slot.name;
        case MomentDemand:
        case ShearDemand: {
            if (entered) {
                return formatNumber(
                    column == MomentDemand ? slot.momentDemand->value() : slot.shearDemand->value(),
                    0);
            }
            if (role == Qt::EditRole) return QString();
            const loads::SlotDemand d =
                matching::slotDemand(doc_.structure(s), span, slot, doc_.settings());
            return QStringLiteral("≈") +
                   formatNumber(column == MomentDemand ? d.momentKnm : d.shearKn, 0);
        }
        case Element:
            if (role != Qt::DisplayRole || e == nullptr) return {};
            return a->pinned ? e->id : tr("%1 (proposed)").arg(e->id);
        default:
            return {};
    }
}

QVariant StructureTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Name");
        case RequiredLength:
            return tr("L (m)");
        case InstallDate:
            return tr("Installation");
        case MomentDemand:
            return tr("MEd (kNm)");
        case ShearDemand:
            return tr("VEd (kN)");
        case Element:
            return tr("Element");
        default:
            return {};
    }
}

Qt::ItemFlags StructureTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind kind = kindOf(index);
    if (kind != Kind::Structure && !readOnly_) f |= Qt::ItemIsDropEnabled;
    if (kind == Kind::Slot) f |= Qt::ItemNeverHasChildren;
    if (readOnly_ || undo_ == nullptr) return f;
    const int c = index.column();
    const bool editable = c == Name ||
                          (kind == Kind::Span && (c == RequiredLength || c == InstallDate)) ||
                          (kind == Kind::Slot && (c == MomentDemand || c == ShearDemand));
    if (editable) f |= Qt::ItemIsEditable;
    return f;
}

bool StructureTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || readOnly_ || undo_ == nullptr) return false;
    const Uid uid = uidOf(index);
    if (const SlotPosition pos = doc_.slotPosition(uid); pos.isValid())
        return setSlotData(pos.structure, pos.span, pos.slot, index.column(), value);
    if (const SlotPosition pos = doc_.spanPosition(uid); pos.structure >= 0)
        return setSpanData(pos.structure, pos.span, index.column(), value);
    const int s = doc_.structureIndex(uid);
    return s >= 0 && setStructureData(s, index.column(), value);
}

bool StructureTreeModel::setStructureData(int s, int column, const QVariant& value) {
    if (column != Name) return false;
    const Structure& st = doc_.structure(s);
    StructureHeader h = structureHeaderOf(st);
    h.name = value.toString().trimmed();
    if (h.name == st.name) return true;
    if (h.name.isEmpty()) {
        Q_EMIT statusMessage(tr("A structure needs a name."));
        return false;
    }
    const PushResult r =
        pushCommand(*undo_, std::make_unique<CmdStructureEdit>(
                                doc_, st.uid, h, tr("Rename structure %1").arg(st.name), column));
    if (!r) Q_EMIT statusMessage(r.error);
    return r.ok;
}

bool StructureTreeModel::setSpanData(int s, int p, int column, const QVariant& value) {
    const Span& span = spanAt(doc_, s, p);
    SpanHeader h = spanHeaderOf(span);
    QString text;
    switch (column) {
        case Name: {
            h.name = value.toString().trimmed();
            if (h.name.isEmpty()) {
                Q_EMIT statusMessage(tr("A span needs a name."));
                return false;
            }
            text = tr("Rename span %1").arg(span.name);
            break;
        }
        case RequiredLength: {
            bool ok = false;
            const double v = numberOf(value, &ok);
            const auto err =
                ok ? checkRange(QStringLiteral("required_length_m"), v, ranges::kLength)
                   : std::nullopt;
            if (!ok || err) {
                Q_EMIT statusMessage(tr("Required length not changed: %1")
                                         .arg(ok ? err->message : tr("not a number")));
                return false;
            }
            h.requiredLength = Metres(v);
            text = tr("Change required length of span %1").arg(span.name);
            break;
        }
        case InstallDate: {
            const QDate d = value.typeId() == QMetaType::QDate
                                ? value.toDate()
                                : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
            if (const auto err = checkDate(QStringLiteral("install_date"), d)) {
                Q_EMIT statusMessage(tr("Installation date not changed: %1").arg(err->message));
                return false;
            }
            h.installDate = d;
            text = tr("Change installation date of span %1").arg(span.name);
            break;
        }
        default:
            return false;
    }
    if (h == spanHeaderOf(span)) return true;
    const PushResult r =
        pushCommand(*undo_, std::make_unique<CmdSpanEdit>(doc_, span.uid, h, text, column));
    if (!r) Q_EMIT statusMessage(r.error);
    return r.ok;
}

bool StructureTreeModel::setSlotData(int s, int p, int k, int column, const QVariant& value) {
    const Slot& current = spanAt(doc_, s, p).slots.at(static_cast<std::size_t>(k));
    Slot slot = current;
    QString text;
    if (column == Name) {
        slot.name = value.toString().trimmed();
        if (slot.name.isEmpty()) {
            Q_EMIT statusMessage(tr("A slot needs a name."));
            return false;
        }
        text = tr("Rename slot %1").arg(current.name);
    } else if (column == MomentDemand || column == ShearDemand) {
        bool ok = false;
        const bool moment = column == MomentDemand;
        if (value.toString().trimmed().isEmpty()) {
            // Cleared: the demand is estimated from the load model again.
            if (moment) {
                slot.momentDemand.reset();
            } else {
                slot.shearDemand.reset();
            }
            text = tr("Estimate demand of slot %1").arg(current.name);
            if (slot == current) return true;
            const PushResult r = pushCommand(
                *undo_, std::make_unique<CmdSlotEdit>(doc_, current.uid, slot, text, column));
            if (!r) Q_EMIT statusMessage(r.error);
            return r.ok;
        }
        const double v = numberOf(value, &ok);
        const auto err = ok ? checkRange(moment ? QStringLiteral("moment_demand_knm")
                                                : QStringLiteral("shear_demand_kn"),
                                         v, moment ? ranges::kMomentDemand : ranges::kShearDemand)
                            : std::nullopt;
        if (!ok || err) {
            Q_EMIT statusMessage(
                tr("Demand not changed: %1").arg(ok ? err->message : tr("not a number")));
            return false;
        }
        if (moment) {
            slot.momentDemand = KiloNewtonMetres(v);
        } else {
            slot.shearDemand = KiloNewtons(v);
        }
        text = tr("Change demands of slot %1").arg(current.name);
    } else {
        return false;
    }
    if (slot == current) return true;
    const PushResult r =
        pushCommand(*undo_, std::make_unique<CmdSlotEdit>(doc_, current.uid, slot, text, column));
    if (!r) Q_EMIT statusMessage(r.error);
    return r.ok;
}

QStringList StructureTreeModel::mimeTypes() const {
    return {QString::fromLatin1(kElementsMimeType)};
}

Qt::DropActions StructureTreeModel::supportedDropActions() const {
    return Qt::LinkAction | Qt::CopyAction | Qt::MoveAction;
}

QString StructureTreeModel::dropRefusal(const QMimeData* data, const QModelIndex& index) const {
    if (readOnly_) return tr("The project is open read-only.");
    if (checker_ == nullptr || !index.isValid()) return tr("Drop on a span or a slot.");
    const QList<Uid> elements = decodeElements(data);
    if (elements.isEmpty()) return tr("Nothing to place.");
    const Kind kind = kindOf(index);
    if (kind == Kind::Structure) return tr("Drop on a span or a slot.");
    const DropTarget target =
        kind == Kind::Slot ? DropTarget::slot(uidOf(index)) : DropTarget::span(uidOf(index));
    const DropPlan plan = planDrop(doc_, *checker_, elements, target, decodeSourceSlot(data),
                                   replaceFor(QGuiApplication::keyboardModifiers()));
    return plan.isEmpty() ? describeDrop(doc_, plan) : QString();
}

bool StructureTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction /*action*/, int row,
                                         int /*column*/, const QModelIndex& parent) const {
    // Drops go onto items, not between them.
    if (row != -1 || !data->hasFormat(QString::fromLatin1(kElementsMimeType))) return false;
    return dropRefusal(data, parent).isEmpty();
}

bool StructureTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                      int column, const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) {
        Q_EMIT statusMessage(dropRefusal(data, parent));
        return false;
    }
    const Kind kind = kindOf(parent);
    const DropTarget target =
        kind == Kind::Slot ? DropTarget::slot(uidOf(parent)) : DropTarget::span(uidOf(parent));
    const DropPlan plan =
        planDrop(doc_, *checker_, decodeElements(data), target, decodeSourceSlot(data),
                 replaceFor(QGuiApplication::keyboardModifiers()));
    const PushResult r = applyDrop(*undo_, doc_, plan);
    Q_EMIT statusMessage(r ? describeDrop(doc_, plan) : r.error);
    // Drags from the inventory offer only LinkAction, so the source view removes nothing.
    return r.ok;
}

}  // namespace respan::ui
