#include "ui/report/reportdrawing.h"

#include <QFontMetricsF>
#include <QPainter>

#include "core/document/projectdocument.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/spanitem.h"
#include "ui/drawing/viaductscene.h"
#include "ui/report/reportcanvas.h"
#include "ui/report/reportstyle.h"

namespace respan::ui {

ReportDrawing::ReportDrawing(ProjectDocument& doc)
    : doc_(doc), scene_(std::make_unique<ViaductScene>(doc, &checker_)) {
    scene_->flush();
}

ReportDrawing::~ReportDrawing() = default;

double ReportDrawing::unitsPerMetre() {
    return DrawingStyle::kUnitsPerMetre;
}

QRectF ReportDrawing::structureRect(Uid structure) const {
    return scene_->structureRect(structure);
}

QRectF ReportDrawing::spanRect(Uid structure, Uid span) const {
    const SpanItem* label = scene_->spanItem(span);
    if (label == nullptr) return {};
    QRectF r = label->sceneBoundingRect();
    const int s = doc_.structureIndex(structure);
    if (s >= 0) {
        for (const Span& p : doc_.structure(s).spans) {
            if (p.uid != span) continue;
            for (const Slot& k : p.slots) {
                if (const SlotItem* item = scene_->slotItem(k.uid))
                    r = r.united(item->sceneBoundingRect());
            }
        }
    }
    // Half a pier on each side and a little room below the deck, as on the board.
    const double u = DrawingStyle::kUnitsPerMetre;
    return r.adjusted(-0.6 * u, 0.0, 0.6 * u, 0.45 * u);
}

void ReportDrawing::paint(QPainter& painter, const QRectF& target, const QRectF& source) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Labels the picture would cut (a neighbouring span's, the structure's title) are left out.
    scene_->setTextBounds(source);
    scene_->render(&painter, target, source, Qt::KeepAspectRatio);
    scene_->setTextBounds({});
    painter.restore();
}

namespace {
constexpr SlotState kLegend[] = {SlotState::Pinned, SlotState::Proposed, SlotState::Conflict,
                                 SlotState::Empty};
}  // namespace

QStringList ReportDrawing::legendNames() {
    QStringList names;
    for (SlotState s : kLegend) names << DrawingStyle::stateName(s);
    return names;
}

double ReportDrawing::paintLegend(QPainter& painter, const QPointF& topLeft, double fontPoints,
                                  const QStringList& names) {
    const QFont font = ReportStyle::font(ReportStyle::Face::Body, fontPoints);
    const QFontMetricsF fm(font, ReportCanvas::referenceDevice());
    const double h = fm.height();
    painter.save();
    painter.setFont(font);
    double x = topLeft.x();
    for (int i = 0; i < 4; ++i) {
        const SlotState s = kLegend[i];
        const QRectF swatch(x, topLeft.y() + h * 0.15, h * 1.8, h * 0.7);
        QPen pen(DrawingStyle::outline(s), 0.6,
                 s == SlotState::Empty ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.setBrush(DrawingStyle::fill(s));
        painter.drawRect(swatch);
        x += h * 2.2;
        const QString text = names.value(i);
        painter.setPen(ReportStyle::kInk);
        painter.drawText(QPointF(x, topLeft.y() + fm.ascent()), text);
        x += fm.horizontalAdvance(text) + h * 1.4;
    }
    painter.restore();
    return h;
}

}  // namespace respan::ui
