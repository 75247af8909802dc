#include "ui/editors/historytab.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace respan::ui {

HistoryTab::HistoryTab(std::vector<StatusChange> history, QWidget* parent)
    : QWidget(parent), history_(std::move(history)), table_(new QTableWidget(this)) {
    table_->setColumnCount(5);
    table_->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("From"), tr("To"), tr("Note")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    for (int c = 0; c < 4; ++c)
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    refresh();
}

void HistoryTab::setPending(const std::optional<StatusChange>& pending) {
    pending_ = pending;
    refresh();
}

void HistoryTab::refresh() {
    std::vector<StatusChange> rows = history_;
    if (pending_) rows.push_back(*pending_);
    table_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const StatusChange& c = rows[static_cast<std::size_t>(r)];
        const bool pending = pending_ && r == static_cast<int>(rows.size()) - 1;
        const QStringList cells = {
            pending ? tr("on OK")
                    : c.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            c.user, c.from ? elementStatusName(*c.from) : tr("(new)"), elementStatusName(c.to),
            c.note};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (pending) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
            table_->setItem(r, col, item);
        }
    }
}

}  // namespace respan::ui
