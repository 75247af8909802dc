#include "ui/inventory/inventorypanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "ui/common/numberformat.h"
#include "ui/inventory/elementfilterproxy.h"
#include "ui/inventory/elementitemdelegate.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/inventory/inventorytableview.h"

namespace respan::ui {

InventoryPanel::InventoryPanel(ProjectDocument& doc, ElementTableModel* model, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      model_(model),
      proxy_(new ElementFilterProxy(this)),
      view_(new InventoryTableView(this)),
      search_(new QLineEdit(this)),
      status_(new QComboBox(this)),
      section_(new QComboBox(this)),
      minLength_(new QDoubleSpinBox(this)),
      maxLength_(new QDoubleSpinBox(this)),
      count_(new QLabel(this)),
      sectionsTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("InventoryPanel"));
    proxy_->setSourceModel(model_);

    search_->setPlaceholderText(tr("Filter: id, type, donor, load class, placement…"));
    search_->setClearButtonEnabled(true);
    search_->setObjectName(QStringLiteral("inventorySearch"));
    connect(search_, &QLineEdit::textChanged, proxy_, &ElementFilterProxy::setSearchText);

    status_->addItem(tr("All statuses"), QVariant());
    for (int s = 0; s < kElementStatusCount; ++s)
        status_->addItem(elementStatusName(static_cast<ElementStatus>(s)), s);
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = status_->currentData();
        proxy_->setStatusFilter(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });

    section_->setToolTip(tr("Section: height × width"));
    section_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(section_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setSectionFilter(section_->currentData().toString()); });

    for (QDoubleSpinBox* box : {minLength_, maxLength_}) {
        box->setRange(0.0, 200.0);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setSuffix(QStringLiteral(" m"));
        box->setSpecialValueText(box == minLength_ ? tr("min") : tr("max"));
        box->setAccelerated(true);
        connect(box, &QDoubleSpinBox::valueChanged, this, &InventoryPanel::applyLength);
    }
    minLength_->setToolTip(tr("Shortest element length shown"));
    maxLength_->setToolTip(tr("Longest element length shown"));

    view_->setModel(proxy_);
    view_->setObjectName(QStringLiteral("inventoryTable"));
    view_->setItemDelegate(new ElementItemDelegate(view_));
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setDragEnabled(true);
    view_->setDragDropMode(QAbstractItemView::DragOnly);
    view_->setDefaultDropAction(Qt::LinkAction);
    view_->setAlternatingRowColors(true);
    view_->setEditTriggers(QAbstractItemView::EditKeyPressed);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    // Fixed row heights and no resize-to-contents: both would touch all 100,000 rows.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = view_->fontMetrics();
    const QFontMetrics header = view_->horizontalHeader()->fontMetrics();
    int statusWidth = 0;
    for (int s = 0; s < kElementStatusCount; ++s)
        statusWidth = std::max(
            statusWidth, fm.horizontalAdvance(elementStatusName(static_cast<ElementStatus>(s))));
    for (int c = 0; c < model_->columnCount(); ++c) {
        int width = header.horizontalAdvance(model_->headerData(c, Qt::Horizontal).toString()) + 24;
        switch (c) {
            case ElementTableModel::Id:
                width = std::max(width, fm.horizontalAdvance(QStringLiteral("A9W-000")) + 16);
                break;
            case ElementTableModel::Status:
                width = std::max(width, statusWidth + 16);
                break;
            case ElementTableModel::Placement:
            case ElementTableModel::Type:
            case ElementTableModel::DonorStructure:
                width = std::max(
                    width,
                    fm.horizontalAdvance(QStringLiteral("A44 viaduct Lisserweg / 1 / L8")) + 16);
                break;
            default:
                break;
        }
        view_->setColumnWidth(c, width);
    }
    // Double-click opens the element editor; F2 edits the cell in place.
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT editRequested(proxy_->data(index, ElementTableModel::UidRole).toLongLong());
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPanel::selectionChanged);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(search_, 3);
    filters->addWidget(status_, 1);
    filters->addWidget(section_, 1);
    auto* lengths = new QHBoxLayout;
    lengths->setContentsMargins(0, 0, 0, 0);
    auto* lengthLabel = new QLabel(tr("Length:"), this);
    lengths->addWidget(lengthLabel);
    lengths->addWidget(minLength_);
    lengths->addWidget(new QLabel(QStringLiteral("–"), this));
    lengths->addWidget(maxLength_);
    lengths->addStretch(1);
    lengths->addWidget(count_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addLayout(lengths);
    layout->addWidget(view_, 1);

    sectionsTimer_->setSingleShot(true);
    sectionsTimer_->setInterval(0);
    connect(sectionsTimer_, &QTimer::timeout, this, &InventoryPanel::updateSections);
    DocumentNotifier* n = doc_.notifier();
    connect(n, &DocumentNotifier::reset, sectionsTimer_, qOverload<>(&QTimer::start));
    connect(n, &DocumentNotifier::elementsInserted, sectionsTimer_, qOverload<>(&QTimer::start));
    connect(n, &DocumentNotifier::elementsRemoved, sectionsTimer_, qOverload<>(&QTimer::start));
    connect(n, &DocumentNotifier::elementChanged, sectionsTimer_, qOverload<>(&QTimer::start));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy_, signal, this, &InventoryPanel::updateCount);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &InventoryPanel::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &InventoryPanel::updateCount);
    updateSections();
    updateCount();
}

void InventoryPanel::applyLength() {
    auto bound = [](const QDoubleSpinBox* box) {
        return box->value() > box->minimum() ? std::optional<double>(box->value()) : std::nullopt;
    };
    proxy_->setLengthRange(bound(minLength_), bound(maxLength_));
}

void InventoryPanel::updateSections() {
    QSet<std::pair<double, double>> seen;
    std::vector<std::pair<double, double>> sections;
    for (const Element& e : doc_.elements()) {
        const std::pair<double, double> key{e.height.value(), e.width.value()};
        if (!seen.contains(key)) {
            seen.insert(key);
            sections.push_back(key);
        }
    }
    std::sort(sections.begin(), sections.end());
    const QString current = section_->currentData().toString();
    const QSignalBlocker block(section_);
    section_->clear();
    section_->addItem(tr("All sections"), QString());
    for (const auto& [h, w] : sections) {
        section_->addItem(tr("%1 × %2 mm").arg(formatNumber(h, 0), formatNumber(w, 0)),
                          QStringLiteral("%1x%2").arg(h).arg(w));
    }
    const int index = section_->findData(current);
    section_->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty()) proxy_->setSectionFilter(QString());
}

void InventoryPanel::updateCount() {
    count_->setText(tr("%1 of %2 elements").arg(proxy_->rowCount()).arg(model_->rowCount()));
}

QList<Uid> InventoryPanel::selectedElements() const {
    QList<int> rows;
    for (const QModelIndex& i : view_->selectionModel()->selectedRows()) rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    QList<Uid> out;
    for (int row : rows)
        out.push_back(proxy_->data(proxy_->index(row, 0), ElementTableModel::UidRole).toLongLong());
    return out;
}

void InventoryPanel::showElement(Uid uid) {
    const int sourceRow = model_->rowOf(uid);
    if (sourceRow < 0) return;
    QModelIndex index = proxy_->mapFromSource(model_->index(sourceRow, 0));
    if (!index.isValid()) {
        search_->clear();
        status_->setCurrentIndex(0);
        section_->setCurrentIndex(0);
        minLength_->setValue(0.0);
        maxLength_->setValue(0.0);
        index = proxy_->mapFromSource(model_->index(sourceRow, 0));
    }
    view_->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
}

}  // namespace respan::ui
