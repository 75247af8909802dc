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

/// A donor's name up to its first comma ("A9 viaduct West, Ouderkerk aan de Amstel" gives
/// "A9 viaduct West"): the span tables' column stays one line.
QString shortDonor(const QString& donor) {
    const qsizetype comma = donor.indexOf(QLatin1Char(','));
    return comma > 0 ? donor.left(comma) : donor;
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
                  // Widths for the longer of the two languages (Dutch), so that no column has
                  // to take room from the donor's.
                  {{Tr::tr("Slot"), 40.0, false},
                   // Whether MEd/VEd were entered or estimated (docs/load-model.md).
                   {Tr::tr("Demand"), 46.0, false},
                   {Tr::tr("Element"), 44.0, false},
                   {Tr::tr("Donor structure"), S::kContentWidth - 418.0, false},
                   {Tr::tr("Stored at\n(lat, lon)"), 52.0, false},
                   {Tr::tr("Resist-\nances"), 50.0, false},
                   {Tr::tr("Con-\ndition"), 30.0, true},
                   {Tr::tr("Length\n(m)"), 30.0, true},
                   {Tr::tr("Cut\n(m)"), 38.0, true},
                   // Bending and shear in one column; the transport distance is in the
                   // spreadsheet (the saving here is net of it).
                   {Tr::tr("u M / V\n(Ed/Rd)"), 46.0, true},
                   {Tr::tr("Saving\n(kg CO2e)"), 42.0, true}});
    QStringList notes;
    for (const report::SlotRow& row : sp.rows) {
        const ui::SlotState board = boardState(row.state);
        ReportTable::Row r;
        ReportTable::Cell slot{
            row.slot, {}, DrawingStyle::fill(board), DrawingStyle::outline(board), true};
        const ReportTable::Cell demand =
            row.demandEstimated ? ReportTable::Cell{Tr::tr("estimated"), QColor(0x8a, 0x5a, 0x00)}
                                : ReportTable::Cell{Tr::tr("entered")};
        if (row.state == SlotState::Empty) {
            r.cells = {slot,
                       demand,
                       {QStringLiteral("—"), S::kMuted},
                       {Tr::tr("empty: see Unfilled slots"), S::kMuted},
                       {},
                       {},
                       {},
                       {},
                       {},
                       {},
                       {}};
        } else {
            const bool conflict = row.state == SlotState::Conflict;
            const QColor color = conflict ? S::kRed : QColor();
            // The donor's short name (up to its first comma: "A9 viaduct West"); the full
            // names are listed under the structure's drawing, the position in the spreadsheet.
            const QString donor = shortDonor(row.donor);
            const QString saving = n.number(row.savingKg, 0);
            r.cells = {slot,
                       demand,
                       {conflict ? row.element + QStringLiteral("\u00a0(") +
                                       matching::ruleKey(row.conflictRule) + QLatin1Char(')')
                                 : row.element,
                        color,
                        {},
                        {},
                        true},
                       {donor},
                       {n.number(row.storedAt.latitude, 2) + QStringLiteral("; ") +
                        n.number(row.storedAt.longitude, 2)},
                       {row.capacityFromClass                  ? Tr::tr("from class")
                        : row.basis == CapacityBasis::Verified ? Tr::tr("verified")
                                                               : Tr::tr("estimated"),
                        row.basis == CapacityBasis::Verified ? QColor() : QColor(0x8a, 0x5a, 0x00)},
                       {n.integer(row.condition)},
                       {n.number(row.elementLengthM, 2)},
                       {n.number(row.cutM, 2), color},
                       {n.number(row.bendingUtilisation, 2) + QStringLiteral("\u00a0/\u00a0") +
                            n.number(row.shearUtilisation, 2),
                        color},
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
        {},
        {Tr::tr("%1 of %2 slots filled").arg(sp.filled).arg(sp.rows.size()), {}, {}, {}, true},
        {},
        {},
        {},
        {},
        {n.number(sp.cutOffM, 2), {}, {}, {}, true},
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
               "slot: where it comes from, where it is stored, its resistances and condition, its "
               "length and the piece cut off, its utilisation in bending and in shear and its net "
               "CO2e saving."),
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
        line.insert(line.indexOf(QStringLiteral(" · ")), rdSuffix(n, st.site));
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
        // The donors in full, once: the tables name them short.
        QStringList donors;
        for (const report::SpanReport& sp : st.spans) {
            for (const report::SlotRow& row : sp.rows) {
                if (!row.donor.isEmpty() && !donors.contains(row.donor)) donors << row.donor;
            }
        }
        if (!donors.isEmpty()) {
            canvas.paragraph(Tr::tr("Donor structures: %1.").arg(donors.join(QStringLiteral("; "))),
                             S::font(S::Face::Body, S::kSmall), S::kMuted, 4.0);
        }
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

namespace {

/// Slots or girders that share one reason, with the first one's sentence as example.
struct ReasonGroup {
    QString key;
    QStringList members;
    QString example;
};

void addToGroup(std::vector<ReasonGroup>& groups, const QString& key, const QString& member,
                const QString& example) {
    for (ReasonGroup& g : groups) {
        if (g.key == key) {
            g.members << member;
            return;
        }
    }
    groups.push_back({key, {member}, example});
}

/// Why a slot stays empty, from the key of its closest candidate's reason.
QString slotReasonText(const QString& key) {
    if (key == QLatin1String("R1"))
        return Tr::tr(
            "R1 length: no free girder has a length that fits (too short, or longer "
            "than the span by more than the maximum cut)");
    if (key == QLatin1String("R2"))
        return Tr::tr("R2 capacity: the girders that fit are too weak for the slot's demands");
    if (key == QLatin1String("R3"))
        return Tr::tr("R3 condition: the girders that fit are in too poor a condition");
    if (key == QLatin1String("R4"))
        return Tr::tr(
            "R4 basis: the girders that fit have estimated resistances, and this "
            "project requires verified ones");
    if (key == QLatin1String("R5"))
        return Tr::tr(
            "R5 timing: the girders that fit are available only after the span's "
            "installation date");
    if (key == QLatin1String("R6"))
        return Tr::tr("R6 status: the girders that fit are installed elsewhere or rejected");
    if (key == QLatin1String("R7"))
        return Tr::tr("R7 saving: the girders that fit would save nothing after transport");
    if (key == QLatin1String("R8"))
        return Tr::tr(
            "R8 section: the girders that fit differ in section from the span's other "
            "girders");
    if (key == QLatin1String("used_elsewhere") || key == QLatin1String("pinned_elsewhere"))
        return Tr::tr("The girders that fit are used in other slots, where the plan saves more");
    if (key == QLatin1String("no_girders")) return Tr::tr("There are no girders in the project");
    return Tr::tr("No girder was placed here");
}

/// Why a girder is not used, from its status or the rule of its nearest slot.
QString unusedReasonText(const QString& key) {
    if (key == QLatin1String("status_rejected"))
        return Tr::tr("Rejected (its status): not offered for reuse");
    if (key == QLatin1String("status_installed")) return Tr::tr("Installed already (its status)");
    if (key == QLatin1String("not_needed"))
        return Tr::tr(
            "Admissible somewhere, but the plan fills those slots with girders that "
            "save more");
    if (key == QLatin1String("R1")) return Tr::tr("R1 length: no slot's span fits its length");
    if (key == QLatin1String("R2"))
        return Tr::tr("R2 capacity: too weak for every slot its length fits");
    if (key == QLatin1String("R3")) return Tr::tr("R3 condition: its condition is too poor");
    if (key == QLatin1String("R4"))
        return Tr::tr(
            "R4 basis: its resistances are estimated, and this project requires "
            "verified ones");
    if (key == QLatin1String("R5"))
        return Tr::tr(
            "R5 timing: available only after the installation dates of the spans it "
            "fits");
    if (key == QLatin1String("R6")) return Tr::tr("R6 status: installed elsewhere or rejected");
    if (key == QLatin1String("R7"))
        return Tr::tr("R7 saving: it would save nothing after transport");
    if (key == QLatin1String("R8"))
        return Tr::tr("R8 section: its section differs from the girders of the spans it fits");
    return key;
}

void groupTable(ReportCanvas& canvas, const QString& title, const QString& reasonHeader,
                const QString& membersHeader, const std::vector<ReasonGroup>& groups,
                QString (*reasonText)(const QString&)) {
    ReportTable t(title, {{reasonHeader, 150.0, false},
                          {membersHeader, 150.0, false},
                          {Tr::tr("Example, in the matching engine's words"),
                           S::kContentWidth - 300.0, false}});
    for (const ReasonGroup& g : groups) {
        ReportTable::Row r;
        r.cells = {
            {reasonText(g.key) + QStringLiteral(" (%1)").arg(g.members.size()), {}, {}, {}, true},
            {g.members.join(QStringLiteral(", "))},
            {g.example.isEmpty() ? QStringLiteral("—") : g.example, S::kMuted}};
        t.addRow(std::move(r));
    }
    t.layout(canvas);
}

}  // namespace

void unfilled(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::PlanReport& d = ctx.data;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(1, Tr::tr("Unfilled slots and unused girders"));
    canvas.heading(2, Tr::tr("Unfilled slots"), 60.0);
    if (d.plan.unfilledSlots.empty()) {
        canvas.paragraph(Tr::tr("Every slot holds a girder that keeps every rule."), body, S::kInk);
    } else {
        canvas.paragraph(
            Tr::tr("%n slot(s) hold no girder that keeps every rule. They are grouped by the "
                   "reason of their closest candidate, with one example in the matching "
                   "engine's words.",
                   nullptr, static_cast<int>(d.plan.unfilledSlots.size())),
            body, S::kInk, 6.0);
        // One row per reason, with every slot it applies to and one example in the engine's
        // words; each slot's candidates one by one are in the spreadsheet.
        std::vector<ReasonGroup> groups;
        for (const matching::UnfilledSlot& u : d.plan.unfilledSlots) {
            const QString key =
                u.reasons.empty() ? QStringLiteral("no_girders") : u.reasons.front().key();
            const QString example =
                u.reasons.empty()
                    ? QString()
                    : Tr::tr("%1: %2").arg(u.reasons.front().element, u.reasons.front().detail);
            addToGroup(groups, key, u.where.path(),
                       u.where.path() + QStringLiteral(" — ") + example);
        }
        groupTable(canvas, Tr::tr("Unfilled slots"), Tr::tr("Why the slots stay empty"),
                   Tr::tr("Slots"), groups, &slotReasonText);
        canvas.paragraph(Tr::tr("Every slot's closest candidates, one by one, are in the "
                                "spreadsheet export (sheet Unfilled slots)."),
                         S::font(S::Face::Body, S::kSmall), S::kMuted, 6.0);
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
        std::vector<ReasonGroup> groups;
        for (const matching::UnusedElement& u : d.plan.unusedElements) {
            const Element* e = elements.value(u.elementUid, nullptr);
            // A rejected or installed girder is unused because of its status, whatever rule a
            // slot would also break.
            QString key;
            if (e != nullptr && e->status == ElementStatus::Rejected) {
                key = QStringLiteral("status_rejected");
            } else if (e != nullptr && e->status == ElementStatus::Installed) {
                key = QStringLiteral("status_installed");
            } else if (u.nearestRule != matching::RuleId::None) {
                key = matching::ruleKey(u.nearestRule);
            } else {
                key = QStringLiteral("not_needed");
            }
            const bool byStatus = key.startsWith(QLatin1String("status_"));
            addToGroup(groups, key, u.element,
                       byStatus ? QString() : Tr::tr("%1: %2").arg(u.element, u.reason));
        }
        groupTable(canvas, Tr::tr("Unused girders"), Tr::tr("Why the girders are not used"),
                   Tr::tr("Girders"), groups, &unusedReasonText);
        canvas.space(6.0);
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
