#include "ui/storage/storagepanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/commands/cmdelementedit.h"
#include "core/commands/cmdsitesset.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "ui/storage/occupancychart.h"
#include "ui/storage/yardview.h"

namespace respan::ui {

namespace {

enum StayColumn { CGirder, CFrom, CTo, CDays, CCost, CDestination, kStayColumns };

}  // namespace

StoragePanel::StoragePanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      undo_(undo),
      sites_(new QComboBox(this)),
      slider_(new QSlider(Qt::Horizontal, this)),
      dateLabel_(new QLabel(this)),
      summary_(new QLabel(this)),
      export_(new QPushButton(tr("E&xport Yard…"), this)),
      removeSite_(new QPushButton(tr("Re&move Site"), this)),
      reset_(new QPushButton(tr("Back to the &Plan"), this)),
      yard_(new YardView(this)),
      chart_(new OccupancyChart(this)),
      stays_(new QTableWidget(this)),
      conflicts_(new QLabel(this)),
      rebuildTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("storagePanel"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(yard_);
    split->addWidget(createStaysColumn());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());
    layout->addWidget(split, 1);

    connect(yard_, &YardView::placeChanged, this,
            [this](Uid element, YardPlace place) { setPlace(element, place); });
    connect(yard_, &YardView::placeCleared, this,
            [this](Uid element) { setPlace(element, std::nullopt); });
    connect(yard_, &YardView::elementSelected, this, &StoragePanel::elementSelected);
    connect(chart_, &OccupancyChart::dateChosen, this, &StoragePanel::showDate);

    rebuildTimer_->setSingleShot(true);
    rebuildTimer_->setInterval(0);
    connect(rebuildTimer_, &QTimer::timeout, this, &StoragePanel::refresh);
    const auto changed = [this] {
        dirty_ = true;
        if (isVisible()) rebuildTimer_->start();
    };
    connect(doc_.notifier(), &DocumentNotifier::changed, this, changed);
    connect(doc_.notifier(), &DocumentNotifier::reset, this, changed);
}

/// Site, date slider with its date, Export… above the yard.
QWidget* StoragePanel::createToolBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 0);
    auto* siteLabel = new QLabel(tr("&Site:"), bar);
    siteLabel->setBuddy(sites_);
    sites_->setObjectName(QStringLiteral("storageSite"));
    sites_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* dateLabel = new QLabel(tr("&Date:"), bar);
    dateLabel->setBuddy(slider_);
    slider_->setObjectName(QStringLiteral("storageDate"));
    slider_->setToolTip(
        tr("Replays the yard over time: the girders present on the day shown "
           "(arrow keys: a day, Page Up/Down: a week)"));
    slider_->setPageStep(7);
    slider_->setMinimumWidth(160);
    dateLabel_->setMinimumWidth(90);
    export_->setObjectName(QStringLiteral("exportYard"));
    export_->setToolTip(tr("Save the yard as shown as a PNG picture or an SVG drawing"));
    row->addWidget(siteLabel);
    row->addWidget(sites_);
    row->addSpacing(8);
    row->addWidget(dateLabel);
    row->addWidget(slider_, 1);
    row->addWidget(dateLabel_);
    row->addWidget(export_);
    removeSite_->setObjectName(QStringLiteral("removeSite"));
    removeSite_->setToolTip(
        tr("Take this site out of the project (undo brings it back); girders stored there keep "
           "its name and show as a conflict until they get another site"));
    row->addWidget(removeSite_);
    connect(removeSite_, &QPushButton::clicked, this, &StoragePanel::removeCurrentSite);
    connect(sites_, &QComboBox::currentIndexChanged, this, &StoragePanel::showSite);
    connect(slider_, &QSlider::valueChanged, this, [this](int day) {
        if (first_.isValid()) showDate(first_.addDays(day));
    });
    connect(export_, &QPushButton::clicked, this, &StoragePanel::exportClicked);
    return bar;
}

/// The site's summary, the stays table and the conflicts beside the yard.
QWidget* StoragePanel::createStaysColumn() {
    auto* box = new QWidget(this);
    auto* col = new QVBoxLayout(box);
    col->setContentsMargins(4, 0, 4, 0);
    summary_->setObjectName(QStringLiteral("storageSummary"));
    summary_->setWordWrap(true);
    stays_->setObjectName(QStringLiteral("staysTable"));
    stays_->setColumnCount(kStayColumns);
    stays_->setHorizontalHeaderLabels(
        {tr("Girder"), tr("From"), tr("To"), tr("Days"), tr("Cost (EUR)"), tr("Destination")});
    stays_->horizontalHeaderItem(CFrom)->setToolTip(
        tr("Double-click to enter the stay by hand; it is then marked manual"));
    stays_->verticalHeader()->hide();
    stays_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    stays_->setSelectionBehavior(QAbstractItemView::SelectRows);
    stays_->setSelectionMode(QAbstractItemView::SingleSelection);
    stays_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stays_->horizontalHeader()->setStretchLastSection(true);
    stays_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    reset_->setObjectName(QStringLiteral("resetStay"));
    reset_->setToolTip(tr("Let the plan set the selected girder's stay and place again"));
    conflicts_->setObjectName(QStringLiteral("storageConflicts"));
    conflicts_->setWordWrap(true);
    conflicts_->setTextFormat(Qt::PlainText);
    // The chart and the stays share the column as two tabs: both need its height.
    auto* tabs = new QTabWidget(box);
    tabs->setObjectName(QStringLiteral("storageTabs"));
    // No room for a legend in the narrow column: the chart's tooltip says what its lines are.
    chart_->setToolTip(OccupancyChart::legendHtml());
    tabs->addTab(chart_, tr("&Occupancy"));
    auto* staysPage = new QWidget(tabs);
    auto* staysLayout = new QVBoxLayout(staysPage);
    staysLayout->setContentsMargins(0, 0, 0, 0);
    staysLayout->addWidget(stays_, 1);
    staysLayout->addWidget(reset_, 0, Qt::AlignLeft);
    tabs->addTab(staysPage, tr("Sta&ys"));
    col->addWidget(summary_);
    col->addWidget(tabs, 1);
    col->addWidget(conflicts_);
    connect(stays_, &QTableWidget::cellChanged, this, &StoragePanel::stayEdited);
    connect(reset_, &QPushButton::clicked, this, &StoragePanel::resetStay);
    connect(stays_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> chosen = stays_->selectedItems();
        if (chosen.isEmpty()) return;
        const Uid element =
            stays_->item(chosen.front()->row(), CGirder)->data(Qt::UserRole).toLongLong();
        yard_->select(element);
        Q_EMIT elementSelected(element);
    });
    return box;
}

void StoragePanel::setEditable(bool editable) {
    editable_ = editable;
    yard_->setEditable(editable);
    reset_->setEnabled(editable);
    removeSite_->setEnabled(editable && currentSite() != nullptr);
    stays_->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
}

void StoragePanel::removeCurrentSite() {
    const StorageSite* site = currentSite();
    if (site == nullptr || !editable_) return;
    const QString id = site->id;
    std::vector<StorageSite> sites;
    for (const StorageSite& s : doc_.sites()) {
        if (s.id != id) sites.push_back(s);
    }
    int stored = 0;
    for (const Element& e : doc_.elements()) stored += e.storageSite == id;
    const PushResult r =
        pushCommand(undo_, std::make_unique<CmdSitesSet>(doc_, std::move(sites),
                                                         tr("Remove storage site %1").arg(id)));
    if (!r) {
        Q_EMIT statusMessage(r.error);
        return;
    }
    Q_EMIT statusMessage(
        stored == 0 ? tr("Storage site %1 removed.").arg(id)
                    : tr("Storage site %1 removed; %n girder(s) stored there now have an unknown "
                         "site (Edit > Undo brings it back).",
                         nullptr, stored)
                          .arg(id));
}

void StoragePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) rebuildTimer_->start();
}

const StorageSite* StoragePanel::currentSite() const {
    const int i = sites_->currentIndex();
    if (i < 0 || i >= static_cast<int>(doc_.sites().size())) return nullptr;
    return &doc_.sites()[static_cast<std::size_t>(i)];
}

void StoragePanel::refresh() {
    dirty_ = false;
    plan_ = yard::planStorage(doc_);
    yard::addLayoutConflicts(plan_, doc_.sites());
    const QString before = sites_->currentData().toString();
    {
        const QSignalBlocker block(sites_);
        sites_->clear();
        for (const StorageSite& s : doc_.sites())
            sites_->addItem(s.name.isEmpty() ? s.id : QStringLiteral("%1 – %2").arg(s.id, s.name),
                            s.id);
        const int keep = sites_->findData(before);
        sites_->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    export_->setEnabled(!doc_.sites().empty());
    showSite();
}

void StoragePanel::showSite() {
    const StorageSite* site = currentSite();
    const int index = sites_->currentIndex();
    removeSite_->setEnabled(editable_ && site != nullptr);
    if (site == nullptr) {
        first_ = QDate();
        summary_->setText(
            tr("No storage sites. Import them with File > Import > Storage Sites… "
               "(CSV with WKT outlines, GeoJSON, GeoPackage or Shapefile)."));
        yard_->setScene({});
        chart_->setOccupancy({}, {});
        fillStays();
        return;
    }
    const yard::SiteOccupancy& o = plan_.sites.at(static_cast<std::size_t>(index));
    const QLocale locale;
    summary_->setText(
        o.peakDate.isValid()
            ? tr("%1: %2 m², usable %3 m². Peak %n girder(s) on %4 (%5 m² of girders). "
                 "Storage cost EUR %6.",
                 nullptr, o.peakCount)
                  .arg(site->id, locale.toString(o.outlineAreaM2, 'f', 0),
                       locale.toString(o.usableAreaM2, 'f', 0),
                       locale.toString(o.peakDate, QLocale::ShortFormat),
                       locale.toString(o.peakAreaM2, 'f', 0), locale.toString(o.costEur, 'f', 2))
            : tr("%1: %2 m², usable %3 m². No girder is stored here.")
                  .arg(site->id, locale.toString(o.outlineAreaM2, 'f', 0),
                       locale.toString(o.usableAreaM2, 'f', 0)));
    chart_->setOccupancy(o, plan_.conflicts);
    // The slider spans the site's weeks; it starts on the peak day (or keeps the day shown).
    QDate last;
    if (!o.weeks.empty()) {
        first_ = o.weeks.front().weekStart;
        last = o.weeks.back().weekStart.addDays(6);
    } else {
        first_ = QDate::currentDate();
        last = first_;
    }
    QDate show = date_.isValid() && date_ >= first_ && date_ <= last ? date_ : o.peakDate;
    if (!show.isValid()) show = first_;
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, static_cast<int>(first_.daysTo(last)));
    }
    fillStays();
    date_ = QDate();
    showDate(show);
}

void StoragePanel::showDate(QDate date) {
    if (!first_.isValid() || !date.isValid()) return;
    date_ = std::clamp(date, first_, first_.addDays(slider_->maximum()));
    {
        const QSignalBlocker block(slider_);
        slider_->setValue(static_cast<int>(first_.daysTo(date_)));
    }
    dateLabel_->setText(QLocale().toString(date_, QLocale::ShortFormat));
    chart_->setCurrentDate(date_);
    updateYard();
}

void StoragePanel::updateYard() {
    const StorageSite* site = currentSite();
    YardScene scene;
    if (site != nullptr) {
        if (const std::optional<yard::SiteGeometry> g = yard::siteGeometry(*site)) {
            scene.site = *g;
            scene.valid = true;
        }
        scene.date = date_;
        scene.layout = yard::layoutOn(plan_, *site, date_);
        for (const yard::Stay& s : plan_.stays) {
            if (s.site != site->id || !s.presentOn(date_)) continue;
            scene.ids.insert(s.element, s.elementId);
            scene.manual.insert(s.element, s.place.has_value());
        }
        for (const yard::LayoutProblem& p : yard::layoutProblems(plan_, *site, date_, scene.layout))
            scene.problems.insert(p.element, p.rule);
        QStringList lines;
        if (!scene.layout.unplaced.empty()) {
            QStringList ids;
            for (const Uid uid : scene.layout.unplaced) ids << scene.ids.value(uid);
            lines << tr("Not placed on %1: %2")
                         .arg(QLocale().toString(date_, QLocale::ShortFormat),
                              ids.join(QStringLiteral(", ")));
        }
        if (!scene.problems.isEmpty()) {
            QStringList which;
            for (auto it = scene.problems.cbegin(); it != scene.problems.cend(); ++it)
                which << QStringLiteral("%1 %2").arg(scene.ids.value(it.key()),
                                                     layoutRuleName(it.value()));
            which.sort();
            lines << tr("In red: %1").arg(which.join(QStringLiteral("; ")));
        }
        for (const yard::StorageConflict& c : plan_.conflicts) {
            if (c.site == site->id)
                lines << QStringLiteral("%1: %2 (%3)")
                             .arg(QLocale().toString(c.date, QLocale::ShortFormat), c.reason,
                                  c.elements.join(QStringLiteral(", ")));
        }
        conflicts_->setText(lines.isEmpty() ? tr("No storage conflicts.")
                                            : lines.join(QLatin1Char('\n')));
        conflicts_->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b2182b;"));
    }
    yard_->setScene(std::move(scene));
}

void StoragePanel::fillStays() {
    filling_ = true;
    const StorageSite* site = currentSite();
    stays_->setRowCount(0);
    const QLocale locale;
    for (const yard::Stay& s : plan_.stays) {
        if (site == nullptr || s.site != site->id) continue;
        const int row = stays_->rowCount();
        stays_->insertRow(row);
        auto* id = new QTableWidgetItem(s.elementId);
        id->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(s.element));
        id->setFlags(id->flags() & ~Qt::ItemIsEditable);
        stays_->setItem(row, CGirder, id);
        for (const int c : {CFrom, CTo}) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::EditRole, c == CFrom ? s.from : s.to);
            if (s.manual) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setToolTip(tr("Entered by hand (manual)"));
            }
            stays_->setItem(row, c, item);
        }
        const auto fixed = [&](int c, const QString& text, Qt::Alignment align) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setTextAlignment(align | Qt::AlignVCenter);
            stays_->setItem(row, c, item);
        };
        fixed(CDays, locale.toString(s.days()), Qt::AlignRight);
        fixed(CCost, locale.toString(s.costEur, 'f', 2), Qt::AlignRight);
        fixed(CDestination,
              s.destination
                  ? QStringLiteral("%1 / %2 / %3")
                        .arg(s.destination->structure, s.destination->span, s.destination->slot)
                  : tr("no destination"),
              Qt::AlignLeft);
        if (!s.destination) stays_->item(row, CDestination)->setForeground(QColor(178, 24, 43));
        if (s.manual) {
            stays_->item(row, CGirder)->setText(tr("%1 (manual)").arg(s.elementId));
        }
    }
    filling_ = false;
}

void StoragePanel::stayEdited(int row, int column) {
    if (filling_ || (column != CFrom && column != CTo)) return;
    const Uid element = stays_->item(row, CGirder)->data(Qt::UserRole).toLongLong();
    const Element* e = doc_.elementByUid(element);
    if (e == nullptr) return;
    const QDate from = stays_->item(row, CFrom)->data(Qt::EditRole).toDate();
    const QDate to = stays_->item(row, CTo)->data(Qt::EditRole).toDate();
    if (!editable_ || !from.isValid() || !to.isValid() || to < from) {
        Q_EMIT statusMessage(!editable_ ? tr("The project is read-only; the stay was not changed.")
                                        : tr("A stay ends on or after the day it starts; %1's "
                                             "stay was not changed.")
                                              .arg(e->id));
        rebuildTimer_->start();
        return;
    }
    Element next = *e;
    next.manualStay = ManualStay{from, to};
    const QString text = tr("Stay of %1 entered by hand").arg(e->id);
    const PushResult r =
        pushCommand(undo_, std::make_unique<CmdElementEdit>(doc_, element, next, text));
    Q_EMIT statusMessage(r ? tr("Stay of %1 set by hand to %2 – %3 (undo: Ctrl+Z).")
                                 .arg(e->id, QLocale().toString(from, QLocale::ShortFormat),
                                      QLocale().toString(to, QLocale::ShortFormat))
                           : r.error);
}

void StoragePanel::resetStay() {
    const QList<QTableWidgetItem*> chosen = stays_->selectedItems();
    if (chosen.isEmpty() || !editable_) return;
    const Uid element =
        stays_->item(chosen.front()->row(), CGirder)->data(Qt::UserRole).toLongLong();
    const Element* e = doc_.elementByUid(element);
    if (e == nullptr || (!e->manualStay && !e->yardPlace)) {
        Q_EMIT statusMessage(tr("The plan already sets this girder's stay and place."));
        return;
    }
    Element next = *e;
    next.manualStay.reset();
    next.yardPlace.reset();
    const PushResult r = pushCommand(
        undo_, std::make_unique<CmdElementEdit>(
                   doc_, element, next, tr("Stay and place of %1 back to the plan").arg(e->id)));
    Q_EMIT statusMessage(r ? tr("%1's stay and place follow the plan again.").arg(e->id) : r.error);
}

void StoragePanel::setPlace(Uid element, const std::optional<YardPlace>& place) {
    const Element* e = doc_.elementByUid(element);
    if (e == nullptr) return;
    if (!editable_) {
        Q_EMIT statusMessage(tr("The project is read-only; the girder was not moved."));
        return;
    }
    Element next = *e;
    next.yardPlace = place;
    const QString text =
        place ? tr("Move %1 in the yard").arg(e->id) : tr("Let the layout place %1").arg(e->id);
    const PushResult r =
        pushCommand(undo_, std::make_unique<CmdElementEdit>(doc_, element, next, text));
    const QLocale locale;
    Q_EMIT statusMessage(r ? (place ? tr("%1 put at x %2 m, y %3 m, %4° (undo: Ctrl+Z).")
                                          .arg(e->id, locale.toString(place->x, 'f', 2),
                                               locale.toString(place->y, 'f', 2),
                                               locale.toString(place->angleDeg, 'f', 0))
                                    : tr("%1 is placed by the automatic layout again.").arg(e->id))
                           : r.error);
}

QString StoragePanel::exportYard(const QString& path) const {
    const QSize size(1600, 1100);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Storage yard %1 on %2")
                         .arg(sites_->currentData().toString(), date_.toString(Qt::ISODate)));
        QPainter p(&svg);
        if (!p.isActive()) return tr("%1 cannot be written").arg(path);
        yard_->render(p, QRectF(QPointF(0, 0), size));
        return QString();
    }
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        yard_->render(p, QRectF(QPointF(0, 0), size));
    }
    if (!image.save(path, "PNG")) return tr("%1 cannot be written").arg(path);
    return QString();
}

void StoragePanel::exportClicked() {
    const QString suggested =
        tr("yard-%1-%2.png").arg(sites_->currentData().toString(), date_.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Yard"), suggested, tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    const QString error = exportYard(path);
    Q_EMIT statusMessage(error.isEmpty() ? tr("Yard written to %1.").arg(path) : error);
}

}  // namespace respan::ui
