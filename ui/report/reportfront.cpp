// The front of the matching report: cover, summary, assumptions.
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <QHash>

#include <algorithm>

#include "core/loads/loadclass.h"
#include "core/loads/loadmodel.h"
#include "core/matching/rules.h"
#include "core/model/projectsettings.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportsections.h"
#include "ui/report/reportstyle.h"
#include "ui/report/reporttable.h"

namespace respan::ui::ReportSections {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::Report)
};

namespace S = ReportStyle;
using report::Verdict;

/// Label and value on one line of the cover, the value wrapped in its column.
void coverLine(ReportCanvas& canvas, const QString& label, const QString& value, const QFont& font,
               const QColor& color = S::kInk) {
    constexpr double kLabelWidth = 124.0;
    const QFont labelFont = S::font(S::Face::Body, 8.0);
    const QStringList lines = ReportCanvas::wrap(value, font, S::kContentWidth - kLabelWidth);
    const double lh = std::max(ReportCanvas::lineHeight(font), ReportCanvas::lineHeight(labelFont));
    const double ascent = QFontMetricsF(font, ReportCanvas::referenceDevice()).ascent();
    const double height = std::max<qsizetype>(1, lines.size()) * lh + 5.0;
    canvas.place(height, [=](QPainter& p, const QRectF& r) {
        p.setFont(labelFont);
        p.setPen(S::kMuted);
        p.drawText(QPointF(r.left(), r.top() + ascent), label);
        p.setFont(font);
        p.setPen(color);
        double y = r.top();
        for (const QString& line : lines) {
            p.drawText(QPointF(r.left() + kLabelWidth, y + ascent), line);
            y += lh;
        }
        p.setPen(QPen(S::kRule, 0.4, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(r.left(), r.bottom() - 1.5), QPointF(r.right(), r.bottom() - 1.5));
    });
}

QString orNotGiven(const QString& text) {
    return text.trimmed().isEmpty() ? Tr::tr("not given") : text;
}

/// Revision, date, status, author, checked by, client: what a client signs off.
void revisionBlock(ReportCanvas& canvas, const ReportContext& ctx) {
    const ProjectSettings& st = ctx.data.input.match.settings;
    canvas.space(8.0);
    ReportTable t(Tr::tr("Revision"), {{Tr::tr("Revision"), 58.0, false},
                                       {Tr::tr("Date"), 70.0, false},
                                       {Tr::tr("Status"), 62.0, false},
                                       {Tr::tr("Author"), 104.0, false},
                                       {Tr::tr("Checked by"), 104.0, false},
                                       {Tr::tr("Client"), S::kContentWidth - 398.0, false}});
    ReportTable::Row r;
    r.cells = {{orNotGiven(st.reportRevision)},
               {ctx.source.created.toString(QStringLiteral("yyyy-MM-dd"))},
               {st.reportStatus.trimmed().isEmpty() ? Tr::tr("concept") : st.reportStatus},
               {orNotGiven(st.author)},
               {orNotGiven(st.checkedBy)},
               {orNotGiven(st.client)}};
    t.addRow(std::move(r));
    t.layout(canvas);
    canvas.space(10.0);
}

void tableOfContents(ReportCanvas& canvas, const std::vector<TocEntry>& toc) {
    canvas.space(12.0);
    const QFont title = S::font(S::Face::Bold, S::kH3 + 1.0);
    const QString heading = Tr::tr("Contents");
    const double titleAscent = QFontMetricsF(title, ReportCanvas::referenceDevice()).ascent();
    canvas.place(ReportCanvas::lineHeight(title) + 4.0,
                 [title, heading, titleAscent](QPainter& p, const QRectF& r) {
                     p.setFont(title);
                     p.setPen(S::kAccent);
                     p.drawText(QPointF(r.left(), r.top() + titleAscent), heading);
                 });
    for (const TocEntry& e : toc) {
        const QFont font =
            S::font(e.level == 1 ? S::Face::Bold : S::Face::Body, e.level == 1 ? 9.0 : 8.5);
        const double indent = e.level == 1 ? 0.0 : 14.0;
        const double lh = ReportCanvas::lineHeight(font) + (e.level == 1 ? 2.0 : 0.5);
        const QString page = QString::number(e.page + 1);
        const QString text =
            ReportCanvas::wrap(e.title, font, S::kContentWidth - indent - 40.0).value(0);
        const double ascent = QFontMetricsF(font, ReportCanvas::referenceDevice()).ascent();
        const double textEnd = indent + ReportCanvas::textWidth(text, font) + 4.0;
        const double pageWidth = ReportCanvas::textWidth(page, font);
        const QRectF line = canvas.place(lh, [=](QPainter& p, const QRectF& r) {
            p.setFont(font);
            p.setPen(S::kInk);
            const double base = r.bottom() - (lh - ascent) + 1.0;
            p.drawText(QPointF(r.left() + indent, base), text);
            p.drawText(QPointF(r.right() - pageWidth, base), page);
            p.setPen(QPen(S::kRule, 0.8, Qt::DotLine));
            p.drawLine(QPointF(r.left() + textEnd, base),
                       QPointF(r.right() - pageWidth - 4.0, base));
        });
        canvas.addLink(line, e);  // the whole line is clickable, as in a word processor
    }
}

QString verdictText(const ReportContext& ctx) {
    const report::Comparison& c = ctx.data.comparison;
    const ReportNumbers& n = ctx.numbers;
    const QString plan = n.quantity(c.planKg, 1, QStringLiteral("kg CO2e"));
    const QString best = n.quantity(c.bestKg, 1, QStringLiteral("kg CO2e"));
    const QString bound = n.quantity(c.boundKg, 1, QStringLiteral("kg CO2e"));
    const bool proven = ctx.data.optimum && ctx.data.optimum->optimal;
    switch (c.verdict) {
        case Verdict::NotComputed:
            return Tr::tr(
                       "The plan in this file saves %1. The optimiser was not run for this "
                       "report, so whether a better plan exists is not known.")
                .arg(plan);
        case Verdict::PlanOptimal:
            if (proven && c.pins == 0) {
                return Tr::tr(
                           "The plan in this file is optimal. It saves %1, and the optimiser "
                           "proved that no plan under rules R1–R8 saves more: the proven optimum "
                           "is %2.")
                    .arg(plan, best);
            }
            if (proven) {
                return Tr::tr(
                           "The plan in this file is optimal. It saves %1, and the optimiser "
                           "proved that no plan under rules R1–R8 with the same %n pin(s) saves "
                           "more: the proven optimum is %2.",
                           nullptr, c.pins)
                    .arg(plan, best);
            }
            return Tr::tr(
                       "The plan in this file is optimal. It saves %1, which reaches the proven "
                       "upper bound of %2 for any plan under rules R1–R8 with the same %n "
                       "pin(s).",
                       nullptr, c.pins)
                .arg(plan, bound);
        case Verdict::BelowOptimum:
            if (c.pins == 0) {
                return Tr::tr(
                           "The plan in this file saves %1. The proven optimum under rules R1–R8 "
                           "is %2: this plan is %3 below it (gap %4).")
                    .arg(plan, best, n.quantity(c.bestKg - c.planKg, 1, QStringLiteral("kg CO2e")),
                         n.percent(c.gapPercent, 2));
            }
            return Tr::tr(
                       "The plan in this file saves %1. With its %n pin(s) held, the proven "
                       "optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).",
                       nullptr, c.pins)
                .arg(plan, best, n.quantity(c.bestKg - c.planKg, 1, QStringLiteral("kg CO2e")),
                     n.percent(c.gapPercent, 2));
        case Verdict::BelowBound:
            return Tr::tr(
                       "The plan in this file saves %1. The optimiser did not prove an optimum "
                       "in %2 s: its best plan saves %3, and no plan under rules R1–R8 with the "
                       "same %n pin(s) can save more than %4 (a proven bound). This plan is "
                       "within %5 of that bound; whether it is optimal is not known.",
                       nullptr, c.pins)
                .arg(plan, n.number(ctx.data.optimum ? ctx.data.optimum->solveSeconds : 0.0, 1),
                     best, bound, n.percent(c.gapPercent, 2));
    }
    return QString();
}

/// A row of key figures in cards, as high as the longest label needs: every label is wrapped
/// in its card's width and drawn line by line inside it (a card never cuts its text).
void keyFigures(ReportCanvas& canvas, const std::vector<std::pair<QString, QString>>& cards) {
    const KeyFigureLayout layout = layoutKeyFigures(cards, S::kContentWidth);
    const QFont big = S::font(S::Face::Bold, 17.0);
    const QFont label = S::font(S::Face::Body, kKeyFigureLabelPoints);
    canvas.place(layout.height, [=](QPainter& p, const QRectF& r) {
        const QFontMetricsF bigFm(big, ReportCanvas::referenceDevice());
        const QFontMetricsF labelFm(label, ReportCanvas::referenceDevice());
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const KeyFigureLayout::Card& c = layout.cards[i];
            const QRectF card = c.box.translated(r.topLeft());
            p.fillRect(card, S::kPanel);
            p.fillRect(QRectF(card.left(), card.top(), 3.0, card.height()), S::kAccentFill);
            p.setFont(big);
            p.setPen(S::kAccent);
            p.drawText(QPointF(card.left() + 10.0, card.top() + 8.0 + bigFm.ascent()),
                       cards[i].first);
            p.setFont(label);
            p.setPen(S::kMuted);
            for (std::size_t k = 0; k < c.lineBoxes.size(); ++k) {
                const QRectF line = c.lineBoxes[k].translated(r.topLeft());
                p.drawText(QPointF(line.left(), line.top() + labelFm.ascent()),
                           c.lines.at(static_cast<qsizetype>(k)));
            }
        }
    });
    canvas.space(12.0);
}

/// The verdict in a panel with a coloured bar: green when proven optimal, amber otherwise.
void verdictPanel(ReportCanvas& canvas, const QString& text, const QString& note, bool optimal) {
    const QFont font = S::font(S::Face::Body, 9.5);
    const QFont small = S::font(S::Face::Body, 8.0);
    const double width = S::kContentWidth - 24.0;
    const QStringList lines = ReportCanvas::wrap(text, font, width);
    const QStringList noteLines =
        note.isEmpty() ? QStringList() : ReportCanvas::wrap(note, small, width);
    const double lh = ReportCanvas::lineHeight(font);
    const double slh = ReportCanvas::lineHeight(small);
    const double height =
        lines.size() * lh + noteLines.size() * slh + (noteLines.isEmpty() ? 0.0 : 4.0) + 16.0;
    const double ascent = QFontMetricsF(font, ReportCanvas::referenceDevice()).ascent();
    const double smallAscent = QFontMetricsF(small, ReportCanvas::referenceDevice()).ascent();
    const QColor bar = optimal ? S::kGreen : QColor(0xc2, 0x7c, 0x0e);
    canvas.place(height, [=](QPainter& p, const QRectF& r) {
        p.fillRect(r, S::kPanel);
        p.fillRect(QRectF(r.left(), r.top(), 4.0, r.height()), bar);
        double y = r.top() + 8.0;
        p.setFont(font);
        p.setPen(S::kInk);
        for (const QString& line : lines) {
            p.drawText(QPointF(r.left() + 14.0, y + ascent), line);
            y += lh;
        }
        y += 4.0;
        p.setFont(small);
        p.setPen(S::kMuted);
        for (const QString& line : noteLines) {
            p.drawText(QPointF(r.left() + 14.0, y + smallAscent), line);
            y += slh;
        }
    });
    canvas.space(12.0);
}

/// The girders of the counted placements, by uid.
QHash<Uid, const Element*> placedElements(const report::PlanReport& d) {
    QHash<Uid, const Element*> byUid;
    for (const Element& e : d.input.match.elements) byUid.insert(e.uid, &e);
    QHash<Uid, const Element*> placed;
    for (const report::StructureReport& st : d.structures) {
        for (const report::SpanReport& sp : st.spans) {
            for (const report::SlotRow& row : sp.rows) {
                if (row.state == report::SlotState::Pinned ||
                    row.state == report::SlotState::Proposed) {
                    if (const Element* e = byUid.value(row.elementUid)) placed.insert(e->uid, e);
                }
            }
        }
    }
    return placed;
}

/// Settings whose value in this project is the unsourced default (labelled illustrative).
QStringList illustrativeInUse(const ProjectSettings& settings) {
    const QString illustrative =
        QCoreApplication::translate("respan::ProjectSettings", "illustrative");
    QStringList names;
    for (const SettingInfo& info : settingInfos()) {
        if (info.source().contains(illustrative) &&
            settingValue(settings, info.name) == defaultSettingValue(info.name))
            names << info.label();
    }
    return names;
}

/// The written conclusion, the warnings a signatory must see, and the disclaimer.
void conclusion(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::PlanReport& d = ctx.data;
    const ReportNumbers& n = ctx.numbers;
    const QFont body = S::font(S::Face::Body, S::kBody);
    const QHash<Uid, const Element*> placed = placedElements(d);
    int estimated = 0;
    for (const Element* e : placed) estimated += e->capacityBasis == CapacityBasis::Estimated;
    int full = 0;
    for (const report::StructureReport& st : d.structures)
        full += st.slots > 0 && st.filled == st.slots;

    canvas.heading(2, Tr::tr("Conclusion"), 40.0);
    QString text =
        Tr::tr(
            "This plan reuses %1 of the %2 girders in the inventory in %3 of the %4 slots of the "
            "new "
            "structures (%5); %6 of the %7 structures are filled completely. It saves %8 net, "
            "with %9 of reused concrete built in.")
            .arg(n.integer(static_cast<long long>(placed.size())), n.integer(d.elementCount),
                 n.integer(d.plan.filledSlots), n.integer(d.slotCount),
                 n.percent(d.slotCount > 0 ? 100.0 * d.plan.filledSlots / d.slotCount : 0.0, 0),
                 n.integer(full), n.integer(static_cast<long long>(d.structures.size())),
                 n.quantity(d.plan.totalSavingKg / 1000.0, 1, QStringLiteral("t CO2e")),
                 n.quantity(d.builtInMassT, 0, QStringLiteral("t")));
    if (!d.plan.unfilledSlots.empty()) {
        text += QLatin1Char(' ') +
                Tr::tr(
                    "%n slot(s) stay empty in this plan; the reasons are listed under Unfilled "
                    "slots and unused girders.",
                    nullptr, static_cast<int>(d.plan.unfilledSlots.size()));
    }
    if (estimated > 0) {
        text += QLatin1Char(' ') +
                Tr::tr(
                    "%n of the placed girders have estimated resistances: they must be "
                    "recalculated and recertified before they are built in.",
                    nullptr, estimated);
    }
    canvas.paragraph(text, body, S::kInk, 8.0);

    // Installation dates that lie before this report's date: the plan places girders in spans
    // that should already be built.
    const QDate today = ctx.source.created.date();
    QStringList late;
    for (const report::StructureReport& st : d.structures) {
        for (const report::SpanReport& sp : st.spans) {
            if (sp.filled > 0 && sp.installDate.isValid() && sp.installDate < today)
                late << QStringLiteral("%1 / %2 (%3)")
                            .arg(st.name, sp.name, sp.installDate.toString(Qt::ISODate));
        }
    }
    if (!late.isEmpty()) {
        canvas.paragraph(
            Tr::tr("Warning: %n span(s) with girders placed have an installation date before the "
                   "date of this report (%1): %2. Check whether these spans are built already, "
                   "and update their dates or the plan.",
                   nullptr, static_cast<int>(late.size()))
                .arg(today.toString(Qt::ISODate), late.join(QStringLiteral("; "))),
            S::font(S::Face::Bold, S::kBody), S::kRed, 8.0);
    }

    const QStringList illustrative = illustrativeInUse(d.input.match.settings);
    QString disclaimer = Tr::tr(
        "About estimated and illustrative values: an estimated resistance is derived from the "
        "girder's original design, not from a recalculation of the girder as it is; a factor "
        "labelled illustrative has no public source and stands in for the project's own figure. "
        "Utilisations and savings that depend on them are planning figures, not a basis for "
        "construction.");
    if (!illustrative.isEmpty()) {
        disclaimer += QLatin1Char(' ') + Tr::tr("Illustrative in this project: %1.")
                                             .arg(illustrative.join(QStringLiteral(", ")));
    }
    canvas.paragraph(disclaimer, S::font(S::Face::Body, 8.0), S::kMuted, 8.0);
}

}  // namespace

KeyFigureLayout layoutKeyFigures(const std::vector<std::pair<QString, QString>>& cards,
                                 double width) {
    constexpr double kGap = 8.0;
    constexpr double kLabelTop = 34.0;
    constexpr double kPadding = 7.0;
    constexpr double kTextLeft = 10.0;
    KeyFigureLayout out;
    if (cards.empty()) return out;
    const QFont label = S::font(S::Face::Body, kKeyFigureLabelPoints);
    const double w =
        (width - kGap * static_cast<double>(cards.size() - 1)) / static_cast<double>(cards.size());
    const double lh = ReportCanvas::lineHeight(label);
    qsizetype most = 1;
    for (const auto& card : cards) {
        KeyFigureLayout::Card c;
        c.lines = ReportCanvas::wrap(card.second, label, w - kTextLeft - 4.0);
        most = std::max(most, c.lines.size());
        out.cards.push_back(std::move(c));
    }
    out.height = kLabelTop + static_cast<double>(most) * lh + kPadding;
    for (std::size_t i = 0; i < out.cards.size(); ++i) {
        KeyFigureLayout::Card& c = out.cards[i];
        c.box = QRectF(static_cast<double>(i) * (w + kGap), 0.0, w, out.height);
        double y = kLabelTop;
        for (const QString& line : c.lines) {
            c.lineBoxes.push_back(
                QRectF(c.box.left() + kTextLeft, y, ReportCanvas::textWidth(line, label), lh));
            y += lh;
        }
    }
    return out;
}

void cover(ReportCanvas& canvas, const ReportContext& ctx, const std::vector<TocEntry>* toc) {
    canvas.setPlain(canvas.page());
    const ProjectSettings& settings = ctx.data.input.match.settings;
    const QString project =
        settings.projectName.isEmpty() ? Tr::tr("Unnamed project") : settings.projectName;
    const QFont title = S::font(S::Face::Bold, 28.0);
    const QFont name = S::font(S::Face::Body, 15.0);
    const QFont sub = S::font(S::Face::Body, 9.5);
    const QStringList nameLines = ReportCanvas::wrap(project, name, S::kContentWidth);
    // Words are translated now: pages are painted later, in whatever language the UI has.
    const QString heading = Tr::tr("Matching report");
    const QString subtitle = Tr::tr(
        "Reuse of harvested precast concrete girders: the plan, its checks and what it saves");
    constexpr double kBand = 214.0;
    canvas.overlay(QRectF(0, 0, S::kPageWidth, kBand), [=](QPainter& p, const QRectF& r) {
        p.fillRect(r, S::kAccent);
        p.fillRect(QRectF(r.left(), r.bottom() - 5.0, r.width(), 5.0), S::kGreenFill);
        p.setPen(QColor(0xc9, 0xd8, 0xef));
        p.setFont(S::font(S::Face::Bold, 8.0));
        p.drawText(QPointF(S::kMarginLeft, 58.0), QStringLiteral("RESPAN"));
        p.setPen(Qt::white);
        p.setFont(title);
        p.drawText(QPointF(S::kMarginLeft, 104.0), heading);
        p.setFont(name);
        double y = 134.0;
        for (const QString& line : nameLines.mid(0, 2)) {
            p.drawText(QPointF(S::kMarginLeft, y), line);
            y += ReportCanvas::lineHeight(name);
        }
        p.setPen(QColor(0xc9, 0xd8, 0xef));
        p.setFont(sub);
        p.drawText(QPointF(S::kMarginLeft, kBand - 22.0), subtitle);
    });
    canvas.setY(kBand + 34.0);
    const QFont value = S::font(S::Face::Body, 9.5);
    coverLine(canvas, Tr::tr("Project"), project, value);
    revisionBlock(canvas, ctx);
    coverLine(canvas, Tr::tr("Date of this report"),
              ctx.source.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")), value);
    coverLine(canvas, Tr::tr("Project file"),
              ctx.source.fileName.isEmpty() ? Tr::tr("not saved") : ctx.source.fileName, value);
    coverLine(canvas, Tr::tr("SHA-256 of the file"),
              ctx.source.sha256.isEmpty() ? Tr::tr("not available") : ctx.source.sha256,
              S::font(S::Face::Mono, 8.0));
    if (ctx.source.unsavedChanges) {
        coverLine(canvas, Tr::tr("Note"),
                  Tr::tr("The project had unsaved changes: this report shows the project as it "
                         "was open, which the file and its hash above do not contain."),
                  value, S::kRed);
    }
    coverLine(canvas, Tr::tr("ReSpan version"), QStringLiteral(RESPAN_VERSION), value);
    coverLine(canvas, Tr::tr("Language"), ctx.languageName, value);
    if (toc != nullptr) tableOfContents(canvas, *toc);
}

void summary(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::PlanReport& d = ctx.data;
    const ReportNumbers& n = ctx.numbers;
    canvas.heading(1, Tr::tr("Summary"));
    const int filled = d.plan.filledSlots;
    const int pinned = d.plan.pinnedSlots;
    keyFigures(canvas,
               {{n.integer(d.elementCount), Tr::tr("girders in the inventory")},
                {n.integer(filled) + QStringLiteral(" / ") + n.integer(d.slotCount),
                 Tr::tr("slots filled (%1 pinned, %2 proposed)")
                     .arg(n.integer(pinned), n.integer(filled - pinned))},
                {n.number(d.plan.totalSavingKg / 1000.0, 1) + QChar(0x00A0) + QLatin1Char('t'),
                 Tr::tr("CO2e saved by this plan (net, after transport)")},
                {n.quantity(d.cutOffTotalM, 1, QStringLiteral("m")),
                 Tr::tr("cut off the reused girders in total")}});

    QString note;
    if (!d.plan.conflicts.empty()) {
        note = Tr::tr(
                   "%n placement(s) in the file break a rule and are not counted; they are "
                   "listed under Unfilled slots and unused girders.",
                   nullptr, static_cast<int>(d.plan.conflicts.size())) +
               QLatin1Char(' ');
    }
    if (d.optimum) {
        note += Tr::tr(
                    "The optimiser maximises the net CO2e saving under rules R1–R8 and keeps "
                    "every pin (a planner's fixed choice); it ran for %1 s.")
                    .arg(n.number(d.optimum->solveSeconds, 2));
    }
    verdictPanel(canvas, verdictText(ctx), note, d.comparison.verdict == Verdict::PlanOptimal);
    conclusion(canvas, ctx);

    canvas.heading(2, Tr::tr("Figures"), 80.0);
    ReportTable t(Tr::tr("Figures"), {{Tr::tr("Figure"), 300.0, false},
                                      {Tr::tr("Value"), S::kContentWidth - 300.0, true}});
    auto row = [&t](const QString& label, const QString& value, bool bold = false) {
        ReportTable::Row r;
        r.cells = {{label, {}, {}, {}, bold}, {value, {}, {}, {}, bold}};
        t.addRow(std::move(r));
    };
    int available = 0;
    for (const Element& e : d.input.match.elements) {
        available += e.status != ElementStatus::Installed && e.status != ElementStatus::Rejected;
    }
    row(Tr::tr("Girders in the inventory"), n.integer(d.elementCount));
    row(Tr::tr("of which neither installed nor rejected"), n.integer(available));
    row(Tr::tr("Receiving structures / spans / slots"),
        QStringLiteral("%1 / %2 / %3")
            .arg(n.integer(static_cast<long long>(d.structures.size())), n.integer(d.spanCount),
                 n.integer(d.slotCount)));
    row(Tr::tr("Slots filled (pinned / proposed)"),
        QStringLiteral("%1 (%2 / %3)")
            .arg(n.integer(filled), n.integer(pinned), n.integer(filled - pinned)));
    row(Tr::tr("Slots left empty"), n.integer(static_cast<long long>(d.plan.unfilledSlots.size())));
    row(Tr::tr("Placements that break a rule (not counted)"),
        n.integer(static_cast<long long>(d.plan.conflicts.size())));
    row(Tr::tr("Girders not used"),
        n.integer(static_cast<long long>(d.plan.unusedElements.size())));
    row(Tr::tr("Net CO2e saving of this plan"),
        n.quantity(d.plan.totalSavingKg, 1, QStringLiteral("kg CO2e")), true);
    row(Tr::tr("Concrete reused (mass built in)"),
        n.quantity(d.builtInMassT, 1, QStringLiteral("t")));
    row(Tr::tr("Length cut off, in total"), n.quantity(d.cutOffTotalM, 2, QStringLiteral("m")));
    if (d.optimum) {
        const matching::MatchResult& o = *d.optimum;
        row(o.optimal ? Tr::tr("Proven optimum (same pins)")
                      : Tr::tr("Optimiser's best plan (not proven optimal)"),
            n.quantity(o.totalSavingKg, 1, QStringLiteral("kg CO2e")));
        row(Tr::tr("Proven upper bound on any plan (same pins)"),
            n.quantity(d.comparison.boundKg, 1, QStringLiteral("kg CO2e")));
        row(Tr::tr("Gap of this plan"), n.percent(d.comparison.gapPercent, 2), true);
        row(Tr::tr("Optimiser: slots filled in its plan"), n.integer(o.filledSlots));
    } else {
        row(Tr::tr("Optimiser"), Tr::tr("not run"));
    }
    t.layout(canvas);

    if (d.structures.empty()) return;
    canvas.heading(2, Tr::tr("By structure"), 60.0);
    const bool optimum = d.optimum.has_value();
    std::vector<ReportTable::Column> columns{{Tr::tr("Receiving structure"), 0.0, false},
                                             {Tr::tr("Spans"), 40.0, true},
                                             {Tr::tr("Slots filled"), 60.0, true},
                                             {Tr::tr("Saving (t CO2e)"), 70.0, true}};
    if (optimum) columns.push_back({Tr::tr("Optimiser's plan (t CO2e)"), 96.0, true});
    double rest = S::kContentWidth;
    for (const ReportTable::Column& c : columns) rest -= c.width;
    columns[0].width = rest;
    ReportTable byStructure(Tr::tr("By structure"), columns);
    for (const report::StructureReport& st : d.structures) {
        ReportTable::Row r;
        r.cells = {{st.name},
                   {n.integer(static_cast<long long>(st.spans.size()))},
                   {QStringLiteral("%1 / %2").arg(n.integer(st.filled), n.integer(st.slots))},
                   {n.number(st.savingKg / 1000.0, 1)}};
        if (optimum) r.cells.push_back({n.number(st.optimumSavingKg / 1000.0, 1)});
        byStructure.addRow(std::move(r));
    }
    byStructure.layout(canvas);
}

namespace {

/// Which demands and resistances rest on estimates, the load model per structure with its deck
/// build-up (defaults named), and the method in one paragraph (docs/load-model.md).
void loadModelAssumptions(ReportCanvas& canvas, const ReportContext& ctx) {
    const ReportNumbers& n = ctx.numbers;
    const matching::MatchInput& in = ctx.data.input.match;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(2, Tr::tr("Demands and resistances"), 80.0);
    canvas.paragraph(
        Tr::tr("A slot's demand is entered, or estimated with EN 1991-2 Load Model 1: notional "
               "lanes with their tandem and distributed loads, shared over the girders by "
               "Courbon's method, plus the compression layer and surfacing, times the partial "
               "factors above; the girder's own weight is added per girder. A girder without "
               "entered resistances gets the minimum resistance its original load class implies "
               "on its original span (a lower bound). Both are planning estimates for straight "
               "decks without skew; the method, a worked example and its limits are in "
               "docs/load-model.md."),
        body, S::kInk, 6.0);
    const QString m = QStringLiteral("m");
    ReportTable t(Tr::tr("Load model per structure"),
                  {{Tr::tr("Structure"), S::kContentWidth - 330.0, false},
                   {Tr::tr("Model"), 36.0, false},
                   {Tr::tr("CC"), 30.0, false},
                   {Tr::tr("Carriage-\nway"), 54.0, true},
                   {Tr::tr("Spacing"), 44.0, true},
                   {Tr::tr("Deck /\nsurfacing"), 66.0, true},
                   {Tr::tr("Demands\nestimated"), 100.0, true}});
    int estimatedSlots = 0;
    int slots = 0;
    for (const Structure& st : in.structures) {
        int estimated = 0;
        int count = 0;
        for (const Span& p : st.spans) {
            for (const Slot& k : p.slots) {
                ++count;
                estimated += !k.momentDemand || !k.shearDemand;
            }
        }
        estimatedSlots += estimated;
        slots += count;
        const auto value = [&](const std::optional<Metres>& v, double fallback) {
            return v ? n.number(v->value(), 2) : Tr::tr("%1 (default)").arg(n.number(fallback, 2));
        };
        ReportTable::Row r;
        r.cells = {{st.name},
                   {loads::loadModelKey(st.deck.loadModel)},
                   {loads::consequenceClassKey(st.deck.consequenceClass)},
                   {st.deck.carriagewayWidth ? n.quantity(st.deck.carriagewayWidth->value(), 2, m)
                                             : Tr::tr("slots × spacing")},
                   {value(st.deck.girderSpacing, loads::kDefaultGirderSpacingM)},
                   {value(st.deck.deckThickness, loads::kDefaultDeckThicknessM) +
                    QStringLiteral(" / ") + value(st.deck.surfacing, loads::kDefaultSurfacingM)},
                   {Tr::tr("%1 of %2 slots").arg(n.integer(estimated), n.integer(count)),
                    estimated > 0 ? QColor(0x8a, 0x5a, 0x00) : QColor()}};
        t.addRow(std::move(r));
    }
    t.layout(canvas);
    const loads::LoadFactors f = loads::LoadFactors::from(in.settings);
    QStringList fromClass;
    QStringList unknown;
    for (const Element& e : in.elements) {
        const loads::ElementResistance r = loads::elementResistance(e, f);
        if (r.source == loads::ResistanceSource::FromClass) fromClass << e.id;
        if (r.source == loads::ResistanceSource::Unknown) unknown << e.id;
    }
    QString text = Tr::tr("%1 of %2 slots have estimated demands.")
                       .arg(n.integer(estimatedSlots), n.integer(slots));
    text += QLatin1Char(' ');
    text += fromClass.isEmpty()
                ? Tr::tr("No girder's resistances are estimated from its load class.")
                : Tr::tr("Resistances estimated from the original load class: %1.")
                      .arg(fromClass.join(QStringLiteral(", ")));
    if (!unknown.isEmpty()) {
        text += QLatin1Char(' ') +
                Tr::tr(
                    "Resistance unknown (a class without public load values; fails R2 until "
                    "entered): %1.")
                    .arg(unknown.join(QStringLiteral(", ")));
    }
    canvas.paragraph(text, body, S::kInk, 8.0);
}

}  // namespace

void assumptions(ReportCanvas& canvas, const ReportContext& ctx) {
    const ProjectSettings& settings = ctx.data.input.match.settings;
    const ReportNumbers& n = ctx.numbers;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(1, Tr::tr("Assumptions"));
    canvas.paragraph(
        Tr::tr("Every figure follows from these settings and the rules below. Each value is "
               "the default with its public source, or set in this project by whom and when "
               "(from the project's history); an illustrative value has no public source."),
        body, S::kInk, 8.0);
    ReportTable t(Tr::tr("Project settings"),
                  {{Tr::tr("Setting"), 110.0, false},
                   {Tr::tr("Value"), 70.0, true},
                   {Tr::tr("Meaning"), 150.0, false},
                   {Tr::tr("Where the value comes from"), S::kContentWidth - 330.0, false}});
    const QString illustrative =
        QCoreApplication::translate("respan::ProjectSettings", "illustrative");
    const QColor amber(0x8a, 0x5a, 0x00);
    for (const SettingInfo& info : settingInfos()) {
        // Project metadata is on the cover; it is not an assumption.
        if (info.type == SettingType::Text) continue;
        // A stored value as the reader reads it: the report's numbers, yes/no, the unit.
        auto shown = [&](const QString& stored) {
            QString v = stored;
            if (info.type == SettingType::Real) v = n.locale().toString(stored.toDouble(), 'g', 12);
            if (info.type == SettingType::Boolean)
                v = stored == QLatin1String("true") ? Tr::tr("yes") : Tr::tr("no");
            if (!info.unit.isEmpty()) v += QChar(0x00A0) + info.unit;
            return v;
        };
        const QString raw = settingValue(settings, info.name);
        const QString value = shown(raw);
        QString origin;
        QColor originColor;
        const SettingOrigin from = settingOrigin(settings, info);
        switch (from.kind) {
            case SettingOrigin::Kind::Set:
                origin = Tr::tr("set in this project by %1 on %2 (the default was %3)")
                             .arg(from.change->user.isEmpty() ? Tr::tr("an unnamed user")
                                                              : from.change->user,
                                  from.change->time.toUTC().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                  shown(defaultSettingValue(info.name)));
                break;
            case SettingOrigin::Kind::SetUnknown:
                origin = Tr::tr("set in this project (the history does not say by whom or when)");
                break;
            case SettingOrigin::Kind::Default:
                origin = Tr::tr("default: %1")
                             .arg(info.source().isEmpty() ? Tr::tr("ReSpan") : info.source());
                if (info.source().contains(illustrative)) originColor = amber;
                break;
        }
        ReportTable::Row r;
        r.cells = {
            {info.label(), {}, {}, {}, true}, {value}, {info.description()}, {origin, originColor}};
        t.addRow(std::move(r));
    }
    t.layout(canvas);
    loadModelAssumptions(canvas, ctx);

    canvas.heading(2, Tr::tr("Rules"), 80.0);
    const QString m = QStringLiteral("m");
    ReportTable rules(Tr::tr("Rules"), {{Tr::tr("Rule"), 70.0, false},
                                        {Tr::tr("A girder may go into a slot only when"),
                                         S::kContentWidth - 70.0, false}});
    auto rule = [&rules](matching::RuleId id, const QString& text) {
        ReportTable::Row r;
        r.cells = {
            {matching::ruleKey(id) + QLatin1Char(' ') + matching::ruleName(id), {}, {}, {}, true},
            {text}};
        rules.addRow(std::move(r));
    };
    using matching::RuleId;
    rule(RuleId::R1Length,
         Tr::tr("its length l is at least the span's required length L and at most L + %1 "
                "(it may be shortened, never lengthened); the cut is l − L")
             .arg(n.quantity(settings.maxShorteningM, 2, m)));
    rule(RuleId::R2Capacity,
         Tr::tr("its resistances carry the slot's demands: MEd ≤ MRd and VEd ≤ VRd; the "
                "utilisations MEd/MRd (bending) and VEd/VRd (shear) are at most 1; an "
                "estimated demand includes the girder's own weight"));
    rule(RuleId::R3Condition,
         Tr::tr("its NEN 2767 condition score is at most %1").arg(settings.maxCondition));
    rule(RuleId::R4Basis, settings.requireVerified
                              ? Tr::tr("its resistances are verified (required in this project)")
                              : Tr::tr("its resistances are estimated or verified (verified "
                                       "resistances are not required in this project)"));
    rule(RuleId::R5Timing, Tr::tr("it is available on or before the span's installation date"));
    rule(RuleId::R6Status, Tr::tr("it is neither installed elsewhere nor rejected"));
    rule(RuleId::R7Saving, Tr::tr("its net CO2e saving in the slot is greater than zero"));
    rule(RuleId::R8Section,
         Tr::tr("all girders of one span have the same section (height and width): they lie "
                "side by side under one deck"));
    rules.layout(canvas);

    canvas.heading(2, Tr::tr("Method"), 60.0);
    canvas.paragraph(
        Tr::tr("Net saving of girder i in a slot of span p of structure d: S = m · (L / l) · "
               "F_new − m · D · F_tkm, with m the girder's mass, L / l the part of it that is "
               "built in (the cut-off piece is not credited), F_new = %1 and F_tkm = %2. D is the "
               "transport distance: the geodesic distance on the WGS84 ellipsoid (Vincenty) from "
               "where the girder is now to the structure's site, times the road factor %3.")
            .arg(n.quantity(settings.fNew, 1, QStringLiteral("kg CO2e/t")),
                 n.quantity(settings.fTkm, 3, QStringLiteral("kg CO2e/tkm")),
                 n.locale().toString(settings.roadFactor, 'g', 6)),
        body, S::kInk, 6.0);
    canvas.paragraph(
        Tr::tr("The optimiser chooses one section per span and the best matching of girders to "
               "slots for it (branch and bound with Lagrangian bounds and exact assignment "
               "problems). It keeps every pin and reports a plan as optimal only when it has "
               "proven that no plan saves more, to within 1 mg CO2e; otherwise it reports a "
               "proven upper bound."),
        body, S::kInk, 6.0);
}

}  // namespace respan::ui::ReportSections
