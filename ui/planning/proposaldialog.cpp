#include "ui/planning/proposaldialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"
#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

namespace {

QString tonnes(double kg) {
    return formatQuantity(kg / 1000.0, 1, QStringLiteral("t CO2e"));
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

}  // namespace

ProposalDialog::ProposalDialog(Content content, QWidget* parent)
    : QDialog(parent),
      content_(std::move(content)),
      headline_(new QLabel(this)),
      detail_(new QLabel(this)),
      figures_(new QTableWidget(this)),
      changes_(new QTableWidget(this)),
      apply_(nullptr),
      discard_(nullptr) {
    setObjectName(QStringLiteral("proposalDialog"));
    setWindowTitle(tr("Optimiser Proposal"));
    const matching::MatchResult& r = content_.result;
    auto* layout = new QVBoxLayout(this);
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    headline_->setFont(big);
    headline_->setText(headlineText());
    headline_->setStyleSheet(r.optimal ? QStringLiteral("QLabel { color: #1e7b3c; }")
                                       : QStringLiteral("QLabel { color: #8a5a00; }"));
    layout->addWidget(headline_);

    detail_->setText(detailLines().join(QLatin1Char('\n')));
    detail_->setWordWrap(true);
    layout->addWidget(detail_);

    if (content_.stale) {
        auto* warning = new QLabel(
            tr("The project changed while the optimiser ran, so this proposal no longer fits "
               "it. Run Plan > Optimise again."),
            this);
        warning->setObjectName(QStringLiteral("staleWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84f; "
                           "padding: 6px; color: #5a4100; }"));
        layout->addWidget(warning);
    }

    figures_->setObjectName(QStringLiteral("proposalFigures"));
    fillFigures();
    layout->addWidget(figures_);

    auto* changesTitle = new QLabel(tr("What changes: %n slot(s)", nullptr,
                                       static_cast<int>(content_.comparison.changes.size())),
                                    this);
    QFont bold = changesTitle->font();
    bold.setBold(true);
    changesTitle->setFont(bold);
    layout->addWidget(changesTitle);
    changes_->setObjectName(QStringLiteral("proposalChanges"));
    fillChanges();
    layout->addWidget(changes_, 1);

    auto* buttons = new QDialogButtonBox(this);
    apply_ = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply_->setToolTip(tr("Put this plan into the project (one undo step); pins stay"));
    discard_ = buttons->addButton(tr("&Discard"), QDialogButtonBox::RejectRole);
    apply_->setEnabled(!content_.stale && !content_.comparison.changes.empty());
    apply_->setDefault(apply_->isEnabled());
    (apply_->isEnabled() ? apply_ : discard_)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(*this, QSize(760, 620));
}

/// What was maximised, what is proven about it, how the search ended and the pins in conflict.
QStringList ProposalDialog::detailLines() const {
    const matching::MatchResult& r = content_.result;
    const bool count = r.objective == matching::Objective::Count;
    const bool euro = matching::pricedInEuro(r.objective);
    QStringList lines;
    if (euro) {
        lines << (r.objective == matching::Objective::Mki
                      ? tr("Objective: the most MKI (euro) saved against crushing the girders "
                           "and building new.")
                      : tr("Objective: the most euros saved against crushing the girders and "
                           "building new, storage time included."));
    } else {
        lines << (count ? tr("Objective: as many filled slots as possible, then the most CO2e "
                             "saved.")
                        : tr("Objective: the most CO2e saved."));
    }
    if (euro) {
        const double gap = std::max(0.0, r.objectiveBound - r.objectiveValue);
        lines << (r.optimal ? tr("No plan that keeps the pins saves more.")
                            : tr("No plan can save more than %1 (proven bound); this one is at "
                                 "most %2 below it.")
                                  .arg(formatEuros(r.objectiveBound), formatEuros(gap)));
    } else if (r.optimal) {
        lines << (count ? tr("No plan that keeps the pins fills more slots, or fills as many and "
                             "saves more CO2e.")
                        : tr("No plan that keeps the pins saves more CO2e."));
    } else if (count) {
        lines << tr("At most %1 slots can be filled; this plan fills %2. Best proven bound on "
                    "the saving: %3.")
                     .arg(r.upperBoundFilledSlots)
                     .arg(r.filledSlots)
                     .arg(tonnes(r.upperBoundKg));
    } else {
        const double gap = std::max(0.0, r.upperBoundKg - r.totalSavingKg);
        const double percent = r.upperBoundKg > 0.0 ? 100.0 * gap / r.upperBoundKg : 0.0;
        lines << tr("No plan can save more than %1 (proven bound); this one is at most %2 "
                    "(%3 %) below it.")
                     .arg(tonnes(r.upperBoundKg), tonnes(gap), formatNumber(percent, 2));
    }
    lines << (content_.cancelled ? tr("Stopped by Cancel after %1 s: the best plan found so far.")
                                       .arg(formatNumber(content_.wallSeconds, 1))
              : r.stopped ? tr("Stopped at the time limit after %1 s: the best plan found so far.")
                                .arg(formatNumber(content_.wallSeconds, 1))
                          : tr("Solved in %1 s.").arg(formatNumber(content_.wallSeconds, 2)));
    if (!r.conflicts.empty()) {
        lines << tr(
            "%n pin(s) in conflict stay as they are and are not counted in the saving; "
            "see the Issues panel.",
            nullptr, static_cast<int>(r.conflicts.size()));
    }
    return lines;
}

QString ProposalDialog::headlineText() const {
    const matching::MatchResult& r = content_.result;
    if (r.optimal) return tr("Proven optimal");
    if (r.objective == matching::Objective::Count)
        return tr("Not proven optimal: at most %1 more slot(s) possible")
            .arg(std::max(0, r.upperBoundFilledSlots - r.filledSlots));
    if (matching::pricedInEuro(r.objective)) {
        const double gap = std::max(0.0, r.objectiveBound - r.objectiveValue);
        const double percent = r.objectiveBound > 0.0 ? 100.0 * gap / r.objectiveBound : 0.0;
        return tr("Not proven optimal: gap at most %1 (%2 %)")
            .arg(formatEuros(gap), formatNumber(percent, 2));
    }
    const double gap = std::max(0.0, r.upperBoundKg - r.totalSavingKg);
    const double percent = r.upperBoundKg > 0.0 ? 100.0 * gap / r.upperBoundKg : 0.0;
    return tr("Not proven optimal: gap at most %1 (%2 %)")
        .arg(tonnes(gap), formatNumber(percent, 2));
}

void ProposalDialog::fillFigures() {
    const matching::PlanComparison& c = content_.comparison;
    const matching::MatchResult& r = content_.result;
    figures_->setColumnCount(3);
    figures_->setHorizontalHeaderLabels({QString(), tr("Now"), tr("Proposal")});
    const auto right = Qt::AlignRight;
    QList<QStringList> rows = {
        {tr("Filled slots"), tr("%1 of %2").arg(c.filledBefore).arg(c.slots),
         tr("%1 of %2").arg(c.filledAfter).arg(c.slots)},
        {tr("Pinned (kept)"), QString::number(c.pinned), QString::number(c.pinned)},
        {tr("Proposed"), QString::number(c.filledBefore - c.pinned),
         QString::number(c.proposedAfter)},
        {tr("In conflict"), QString::number(c.conflictsBefore), QString::number(c.conflictsAfter)},
        {tr("CO2e saved"), tonnes(c.savingBeforeKg), tonnes(c.savingAfterKg)},
        {tr("Proven upper bound"), QStringLiteral("–"),
         r.objective == matching::Objective::Count
             ? tr("%1 slots; %2").arg(r.upperBoundFilledSlots).arg(tonnes(r.upperBoundKg))
             : tonnes(r.upperBoundKg)},
    };
    if (matching::pricedInEuro(r.objective)) {
        rows.insert(4,
                    {r.objective == matching::Objective::Mki ? tr("MKI saved") : tr("Euros saved"),
                     formatEuros(content_.netBeforeEur), formatEuros(r.objectiveValue)});
        rows.push_back(
            {tr("Proven upper bound (euro)"), QStringLiteral("–"), formatEuros(r.objectiveBound)});
    }
    figures_->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        figures_->setItem(i, 0, cell(rows[i][0]));
        figures_->setItem(i, 1, cell(rows[i][1], right));
        figures_->setItem(i, 2, cell(rows[i][2], right));
    }
    figures_->verticalHeader()->hide();
    figures_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    figures_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    figures_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    figures_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    figures_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figures_->setSelectionMode(QAbstractItemView::NoSelection);
    figures_->setFocusPolicy(Qt::NoFocus);
    int height = figures_->horizontalHeader()->sizeHint().height() + 2 * figures_->frameWidth();
    for (int i = 0; i < figures_->rowCount(); ++i) height += figures_->rowHeight(i);
    figures_->setFixedHeight(height);
}

void ProposalDialog::fillChanges() {
    const auto& list = content_.comparison.changes;
    const matching::MatchResult& r = content_.result;
    // mki and cost: each slot's saving in the objective's euros, from the plan's own weights.
    const bool euro = matching::pricedInEuro(r.objective);
    QHash<Uid, double> weightOfSlot;
    for (const matching::PlannedAssignment& a : r.assignments)
        weightOfSlot.insert(a.slotUid, a.weight);
    changes_->setColumnCount(5);
    changes_->setHorizontalHeaderLabels({tr("Slot"), tr("Now"), tr("Proposal"), tr("Change"),
                                         !euro ? tr("Saving (kg CO2e)")
                                         : r.objective == matching::Objective::Mki
                                             ? tr("Saving (MKI, EUR)")
                                             : tr("Saving (EUR)")});
    changes_->setRowCount(static_cast<int>(list.size()));
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        const matching::SlotChange& ch = list[static_cast<std::size_t>(i)];
        QString kind;
        QColor colour;
        switch (ch.kind) {
            case matching::SlotChangeKind::Filled:
                kind = tr("newly filled");
                colour = DrawingStyle::fill(SlotState::Proposed);
                break;
            case matching::SlotChangeKind::Changed:
                kind = tr("changed");
                colour = QColor(0xfd, 0xe6, 0xb3);
                break;
            case matching::SlotChangeKind::Emptied:
                kind = tr("emptied");
                colour = DrawingStyle::fill(SlotState::Empty);
                break;
        }
        changes_->setItem(i, 0, cell(ch.where.path()));
        changes_->setItem(i, 1, cell(ch.before.isEmpty() ? QStringLiteral("–") : ch.before));
        changes_->setItem(i, 2, cell(ch.after.isEmpty() ? QStringLiteral("–") : ch.after));
        QTableWidgetItem* kindItem = cell(kind);
        kindItem->setBackground(colour);
        changes_->setItem(i, 3, kindItem);
        changes_->setItem(i, 4,
                          cell(ch.after.isEmpty() ? QString()
                               : euro             ? formatNumber(weightOfSlot.value(ch.slotUid), 0)
                                                  : formatNumber(ch.savingAfterKg, 0),
                               Qt::AlignRight));
    }
    changes_->verticalHeader()->hide();
    changes_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    changes_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col < 5; ++col)
        changes_->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    changes_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changes_->setSelectionBehavior(QAbstractItemView::SelectRows);
    changes_->setAlternatingRowColors(true);
}

}  // namespace respan::ui
