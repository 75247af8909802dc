#include "core/model/certification.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <queue>

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Certification)
};

constexpr const char* kPhaseKeys[kProtocolPhaseCount] = {"before_harvest", "after_harvest"};
constexpr const char* kStatusKeys[kStepStatusCount] = {"planned", "running", "passed", "failed",
                                                       "conditional"};

/// The cycle through `start` found by following predecessors, as "a -> b -> a".
/// `placed`: the steps a topological order reached; every other step has a predecessor that is
/// not placed either, so following those must come back to a step already seen.
QString describeCycle(const std::vector<ProtocolStep>& steps, const QHash<QString, int>& index,
                      const std::vector<char>& placed, int start) {
    std::vector<int> path;
    std::vector<int> seenAt(steps.size(), -1);
    int at = start;
    while (at >= 0 && seenAt[static_cast<std::size_t>(at)] < 0) {
        seenAt[static_cast<std::size_t>(at)] = static_cast<int>(path.size());
        path.push_back(at);
        int next = -1;
        for (const QString& p : steps[static_cast<std::size_t>(at)].predecessors) {
            const int q = index.value(p, -1);
            if (q >= 0 && !placed[static_cast<std::size_t>(q)]) {
                next = q;
                break;
            }
        }
        at = next;
    }
    if (at < 0) return steps[static_cast<std::size_t>(start)].id;
    QStringList names;
    for (std::size_t k = static_cast<std::size_t>(seenAt[static_cast<std::size_t>(at)]);
         k < path.size(); ++k) {
        names << steps[static_cast<std::size_t>(path[k])].id;
    }
    names << steps[static_cast<std::size_t>(at)].id;
    // Predecessor links point backwards in time: show the cycle in the order work would flow.
    std::reverse(names.begin(), names.end());
    return names.join(QStringLiteral(" -> "));
}

}  // namespace

QString protocolPhaseKey(ProtocolPhase phase) {
    return QString::fromLatin1(kPhaseKeys[static_cast<int>(phase)]);
}

std::optional<ProtocolPhase> protocolPhaseFromKey(const QString& key) {
    for (int k = 0; k < kProtocolPhaseCount; ++k) {
        if (key.trimmed().compare(QLatin1String(kPhaseKeys[k]), Qt::CaseInsensitive) == 0)
            return static_cast<ProtocolPhase>(k);
    }
    return std::nullopt;
}

QString stepStatusKey(StepStatus status) {
    return QString::fromLatin1(kStatusKeys[static_cast<int>(status)]);
}

std::optional<StepStatus> stepStatusFromKey(const QString& key) {
    for (int k = 0; k < kStepStatusCount; ++k) {
        if (key.trimmed().compare(QLatin1String(kStatusKeys[k]), Qt::CaseInsensitive) == 0)
            return static_cast<StepStatus>(k);
    }
    return std::nullopt;
}

QString protocolPhaseName(ProtocolPhase phase) {
    switch (phase) {
        case ProtocolPhase::BeforeHarvest:
            return Tr::tr("before harvest");
        case ProtocolPhase::AfterHarvest:
            return Tr::tr("after harvest");
    }
    return QString();
}

QString stepStatusName(StepStatus status) {
    switch (status) {
        case StepStatus::Planned:
            return Tr::tr("planned");
        case StepStatus::Running:
            return Tr::tr("running");
        case StepStatus::Passed:
            return Tr::tr("passed");
        case StepStatus::Failed:
            return Tr::tr("failed");
        case StepStatus::Conditional:
            return Tr::tr("conditional");
    }
    return QString();
}

std::vector<ProtocolStep> defaultProtocol() {
    // The steps and their order are the pilots' (domain-facts.md section 4, Liggers 2.0 and
    // CROW-CUR Richtlijn 4:2023); every duration, cost and capacity below is illustrative.
    // The texts are project data (the planner edits them), kept in English like the ids; the
    // same rows are written by migration step 4 (core/storage/schema.cpp).
    const auto B = ProtocolPhase::BeforeHarvest;
    const auto A = ProtocolPhase::AfterHarvest;
    auto step = [](const char* id, const char* name, ProtocolPhase phase, int days,
                   std::initializer_list<const char*> preds, const char* resource,
                   std::optional<int> capacity, double cost, const char* party,
                   const char* evidence) {
        ProtocolStep s;
        s.id = QString::fromLatin1(id);
        s.name = QString::fromLatin1(name);
        s.phase = phase;
        s.durationDays = days;
        for (const char* p : preds) s.predecessors << QString::fromLatin1(p);
        s.resource = QString::fromLatin1(resource);
        s.resourceCapacity = capacity;
        s.costEur = cost;
        s.party = QString::fromLatin1(party);
        s.evidence = QString::fromLatin1(evidence);
        return s;
    };
    return {
        step("archive", "Archive search", B, 10, {}, "", std::nullopt, 400, "engineering firm",
             "archive memo: drawings and original design code"),
        step("inspection_in_situ", "Inspection in the structure", B, 5, {"archive"}, "",
             std::nullopt, 600, "inspection firm", "inspection report (NEN 2767)"),
        step("inspection_dismantled", "Inspection after dismantling", A, 2, {"inspection_in_situ"},
             "", std::nullopt, 300, "inspection firm", "inspection report after dismantling"),
        step("material_tests", "Material tests", A, 20, {"inspection_dismantled"}, "lab", 4, 2500,
             "accredited laboratory",
             "lab report: strength, cover, carbonation, chlorides, prestressing"),
        step("remaining_life", "Remaining-life assessment", A, 10, {"material_tests"}, "",
             std::nullopt, 800, "engineering firm", "remaining-life assessment (CUR 121)"),
        step("recalculation", "Recalculation at new-build level", A, 15, {"material_tests"},
             "engineer", 6, 1500, "engineering firm",
             "calculation note: MRd and VRd after shortening"),
        step("modification", "Modification", A, 10, {"recalculation", "remaining_life"}, "yard", 2,
             3000, "contractor", "modification record: shortening, compression layer, repair"),
        step("quality_declaration", "Quality declaration", A, 5, {"modification"}, "", std::nullopt,
             500, "independent certification body", "quality declaration"),
    };
}

std::vector<ProtocolProblem> checkProtocol(const std::vector<ProtocolStep>& steps) {
    std::vector<ProtocolProblem> problems;
    QHash<QString, int> index;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const ProtocolStep& s = steps[k];
        const int row = static_cast<int>(k);
        if (s.id.trimmed().isEmpty()) {
            problems.push_back({row, QStringLiteral("step"), s.id, Tr::tr("the step has no id")});
        } else if (index.contains(s.id)) {
            problems.push_back(
                {row, QStringLiteral("step"), s.id, Tr::tr("step id %1 is used twice").arg(s.id)});
        } else {
            index.insert(s.id, row);
        }
        if (s.durationDays < 0) {
            problems.push_back({row, QStringLiteral("duration_days"),
                                QString::number(s.durationDays),
                                Tr::tr("a duration cannot be negative")});
        }
    }
    QHash<QString, std::pair<int, std::optional<int>>> capacity;  // resource -> first row, value
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const ProtocolStep& s = steps[k];
        const int row = static_cast<int>(k);
        for (const QString& p : s.predecessors) {
            if (!index.contains(p)) {
                problems.push_back({row, QStringLiteral("predecessors"), p,
                                    Tr::tr("predecessor %1 is not a step of the protocol").arg(p)});
            } else if (p == s.id) {
                problems.push_back({row, QStringLiteral("predecessors"), p,
                                    Tr::tr("step %1 cannot follow itself").arg(p)});
            }
        }
        if (s.resource.isEmpty()) {
            if (s.resourceCapacity) {
                problems.push_back({row, QStringLiteral("resource_capacity"),
                                    QString::number(*s.resourceCapacity),
                                    Tr::tr("a capacity needs a resource")});
            }
            continue;
        }
        if (!s.resourceCapacity || *s.resourceCapacity < 1) {
            problems.push_back(
                {row, QStringLiteral("resource_capacity"),
                 s.resourceCapacity ? QString::number(*s.resourceCapacity) : QString(),
                 Tr::tr("resource %1 needs a capacity of at least 1 girder").arg(s.resource)});
            continue;
        }
        const auto it = capacity.constFind(s.resource);
        if (it == capacity.cend()) {
            capacity.insert(s.resource, {row, s.resourceCapacity});
        } else if (it->second != s.resourceCapacity) {
            problems.push_back({row, QStringLiteral("resource_capacity"),
                                QString::number(*s.resourceCapacity),
                                Tr::tr("resource %1 has capacity %2 at step %3; rows of one "
                                       "resource must agree")
                                    .arg(s.resource)
                                    .arg(*it->second)
                                    .arg(steps[static_cast<std::size_t>(it->first)].id)});
        }
    }
    if (!problems.empty()) return problems;
    // Cycles: the steps that a topological order cannot reach lie on or behind a cycle.
    const std::vector<int> order = protocolOrder(steps);
    if (order.size() < steps.size()) {
        std::vector<char> placed(steps.size(), 0);
        for (const int k : order) placed[static_cast<std::size_t>(k)] = 1;
        for (std::size_t k = 0; k < steps.size(); ++k) {
            if (placed[k]) continue;
            problems.push_back(
                {static_cast<int>(k), QStringLiteral("predecessors"),
                 steps[k].predecessors.join(QLatin1Char('|')),
                 Tr::tr("the predecessors form a cycle: %1")
                     .arg(describeCycle(steps, index, placed, static_cast<int>(k)))});
            break;
        }
    }
    return problems;
}

std::vector<int> protocolOrder(const std::vector<ProtocolStep>& steps) {
    QHash<QString, int> index;
    for (std::size_t k = 0; k < steps.size(); ++k) index.insert(steps[k].id, static_cast<int>(k));
    std::vector<int> waiting(steps.size(), 0);
    std::vector<std::vector<int>> successors(steps.size());
    for (std::size_t k = 0; k < steps.size(); ++k) {
        for (const QString& p : steps[k].predecessors) {
            const int q = index.value(p, -1);
            if (q < 0 || q == static_cast<int>(k)) continue;
            ++waiting[k];
            successors[static_cast<std::size_t>(q)].push_back(static_cast<int>(k));
        }
    }
    // Kahn's algorithm, always taking the ready step that comes first in the template.
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        if (waiting[k] == 0) ready.push(static_cast<int>(k));
    }
    std::vector<int> order;
    order.reserve(steps.size());
    while (!ready.empty()) {
        const int k = ready.top();
        ready.pop();
        order.push_back(k);
        for (const int s : successors[static_cast<std::size_t>(k)]) {
            if (--waiting[static_cast<std::size_t>(s)] == 0) ready.push(s);
        }
    }
    return order;
}

}  // namespace respan
