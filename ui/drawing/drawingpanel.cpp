#include "ui/drawing/drawingpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "ui/common/numberformat.h"
#include "ui/drawing/drawinglegend.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"

namespace respan::ui {

DrawingPanel::DrawingPanel(ProjectDocument& doc, QUndoStack* undoStack,
                           const AssignmentChecker* checker, QWidget* parent)
    : QWidget(parent),
      doc_(doc),
      scene_(new ViaductScene(doc, checker, this)),
      view_(new ViaductView(scene_, doc, undoStack, checker, this)),
      chooser_(new QComboBox(this)),
      zoom_(new QLabel(this)) {
    setObjectName(QStringLiteral("DrawingPanel"));
    chooser_->setObjectName(QStringLiteral("structureChooser"));
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooser_->setMinimumContentsLength(24);
    connect(chooser_, &QComboBox::activated, this,
            [this] { showStructure(chooser_->currentData().toLongLong()); });

    auto button = [this](const QString& icon, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setIcon(QIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, view_, slot);
        return b;
    };
    zoom_->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("0000,0 px/m · across ×0,0")));
    zoom_->setAlignment(Qt::AlignCenter);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(new QLabel(tr("Structure:"), this));
    bar->addWidget(chooser_);
    bar->addStretch(1);
    bar->addWidget(button(QStringLiteral(":/respan/icons/zoom-out.svg"), tr("Zoom out (−)"),
                          &ViaductView::zoomOut));
    bar->addWidget(zoom_);
    bar->addWidget(button(QStringLiteral(":/respan/icons/zoom-in.svg"), tr("Zoom in (+)"),
                          &ViaductView::zoomIn));
    bar->addWidget(button(QStringLiteral(":/respan/icons/zoom-fit.svg"), tr("Fit to view"),
                          &ViaductView::fitToView));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(new DrawingLegend(this));

    connect(view_, &ViaductView::zoomChanged, this, &DrawingPanel::updateZoomLabel);
    DocumentNotifier* n = doc_.notifier();
    connect(n, &DocumentNotifier::reset, this, &DrawingPanel::updateChooser);
    connect(n, &DocumentNotifier::structureInserted, this, &DrawingPanel::updateChooser);
    connect(n, &DocumentNotifier::structureRemoved, this, &DrawingPanel::updateChooser);
    connect(n, &DocumentNotifier::structureChanged, this, &DrawingPanel::updateChooser);
    updateChooser();
    updateZoomLabel(view_->pixelsPerMetre());
}

void DrawingPanel::setReadOnly(bool readOnly) {
    view_->setReadOnly(readOnly);
}

void DrawingPanel::updateChooser() {
    const Uid current = scene_->structureFilter();
    const QSignalBlocker block(chooser_);
    chooser_->clear();
    chooser_->addItem(tr("All structures (%1)").arg(doc_.structureCount()), kNoUid);
    for (const Structure& s : doc_.structures()) chooser_->addItem(s.name, s.uid);
    const int index = chooser_->findData(current);
    chooser_->setCurrentIndex(index < 0 ? 0 : index);
}

void DrawingPanel::showStructure(Uid structureUid) {
    scene_->setStructureFilter(structureUid);
    const int index = chooser_->findData(scene_->structureFilter());
    chooser_->setCurrentIndex(index < 0 ? 0 : index);
    view_->fitToView();
}

void DrawingPanel::updateZoomLabel(double pixelsPerMetre) {
    const QString scale =
        tr("%1 px/m").arg(formatNumber(pixelsPerMetre, pixelsPerMetre < 10 ? 1 : 0));
    const double stretch = view_->crossStretch();
    if (stretch > 1.005) {
        zoom_->setText(tr("%1 · across ×%2").arg(scale, formatNumber(stretch, 1)));
        zoom_->setToolTip(tr("Scale along the axis: screen pixels per metre. Zoomed out this "
                             "far, widths across the axis are drawn %1 times larger so that "
                             "every girder's id stays readable; zoom in for a drawing true to "
                             "scale (exports and the report always are).")
                              .arg(formatNumber(stretch, 1)));
    } else {
        zoom_->setText(scale);
        zoom_->setToolTip(tr("Scale: screen pixels per metre (true to scale)"));
    }
}

}  // namespace respan::ui
