#include "ui/planning/placementdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

#include "core/document/projectdocument.h"
#include "core/planning/assignmentchecker.h"
#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"
#include "ui/dragdrop/dropplanner.h"

namespace respan::ui {

namespace {
constexpr int kElementRole = Qt::UserRole;
constexpr int kSlotRole = Qt::UserRole + 1;

enum Column { Name, Cut, Utilisation, Saving, Note, ColumnCount };

struct Candidate {
    Uid element = kNoUid;
    Uid slot = kNoUid;
    QString name;
    AdmissibilityVerdict verdict;
    double cutM = 0.0;
    double utilisation = 0.0;
    double savingKg = 0.0;
    Uid occupant = kNoUid;
    bool occupantPinned = false;
};
}  // namespace

PlacementDialog::PlacementDialog(const ProjectDocument& doc, const AssignmentChecker& checker,
                                 Mode mode, Uid subject, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      checker_(checker),
      mode_(mode),
      subject_(subject),
      filter_(new QLineEdit(this)),
      list_(new QTreeWidget(this)),
      consequence_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("PlacementDialog"));
    const Element* element = mode == Mode::SlotsForElement ? doc.elementByUid(subject) : nullptr;
    QString heading;
    if (mode == Mode::SlotsForElement) {
        setWindowTitle(tr("Place %1 in…").arg(element != nullptr ? element->id : QString()));
        heading = tr("Slots for %1: the empty ones where it is admissible first, then those where "
                     "it would replace a girder, each with the best saving first; then the others "
                     "with their reason.")
                      .arg(element != nullptr ? element->id : QString());
    } else {
        setWindowTitle(tr("Choose Girder for %1").arg(slotPath(doc, subject)));
        heading = tr("Girders for %1: those admissible there first, best saving first; then the "
                     "others with their reason.")
                      .arg(slotPath(doc, subject));
    }
    auto* intro = new QLabel(heading, this);
    intro->setWordWrap(true);
    filter_->setPlaceholderText(mode == Mode::SlotsForElement ? tr("Filter slots…")
                                                              : tr("Filter girders…"));
    filter_->setClearButtonEnabled(true);
    list_->setColumnCount(ColumnCount);
    list_->setHeaderLabels({mode == Mode::SlotsForElement ? tr("Slot") : tr("Girder"),
                            tr("Cut (m)"), tr("Utilisation"), tr("Saving (kg CO2e)"), tr("Note")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->header()->setStretchLastSection(true);
    consequence_->setObjectName(QStringLiteral("consequence"));
    consequence_->setWordWrap(true);
    consequence_->setMinimumHeight(consequence_->fontMetrics().height() * 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(filter_);
    layout->addWidget(list_, 1);
    layout->addWidget(consequence_);
    layout->addWidget(buttons_);

    fill();
    connect(filter_, &QLineEdit::textChanged, this, &PlacementDialog::applyFilter);
    connect(list_, &QTreeWidget::currentItemChanged, this, &PlacementDialog::updateChoice);
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && (item->flags() & Qt::ItemIsEnabled)) accept();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Arrow keys in the filter move through the list, so the hands stay on the keyboard.
    filter_->installEventFilter(this);
    setFocusProxy(filter_);
    updateChoice();
    fitToScreen(*this, QSize(860, 560));
}

void PlacementDialog::fill() {
    std::vector<Candidate> candidates;
    auto consider = [&](Uid e, Uid s, QString name) {
        Candidate c;
        c.element = e;
        c.slot = s;
        c.name = std::move(name);
        c.verdict = checker_.check(doc_, e, s);
        if (const auto pair = checker_.pairCheck(doc_, e, s)) {
            c.cutM = pair->cutM;
            c.utilisation = pair->utilisation;
            c.savingKg = pair->savingKg;
        }
        if (const auto held = doc_.assignmentForSlot(s); held && held->elementUid != e) {
            c.occupant = held->elementUid;
            c.occupantPinned = held->pinned;
        }
        candidates.push_back(std::move(c));
    };
    if (mode_ == Mode::SlotsForElement) {
        const auto placed = doc_.assignmentForElement(subject_);
        for (int i = 0; i < doc_.structureCount(); ++i) {
            for (const Span& p : doc_.structure(i).spans) {
                for (const Slot& k : p.slots) {
                    if (placed && placed->slotUid == k.uid) continue;  // where it already is
                    consider(subject_, k.uid, slotPath(doc_, k.uid));
                }
            }
        }
    } else {
        const auto held = doc_.assignmentForSlot(subject_);
        for (int i = 0; i < doc_.elementCount(); ++i) {
            const Element& e = doc_.element(i);
            if (held && held->elementUid == e.uid) continue;  // the girder already there
            consider(e.uid, subject_, e.id);
        }
    }
    // Admissible into an empty slot, then admissible replacing a girder, then the refused;
    // best saving first within each.
    auto rank = [](const Candidate& c) {
        return !c.verdict.admissible ? 2 : (c.occupant != kNoUid ? 1 : 0);
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate& a, const Candidate& b) {
                         if (rank(a) != rank(b)) return rank(a) < rank(b);
                         if (rank(a) == 2) return false;
                         return a.savingKg > b.savingKg;
                     });
    QTreeWidgetItem* first = nullptr;
    for (const Candidate& c : candidates) {
        auto* item = new QTreeWidgetItem(list_);
        item->setData(Name, kElementRole, QVariant::fromValue<qint64>(c.element));
        item->setData(Name, kSlotRole, QVariant::fromValue<qint64>(c.slot));
        item->setText(Name, c.name);
        if (c.verdict.admissible) {
            item->setText(Cut, formatNumber(c.cutM, 2));
            item->setText(Utilisation, formatNumber(c.utilisation, 2));
            item->setText(Saving, formatNumber(c.savingKg, 0));
            for (int col : {Cut, Utilisation, Saving})
                item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            if (c.occupant != kNoUid) {
                const Element* o = doc_.elementByUid(c.occupant);
                const QString id = o != nullptr ? o->id : QString();
                item->setText(Note, c.occupantPinned ? tr("holds %1 (pinned)").arg(id)
                                                     : tr("holds %1 (proposed)").arg(id));
            }
            if (first == nullptr) first = item;
        } else {
            item->setText(Note, c.verdict.reason);
            item->setToolTip(Note, c.verdict.reason);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    for (int col = 0; col < Note; ++col) list_->resizeColumnToContents(col);
    if (first != nullptr) list_->setCurrentItem(first);
}

bool PlacementDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == filter_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(list_, event);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && chosenSlot() != kNoUid) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PlacementDialog::applyFilter(const QString& text) {
    QTreeWidgetItem* firstShown = nullptr;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        const bool shown = text.isEmpty() || item->text(Name).contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && firstShown == nullptr && (item->flags() & Qt::ItemIsEnabled))
            firstShown = item;
    }
    QTreeWidgetItem* current = list_->currentItem();
    if (current == nullptr || current->isHidden()) list_->setCurrentItem(firstShown);
    updateChoice();
}

Uid PlacementDialog::chosenElement() const {
    const QTreeWidgetItem* item = list_->currentItem();
    if (item == nullptr || !(item->flags() & Qt::ItemIsEnabled) || item->isHidden()) return kNoUid;
    return item->data(Name, kElementRole).toLongLong();
}

Uid PlacementDialog::chosenSlot() const {
    const QTreeWidgetItem* item = list_->currentItem();
    if (item == nullptr || !(item->flags() & Qt::ItemIsEnabled) || item->isHidden()) return kNoUid;
    return item->data(Name, kSlotRole).toLongLong();
}

void PlacementDialog::updateChoice() {
    QPushButton* ok = buttons_->button(QDialogButtonBox::Ok);
    const Uid e = chosenElement();
    const Uid s = chosenSlot();
    if (e == kNoUid || s == kNoUid) {
        ok->setEnabled(false);
        ok->setText(tr("&Place"));
        consequence_->setText(tr("No admissible choice is selected."));
        return;
    }
    ok->setEnabled(true);
    // The same plan the action makes, so the sentence says exactly what will happen.
    const auto placed = doc_.assignmentForElement(e);
    const DropPlan plan = planDrop(doc_, checker_, {e}, DropTarget::slot(s),
                                   placed ? placed->slotUid : kNoUid, Replace::Allow);
    ok->setText(plan.occupant != kNoUid ? tr("&Place and Replace") : tr("&Place"));
    const Element* element = doc_.elementByUid(e);
    consequence_->setText(
        tr("Places %1 in %2 (pinned)")
            .arg(element != nullptr ? element->id : QString(), slotPath(doc_, s)) +
        dropConsequences(doc_, plan) + QLatin1Char('.'));
}

}  // namespace respan::ui
