#include "ui/certification/certificationpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "core/certification/schedule.h"
#include "core/certification/steprecords.h"
#include "core/commands/cmdelementedit.h"
#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "ui/certification/ganttstyle.h"
#include "ui/certification/ganttview.h"
#include "ui/certification/resourcestrip.h"

namespace respan::ui {

CertificationPanel::CertificationPanel(ProjectDocument& doc, QUndoStack& undo, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      undo_(undo),
      gantt_(new GanttView(doc, this)),
      strip_(new ResourceStrip(*gantt_, this)),
      grouping_(new QComboBox(this)),
      zoom_(new QComboBox(this)),
      summary_(new QLabel(this)),
      late_(new QListWidget(this)),
      rebuildTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("certificationPanel"));
    auto* chart = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(gantt_, 1);
    chartLayout->addWidget(strip_);

    QWidget* lateBox = createSideColumn();

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(chart);
    split->addWidget(lateBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(createToolBar());
    layout->addWidget(split, 1);

    connect(gantt_, &GanttView::elementSelected, this, &CertificationPanel::elementSelected);
    connect(gantt_, &GanttView::stepActivated, this, &CertificationPanel::stepEditRequested);
    connect(gantt_, &GanttView::stepMoved, this, &CertificationPanel::moveStep);
    connect(late_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const Uid element = item->data(Qt::UserRole).toLongLong();
        if (element == kNoUid) return;
        gantt_->selectElement(element);
        Q_EMIT elementSelected(element);
    });
    connect(late_, &QListWidget::itemClicked, late_, &QListWidget::itemActivated);

    // The schedule follows every edit, computed once per burst of changes and only when seen.
    rebuildTimer_->setSingleShot(true);
    rebuildTimer_->setInterval(0);
    connect(rebuildTimer_, &QTimer::timeout, this, &CertificationPanel::refresh);
    const auto changed = [this] {
        dirty_ = true;
        if (isVisible()) rebuildTimer_->start();
    };
    connect(doc_.notifier(), &DocumentNotifier::changed, this, changed);
    connect(doc_.notifier(), &DocumentNotifier::reset, this, changed);
}

/// Group by, zoom, Today and Protocol… above the chart.
QHBoxLayout* CertificationPanel::createToolBar() {
    grouping_->setObjectName(QStringLiteral("ganttGrouping"));
    grouping_->addItem(tr("Receiving structure"));
    grouping_->addItem(tr("Donor structure"));
    zoom_->setObjectName(QStringLiteral("ganttZoom"));
    for (GanttView::Zoom z : {GanttView::Zoom::Weeks, GanttView::Zoom::Months,
                              GanttView::Zoom::Quarters, GanttView::Zoom::Years})
        zoom_->addItem(zoomName(z));
    zoom_->setCurrentIndex(static_cast<int>(gantt_->zoom()));
    auto* groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(grouping_);
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(zoom_);
    auto* today = new QPushButton(tr("&Today"), this);
    auto* protocol = new QPushButton(tr("Pr&otocol…"), this);
    protocol->setObjectName(QStringLiteral("editProtocol"));
    protocol->setToolTip(
        tr("The project's recertification steps: durations, predecessors, "
           "resources and costs"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(groupLabel);
    bar->addWidget(grouping_);
    bar->addSpacing(8);
    bar->addWidget(zoomLabel);
    bar->addWidget(zoom_);
    bar->addWidget(today);
    bar->addWidget(protocol);
    bar->addStretch(1);

    connect(grouping_, &QComboBox::currentIndexChanged, this, [this](int i) {
        gantt_->setGrouping(i == 1 ? GanttView::Grouping::Donor : GanttView::Grouping::Receiving);
    });
    connect(zoom_, &QComboBox::currentIndexChanged, this,
            [this](int i) { gantt_->setZoom(static_cast<GanttView::Zoom>(i)); });
    connect(gantt_, &GanttView::axisChanged, this, [this] {
        zoom_->setCurrentIndex(static_cast<int>(gantt_->zoom()));
        strip_->update();
    });
    connect(today, &QPushButton::clicked, this,
            [this] { gantt_->scrollToDate(QDate::currentDate()); });
    connect(protocol, &QPushButton::clicked, this, &CertificationPanel::protocolEditRequested);
    return bar;
}

/// The column beside the chart: the summary, the bars' legend and the late girders.
QWidget* CertificationPanel::createSideColumn() {
    summary_->setObjectName(QStringLiteral("certificationSummary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);

    auto* lateBox = new QWidget(this);
    auto* lateLayout = new QVBoxLayout(lateBox);
    lateLayout->setContentsMargins(0, 0, 0, 0);
    auto* lateTitle = new QLabel(tr("&Late girders"), this);
    lateTitle->setBuddy(late_);
    late_->setObjectName(QStringLiteral("lateGirders"));
    late_->setWordWrap(true);
    // The summary heads the column beside the chart, where it has room to wrap.
    lateLayout->addWidget(summary_);
    // The bars' colours (the Gantt's legend).
    QStringList legend;
    for (int i = 0; i < kStepStatusCount; ++i) {
        const auto st = static_cast<StepStatus>(i);
        legend << QStringLiteral(
                      "<span style=\"background-color:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;"
                      "</span>&nbsp;%2")
                      .arg(GanttStyle::fill(st).name(), stepStatusName(st).toHtmlEscaped());
    }
    auto* legendLabel = new QLabel(legend.join(QStringLiteral("&nbsp;&nbsp; ")), this);
    legendLabel->setObjectName(QStringLiteral("ganttLegend"));
    legendLabel->setTextFormat(Qt::RichText);
    legendLabel->setWordWrap(true);
    lateLayout->addWidget(legendLabel);
    lateLayout->addWidget(lateTitle);
    lateLayout->addWidget(late_, 1);
    lateBox->setMinimumWidth(200);

    return lateBox;
}

void CertificationPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) rebuildTimer_->start();
}

void CertificationPanel::setEditable(bool editable) {
    editable_ = editable;
    gantt_->setEditable(editable);
}

void CertificationPanel::refresh() {
    dirty_ = false;
    gantt_->rebuild();
    strip_->refresh();
    updateLateList();
}

void CertificationPanel::updateLateList() {
    const auto& s = gantt_->schedule();
    late_->clear();
    const QLocale locale;
    std::optional<QDate> lastReady;
    int lateCount = 0;
    for (const auto& g : s.girders) {
        if (g.readyDate && (!lastReady || *g.readyDate > *lastReady)) lastReady = g.readyDate;
        if (!g.late()) continue;
        ++lateCount;
        QString text;
        if (g.lateDays > 0) {
            text = tr("%1: %n day(s) late (ready %2, needed by %3)", nullptr, g.lateDays)
                       .arg(g.id, locale.toString(*g.readyDate, QLocale::ShortFormat),
                            locale.toString(*g.deadline, QLocale::ShortFormat));
        } else {
            text = tr("%1: a step on the girder in its structure ends after the harvest date")
                       .arg(g.id);
        }
        auto* item = new QListWidgetItem(text, late_);
        item->setToolTip(text);
        item->setData(Qt::UserRole, static_cast<qlonglong>(g.element));
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (lateCount == 0) {
        auto* item = new QListWidgetItem(
            s.girders.empty() ? tr("Nothing to recertify.") : tr("No girder is late."), late_);
        item->setData(Qt::UserRole, static_cast<qlonglong>(kNoUid));
        item->setFlags(Qt::NoItemFlags);
    }
    QString text =
        tr("%n girder(s) to recertify, %1 late", nullptr, static_cast<int>(s.girders.size()))
            .arg(lateCount);
    if (lastReady)
        text += tr("; all ready by %1").arg(locale.toString(*lastReady, QLocale::ShortFormat));
    if (!doc_.settings().planCertification)
        text += tr(" (the plan does not wait for it: plan certification is off)");
    // Steps not begun whose planned start has passed: the schedule plans from plan_start
    // (section 4.3), which may lie in the past; the planner is told how to plan from today.
    const QDate today = QDate::currentDate();
    int overdue = 0;
    for (const auto& g : s.girders) {
        for (const auto& st : g.steps) {
            if (!st.actual && !st.done && st.start < today) ++overdue;
        }
    }
    QString tip;
    if (overdue > 0) {
        // Short where space is short; the explanation in the tooltip.
        text +=
            QLatin1Char('\n') + tr("%n step(s) planned before today not started", nullptr, overdue);
        tip = tr("The schedule plans from the plan start (%1), as the contract says; steps not "
                 "begun are planned from there even when that is past. Set the plan start to "
                 "today in Plan > Project Settings to plan them from now.")
                  .arg(locale.toString(certification::planStart(doc_.settings()),
                                       QLocale::ShortFormat));
    }
    summary_->setToolTip(tip);
    summary_->setText(text);
}

void CertificationPanel::moveStep(Uid element, int step, QDate start) {
    const Element* e = doc_.elementByUid(element);
    const auto& protocol = doc_.protocol();
    if (e == nullptr || step < 0 || step >= static_cast<int>(protocol.size())) return;
    if (!editable_) {
        Q_EMIT statusMessage(tr("The project is read-only; the step was not moved."));
        return;
    }
    const ProtocolStep& s = protocol[static_cast<std::size_t>(step)];
    StepRecord record;
    if (const StepRecord* old = e->stepRecord(s.id)) record = *old;
    record.step = s.id;
    record.plannedStart = start;
    const Element next = certification::withStepRecord(*e, protocol, record, QString(),
                                                       QDateTime::currentDateTimeUtc(), QString());
    const QString text = tr("Move %1 of %2 to %3")
                             .arg(s.name, e->id, QLocale().toString(start, QLocale::ShortFormat));
    const PushResult r =
        pushCommand(undo_, std::make_unique<CmdElementEdit>(doc_, element, next, text));
    Q_EMIT statusMessage(
        r ? tr("%1 of %2 moved to %3 (undo: Ctrl+Z).")
                .arg(s.name, e->id, QLocale().toString(start, QLocale::ShortFormat))
          : r.error);
}

}  // namespace respan::ui
