// The recertification section of the matching report (docs/recertification.md): the protocol,
// status and ready date per girder, late girders, resource peaks and the evidence on file.
#include <QCoreApplication>
#include <QHash>

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

QString day(const std::optional<QDate>& d) {
    return d && d->isValid() ? d->toString(Qt::ISODate) : QStringLiteral("—");
}

void protocolTable(ReportCanvas& canvas, const std::vector<ProtocolStep>& steps) {
    ReportTable protocol(Tr::tr("Protocol"),
                         {{Tr::tr("Step"), 150.0, false},
                          {Tr::tr("Phase"), 70.0, false},
                          {Tr::tr("Days"), 40.0, true},
                          {Tr::tr("After"), 110.0, false},
                          {Tr::tr("Resource"), S::kContentWidth - 370.0, false}});
    for (const ProtocolStep& p : steps) {
        ReportTable::Row r;
        r.cells = {
            {p.name, {}, {}, {}, true},
            {protocolPhaseName(p.phase)},
            {QString::number(p.durationDays)},
            {p.predecessors.join(QStringLiteral(", "))},
            {p.resource.isEmpty()
                 ? QStringLiteral("—")
                 : Tr::tr("%1 (%2 at once)").arg(p.resource).arg(p.resourceCapacity.value_or(1))}};
        protocol.addRow(std::move(r));
    }
    protocol.layout(canvas);
}

/// Status, steps done, ready date, deadline and lateness per girder; resource peaks.
void readyTable(ReportCanvas& canvas, const certification::Schedule& sch,
                const std::vector<Element>& girders) {
    const QFont body = S::font(S::Face::Body, S::kBody);
    const QFont small = S::font(S::Face::Body, S::kSmall);
    canvas.heading(2, Tr::tr("Ready date per girder"), 60.0);
    if (sch.girders.empty()) {
        canvas.paragraph(Tr::tr("No girder needs recertifying."), body, S::kInk);
    } else {
        canvas.paragraph(Tr::tr("%n girder(s) still need recertifying; %1 of them are late.",
                                nullptr, static_cast<int>(sch.girders.size()))
                             .arg(sch.late.size()),
                         body, sch.late.isEmpty() ? S::kInk : S::kRed, 6.0);
        QHash<Uid, const Element*> elements;
        for (const Element& e : girders) elements.insert(e.uid, &e);
        ReportTable t(Tr::tr("Ready date per girder"),
                      {{Tr::tr("Girder"), 70.0, false},
                       {Tr::tr("Status"), 80.0, false},
                       {Tr::tr("Steps done"), 60.0, true},
                       {Tr::tr("Ready"), 80.0, false},
                       {Tr::tr("Deadline"), 80.0, false},
                       {Tr::tr("Late"), S::kContentWidth - 370.0, false}});
        for (const certification::GirderSchedule& g : sch.girders) {
            const Element* e = elements.value(g.element, nullptr);
            int done = 0;
            for (const certification::ScheduledStep& s : g.steps) done += s.done ? 1 : 0;
            QString late;
            if (g.lateDays > 0) late = Tr::tr("%n day(s) late", nullptr, g.lateDays);
            if (g.lateForHarvest) {
                if (!late.isEmpty()) late += QStringLiteral("; ");
                late += Tr::tr("a step before harvest ends after the harvest");
            }
            ReportTable::Row r;
            r.cells = {
                {g.id, g.late() ? S::kRed : QColor(), {}, {}, true},
                {e != nullptr ? elementStatusName(e->status) : QString()},
                {QStringLiteral("%1/%2").arg(done).arg(g.steps.size())},
                {day(g.readyDate)},
                {day(g.deadline)},
                {late.isEmpty() ? QStringLiteral("—") : late, g.late() ? S::kRed : S::kMuted}};
            t.addRow(std::move(r));
        }
        t.layout(canvas);
        for (const certification::ResourceUse& u : sch.resources) {
            canvas.paragraph(Tr::tr("Resource %1: at most %2 of %3 girders at once, first on %4.")
                                 .arg(u.resource)
                                 .arg(u.peak)
                                 .arg(u.capacity)
                                 .arg(day(u.peakDate)),
                             small, S::kMuted, 2.0);
        }
        canvas.space(6.0);
    }
}

void evidenceTable(ReportCanvas& canvas, const std::vector<report::EvidenceRow>& evidence) {
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(2, Tr::tr("Evidence"), 60.0);
    if (evidence.empty()) {
        canvas.paragraph(Tr::tr("No document is attached to a recertification step yet."), body,
                         S::kInk);
        return;
    }
    ReportTable ev(Tr::tr("Evidence"), {{Tr::tr("Girder"), 60.0, false},
                                        {Tr::tr("Step"), 100.0, false},
                                        {Tr::tr("Document"), 130.0, false},
                                        {Tr::tr("SHA-256"), S::kContentWidth - 290.0, false}});
    for (const report::EvidenceRow& row : evidence) {
        ReportTable::Row r;
        r.cells = {
            {row.element, {}, {}, {}, true}, {row.step}, {row.document}, {row.sha256, S::kMuted}};
        ev.addRow(std::move(r));
    }
    ev.layout(canvas);
}

}  // namespace

void recertification(ReportCanvas& canvas, const ReportContext& ctx) {
    const report::PlanReport& d = ctx.data;
    const matching::MatchInput& in = d.input.match;
    const QFont body = S::font(S::Face::Body, S::kBody);
    canvas.heading(1, Tr::tr("Recertification"));
    canvas.paragraph(
        Tr::tr("Every girder that is not certified, installed or rejected goes through the "
               "project's protocol of %n step(s), scheduled from %1 by deadline "
               "(installation minus %2 days' delivery lead). The ready dates %3 rule R5. "
               "Durations, costs and capacities of the default protocol are illustrative.",
               nullptr, static_cast<int>(in.protocol.size()))
            .arg(certification::planStart(in.settings).toString(Qt::ISODate))
            .arg(in.settings.deliveryLeadDays)
            .arg(in.settings.planCertification ? Tr::tr("enter") : Tr::tr("do not enter")),
        body, S::kInk, 6.0);

    protocolTable(canvas, in.protocol);
    readyTable(canvas, d.schedule, in.elements);
    evidenceTable(canvas, d.input.evidence);
}

}  // namespace respan::ui::ReportSections
