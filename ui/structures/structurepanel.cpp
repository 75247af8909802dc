#include "ui/structures/structurepanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

#include "core/commands/cmdslotadd.h"
#include "core/commands/cmdslotdelete.h"
#include "core/commands/cmdslotedit.h"
#include "core/commands/cmdspanadd.h"
#include "core/commands/cmdspandelete.h"
#include "core/commands/cmdspanedit.h"
#include "core/commands/cmdstructureadd.h"
#include "core/commands/cmdstructuredelete.h"
#include "core/commands/cmdstructureedit.h"
#include "core/document/projectdocument.h"
#include "ui/editors/slotdialog.h"
#include "ui/editors/spandialog.h"
#include "ui/editors/structuredialog.h"
#include "ui/structures/structuretreemodel.h"
#include "ui/structures/structuretreeview.h"

namespace respan::ui {

StructurePanel::StructurePanel(ProjectDocument& doc, StructureTreeModel* model,
                               QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      model_(model),
      undo_(undoStack),
      view_(new StructureTreeView(this)),
      addStructure_(new QToolButton(this)),
      addSpan_(new QToolButton(this)),
      edit_(new QToolButton(this)),
      delete_(new QToolButton(this)) {
    setObjectName(QStringLiteral("StructurePanel"));
    view_->setObjectName(QStringLiteral("structureTree"));
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setDragDropMode(QAbstractItemView::DropOnly);
    view_->setAcceptDrops(true);
    view_->setDropIndicatorShown(true);
    view_->setEditTriggers(QAbstractItemView::EditKeyPressed);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics fm = view_->fontMetrics();
    view_->setColumnWidth(
        StructureTreeModel::Name,
        fm.horizontalAdvance(QStringLiteral("A76 viaduct Daelderweg, Nuth")) + 40);
    view_->setColumnWidth(StructureTreeModel::Element,
                          fm.horizontalAdvance(QStringLiteral("KKW-00 (proposed)")) + 36);
    for (int c = StructureTreeModel::RequiredLength; c <= StructureTreeModel::ShearDemand; ++c)
        view_->setColumnWidth(
            c, fm.horizontalAdvance(model_->headerData(c, Qt::Horizontal).toString()) + 24);
    view_->setColumnWidth(StructureTreeModel::InstallDate,
                          fm.horizontalAdvance(QStringLiteral("2027-06-01")) + 20);
    view_->header()->setStretchLastSection(false);
    // Structures open on their spans: the usual view when planning; slots one click away.
    auto expand = [this] { view_->expandToDepth(0); };
    connect(model_, &QAbstractItemModel::modelReset, this, expand);
    connect(model_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& where, int first, int last) {
                if (!where.isValid()) {
                    for (int r = first; r <= last; ++r) view_->expand(model_->index(r, 0));
                }
            });
    expand();

    addStructure_->setIcon(QIcon(QStringLiteral(":/respan/icons/structure-add.svg")));
    addStructure_->setToolTip(tr("Add a structure"));
    addSpan_->setText(tr("+ Span"));
    addSpan_->setToolTip(tr("Add a span with its slots to the selected structure"));
    edit_->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    edit_->setToolTip(tr("Edit the selected structure, span or slot"));
    delete_->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    delete_->setToolTip(tr("Delete the selected structure, span or slot"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : {addStructure_, addSpan_, edit_, delete_}) {
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);

    connect(addStructure_, &QToolButton::clicked, this, &StructurePanel::addStructure);
    connect(addSpan_, &QToolButton::clicked, this, &StructurePanel::addSpan);
    connect(edit_, &QToolButton::clicked, this, &StructurePanel::editSelected);
    connect(delete_, &QToolButton::clicked, this, &StructurePanel::deleteSelected);
    connect(view_, &StructureTreeView::statusMessage, this, &StructurePanel::statusMessage);
    connect(model_, &StructureTreeModel::statusMessage, this, &StructurePanel::statusMessage);
    connect(view_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!(index.flags() & Qt::ItemIsEditable)) editSelected();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        const Uid s = selectedStructure();
        if (s != kNoUid) Q_EMIT structureSelected(s);
    });
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        const Uid uid = selectedUid();
        const auto kind = uid == kNoUid ? StructureTreeModel::Kind::Structure
                                        : model_->kindOf(view_->currentIndex());
        menu.addAction(tr("Add structure…"), this, &StructurePanel::addStructure)
            ->setEnabled(!readOnly_);
        if (uid != kNoUid) {
            menu.addAction(tr("Add span…"), this, &StructurePanel::addSpan)->setEnabled(!readOnly_);
            if (kind != StructureTreeModel::Kind::Structure)
                menu.addAction(tr("Add slot"), this, &StructurePanel::addSlot)
                    ->setEnabled(!readOnly_);
            menu.addSeparator();
            menu.addAction(tr("Edit…"), this, &StructurePanel::editSelected)
                ->setEnabled(!readOnly_);
            menu.addAction(tr("Delete"), this, &StructurePanel::deleteSelected)
                ->setEnabled(!readOnly_);
            if (kind == StructureTreeModel::Kind::Slot && !slotActions_.isEmpty()) {
                menu.addSeparator();
                menu.addActions(slotActions_);
            }
        }
        menu.exec(view_->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

void StructurePanel::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    model_->setReadOnly(readOnly);
    view_->setAcceptDrops(!readOnly);
    updateButtons();
}

void StructurePanel::updateButtons() {
    const bool has = selectedUid() != kNoUid;
    addStructure_->setEnabled(!readOnly_);
    addSpan_->setEnabled(!readOnly_ && has);
    edit_->setEnabled(!readOnly_ && has);
    delete_->setEnabled(!readOnly_ && has);
}

void StructurePanel::report(const QString& error) {
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Structures"), error);
}

Uid StructurePanel::selectedUid() const {
    const QModelIndex i = view_->currentIndex();
    return i.isValid() && view_->selectionModel()->isSelected(i.siblingAtColumn(0))
               ? model_->uidOf(i)
               : kNoUid;
}

Uid StructurePanel::selectedStructure() const {
    QModelIndex i = view_->currentIndex();
    if (!i.isValid()) return kNoUid;
    while (i.parent().isValid()) i = i.parent();
    return model_->uidOf(i);
}

void StructurePanel::select(Uid uid) {
    const QModelIndex i = model_->indexOfUid(uid);
    if (!i.isValid()) return;
    view_->setCurrentIndex(i);
    view_->scrollTo(i);
}

void StructurePanel::addStructure() {
    if (readOnly_) return;
    StructureDialog dialog(doc_, kNoUid, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const StructureHeader h = dialog.header();
    Structure s;
    s.name = h.name;
    s.site = h.site;
    s.notes = h.notes;
    s.deck = h.deck;
    auto cmd = std::make_unique<CmdStructureAdd>(doc_, std::move(s));
    CmdStructureAdd* raw = cmd.get();
    const PushResult r = pushCommand(*undo_, std::move(cmd));
    if (!r) return report(r.error);
    select(raw->structureUid());
}

void StructurePanel::addSpan() {
    const Uid structure = selectedStructure();
    if (readOnly_ || structure == kNoUid) return;
    SpanDialog dialog(doc_, structure, kNoUid, this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto cmd = std::make_unique<CmdSpanAdd>(doc_, structure, dialog.span());
    CmdSpanAdd* raw = cmd.get();
    const PushResult r = pushCommand(*undo_, std::move(cmd));
    if (!r) return report(r.error);
    select(raw->spanUid());
}

void StructurePanel::addSlot() {
    const QModelIndex i = view_->currentIndex();
    if (readOnly_ || !i.isValid()) return;
    const auto kind = model_->kindOf(i);
    if (kind == StructureTreeModel::Kind::Structure) return;
    const Uid span =
        kind == StructureTreeModel::Kind::Span ? model_->uidOf(i) : model_->uidOf(i.parent());
    const SlotPosition pos = doc_.spanPosition(span);
    const Span& p = doc_.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    Slot slot;
    if (!p.slots.empty()) slot = p.slots.back();  // same demands as the last slot: the usual case
    slot.uid = kNoUid;
    int n = static_cast<int>(p.slots.size()) + 1;
    auto taken = [&p](const QString& name) {
        return std::any_of(p.slots.begin(), p.slots.end(),
                           [&name](const Slot& k) { return k.name == name; });
    };
    while (taken(QStringLiteral("L%1").arg(n))) ++n;
    slot.name = QStringLiteral("L%1").arg(n);
    auto cmd = std::make_unique<CmdSlotAdd>(doc_, span, slot);
    CmdSlotAdd* raw = cmd.get();
    const PushResult r = pushCommand(*undo_, std::move(cmd));
    if (!r) return report(r.error);
    select(raw->slotUid());
}

void StructurePanel::editSelected() {
    const QModelIndex i = view_->currentIndex();
    if (readOnly_ || !i.isValid()) return;
    const Uid uid = model_->uidOf(i);
    PushResult r;
    switch (model_->kindOf(i)) {
        case StructureTreeModel::Kind::Structure: {
            StructureDialog dialog(doc_, uid, this);
            if (dialog.exec() != QDialog::Accepted) return;
            r = pushCommand(*undo_, std::make_unique<CmdStructureEdit>(
                                        doc_, uid, dialog.header(),
                                        tr("Edit structure %1").arg(dialog.header().name)));
            break;
        }
        case StructureTreeModel::Kind::Span: {
            SpanDialog dialog(doc_, model_->uidOf(i.parent()), uid, this);
            if (dialog.exec() != QDialog::Accepted) return;
            const Span p = dialog.span();
            r = pushCommand(
                *undo_, std::make_unique<CmdSpanEdit>(
                            doc_, uid,
                            spanHeaderOf(p),
                            tr("Edit span %1").arg(p.name)));
            break;
        }
        case StructureTreeModel::Kind::Slot: {
            SlotDialog dialog(doc_, uid, this);
            if (dialog.exec() != QDialog::Accepted) return;
            r = pushCommand(
                *undo_, std::make_unique<CmdSlotEdit>(doc_, uid, dialog.slot(),
                                                      tr("Edit slot %1").arg(dialog.slot().name)));
            break;
        }
    }
    report(r.error);
}

void StructurePanel::deleteSelected() {
    const QModelIndex i = view_->currentIndex();
    if (readOnly_ || !i.isValid()) return;
    const Uid uid = model_->uidOf(i);
    PushResult r;
    switch (model_->kindOf(i)) {
        case StructureTreeModel::Kind::Structure:
            r = pushCommand(*undo_, std::make_unique<CmdStructureDelete>(doc_, uid));
            break;
        case StructureTreeModel::Kind::Span:
            r = pushCommand(*undo_, std::make_unique<CmdSpanDelete>(doc_, uid));
            break;
        case StructureTreeModel::Kind::Slot:
            r = pushCommand(*undo_, std::make_unique<CmdSlotDelete>(doc_, uid));
            break;
    }
    report(r.error);
}

}  // namespace respan::ui
