#include "ui/drawing/viaductscene.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/loads/loadmodel.h"
#include "core/matching/judging/plancheck.h"
#include "ui/common/numberformat.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/slotitem.h"
#include "ui/drawing/spanitem.h"
#include "ui/drawing/structureitem.h"
#include "ui/drawing/viaductlayout.h"

namespace respan::ui {

namespace {
constexpr double kColumnGapM = 5.0;
constexpr double kRowGapM = 2.0;
}  // namespace

ViaductScene::ViaductScene(ProjectDocument& doc, const AssignmentChecker* checker, QObject* parent)
    : QGraphicsScene(parent), doc_(doc), checker_(checker), timer_(new QTimer(this)) {
    setBackgroundBrush(DrawingStyle::kBackground);
    // Items are replaced wholesale on rebuild; a BSP index would only cost time.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    timer_->setSingleShot(true);
    timer_->setInterval(0);
    connect(timer_, &QTimer::timeout, this, &ViaductScene::rebuild);
    DocumentNotifier* n = doc_.notifier();
    const auto schedule = [this] { scheduleRebuild(); };
    connect(n, &DocumentNotifier::reset, this, schedule);
    connect(n, &DocumentNotifier::structureInserted, this, schedule);
    connect(n, &DocumentNotifier::structureRemoved, this, schedule);
    connect(n, &DocumentNotifier::structureChanged, this, schedule);
    connect(n, &DocumentNotifier::spanInserted, this, schedule);
    connect(n, &DocumentNotifier::spanRemoved, this, schedule);
    connect(n, &DocumentNotifier::spanChanged, this, schedule);
    connect(n, &DocumentNotifier::slotInserted, this, schedule);
    connect(n, &DocumentNotifier::slotRemoved, this, schedule);
    connect(n, &DocumentNotifier::slotChanged, this, schedule);
    connect(n, &DocumentNotifier::assignmentsChanged, this, schedule);
    connect(n, &DocumentNotifier::settingsChanged, this, schedule);
    connect(n, &DocumentNotifier::elementChanged, this, [this](int row) {
        if (doc_.assignmentForElement(doc_.element(row).uid)) scheduleRebuild();
    });
    rebuild();
}

void ViaductScene::setStructureFilter(Uid structureUid) {
    if (filter_ == structureUid) return;
    filter_ = structureUid;
    rebuild();
}

namespace {
/// Where the rows of structures break: `origin.x() + width > rowWidth` starts a new row.
QSizeF arrangedSize(const std::vector<StructureGeometry>& blocks, double rowWidth) {
    const double u = DrawingStyle::kUnitsPerMetre;
    double x = 0, y = 0, rowHeight = 0, width = 0;
    for (const StructureGeometry& g : blocks) {
        if (x > 0 && x + g.bounds.width() > rowWidth) {
            y += rowHeight + kRowGapM * u;
            x = 0;
            rowHeight = 0;
        }
        width = std::max(width, x + g.bounds.width());
        rowHeight = std::max(rowHeight, g.bounds.height());
        x += g.bounds.width() + kColumnGapM * u;
    }
    // The scene rectangle adds a metre all round.
    return {width + 2 * u, y + rowHeight + 2 * u};
}

/// The row width at which the view draws the structures largest in `window`: tried for every
/// number of rows from one to one per structure.
double chooseRowWidth(const std::vector<StructureGeometry>& blocks, const QSizeF& window) {
    const double u = DrawingStyle::kUnitsPerMetre;
    double total = 0;
    double widest = 0;
    for (const StructureGeometry& g : blocks) {
        total += g.bounds.width() + kColumnGapM * u;
        widest = std::max(widest, g.bounds.width());
    }
    double best = total;
    double bestScale = -1.0;
    for (std::size_t rows = 1; rows <= std::max<std::size_t>(1, blocks.size()); ++rows) {
        const double rowWidth = std::max(widest, total / static_cast<double>(rows));
        const double scale = DrawingStyle::fitScale(arrangedSize(blocks, rowWidth), window);
        if (scale > bestScale * (1.0 + 1e-9)) {
            bestScale = scale;
            best = rowWidth;
        }
    }
    return best;
}
}  // namespace

QRectF ViaductScene::textBoundsOf(const QGraphicsItem& item) {
    const auto* s = qobject_cast<const ViaductScene*>(item.scene());
    if (s == nullptr || s->textBounds_.isNull()) return {};
    return item.mapRectFromScene(s->textBounds_);
}

void ViaductScene::setWindow(const QSizeF& window) {
    if (window.isEmpty() || window == window_) return;
    window_ = window;
    if (filter_ == kNoUid) scheduleRebuild();
}

void ViaductScene::scheduleRebuild() {
    timer_->start();
}

void ViaductScene::flush() {
    if (timer_->isActive()) {
        timer_->stop();
        rebuild();
    }
}

QList<Uid> ViaductScene::selectedSlots() const {
    QList<Uid> out;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == SlotItem::Type)
            out.push_back(static_cast<SlotItem*>(item)->content().slotUid);
    }
    return out;
}

void ViaductScene::selectSlots(const QList<Uid>& slotUids) {
    clearSelection();
    for (Uid uid : slotUids) {
        if (SlotItem* item = slots_.value(uid)) item->setSelected(true);
    }
}

void ViaductScene::rebuild() {
    timer_->stop();
    const QList<Uid> selected = selectedSlots();
    clear();
    slots_.clear();
    spans_.clear();
    structureRects_.clear();
    if (filter_ != kNoUid && doc_.structureIndex(filter_) < 0) filter_ = kNoUid;

    std::vector<StructureGeometry> blocks;
    for (int s = 0; s < doc_.structureCount(); ++s) {
        if (filter_ == kNoUid || doc_.structure(s).uid == filter_)
            blocks.push_back(layoutStructure(doc_, s));
    }
    const double u = DrawingStyle::kUnitsPerMetre;
    const double rowWidth = chooseRowWidth(blocks, window_);
    QPointF origin(0, 0);
    double rowHeight = 0;
    for (const StructureGeometry& g : blocks) {
        if (origin.x() > 0 && origin.x() + g.bounds.width() > rowWidth) {
            origin = QPointF(0, origin.y() + rowHeight + kRowGapM * u);
            rowHeight = 0;
        }
        const int index = doc_.structureIndex(g.structureUid);
        const Structure& st = doc_.structure(index);
        StructureItem::Geometry sg;
        sg.title = st.name;
        sg.titleRect = g.title;
        sg.titleFontSize = g.titleFontSize;
        sg.axisY = g.axisY;
        sg.left = g.spans.empty() ? 0 : g.spans.front().deck.left();
        sg.right = g.spans.empty() ? 0 : g.spans.back().deck.right();
        for (const auto& p : g.spans) sg.spanDecks.push_back(p.deck);
        auto* structureItem = new StructureItem(sg);
        structureItem->setPos(origin);
        addItem(structureItem);

        for (std::size_t i = 0; i < g.spans.size(); ++i) {
            const auto& box = g.spans[i];
            const Span& span = st.spans[i];
            int filled = 0;
            for (const Slot& k : span.slots) {
                if (doc_.assignmentForSlot(k.uid)) ++filled;
            }
            const QString length =
                formatQuantity(span.requiredLength.value(), 2, QStringLiteral("m"));
            const QString count = QStringLiteral("%1/%2").arg(filled).arg(span.slots.size());
            // Longest first; the drawing shows the longest that fits the span's width.
            const QStringList labels{
                tr("Span %1 · L = %2 · %3 · %4/%5 filled")
                    .arg(span.name, length, formatDate(span.installDate))
                    .arg(filled)
                    .arg(span.slots.size()),
                tr("Span %1 · %2 · %3").arg(span.name, length, count),
                tr("Span %1 · %2").arg(span.name, length),
                tr("Span %1").arg(span.name),
                span.name,
            };
            auto* spanItem = new SpanItem(box.label, span.uid, labels, g.labelFontSize);
            spanItem->setPos(origin);
            addItem(spanItem);
            spans_.insert(span.uid, spanItem);

            const std::vector<loads::SlotDemand> spanDemand =
                loads::spanDemands(st.deck, span, loads::LoadFactors::from(doc_.settings()));
            for (std::size_t k = 0; k < box.slots.size(); ++k) {
                const Slot& slot = span.slots[k];
                const loads::SlotDemand& demand = spanDemand[k];
                SlotItem::Content c;
                c.slotUid = slot.uid;
                c.spanUid = span.uid;
                c.slotName = slot.name;
                const matching::CheckedAssignment* checked =
                    checker_ != nullptr ? checker_->checkedAssignment(doc_, slot.uid) : nullptr;
                const auto a = doc_.assignmentForSlot(slot.uid);
                const Element* e = a ? doc_.elementByUid(a->elementUid) : nullptr;
                QString demands =
                    tr("MEd %1 · VEd %2")
                        .arg(formatQuantity(demand.momentKnm, 0, QStringLiteral("kNm")),
                             formatQuantity(demand.shearKn, 0, QStringLiteral("kN")));
                if (demand.momentEstimated || demand.shearEstimated) {
                    demands +=
                        QLatin1Char(' ') + tr("(estimated, %1, without the girder's own weight)")
                                               .arg(loads::loadModelKey(demand.model));
                }
                QString tip;
                if (e != nullptr) {
                    c.elementUid = e->uid;
                    c.elementId = e->id;
                    c.state = a->pinned ? SlotState::Pinned : SlotState::Proposed;
                    tip = tr("Slot %1 of span %2: %3\n%4 (%5): %6, %7 × %8 mm")
                              .arg(slot.name, span.name, demands, e->id,
                                   a->pinned ? tr("pinned") : tr("proposed"),
                                   formatQuantity(e->length.value(), 2, QStringLiteral("m")),
                                   formatNumber(e->height.value(), 0),
                                   formatNumber(e->width.value(), 0));
                    if (checked != nullptr) {
                        const matching::PairCheck& f = checked->check;
                        c.figures = tr("cut %1 · u %2")
                                        .arg(formatQuantity(f.cutM, 2, QStringLiteral("m")),
                                             formatNumber(f.utilisation, 2));
                        tip +=
                            QLatin1Char('\n') +
                            tr("cut %1, utilisation %2, saves %3 kg CO2e")
                                .arg(formatQuantity(f.cutM, 2, QStringLiteral("m")),
                                     formatNumber(f.utilisation, 2), formatNumber(f.savingKg, 0));
                        if (checked->conflict()) {
                            c.state = SlotState::Conflict;
                            c.figures = tr("breaks %1 · %2")
                                            .arg(matching::ruleKey(checked->rule), c.figures);
                            tip += QLatin1Char('\n') + tr("Conflict: %1").arg(checked->detail);
                        }
                    }
                } else {
                    c.figures = demands;
                    tip = tr("Slot %1 of span %2 (empty): %3").arg(slot.name, span.name, demands);
                }
                auto* item = new SlotItem(box.slots[k].rect, std::move(c), box.slotFontSize);
                item->setPos(origin);
                item->setToolTip(tip);
                addItem(item);
                slots_.insert(slot.uid, item);
            }
        }
        structureRects_.insert(g.structureUid, g.bounds.translated(origin));
        origin.rx() += g.bounds.width() + kColumnGapM * u;
        rowHeight = std::max(rowHeight, g.bounds.height());
    }
    QRectF all = itemsBoundingRect();
    setSceneRect(all.adjusted(-u, -u, u, u));
    selectSlots(selected);
    if (!dragElements_.isEmpty()) beginDragFeedback(dragElements_);
    Q_EMIT rebuilt();
}

void ViaductScene::beginDragFeedback(const QList<Uid>& elements) {
    dragElements_ = elements;
    hoverSlot_ = kNoUid;
    hoverSpan_ = kNoUid;
    if (elements.isEmpty() || checker_ == nullptr) return;
    for (SlotItem* item : std::as_const(slots_)) {
        const bool ok =
            checker_->check(doc_, elements.front(), item->content().slotUid, {}).admissible;
        item->setDragMark(ok ? SlotItem::DragMark::Admissible : SlotItem::DragMark::Inadmissible);
    }
}

void ViaductScene::setHover(Uid slotUid, Uid spanUid, bool admissible) {
    if (SlotItem* old = slots_.value(hoverSlot_); old != nullptr && hoverSlot_ != slotUid) {
        const bool ok = checker_ != nullptr && !dragElements_.isEmpty() &&
                        checker_->check(doc_, dragElements_.front(), hoverSlot_, {}).admissible;
        old->setDragMark(ok ? SlotItem::DragMark::Admissible : SlotItem::DragMark::Inadmissible);
    }
    if (SpanItem* old = spans_.value(hoverSpan_); old != nullptr && hoverSpan_ != spanUid)
        old->setDropHighlight(0);
    hoverSlot_ = slotUid;
    hoverSpan_ = spanUid;
    if (SlotItem* item = slots_.value(slotUid))
        item->setDragMark(admissible ? SlotItem::DragMark::HoverAdmissible
                                     : SlotItem::DragMark::HoverRefused);
    if (SpanItem* item = spans_.value(spanUid)) item->setDropHighlight(admissible ? 1 : -1);
}

void ViaductScene::endDragFeedback() {
    dragElements_.clear();
    for (SlotItem* item : std::as_const(slots_)) item->setDragMark(SlotItem::DragMark::None);
    for (SpanItem* item : std::as_const(spans_)) item->setDropHighlight(0);
    hoverSlot_ = kNoUid;
    hoverSpan_ = kNoUid;
}

}  // namespace respan::ui
