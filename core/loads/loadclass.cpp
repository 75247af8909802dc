#include "core/loads/loadclass.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace respan::loads {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Loads)
};

/// VOSB 1963 classes 30, 45 and 60: equivalent distributed loads of 200, 300 and 400 kg/m2
/// (IMBOR list "ViaductOrigineleBelastingklasse", docs/load-model.md), in kN/m2.
constexpr double kKgM2ToKnM2 = 9.81 / 1000.0;
double vosb1963DistributedKgM2(int cls) {
    switch (cls) {
        case 30:
            return 200.0;
        case 45:
            return 300.0;
        case 60:
            return 400.0;
        default:
            return 0.0;
    }
}

/// Upper case, letters and digits only: "BK-60-1963" -> "BK601963".
QString normalised(const QString& text) {
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) out += c.toUpper();
    }
    return out;
}

}  // namespace

LoadClassInfo classifyLoadClass(const QString& text) {
    const QString n = normalised(text);
    LoadClassInfo info;
    if (n.isEmpty()) return info;
    static const QRegularExpression vosb1963(
        QStringLiteral("^(?:BK(\\d+)1963|VOSB1963(?:KLASSE|CLASS|BK)?(\\d+))$"));
    static const QRegularExpression vosb1938(
        QStringLiteral("^(?:BK([A-D])1938|VOSB1938(?:KLASSE|CLASS|BK)?([A-D]))$"));
    static const QRegularExpression vbb(
        QStringLiteral("^(?:VBB1995|NEN6723|NEN6723VBB1995|VBB1995NEN6723)(?:KLASSE|CLASS)?"
                       "(\\d+)$|^NEN6723VBB1955|^NEN6706|^NEN8701"));
    if (const auto m = vosb1963.match(n); m.hasMatch()) {
        const int cls = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
        info.name = Tr::tr("VOSB 1963 class %1").arg(cls);
        const double q = vosb1963DistributedKgM2(cls);
        if (q > 0.0) {
            info.knowledge = ClassKnowledge::Estimable;
            info.distributedKnM2 = q * kKgM2ToKnM2;
        } else if (cls == 100) {
            info.knowledge = ClassKnowledge::NoPublicValues;
        }
        return info;
    }
    if (const auto m = vosb1938.match(n); m.hasMatch()) {
        info.name = Tr::tr("VOSB 1938 class %1")
                        .arg(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        info.knowledge = ClassKnowledge::NoPublicValues;
        return info;
    }
    if (vbb.match(n).hasMatch()) {
        info.name = text.trimmed();
        info.knowledge = ClassKnowledge::NoPublicValues;
        return info;
    }
    return info;
}

std::optional<ClassEstimate> estimateFromClass(const Element& e, const LoadFactors& f,
                                               ClassKnowledge* why) {
    ClassEstimate out;
    out.loadClass = classifyLoadClass(e.originalLoadClass);
    if (why != nullptr) *why = out.loadClass.knowledge;
    if (out.loadClass.knowledge != ClassKnowledge::Estimable) return std::nullopt;
    const double L0 = e.length.value() - kBearingAllowanceM;
    if (!(L0 > 0.0)) {
        if (why != nullptr) *why = ClassKnowledge::NoPublicValues;
        return std::nullopt;
    }
    out.originalSpanM = L0;
    out.selfWeightKnM = girderSelfWeightKnM(e.mass.value(), e.length.value());
    out.trafficLineLoadKnM = out.loadClass.distributedKnM2 * e.width.value() / 1000.0;
    const double line = f.gammaG * out.selfWeightKnM + f.gammaQ * out.trafficLineLoadKnM;
    out.momentKnm = line * L0 * L0 / 8.0;
    out.shearKn = line * L0 / 2.0;
    return out;
}

ElementResistance elementResistance(const Element& e, const LoadFactors& f) {
    ElementResistance r;
    if (e.momentCapacity && e.shearCapacity) {
        r.momentKnm = e.momentCapacity->value();
        r.shearKn = e.shearCapacity->value();
        return r;
    }
    ClassKnowledge why = ClassKnowledge::Unknown;
    const std::optional<ClassEstimate> est = estimateFromClass(e, f, &why);
    if (!est) {
        r.source = ResistanceSource::Unknown;
        r.classKnowledge = why;
        return r;
    }
    r.source = ResistanceSource::FromClass;
    r.momentEstimated = !e.momentCapacity;
    r.shearEstimated = !e.shearCapacity;
    r.momentKnm = e.momentCapacity ? e.momentCapacity->value() : est->momentKnm;
    r.shearKn = e.shearCapacity ? e.shearCapacity->value() : est->shearKn;
    return r;
}

QString classRefusal(const QString& classText) {
    const LoadClassInfo info = classifyLoadClass(classText);
    if (classText.trimmed().isEmpty()) return Tr::tr("no original load class is given");
    switch (info.knowledge) {
        case ClassKnowledge::Estimable:
            return QString();
        case ClassKnowledge::NoPublicValues:
            return Tr::tr("no public load values for %1").arg(classText.trimmed());
        case ClassKnowledge::Unknown:
            break;
    }
    return Tr::tr(
               "%1 is not a load class ReSpan knows (known: BK-30-1963, BK-45-1963, "
               "BK-60-1963 and their VOSB 1963 spellings)")
        .arg(classText.trimmed());
}

QString resistanceMethod(const Element& e, const LoadFactors& f) {
    if (e.momentCapacity && e.shearCapacity) {
        return Tr::tr("entered (%1)").arg(capacityBasisName(e.capacityBasis));
    }
    const std::optional<ClassEstimate> est = estimateFromClass(e, f);
    if (!est) return Tr::tr("resistance unknown: %1").arg(classRefusal(e.originalLoadClass));
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return Tr::tr(
               "estimated from %1: (%2 x %3 kN/m own weight + %4 x %5 kN/m2 x %6 m width) on "
               "the original span %7 m, simply supported")
        .arg(est->loadClass.name, c.toString(f.gammaG, 'g', 4),
             c.toString(est->selfWeightKnM, 'f', 2), c.toString(f.gammaQ, 'g', 4),
             c.toString(est->loadClass.distributedKnM2, 'f', 3),
             c.toString(e.width.value() / 1000.0, 'f', 3), c.toString(est->originalSpanM, 'f', 2));
}

}  // namespace respan::loads
