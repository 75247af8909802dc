#include "ui/exchange/messagereportdialog.h"
#include "ui/common/screenfit.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace respan::ui {

MessageReportDialog::MessageReportDialog(MessageReport report, QWidget* parent)
    : QDialog(parent),
      report_(std::move(report)),
      summary_(new QLabel(this)),
      table_(new QTableWidget(this)),
      copy_(nullptr) {
    setObjectName(QStringLiteral("messageReportDialog"));
    setWindowTitle(report_.title);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()
                        ->standardIcon(report_.refused ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxWarning)
                        .pixmap(32, 32));
    top->addWidget(icon, 0, Qt::AlignTop);
    summary_->setText(report_.summary);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(summary_, 1);
    layout->addLayout(top);

    table_->setColumnCount(static_cast<int>(report_.columns.size()));
    table_->setHorizontalHeaderLabels(report_.columns);
    table_->setRowCount(static_cast<int>(report_.rows.size()));
    for (int r = 0; r < report_.rows.size(); ++r) {
        const QStringList& row = report_.rows[r];
        for (int c = 0; c < row.size() && c < report_.columns.size(); ++c) {
            auto* item = new QTableWidgetItem(row[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(row[c]);
            table_->setItem(r, c, item);
        }
    }
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->resizeColumnsToContents();
    for (int c = 0; c + 1 < table_->columnCount(); ++c)
        table_->setColumnWidth(c, std::min(table_->columnWidth(c), 220));
    layout->addWidget(table_, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    copy_ = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy_->setToolTip(tr("Copy the whole table as tab-separated text"));
    connect(copy_, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(report_.toTsv()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    fitToScreen(*this, QSize(900, 420));
}

QString MessageReportDialog::selectionAsTsv() const {
    std::set<int> rows;
    for (const QModelIndex& i : table_->selectionModel()->selectedIndexes()) rows.insert(i.row());
    if (rows.empty()) return report_.toTsv();
    MessageReport part;
    part.columns = report_.columns;
    for (int r : rows) {
        QStringList fields;
        for (int c = 0; c < table_->columnCount(); ++c) {
            const QTableWidgetItem* item = table_->item(r, c);
            fields << (item != nullptr ? item->text() : QString());
        }
        part.rows.push_back(fields);
    }
    return part.toTsv();
}

void MessageReportDialog::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionAsTsv());
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

}  // namespace respan::ui
