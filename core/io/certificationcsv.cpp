// The protocol and certification CSV files (docs/contract/planning.md sections 4.1 and 4.2).
#include "core/io/certificationcsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>
#include <stdexcept>

#include "core/certification/steprecords.h"
#include "core/document/projectdocument.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/csvwriter.h"
#include "core/io/numberparser.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

// Protocol columns, in the contract's order.
enum ProtocolColumn {
    PStep,
    PName,
    PPhase,
    PDuration,
    PPredecessors,
    PResource,
    PCapacity,
    PCost,
    PParty,
    PEvidence,
    kProtocolColumns
};

constexpr std::array<CsvColumnSpec, kProtocolColumns> kProtocolSpec{{
    {"step", true},
    {"name", true},
    {"phase", true},
    {"duration_days", true},
    {"predecessors", false},
    {"resource", false},
    {"resource_capacity", false},
    {"cost_eur", false},
    {"party", false},
    {"evidence", false},
}};

enum ResultColumn {
    RElement,
    RStep,
    RStatus,
    RStart,
    REnd,
    RResult,
    RMoment,
    RShear,
    RNote,
    kResultColumns
};

constexpr std::array<CsvColumnSpec, kResultColumns> kResultSpec{{
    {"element", true},
    {"step", true},
    {"status", true},
    {"actual_start", false},
    {"actual_end", false},
    {"result", false},
    {"moment_capacity_knm", false},
    {"shear_capacity_kn", false},
    {"note", false},
}};

int protocolColumnOfField(const QString& field) {
    for (int c = 0; c < kProtocolColumns; ++c) {
        if (field == QLatin1String(kProtocolSpec[static_cast<std::size_t>(c)].name)) return c;
    }
    return PStep;
}

int resultColumnOfField(const QString& field) {
    for (int c = 0; c < kResultColumns; ++c) {
        if (field == QLatin1String(kResultSpec[static_cast<std::size_t>(c)].name)) return c;
    }
    return RStatus;
}

QString required() {
    return Tr::tr("required: the field must not be empty");
}

}  // namespace

ProtocolImport parseProtocolCsv(const QByteArray& bytes) {
    ProtocolImport out;
    CsvTable table(bytes, kProtocolSpec, out.errors, out.warnings);
    if (!table.canRead()) return out;
    CsvRowParser p(table);
    std::vector<int> rows;
    while (table.nextRow()) {
        p.startRow();
        ProtocolStep s;
        s.id = p.text(PStep).trimmed();
        if (s.id.isEmpty()) p.fail(PStep, QStringLiteral("required"), required());
        s.name = p.text(PName).trimmed();
        if (s.name.isEmpty()) p.fail(PName, QStringLiteral("required"), required());
        const std::optional<ProtocolPhase> phase = p.choice<ProtocolPhase>(
            PPhase, protocolPhaseFromKey, Tr::tr("must be before_harvest or after_harvest"));
        if (phase) {
            s.phase = *phase;
        } else if (!p.failed(PPhase)) {
            p.fail(PPhase, QStringLiteral("required"), required());
        }
        if (const std::optional<int> d = p.wholeNumber(PDuration, true)) {
            if (*d < 0) {
                p.fail(PDuration, QStringLiteral("range"), Tr::tr("must be 0 days or more"));
            }
            s.durationDays = *d;
        }
        for (const QString& pred :
             p.text(PPredecessors).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString id = pred.trimmed();
            if (!id.isEmpty()) s.predecessors.push_back(id);
        }
        s.resource = p.text(PResource).trimmed();
        s.resourceCapacity = p.wholeNumber(PCapacity, false);
        if (s.resourceCapacity && *s.resourceCapacity < 1) {
            p.fail(PCapacity, QStringLiteral("range"), Tr::tr("must be 1 girder or more at once"));
        } else if (s.resourceCapacity && s.resource.isEmpty()) {
            p.fail(PCapacity, QStringLiteral("resource"),
                   Tr::tr("a capacity needs a resource: the resource column is empty"));
        }
        s.costEur = p.number(PCost, false);
        if (s.costEur && *s.costEur < 0) {
            p.fail(PCost, QStringLiteral("range"), Tr::tr("must be 0 euro or more"));
        }
        s.party = p.text(PParty).trimmed();
        s.evidence = p.text(PEvidence).trimmed();
        rows.push_back(table.row());
        out.steps.push_back(std::move(s));
    }
    if (out.errors.empty() && out.steps.empty()) {
        out.errors.push_back({0, QString(), QString(), QStringLiteral("empty"),
                              Tr::tr("the file has no steps; a project without recertification "
                                     "sets plan_certification to false instead")});
    }
    if (out.errors.empty()) {
        // The template as a whole: each problem at the row and column of its step.
        for (const ProtocolProblem& pr : checkProtocol(out.steps)) {
            const std::size_t k = static_cast<std::size_t>(std::max(pr.step, 0));
            const int column = protocolColumnOfField(pr.field);
            out.errors.push_back({k < rows.size() ? rows[k] : 0, table.columnName(column),
                                  rawValue(pr.value), QStringLiteral("protocol"), pr.message});
        }
    }
    if (!out.errors.empty()) out.steps.clear();
    return out;
}

QByteArray writeProtocolCsv(const std::vector<ProtocolStep>& steps, CsvDialect dialect) {
    CsvWriter w(dialect);
    for (const CsvColumnSpec& c : kProtocolSpec) w.text(QString::fromLatin1(c.name));
    w.endRow();
    for (const ProtocolStep& s : steps) {
        w.text(s.id);
        w.text(s.name);
        w.text(protocolPhaseKey(s.phase));
        w.integer(s.durationDays);
        w.text(s.predecessors.join(QLatin1Char('|')));
        w.text(s.resource);
        if (s.resourceCapacity) {
            w.integer(*s.resourceCapacity);
        } else {
            w.empty();
        }
        if (s.costEur) {
            w.number(*s.costEur);
        } else {
            w.empty();
        }
        w.text(s.party);
        w.text(s.evidence);
        w.endRow();
    }
    return w.toUtf8();
}

namespace {

/// One row of a results file: the girder's row in the project and the step's new record.
struct ResultRow {
    int elementRow = -1;
    StepRecord record;
};

/// The girders the rows touch, as they are after them, grouped by girder in file order; each
/// row replaces its step's record, then applyOutcome sets status, resistances and history.
void collectChanges(const std::vector<ResultRow>& rows, const ProjectDocument& project,
                    const QString& user, const QDateTime& when, CertificationImport& out) {
    // Group by girder in file order; each row replaces its step's record.
    QHash<int, std::size_t> changedIndex;
    std::vector<std::vector<const StepRecord*>> perGirder;
    for (const ResultRow& row : rows) {
        auto it = changedIndex.constFind(row.elementRow);
        if (it == changedIndex.cend()) {
            it = changedIndex.insert(row.elementRow, out.changed.size());
            out.changed.push_back(project.element(row.elementRow));
            perGirder.emplace_back();
        }
        Element& e = out.changed[*it];
        StepRecord next = row.record;
        bool replaced = false;
        for (StepRecord& old : e.certification) {
            if (old.step != next.step) continue;
            next.evidence = old.evidence;
            next.plannedStart = old.plannedStart;
            old = next;
            replaced = true;
        }
        if (!replaced) e.certification.push_back(next);
        perGirder[*it].push_back(&row.record);
    }
    const QString source = Tr::tr("certification import");
    for (std::size_t k = 0; k < out.changed.size(); ++k) {
        Element& e = out.changed[k];
        const certification::StepOutcome o = certification::applyStepOutcome(
            e, project.protocol(), perGirder[k], user, when, source);
        if (o.rejected) out.rejected << e.id;
        if (o.verified) out.verified << e.id;
        if (o.certified) out.certified << e.id;
    }
}

}  // namespace

CertificationImport parseCertificationCsv(const QByteArray& bytes, const ProjectDocument& project,
                                          const QString& user, const QDateTime& when) {
    CertificationImport out;
    CsvTable table(bytes, kResultSpec, out.errors, out.warnings);
    if (!table.canRead()) return out;
    CsvRowParser p(table);
    QSet<QString> steps;
    for (const ProtocolStep& s : project.protocol()) steps.insert(s.id);
    QHash<QString, int> firstRow;  // "element\nstep" -> row
    std::vector<ResultRow> rows;
    while (table.nextRow()) {
        p.startRow();
        ++out.records;
        ResultRow row;
        const QString id = p.text(RElement).trimmed();
        if (id.isEmpty()) {
            p.fail(RElement, QStringLiteral("required"), required());
        } else {
            row.elementRow = project.elementRowById(id);
            if (row.elementRow < 0) {
                p.fail(RElement, QStringLiteral("unknown"),
                       Tr::tr("no element %1 in the project").arg(id));
            }
        }
        StepRecord& r = row.record;
        r.step = p.text(RStep).trimmed();
        if (r.step.isEmpty()) {
            p.fail(RStep, QStringLiteral("required"), required());
        } else if (!steps.contains(r.step)) {
            p.fail(RStep, QStringLiteral("unknown"),
                   Tr::tr("no step %1 in the project's protocol").arg(r.step));
        }
        if (!id.isEmpty() && !r.step.isEmpty()) {
            const QString key = id + QLatin1Char('\n') + r.step;
            if (const auto it = firstRow.constFind(key); it != firstRow.cend()) {
                p.fail(RStep, QStringLiteral("unique"),
                       Tr::tr("step %1 of %2 is in row %3 already").arg(r.step, id).arg(*it));
            } else {
                firstRow.insert(key, table.row());
            }
        }
        const std::optional<StepStatus> status =
            p.choice<StepStatus>(RStatus, stepStatusFromKey,
                                 Tr::tr("must be planned, running, passed, failed or conditional"));
        if (status) {
            r.status = *status;
        } else if (!p.failed(RStatus)) {
            p.fail(RStatus, QStringLiteral("required"), required());
        }
        r.actualStart = p.date(RStart, false);
        r.actualEnd = p.date(REnd, false);
        r.result = p.text(RResult).trimmed();
        if (const std::optional<double> m = p.number(RMoment, false))
            r.momentCapacity = KiloNewtonMetres(*m);
        if (const std::optional<double> v = p.number(RShear, false))
            r.shearCapacity = KiloNewtons(*v);
        if (status) {
            // The checks between the fields are the step editor's too (one rule, one place).
            for (const certification::RecordProblem& problem : certification::checkStepRecord(r)) {
                const int column = resultColumnOfField(problem.field);
                if (!p.failed(column)) p.fail(column, problem.rule, problem.message);
            }
        }
        r.note = p.text(RNote).trimmed();
        rows.push_back(std::move(row));
    }
    if (!out.errors.empty()) return out;

    collectChanges(rows, project, user, when, out);
    return out;
}

QByteArray writeCertificationCsv(const ProjectDocument& doc, CsvDialect dialect) {
    CsvWriter w(dialect);
    for (const CsvColumnSpec& c : kResultSpec) w.text(QString::fromLatin1(c.name));
    w.endRow();
    const auto date = [&w](const std::optional<QDate>& d) {
        if (d) {
            w.text(d->toString(Qt::ISODate));
        } else {
            w.empty();
        }
    };
    for (const Element& e : doc.elements()) {
        for (const StepRecord& r : e.certification) {
            if (r.status == StepStatus::Planned && !r.actualStart && r.result.isEmpty() &&
                r.note.isEmpty())
                continue;
            w.text(e.id);
            w.text(r.step);
            w.text(stepStatusKey(r.status));
            date(r.actualStart);
            date(r.actualEnd);
            w.text(r.result);
            if (r.momentCapacity) {
                w.number(r.momentCapacity->value());
            } else {
                w.empty();
            }
            if (r.shearCapacity) {
                w.number(r.shearCapacity->value());
            } else {
                w.empty();
            }
            w.text(r.note);
            w.endRow();
        }
    }
    return w.toUtf8();
}

void replaceElements(ProjectDocument& doc, const std::vector<Element>& elements) {
    std::vector<int> rows;
    rows.reserve(elements.size());
    for (const Element& e : elements) {
        const int row = doc.elementRow(e.uid);
        if (row < 0) throw std::invalid_argument("a girder of the certification import is gone");
        rows.push_back(row);
    }
    for (std::size_t k = 0; k < rows.size(); ++k) doc.updateElement(rows[k], elements[k]);
}

void applyCertificationImport(ProjectDocument& doc, CertificationImport&& import) {
    if (!import.ok()) throw std::invalid_argument("certification import has errors");
    replaceElements(doc, import.changed);
}

}  // namespace respan::io
