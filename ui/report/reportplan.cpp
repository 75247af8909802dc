// The body of the matching report: the plan per structure and span, what is left unfilled or
// unused and why, and the charts.
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "core/matching/rules.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportdrawing.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"
#include "ui/report/reporttable.h"

namespace respan::ui::ReportSections {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;
using report::SlotState;

/// Paper scale of the span drawings: 1:200, at which the girder ids in the slots are about
/// 6.5 pt high. Spans too long for the page at that scale are drawn smaller.
constexpr double kSpanScale = 200.0;
/// Below this scale (1:235) the drawing's slot labels are smaller than the 5.5 pt at which the
/// planning board stops drawing them.
constexpr double kReadableScale = 235.0;
constexpr double kPointsPerMm = 72.0 / 25.4;

ui::SlotState boardState(SlotState s) {
    switch (s) {
        case SlotState::Pinned:
            return ui::SlotState::Pinned;
        case SlotState::Proposed:
            return ui::SlotState::Proposed;
        case SlotState::Conflict:
            return ui::SlotState::Conflict;
        case SlotState::Empty:
            break;
    }
    return ui::SlotState::Empty;
}

/// Points per scene unit for a paper scale 1:`denominator`.
double pointsPerUnit(double denominator) {
    return 1000.0 / denominator * kPointsPerMm / ReportDrawing::unitsPerMetre();
}

/// A drawing of `source` at `scale` points per scene unit, with a caption line under it.
void placeDrawing(ReportCanvas& canvas, const ReportDrawing& drawing, const QRectF& source,
                  double scale, const QString& caption, bool legend) {
    const QSizeF size = source.size() * scale;
    const QFont font = S::font(S::Face::Body, S::kSmall);
    const double captionHeight = ReportCanvas::lineHeight(font) + 4.0;
    const double ascent = QFontMetricsF(font, ReportCanvas::referenceDevice()).ascent();
    const double captionWidth = ReportCanvas::textWidth(caption, font);
    const ReportDrawing* d = &drawing;
    const QStringList names = ReportDrawing::legendNames();
    canvas.place(size.height() + captionHeight + 6.0, [=](QPainter& p, const QRectF& r) {
        const QRectF target(r.left(), r.top(), size.width(), size.height());
        d->paint(p, target, source);
        p.setPen(QPen(S::kRule, 0.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(target);
        const double y = target.bottom() + 3.0;
        if (legend) ReportDrawing::paintLegend(p, QPointF(r.left(), y), S::kSmall, names);
        p.setFont(font);
        p.setPen(S::kMuted);
        p.drawText(QPointF(r.right() - captionWidth, y + ascent), caption);
    });
}

/// The table of a span with the notes on its conflicts (laid out by the caller).
struct SpanTable {
    ReportTable table;
    QStringList notes;
};

SpanTable spanTable(const ReportContext& ctx, const report::StructureReport& st,
                    const report::SpanReport& sp) {
    const ReportNumbers& n = ctx.numbers;
    ReportTable t(Tr::tr("%1, span %2").arg(st.name, sp.name),
                  // The slot's swatch says pinned, proposed, breaking a rule or empty, in the
                  // board's colours (legend under the drawing).
                  {{Tr::tr("Slot"), 30.0, false},
                   {Tr::tr("Element"), 40.0, false},
                   {Tr::tr("Donor structure"), S::kContentWidth - 288.0, false},
                   {Tr::tr("Length\n(m)"), 28.0, true},
                   {Tr::tr("Cut\n(m)"), 24.0, true},
                   {Tr::tr("u bending\nMEd/MRd"), 38.0, true},
                   {Tr::tr("u shear\nVEd/VRd"), 34.0, true},
                   {Tr::tr("Distance\n(km)"), 36.0, true},
                   {Tr::tr("Saving\n(kg CO2e)"), 38.0, true}});
    QStringList notes;
    for (const report::SlotRow& row : sp.rows) {
        const ui::SlotState board = boardState(row.state);
        ReportTable::Row r;
        ReportTable::Cell slot{
            row.slot, {}, DrawingStyle::fill(board), DrawingStyle::outline(board), true};
        if (row.state == SlotState::Empty) {
            r.cells = {slot,
                       {QStringLiteral("—"), S::kMuted},
                       {Tr::tr("empty: see Unfilled slots"), S::kMuted},
                       {},
                       {},
                       {},
                       {},
                       {},
                       {}};
        } else {
            const bool conflict = row.state == SlotState::Conflict;
            const QColor color = conflict ? S::kRed : QColor();
            // The position in the donor is in the spreadsheet; here it would make rows of three.
            const QString& donor = row.donor;
            const QString saving = n.number(row.savingKg, 0);
            r.cells = {slot,
                       {conflict ? row.element + QStringLiteral("\u00a0(") +
                                       matching::ruleKey(row.conflictRule) + QLatin1Char(')')
                                 : row.element,
                        color,
                        {},
                        {},
                        true},
                       {donor},
                       {n.number(row.elementLengthM, 2)},
                       {n.number(row.cutM, 2), color},
                       {n.number(row.bendingUtilisation, 2), color},
                       {n.number(row.shearUtilisation, 2), color},
                       {n.number(row.distanceKm, 1)},
                       {conflict ? QStringLiteral("(") + saving + QStringLiteral(")") : saving,
                        conflict ? S::kMuted : QColor()}};
            if (conflict) {
                notes << Tr::tr("%1: %2 (%3) breaks a rule and is not counted: %4")
                             .arg(row.slot, row.element,
                                  row.pinned ? Tr::tr("pinned") : Tr::tr("proposed"),
                                  row.conflictDetail);
            }
        }
        t.addRow(std::move(r));
    }
    ReportTable::Row total;
    total.background = S::kHeaderFill;
    total.keepWithPrevious = true;
    total.cells = {
        {Tr::tr("Span"), {}, {}, {}, true},
        {},
        {Tr::tr("%1 of %2 slots filled").arg(sp.filled).arg(sp.rows.size()), {}, {}, {}, true},
        {},
        {n.number(sp.cutOffM, 2), {}, {}, {}, true},
        {},
        {},
        {},
        {n.number(sp.savingKg, 0), {}, {}, {}, true}};
    t.addRow(std::move(total));
    return {std::move(t), notes};
}

void placeNotes(ReportCanvas& canvas, const QStringList& notes) {
    const QFont small = S::font(S::Face::Body, S::kSmall);
    for (const QString& note : notes) canvas.paragraph(note, small, S::kRed, 2.0);
    if (!notes.isEmpty()) canvas.space(6.0);
}

QString scaleText(const ReportNumbers& n, double pointsPerUnit) {
    const double denominator =
        1000.0 / (pointsPerUnit * ReportDrawing::unitsPerMetre() / kPointsPerMm);
    return Tr::tr("Plan view, 1:%1").arg(n.integer(std::lround(denominator)));
}

}  // namespace

void structures(ReportCanvas& canvas, const ReportContext& ctx) {
    const ReportNumbers& n = ctx.numbers;
    const QFont body = S::font(S::Face::Body, S::kBody);
    const QFont facts = S::font(S::Face::Body, 8.5);
    canvas.heading(1, Tr::tr("Plan by structure"));
    canvas.paragraph(
        Tr::tr("Each receiving structure with the drawing of the planning board (plan view, true "
               "to scale; the colours are those of the board) and, per span, the girder in each "
               "slot: where it comes from, its length and the piece cut off, its utilisation in "
               "bending and in shear, its transport distance and its net CO2e saving."),
        body, S::kInk, 4.0);
    if (ctx.data.structures.empty()) {
        canvas.paragraph(Tr::tr("The project has no receiving structures."), body, S::kMuted);
        return;
    }
    const double spanScale = pointsPerUnit(kSpanScale);
    const double readable = pointsPerUnit(kReadableScale);
    const QFont h3 = S::font(S::Face::Bold, S::kH3);
    for (const report::StructureReport& st : ctx.data.structures) {
        QString line = Tr::tr("Site %1° N, %2° E · %n span(s) · %3 of %4 slots filled", nullptr,
                              static_cast<int>(st.spans.size()))
                           .arg(n.number(st.site.latitude, 4), n.number(st.site.longitude, 4))
                           .arg(st.filled)
                           .arg(st.slots);
        line += QStringLiteral(" · ") +
                Tr::tr("net saving %1")
                    .arg(n.quantity(st.savingKg / 1000.0, 1, QStringLiteral("t CO2e")));
        if (ctx.data.optimum) {
            line += QStringLiteral(" ") +
                    Tr::tr("(optimiser's plan: %1)")
                        .arg(n.quantity(st.optimumSavingKg / 1000.0, 1, QStringLiteral("t CO2e")));
        }
        // The whole structure without its title (the heading says it), at 1:200 or as large as
        // the page allows. When its girder ids would be too small to read, each span is drawn
        // again at 1:200 above its table.
        QRectF whole = ctx.drawing.structureRect(st.uid);
        QRectF spans;
        for (const report::SpanReport& sp : st.spans) spans |= ctx.drawing.spanRect(st.uid, sp.uid);
        if (!spans.isEmpty()) whole.setTop(spans.top());
        double scale = 0.0;
        double overviewHeight = 0.0;
        if (!whole.isEmpty()) {
            scale = std::min({spanScale, S::kContentWidth / whole.width(), 260.0 / whole.height()});
            overviewHeight = whole.height() * scale + 24.0;
        }
        const bool perSpan = scale > 0.0 && scale < readable;
        canvas.heading(2, st.name, overviewHeight + 40.0);
        canvas.paragraph(line, facts, S::kMuted, 6.0);
        if (scale > 0.0) placeDrawing(canvas, ctx.drawing, whole, scale, scaleText(n, scale), true);
        for (const report::SpanReport& sp : st.spans) {
            QString title =
                Tr::tr("Span %1 · L = %2 · installation %3")
                    .arg(sp.name, n.quantity(sp.requiredLengthM, 2, QStringLiteral("m")),
                         sp.installDate.toString(Qt::ISODate));
            if (sp.heightMm > 0.0) {
                title += QStringLiteral(" · ") +
                         Tr::tr("section %1")
                             .arg(matching::sectionText(Millimetres(sp.heightMm),
                                                        Millimetres(sp.widthMm), n.locale()));
            }
            const QRectF source = perSpan ? ctx.drawing.spanRect(st.uid, sp.uid) : QRectF();
            double stripScale = spanScale;
            double stripHeight = 0.0;
            if (!source.isEmpty()) {
                stripScale = std::min(spanScale, S::kContentWidth / source.width());
                stripHeight = source.height() * stripScale + 24.0;
            }
            SpanTable table = spanTable(ctx, st, sp);
            // The span's heading, drawing and table on one page when they fit on one.
            const double block =
                ReportCanvas::lineHeight(h3) + 12.0 + stripHeight + table.table.height();
            // Otherwise a span that does not fit below starts on a new page, so that its table
            // breaks once at most and not after its first rows.
            canvas.ensure(std::min(block, canvas.bottom() - canvas.top() - 1.0));
            canvas.heading(3, title, stripHeight + 60.0);
            if (!source.isEmpty()) {
                placeDrawing(canvas, ctx.drawing, source, stripScale, scaleText(n, stripScale),
                             false);
            }
            table.table.layout(canvas);
            placeNotes(canvas, table.notes);
        }
    }
}

void unfilled(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::PlanReport& d = ctx.data;
    const ReportNumbers& n = ctx.numbers;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(1, Tr::tr("Unfilled slots and unused girders"));
    canvas.heading(2, Tr::tr("Unfilled slots"), 60.0);
    if (d.plan.unfilledSlots.empty()) {
        canvas.paragraph(Tr::tr("Every slot holds a girder that keeps every rule."), body, S::kInk);
    } else {
        canvas.paragraph(
            Tr::tr("%n slot(s) hold no girder that keeps every rule. For each, the closest "
                   "candidates and why each is not there, in the matching engine's words "
                   "(closest first).",
                   nullptr, static_cast<int>(d.plan.unfilledSlots.size())),
            body, S::kInk, 6.0);
        ReportTable t(Tr::tr("Unfilled slots"),
                      {{Tr::tr("Slot"), 128.0, false},
                       {Tr::tr("Candidate"), 52.0, false},
                       {Tr::tr("Rule"), 40.0, false},
                       {Tr::tr("Why it is not there"), S::kContentWidth - 220.0, false}});
        int group = 0;
        for (const matching::UnfilledSlot& u : d.plan.unfilledSlots) {
            const QString path = u.where.path();
            if (u.reasons.empty()) {
                ReportTable::Row r;
                r.group = group;
                r.cells = {{path, {}, {}, {}, true},
                           {QStringLiteral("—")},
                           {},
                           {Tr::tr("no girders in the project")}};
                t.addRow(std::move(r));
            }
            bool first = true;
            for (const matching::SlotReason& reason : u.reasons) {
                ReportTable::Row r;
                r.group = group;
                r.groupLabel = path;
                r.cells = {{first ? path : QString(), {}, {}, {}, true},
                           {reason.element},
                           {reason.key().startsWith(QLatin1Char('R')) ? reason.key()
                                                                      : QStringLiteral("—")},
                           {reason.detail}};
                t.addRow(std::move(r));
                first = false;
            }
            ++group;
        }
        t.layout(canvas);
    }

    canvas.heading(2, Tr::tr("Unused girders"), 60.0);
    if (d.plan.unusedElements.empty()) {
        canvas.paragraph(Tr::tr("Every girder of the inventory is used."), body, S::kInk);
    } else {
        canvas.paragraph(Tr::tr("%n girder(s) of the inventory are not used by this plan, and why.",
                                nullptr, static_cast<int>(d.plan.unusedElements.size())),
                         body, S::kInk, 6.0);
        QHash<Uid, const Element*> elements;
        for (const Element& e : d.input.match.elements) elements.insert(e.uid, &e);
        ReportTable t(Tr::tr("Unused girders"),
                      {{Tr::tr("Element"), 52.0, false},
                       {Tr::tr("Donor structure"), 104.0, false},
                       {Tr::tr("Length (m)"), 38.0, true},
                       {Tr::tr("Section (mm)"), 52.0, true},
                       {Tr::tr("Why it is not used"), S::kContentWidth - 246.0, false}});
        for (const matching::UnusedElement& u : d.plan.unusedElements) {
            const Element* e = elements.value(u.elementUid, nullptr);
            ReportTable::Row r;
            r.cells = {{u.element, {}, {}, {}, true},
                       {e != nullptr ? e->donorStructure : QString()},
                       {e != nullptr ? n.number(e->length.value(), 2) : QString()},
                       {e != nullptr ? n.integer(std::lround(e->height.value())) +
                                           QStringLiteral("\u00a0×\u00a0") +
                                           n.integer(std::lround(e->width.value()))
                                     : QString()},
                       {u.reason}};
            t.addRow(std::move(r));
        }
        t.layout(canvas);
    }

    if (!d.plan.conflicts.empty()) {
        canvas.heading(2, Tr::tr("Placements that break a rule"), 60.0);
        canvas.paragraph(
            Tr::tr("These placements are stored in the project but break a rule with the "
                   "present data or settings; they are not counted in any figure of this "
                   "report. Change them on the planning board or let the optimiser replace "
                   "them."),
            body, S::kInk, 6.0);
        ReportTable t(Tr::tr("Placements that break a rule"),
                      {{Tr::tr("Slot"), 128.0, false},
                       {Tr::tr("Element"), 52.0, false},
                       {Tr::tr("Placement"), 48.0, false},
                       {Tr::tr("Rule broken"), S::kContentWidth - 228.0, false}});
        for (const matching::PlanConflict& c : d.plan.conflicts) {
            ReportTable::Row r;
            r.cells = {{c.where.path(), {}, {}, {}, true},
                       {c.element, S::kRed},
                       {c.pinned ? Tr::tr("pinned") : Tr::tr("proposed")},
                       {c.detail}};
            t.addRow(std::move(r));
        }
        t.layout(canvas);
    }
}

void charts(ReportCanvas& canvas, const ReportContext& ctx) {
    const QFont small = S::font(S::Face::Body, 8.0);
    canvas.heading(1, Tr::tr("Charts"));
    if (ctx.lengths == nullptr && ctx.utilisation == nullptr && ctx.savings.empty()) {
        canvas.paragraph(Tr::tr("The project has no girders, slots or placements to chart."),
                         S::font(S::Face::Body, S::kBody), S::kMuted);
        return;
    }
    auto chart = [&](const QString& title, const ReportChart* c, const QString& caption) {
        if (c == nullptr) return;
        canvas.heading(3, title, c->size().height() + 20.0);
        canvas.place(c->size().height(), [c](QPainter& p, const QRectF& r) {
            c->paint(p, QRectF(r.topLeft(), c->size()));
        });
        canvas.space(3.0);
        canvas.paragraph(caption, small, S::kMuted, 8.0);
    };
    chart(Tr::tr("Supply and demand of lengths"), ctx.lengths,
          Tr::tr("Girders that can still be placed (neither installed nor rejected) by their "
                 "length, against the slots by their span's required length, per band of "
                 "whole metres. A girder fits a span of its own band or of up to %1 shorter.")
              .arg(ctx.numbers.quantity(ctx.data.input.match.settings.maxShorteningM, 2,
                                        QStringLiteral("m"))));
    chart(Tr::tr("Utilisation of the placed girders"), ctx.utilisation,
          Tr::tr("Placements of this plan (pinned and proposed, not those breaking a rule) by "
                 "their governing utilisation, the larger of bending and shear."));
    const QString savingCaption =
        ctx.data.optimum
            ? Tr::tr(
                  "This plan against the optimiser's plan with the same pins, in tonnes of "
                  "CO2e.")
            : Tr::tr("This plan, in tonnes of CO2e.");
    const auto parts = static_cast<int>(ctx.savings.size());
    for (int i = 0; i < parts; ++i) {
        const QString title = Tr::tr("Net CO2e saving per receiving structure");
        chart(parts == 1 ? title : Tr::tr("%1 (part %2 of %3)").arg(title).arg(i + 1).arg(parts),
              ctx.savings[static_cast<std::size_t>(i)], savingCaption);
    }
}

}  // namespace respan::ui::ReportSections
