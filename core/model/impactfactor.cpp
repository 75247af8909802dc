// The impact factor table and its sourced defaults (docs/impact.md, "Factors"). The sources are
// bibliographic data, stored in the project as text, so they are not translated.
#include "core/model/impactfactor.h"

#include <QCoreApplication>

#include <cmath>

#include "core/model/projectsettings.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ImpactFactors)
};

/// Largest value a factor may have: far above any real one, so that a value in the wrong unit
/// (grams for kilograms) is caught.
struct Bounds {
    const char* key;
    double maximum;
};
constexpr Bounds kBounds[] = {
    {factor::kNew, 10000.0},     {factor::kTkm, 100.0},    {factor::kRoadFactor, 10.0},
    {factor::kCrush, 1000.0},    {factor::kCut, 100000.0}, {factor::kClimateA1, 100.0},
    {factor::kClimateA2, 100.0}, {factor::kEurNew, 1.0e6}, {factor::kEurTkm, 1000.0},
    {factor::kEurCrush, 1.0e5},  {factor::kEurCut, 1.0e7},
};

double maximumOf(const QString& key) {
    for (const Bounds& b : kBounds) {
        if (key == QLatin1String(b.key)) return b.maximum;
    }
    return 0.0;
}

/// The defaults' sources, in English as stored in a project file; sourceText() shows them in the
/// user's language while they are unchanged. Schema step 6 writes the same texts.
const char* const kSources[] = {
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "British Precast, structural precast factsheet, cradle to grave"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "illustrative; replace by the STREAM Goederenvervoer 2020 factor (CE "
                      "Delft) for the vehicle used"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors", "illustrative"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "Estévez et al. (UPC): crushing to recycled aggregate, about 3 kg CO2/t"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "illustrative: about 8 l of diesel for sawing one end at 3.2 kg CO2/l "
                      "well-to-wheel (TLN)"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "SBK Bepalingsmethode set A1 climate price; A2 is \"a ruime verdubbeling\" "
                      "of it (we-boost.nl)"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "CE Delft, Milieuprijzen als weegfactor in de bepalingsmethode, Table 6 "
                      "(set A2, EN 15804+A2)"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "illustrative: no public price per tonne of a new Dutch girder was found"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "illustrative: no public heavy-transport rate was found"),
    QT_TRANSLATE_NOOP("respan::ImpactFactors",
                      "illustrative: no public demolition and crushing rate was found"),
};

}  // namespace

QString sourceText(const ImpactFactor& f) {
    for (const char* const text : kSources) {
        if (f.source == QString::fromUtf8(text))
            return QCoreApplication::translate("respan::ImpactFactors", text);
    }
    return f.source;
}

const std::vector<ImpactFactor>& defaultImpactFactors() {
    static const std::vector<ImpactFactor> table = [] {
        const ProjectSettings d;
        const auto row = [](const char* key, double value, const char* unit, const char* source,
                            int year, bool illustrative) {
            return ImpactFactor{QString::fromLatin1(key),  value, QString::fromUtf8(unit),
                                QString::fromUtf8(source), year,  illustrative};
        };
        return std::vector<ImpactFactor>{
            row(factor::kNew, d.fNew, "kg CO2e/t", kSources[0], 0, false),
            row(factor::kTkm, d.fTkm, "kg CO2e/tkm", kSources[1], 0, true),
            row(factor::kRoadFactor, d.roadFactor, "", kSources[2], 0, true),
            row(factor::kCrush, 3.0, "kg CO2e/t", kSources[3], 0, false),
            row(factor::kCut, 25.0, "kg CO2e/cut", kSources[4], 0, true),
            row(factor::kClimateA1, 0.05, "EUR/kg CO2e", kSources[5], 0, false),
            row(factor::kClimateA2, 0.116, "EUR/kg CO2e", kSources[6], 2023, false),
            row(factor::kEurNew, 500.0, "EUR/t", kSources[7], 0, true),
            row(factor::kEurTkm, 0.5, "EUR/tkm", kSources[8], 0, true),
            row(factor::kEurCrush, 15.0, "EUR/t", kSources[9], 0, true),
            row(factor::kEurCut, 2500.0, "EUR/cut", kSources[2], 0, true),
        };
    }();
    return table;
}

const ImpactFactor* defaultImpactFactor(const QString& key) {
    return findFactor(defaultImpactFactors(), key);
}

const ImpactFactor* findFactor(const std::vector<ImpactFactor>& table, const QString& key) {
    for (const ImpactFactor& f : table) {
        if (f.key == key) return &f;
    }
    return nullptr;
}

double factorValue(const std::vector<ImpactFactor>& table, const QString& key) {
    if (const ImpactFactor* f = findFactor(table, key)) return f->value;
    if (const ImpactFactor* d = defaultImpactFactor(key)) return d->value;
    return 0.0;
}

double ProjectSettings::*settingOfFactor(const QString& key) {
    if (key == QLatin1String(factor::kNew)) return &ProjectSettings::fNew;
    if (key == QLatin1String(factor::kTkm)) return &ProjectSettings::fTkm;
    if (key == QLatin1String(factor::kRoadFactor)) return &ProjectSettings::roadFactor;
    return nullptr;
}

std::vector<ImpactFactor> withSettingsValues(std::vector<ImpactFactor> table,
                                             const ProjectSettings& settings) {
    for (ImpactFactor& f : table) {
        if (double ProjectSettings::*member = settingOfFactor(f.key)) f.value = settings.*member;
    }
    return table;
}

std::vector<FactorProblem> checkFactor(const ImpactFactor& f) {
    std::vector<FactorProblem> out;
    const ImpactFactor* d = defaultImpactFactor(f.key);
    if (d == nullptr) {
        QStringList keys;
        for (const ImpactFactor& k : defaultImpactFactors()) keys << k.key;
        out.push_back(
            {QStringLiteral("key"),
             Tr::tr("unknown factor; the factors are: %1").arg(keys.join(QStringLiteral(", ")))});
        return out;
    }
    const double maximum = maximumOf(f.key);
    const double minimum = f.key == QLatin1String(factor::kRoadFactor) ? 1.0 : 0.0;
    if (!std::isfinite(f.value) || f.value < minimum || f.value > maximum) {
        out.push_back({QStringLiteral("value"), Tr::tr("must be between %1 and %2 %3")
                                                    .arg(minimum)
                                                    .arg(maximum)
                                                    .arg(d->unit)
                                                    .trimmed()});
    }
    if (f.unit.trimmed() != d->unit) {
        out.push_back({QStringLiteral("unit"), d->unit.isEmpty()
                                                   ? Tr::tr("%1 has no unit (a ratio)").arg(f.key)
                                                   : Tr::tr("%1 is in %2").arg(f.key, d->unit)});
    }
    if (f.source.trimmed().isEmpty() && !f.illustrative) {
        out.push_back({QStringLiteral("source"),
                       Tr::tr("a factor needs its source, or the illustrative flag")});
    }
    if (f.year != 0 && (f.year < 1900 || f.year > 2200)) {
        out.push_back({QStringLiteral("year"), Tr::tr("must be between 1900 and 2200, or empty")});
    }
    return out;
}

QString weightingSetKey(WeightingSet set) {
    return set == WeightingSet::A1 ? QStringLiteral("A1") : QStringLiteral("A2");
}

std::optional<WeightingSet> weightingSetFromKey(const QString& key) {
    const QString k = key.trimmed().toUpper();
    if (k == QLatin1String("A1")) return WeightingSet::A1;
    if (k == QLatin1String("A2")) return WeightingSet::A2;
    return std::nullopt;
}

QString climateFactorKey(WeightingSet set) {
    return QString::fromLatin1(set == WeightingSet::A1 ? factor::kClimateA1 : factor::kClimateA2);
}

}  // namespace respan
