// respan-cli match and pin (docs/contract/matching.md section 5).
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/matching/design.h"
#include "core/matching/judging/planvalidation.h"
#include "core/matching/matchjson.h"
#include "core/matching/optimiser.h"
#include "core/model/projectsettings.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

using namespace respan::matching;

QString kg(double v) {
    return QString::number(v, 'f', 1);
}

void printSettings(QTextStream& out, const ProjectSettings& settings) {
    out << Tr::tr("Settings:") << '\n';
    for (const SettingInfo& info : settingInfos()) {
        if (info.type == SettingType::Text) continue;
        QString value = settingValue(settings, info.name);
        if (info.type == SettingType::Real) value = QString::number(value.toDouble(), 'g', 12);
        out << "  " << info.name << " = " << value;
        if (!info.unit.isEmpty()) out << ' ' << info.unit;
        if (!info.source().isEmpty()) out << "  (" << info.source() << ')';
        out << '\n';
    }
}

void printSummary(QTextStream& out, const MatchResult& r, const ProjectSettings& settings,
                  int slotCount) {
    out << Tr::tr("Objective: %1").arg(objectiveKey(r.objective)) << '\n';
    if (r.optimal) {
        out << Tr::tr("Result: proven optimal") << '\n';
    } else {
        const double gap = r.objectiveBound > 0.0
                               ? 100.0 * (r.objectiveBound - r.objectiveValue) / r.objectiveBound
                               : 0.0;
        out << Tr::tr(
                   "Result: NOT proven optimal (%1); the best plan found is within %2 % of "
                   "the upper bound")
                   .arg(r.stopped ? Tr::tr("time limit or cancellation") : Tr::tr("stopped"))
                   .arg(QString::number(gap, 'f', 3))
            << '\n';
    }
    if (pricedInEuro(r.objective)) {
        out << Tr::tr(
                   "Net saving against crushing and building new (%1): EUR %2 (upper bound "
                   "EUR %3)")
                   .arg(r.objective == Objective::Mki ? Tr::tr("MKI") : Tr::tr("cost"),
                        QString::number(r.objectiveValue, 'f', 2),
                        QString::number(r.objectiveBound, 'f', 2))
            << '\n';
    }
    out << Tr::tr("Total saving: %1 kg CO2e (upper bound %2 kg CO2e)")
               .arg(kg(r.totalSavingKg), kg(r.upperBoundKg))
        << '\n';
    int pinned = 0;
    for (const PlannedAssignment& a : r.assignments) pinned += a.pinned;
    out << Tr::tr("Filled slots: %1 of %2 (%3 pinned)")
               .arg(r.filledSlots)
               .arg(slotCount)
               .arg(pinned)
        << '\n';
    out << Tr::tr("Solve time: %1 s").arg(QString::number(r.solveSeconds, 'f', 3)) << '\n';
    printSettings(out, settings);

    out << '\n' << Tr::tr("Assignments (%1):").arg(r.assignments.size()) << '\n';
    for (const PlannedAssignment& a : r.assignments) {
        out << "  " << a.element << "  ->  " << a.where.path() << "   "
            << Tr::tr("cut %1 m, utilisation %2, distance %3 km, saving %4 kg CO2e")
                   .arg(QString::number(a.cutM, 'f', 2), QString::number(a.utilisation, 'f', 2),
                        QString::number(a.distanceKm, 'f', 1), kg(a.savingKg));
        if (a.pinned) out << "  " << Tr::tr("[pinned]");
        out << '\n';
    }
    out << '\n' << Tr::tr("Unfilled slots (%1):").arg(r.unfilledSlots.size()) << '\n';
    for (const UnfilledSlot& u : r.unfilledSlots) {
        out << "  " << u.where.path() << '\n';
        if (u.reasons.empty()) out << "    " << Tr::tr("no girders in the project") << '\n';
        for (const SlotReason& reason : u.reasons) {
            out << "    " << reason.element << ": " << reason.detail << '\n';
        }
    }
    out << '\n' << Tr::tr("Unused elements (%1):").arg(r.unusedElements.size()) << '\n';
    for (const UnusedElement& u : r.unusedElements)
        out << "  " << u.element << ": " << u.reason << '\n';
    if (!r.conflicts.empty()) {
        out << '\n' << Tr::tr("Pins in conflict (%1):").arg(r.conflicts.size()) << '\n';
        for (const PinConflict& c : r.conflicts) {
            out << "  " << c.element << "  ->  " << c.where.path() << ": " << c.detail << '\n';
        }
    }
    out.flush();
}

int slotCount(const ProjectDocument& doc) {
    return doc.slotCount();
}

/// `--time-limit S`: seconds, a number greater than 0 and at most a day.
double parseTimeLimit(const QString& text) {
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds > 0.0) || seconds > 86400.0) {
        throw UsageError{
            Tr::tr("--time-limit needs a number of seconds greater than 0 and at most 86400, "
                   "got \"%1\"")
                .arg(text)};
    }
    return seconds;
}

/// A line on stderr about once a second while a search runs longer than a second: the best
/// plan so far against the proven bound, so that the gap can be seen closing (stdout stays
/// the summary or the JSON's note).
std::function<void(const MatchProgress&)> progressLines(Objective objective, QTextStream& err) {
    auto last = std::make_shared<double>(0.0);
    return [objective, &err, last](const MatchProgress& p) {
        if (p.elapsedSeconds < *last + 1.0) return;
        *last = p.elapsedSeconds;
        const double gap = p.upperBoundKg > 0.0
                               ? 100.0 * (p.upperBoundKg - p.bestSavingKg) / p.upperBoundKg
                               : 0.0;
        const QString seconds = QString::number(p.elapsedSeconds, 'f', 0);
        if (objective == Objective::Count) {
            err << Tr::tr("searching, %1 s: best plan fills %2 slots, %3 nodes")
                       .arg(seconds)
                       .arg(p.bestFilledSlots)
                       .arg(p.nodes)
                << Qt::endl;
        } else if (pricedInEuro(objective)) {
            err << Tr::tr("searching, %1 s: best EUR %2, bound EUR %3 (gap %4 %), %5 nodes")
                       .arg(seconds, QString::number(p.bestSavingKg, 'f', 0),
                            QString::number(p.upperBoundKg, 'f', 0), QString::number(gap, 'f', 3))
                       .arg(p.nodes)
                << Qt::endl;
        } else {
            err << Tr::tr("searching, %1 s: best %2 kg CO2e, bound %3 kg (gap %4 %), %5 nodes")
                       .arg(seconds, kg(p.bestSavingKg), kg(p.upperBoundKg),
                            QString::number(gap, 'f', 3))
                       .arg(p.nodes)
                << Qt::endl;
        }
    };
}

}  // namespace

int runMatch(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file;
    QString jsonPath;
    Objective objective = Objective::Carbon;
    double timeLimit = MatchOptions{}.timeLimitSeconds;
    bool apply = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--time-limit")) {
            if (++i >= args.size()) {
                throw UsageError{Tr::tr("--time-limit needs a number of seconds")};
            }
            timeLimit = parseTimeLimit(args.at(i));
        } else if (a == QLatin1String("--objective")) {
            if (++i >= args.size())
                throw UsageError{Tr::tr("--objective needs carbon, count, mki or cost")};
            const auto o = objectiveFromKey(args.at(i));
            if (!o) {
                throw UsageError{Tr::tr("unknown objective \"%1\"; use carbon, count, mki or cost")
                                     .arg(args.at(i))};
            }
            objective = *o;
        } else if (a == QLatin1String("--json")) {
            if (++i >= args.size()) throw UsageError{Tr::tr("--json needs an output file")};
            jsonPath = args.at(i);
        } else if (a == QLatin1String("--apply")) {
            apply = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            throw UsageError{Tr::tr("unknown option \"%1\"").arg(a)};
        } else if (file.isEmpty()) {
            file = a;
        } else {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        }
    }
    if (file.isEmpty()) throw UsageError{Tr::tr("missing project file")};
    if (!jsonPath.isEmpty() && !outputAllowed(jsonPath, file, err)) return kBadInput;

    MatchOptions options;
    options.objective = objective;
    options.timeLimitSeconds = timeLimit;
    options.progress = progressLines(objective, err);
    auto solve = [&](ProjectDocument& doc, MatchResult& result, QTextStream& to) {
        result = optimisePlan(makeMatchInput(doc), options);
        if (!jsonPath.isEmpty() && !writeOutputFile(jsonPath, matchResultToJson(result), err))
            return int(kFailure);
        if (jsonPath.isEmpty()) {
            printSummary(to, result, doc.settings(), slotCount(doc));
        } else {
            to << Tr::tr("%1 plan, %2 of %3 slots filled, saving %4 kg CO2e; written to %5")
                      .arg(result.optimal ? Tr::tr("optimal") : Tr::tr("not proven optimal"))
                      .arg(result.filledSlots)
                      .arg(slotCount(doc))
                      .arg(kg(result.totalSavingKg), jsonPath)
               << Qt::endl;
        }
        return int(kOk);
    };
    MatchResult result;
    if (!apply) {
        return readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
            return solve(doc, result, out);
        });
    }
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        const int s = solve(doc, result, report);
        if (s != kOk) return s;
        applyPlan(doc, result);
        report << Tr::tr("stored the plan in %1 (pins kept, proposals replaced)").arg(file)
               << Qt::endl;
        return s;
    });
}

int runDesign(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file;
    QString jsonPath;
    Objective objective = Objective::Carbon;
    double timeLimit = MatchOptions{}.timeLimitSeconds;
    bool apply = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--time-limit")) {
            if (++i >= args.size()) {
                throw UsageError{Tr::tr("--time-limit needs a number of seconds")};
            }
            timeLimit = parseTimeLimit(args.at(i));
        } else if (a == QLatin1String("--objective")) {
            if (++i >= args.size()) throw UsageError{Tr::tr("--objective needs carbon or count")};
            const auto o = objectiveFromKey(args.at(i));
            if (!o) {
                throw UsageError{Tr::tr("unknown objective \"%1\"; use carbon or count")
                                     .arg(args.at(i))};
            }
            if (!designSupports(*o)) {
                throw UsageError{Tr::tr("design: the objective \"%1\" cannot choose span lengths "
                                        "yet; use carbon or count")
                                     .arg(args.at(i))};
            }
            objective = *o;
        } else if (a == QLatin1String("--json")) {
            if (++i >= args.size()) throw UsageError{Tr::tr("--json needs an output file")};
            jsonPath = args.at(i);
        } else if (a == QLatin1String("--apply")) {
            apply = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            throw UsageError{Tr::tr("unknown option \"%1\"").arg(a)};
        } else if (file.isEmpty()) {
            file = a;
        } else {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        }
    }
    if (file.isEmpty()) throw UsageError{Tr::tr("missing project file")};
    if (!jsonPath.isEmpty() && !outputAllowed(jsonPath, file, err)) return kBadInput;

    MatchOptions options;
    options.objective = objective;
    options.timeLimitSeconds = timeLimit;
    options.progress = progressLines(objective, err);
    DesignResult result;
    auto solve = [&](ProjectDocument& doc, QTextStream& to) {
        result = designAroundStock(makeMatchInput(doc), options);
        if (!jsonPath.isEmpty() && !writeOutputFile(jsonPath, designResultToJson(result), err))
            return int(kFailure);
        if (jsonPath.isEmpty()) {
            to << Tr::tr("Span lengths (%1 spans with bounds):").arg(result.spans.size()) << '\n';
            for (const SpanLengthChoice& c : result.spans) {
                to << "  " << c.structure << " / " << c.span << ": "
                   << Tr::tr("%1 m -> %2 m (bounds %3 to %4 m, %5 candidates)")
                          .arg(QString::number(c.beforeM, 'f', 2),
                               QString::number(c.afterM, 'f', 2),
                               QString::number(c.minM, 'f', 2), QString::number(c.maxM, 'f', 2))
                          .arg(c.candidates)
                   << '\n';
            }
            to << Tr::tr("At today's lengths: %1 of %2 slots filled, saving %3 kg CO2e")
                      .arg(result.before.filledSlots)
                      .arg(slotCount(doc))
                      .arg(kg(result.before.totalSavingKg))
               << "\n\n";
            printSummary(to, result.match, doc.settings(), slotCount(doc));
        } else {
            to << Tr::tr("%1 design, %2 of %3 slots filled (%4 at today's lengths), saving %5 kg "
                         "CO2e (%6); written to %7")
                      .arg(result.match.optimal ? Tr::tr("optimal") : Tr::tr("not proven optimal"))
                      .arg(result.match.filledSlots)
                      .arg(slotCount(doc))
                      .arg(result.before.filledSlots)
                      .arg(kg(result.match.totalSavingKg), kg(result.before.totalSavingKg),
                           jsonPath)
               << Qt::endl;
        }
        return int(kOk);
    };
    if (!apply) {
        return readProject(file, err,
                           [&](ProjectDocument& doc, ProjectSession&) { return solve(doc, out); });
    }
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        const int s = solve(doc, report);
        if (s != kOk) return s;
        applyDesign(doc, result);
        report << Tr::tr("stored the span lengths and the plan in %1 (pins kept, proposals "
                         "replaced)")
                      .arg(file)
               << Qt::endl;
        return s;
    });
}

int runPin(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.size() != 5) {
        throw UsageError{args.size() < 5 ? Tr::tr("missing arguments")
                                         : Tr::tr("unexpected argument \"%1\"").arg(args.at(5))};
    }
    const QString& file = args.at(0);
    const QString& elementId = args.at(1);
    const QString& structureName = args.at(2);
    const QString& spanName = args.at(3);
    const QString& slotName = args.at(4);
    return editProject(file, out, err, [&](ProjectDocument& doc, QTextStream& report) {
        const Element* element = doc.elementById(elementId);
        if (element == nullptr) {
            err << Tr::tr("error: no element \"%1\" in %2").arg(elementId, file) << Qt::endl;
            return int(kBadInput);
        }
        const int d = doc.structureIndexByName(structureName);
        if (d < 0) {
            err << Tr::tr("error: no structure \"%1\" in %2").arg(structureName, file) << Qt::endl;
            return int(kBadInput);
        }
        const Structure& structure = doc.structure(d);
        const Span* span = nullptr;
        for (const Span& p : structure.spans) {
            if (p.name == spanName) span = &p;
        }
        if (span == nullptr) {
            err << Tr::tr("error: no span \"%1\" in structure %2").arg(spanName, structureName)
                << Qt::endl;
            return int(kBadInput);
        }
        const Slot* slot = nullptr;
        for (const Slot& s : span->slots) {
            if (s.name == slotName) slot = &s;
        }
        if (slot == nullptr) {
            err << Tr::tr("error: no slot \"%1\" in span %2 of %3")
                       .arg(slotName, spanName, structureName)
                << Qt::endl;
            return int(kBadInput);
        }
        // Admissible (R1-R7) and compatible with the span's other pins (R8).
        const MatchInput input = makeMatchInput(doc);
        const PlanViolation v = checkPlacement(input, input.pins, element->uid, slot->uid);
        if (v.rule != RuleId::None || !v.detail.isEmpty()) {
            err << Tr::tr("error: pin refused: %1").arg(v.detail) << Qt::endl;
            return int(kBadInput);
        }
        const Uid elementUid = element->uid;
        const Uid slotUid = slot->uid;
        const QString where =
            structureName + QStringLiteral(" / ") + spanName + QStringLiteral(" / ") + slotName;
        // Unpinned proposals in the span that the new pin makes break R8 are dropped, so that
        // the stored plan stays valid; the next `match` fills their slots again.
        std::vector<Uid> spanSlots;
        for (const Slot& s : span->slots) spanSlots.push_back(s.uid);
        const Element pinnedCopy = *element;
        std::vector<Uid> stale;
        for (const Assignment& a : doc.assignments()) {
            if (a.pinned || a.slotUid == slotUid || a.elementUid == elementUid) continue;
            if (std::find(spanSlots.begin(), spanSlots.end(), a.slotUid) == spanSlots.end())
                continue;
            const Element* other = doc.elementByUid(a.elementUid);
            if (other != nullptr && !other->sameSection(pinnedCopy)) stale.push_back(a.slotUid);
        }
        for (const Uid s : stale) {
            const Slot* dropped = doc.slotByUid(s);
            report << Tr::tr("removed the proposal in slot %1: its girder has another section")
                          .arg(dropped != nullptr ? dropped->name : QString())
                   << '\n';
            doc.removeAssignment(s);
        }
        if (const auto previous = doc.assignmentForSlot(slotUid);
            previous && previous->elementUid != elementUid) {
            const Element* e = doc.elementByUid(previous->elementUid);
            report << Tr::tr("%1 %2 leaves %3")
                          .arg(previous->pinned ? Tr::tr("pinned girder") : Tr::tr("girder"),
                               e != nullptr ? e->id : QString(), where)
                   << '\n';
        }
        if (const auto previous = doc.assignmentForElement(elementUid);
            previous && previous->slotUid != slotUid) {
            report << Tr::tr("%1 leaves its previous slot").arg(elementId) << '\n';
        }
        doc.setAssignment({elementUid, slotUid, true});
        report << Tr::tr("pinned %1 to %2").arg(elementId, where) << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
