#include "core/matching/rules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>

namespace respan::matching {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Matching)
};

unsigned bit(RuleId rule) {
    return 1u << static_cast<unsigned>(rule);
}

/// The locale's decimal separator, never group separators: "2450", "17,92" in Dutch. The C
/// locale gives exactly QString::number's text.
QLocale plain(const QLocale& locale) {
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

/// Fixed decimals, but never so few that a non-zero value reads as zero.
QString fixed(double v, int decimals, const QLocale& locale) {
    const QLocale l = plain(locale);
    QString s = l.toString(v, 'f', decimals);
    while (v != 0.0 && decimals < 6 && l.toDouble(l.toString(std::abs(v), 'f', decimals)) == 0.0) {
        s = l.toString(v, 'f', ++decimals);
    }
    return s;
}

/// Two values of a comparison ("MEd 2450 kNm > MRd 2210 kNm"): each with the fewest decimals
/// (up to 3) that show it exactly, and more for both when they would otherwise read the same.
/// An estimated value (`estimatedA`, `estimatedB`) starts from whole numbers: its decimals say
/// nothing ("4342 kNm", not "4342.451 kNm").
std::pair<QString, QString> pair(double a, double b, const QLocale& locale, bool estimatedA = false,
                                 bool estimatedB = false) {
    const QLocale l = plain(locale);
    auto text = [&l](double v, int d) { return l.toString(v, 'f', d); };
    auto decimals = [&](double v, bool estimated) {
        int d = 0;
        while (!estimated && d < 3 && l.toDouble(text(v, d)) != v) ++d;
        return d;
    };
    int da = decimals(a, estimatedA);
    int db = decimals(b, estimatedB);
    while (a != b && text(a, da) == text(b, db) && std::max(da, db) < 6) {
        da = db = std::max(da, db) + 1;
    }
    return {text(a, da), text(b, db)};
}

QString isoDate(const QDate& d) {
    return d.toString(Qt::ISODate);
}

}  // namespace

QString ruleKey(RuleId rule) {
    if (rule == RuleId::None) return QString();
    return QStringLiteral("R%1").arg(static_cast<int>(rule));
}

QString ruleName(RuleId rule) {
    switch (rule) {
        case RuleId::None:
            return QString();
        case RuleId::R1Length:
            return Tr::tr("length");
        case RuleId::R2Capacity:
            return Tr::tr("capacity");
        case RuleId::R3Condition:
            return Tr::tr("condition");
        case RuleId::R4Basis:
            return Tr::tr("basis");
        case RuleId::R5Timing:
            return Tr::tr("timing");
        case RuleId::R6Status:
            return Tr::tr("status");
        case RuleId::R7Saving:
            return Tr::tr("saving");
        case RuleId::R8Section:
            return Tr::tr("section");
    }
    return QString();
}

int PairCheck::failedCount() const {
    return std::popcount(failedMask);
}

double PairCheck::distanceFromAdmissible() const {
    double d = 0.0;
    if (fails(RuleId::R1Length)) {
        const double over = cutM < 0.0 ? -cutM : cutM - maxShorteningM;
        d += over / std::max(requiredLengthM, 1.0);
    }
    if (fails(RuleId::R2Capacity)) d += utilisation - 1.0;
    if (fails(RuleId::R3Condition)) d += 0.25 * (condition - maxCondition);
    if (fails(RuleId::R4Basis)) d += 1.0;
    if (fails(RuleId::R5Timing)) {
        const QDate first =
            std::max(availableFrom.value_or(latestDelivery), readyDate.value_or(latestDelivery));
        d += static_cast<double>(latestDelivery.daysTo(first)) / 365.0;
    }
    if (fails(RuleId::R6Status)) d += 2.0;
    if (fails(RuleId::R7Saving)) d += 0.001 - savingKg / std::max(newConcreteKg, 1.0);
    return d;
}

PairCheck checkPair(const Element& e, const loads::ElementResistance& resistance, const Span& span,
                    const loads::SlotDemand& demand, const ProjectSettings& settings,
                    double geodesicDistanceKm, std::optional<QDate> readyDate) {
    PairCheck c;
    c.elementLengthM = e.length.value();
    c.requiredLengthM = span.requiredLength.value();
    c.maxShorteningM = settings.maxShorteningM;
    c.cutM = c.elementLengthM - c.requiredLengthM;
    if (c.elementLengthM < c.requiredLengthM - kLengthToleranceM ||
        c.elementLengthM > c.requiredLengthM + c.maxShorteningM + kLengthToleranceM) {
        c.failedMask |= bit(RuleId::R1Length);
    }

    c.loadModel = demand.model;
    c.momentDemandEstimated = demand.momentEstimated;
    c.shearDemandEstimated = demand.shearEstimated;
    const double g = loads::girderSelfWeightKnM(e.mass.value(), e.length.value());
    c.selfWeightMomentKnm = demand.selfWeightMomentFactor * g;
    c.selfWeightShearKn = demand.selfWeightShearFactor * g;
    c.momentDemandKnm = demand.momentKnm + c.selfWeightMomentKnm;
    c.shearDemandKn = demand.shearKn + c.selfWeightShearKn;
    c.resistanceSource = resistance.source;
    c.momentCapacityEstimated = resistance.momentEstimated;
    c.shearCapacityEstimated = resistance.shearEstimated;
    c.momentCapacityKnm = resistance.momentKnm;
    c.shearCapacityKn = resistance.shearKn;
    auto ratio = [](double need, double capacity) {
        if (capacity > 0.0) return need / capacity;
        return need > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
    };
    c.utilisation = std::max(ratio(c.momentDemandKnm, c.momentCapacityKnm),
                             ratio(c.shearDemandKn, c.shearCapacityKn));
    if (!resistance.known()) {
        c.utilisation = std::numeric_limits<double>::infinity();
        c.failedMask |= bit(RuleId::R2Capacity);
    } else if (c.momentDemandKnm > c.momentCapacityKnm || c.shearDemandKn > c.shearCapacityKn) {
        c.failedMask |= bit(RuleId::R2Capacity);
    }

    c.condition = e.condition;
    c.maxCondition = settings.maxCondition;
    if (c.condition > c.maxCondition) c.failedMask |= bit(RuleId::R3Condition);

    // A resistance estimated from the load class is estimated, whatever the basis field says.
    c.basis = resistance.source == loads::ResistanceSource::Entered ? e.capacityBasis
                                                                    : CapacityBasis::Estimated;
    c.requireVerified = settings.requireVerified;
    if (c.requireVerified && c.basis != CapacityBasis::Verified) {
        c.failedMask |= bit(RuleId::R4Basis);
    }

    // An element without a date is available now, which is before any installation we plan.
    c.availableFrom = e.availableFrom;
    c.readyDate = readyDate;
    c.installDate = span.installDate;
    c.deliveryLeadDays = settings.deliveryLeadDays;
    c.latestDelivery = span.installDate.addDays(-settings.deliveryLeadDays);
    if ((c.availableFrom && *c.availableFrom > c.latestDelivery) ||
        (c.readyDate && *c.readyDate > c.latestDelivery)) {
        c.failedMask |= bit(RuleId::R5Timing);
    }

    c.status = e.status;
    if (c.status == ElementStatus::Installed || c.status == ElementStatus::Rejected) {
        c.failedMask |= bit(RuleId::R6Status);
    }

    c.massT = e.mass.value();
    c.builtInMassT = c.elementLengthM > 0.0 ? c.massT * c.requiredLengthM / c.elementLengthM : 0.0;
    c.geodesicKm = geodesicDistanceKm;
    c.distanceKm = settings.roadFactor * geodesicDistanceKm;
    c.newConcreteKg = c.builtInMassT * settings.fNew;
    c.transportKg = c.massT * c.distanceKm * settings.fTkm;
    c.savingKg = c.newConcreteKg - c.transportKg;
    if (!(c.savingKg > 0.0)) c.failedMask |= bit(RuleId::R7Saving);

    for (int r = 1; r <= 7; ++r) {
        if (c.fails(static_cast<RuleId>(r))) {
            c.failed = static_cast<RuleId>(r);
            break;
        }
    }
    return c;
}

loads::SlotDemand slotDemand(const Structure& structure, const Span& span, const Slot& slot,
                             const ProjectSettings& settings) {
    const loads::LoadFactors f = loads::LoadFactors::from(settings);
    if (slot.momentDemand && slot.shearDemand) {
        loads::SlotDemand d;
        d.model = structure.deck.loadModel;
        d.momentKnm = slot.momentDemand->value();
        d.shearKn = slot.shearDemand->value();
        return d;
    }
    std::size_t index = 0;
    for (std::size_t i = 0; i < span.slots.size(); ++i) {
        if (&span.slots[i] == &slot || (slot.uid != kNoUid && span.slots[i].uid == slot.uid)) {
            index = i;
            break;
        }
    }
    const std::vector<loads::SlotDemand> all = loads::spanDemands(structure.deck, span, f);
    if (index < all.size()) return all[index];
    // A slot that is not (yet) in its span: estimate it as the span's last slot would be.
    Span withSlot = span;
    withSlot.slots.push_back(slot);
    return loads::spanDemands(structure.deck, withSlot, f).back();
}

PairCheck checkPair(const Element& e, const Structure& structure, const Span& span,
                    const Slot& slot, const ProjectSettings& settings,
                    std::optional<QDate> readyDate) {
    return checkPair(e, loads::elementResistance(e, loads::LoadFactors::from(settings)), span,
                     slotDemand(structure, span, slot, settings), settings,
                     geodesicKm(e.location, structure.site), readyDate);
}

namespace {
/// R5's reason names the date that failed: the ready date of recertification, or the date the
/// girder becomes available; against the installation, or the latest delivery when there is a
/// lead time.
QString describeTiming(const PairCheck& c) {
    const bool lead = c.deliveryLeadDays != 0;
    if (c.readyDate && *c.readyDate > c.latestDelivery &&
        (!c.availableFrom || *c.availableFrom <= *c.readyDate)) {
        const auto days = c.latestDelivery.daysTo(*c.readyDate);
        if (lead) {
            return Tr::tr(
                       "recertified by %1, %n day(s) after the latest delivery on %2 "
                       "(installation %3 minus %4 days' lead)",
                       nullptr, static_cast<int>(days))
                .arg(isoDate(*c.readyDate), isoDate(c.latestDelivery), isoDate(c.installDate))
                .arg(c.deliveryLeadDays);
        }
        return Tr::tr("recertified by %1, %n day(s) after installation on %2", nullptr,
                      static_cast<int>(days))
            .arg(isoDate(*c.readyDate), isoDate(c.installDate));
    }
    const QString available = isoDate(c.availableFrom.value_or(QDate()));
    if (lead) {
        return Tr::tr(
                   "available from %1, after the latest delivery on %2 (installation %3 minus "
                   "%4 days' lead)")
            .arg(available, isoDate(c.latestDelivery), isoDate(c.installDate))
            .arg(c.deliveryLeadDays);
    }
    return Tr::tr("available from %1, after installation on %2")
        .arg(available, isoDate(c.installDate));
}
}  // namespace

QString describeRule(const PairCheck& c, RuleId rule, const QLocale& locale) {
    if (!c.fails(rule)) return QString();
    const QString head = ruleKey(rule) + QLatin1Char(' ') + ruleName(rule) + QStringLiteral(": ");
    switch (rule) {
        case RuleId::None:
        case RuleId::R8Section:
            return QString();
        case RuleId::R1Length:
            if (c.cutM < 0.0) {
                return head + Tr::tr("girder %1 m is %2 m shorter than required %3 m")
                                  .arg(fixed(c.elementLengthM, 2, locale),
                                       fixed(-c.cutM, 2, locale),
                                       fixed(c.requiredLengthM, 2, locale));
            }
            return head + Tr::tr("girder %1 m would need a cut of %2 m, more than the allowed %3 m")
                              .arg(fixed(c.elementLengthM, 2, locale), fixed(c.cutM, 2, locale),
                                   fixed(c.maxShorteningM, 2, locale));
        case RuleId::R2Capacity: {
            if (c.resistanceSource == loads::ResistanceSource::Unknown) {
                return head + Tr::tr(
                                  "resistance unknown (not entered, and its original load "
                                  "class has no public load values to estimate it from)");
            }
            const QString model = loads::loadModelKey(c.loadModel);
            // Entered demands read as in v1 ("MEd 2450 kNm > MRd 2210 kNm").
            auto demandBasis = [&model](bool estimated) {
                return estimated ? Tr::tr(" (estimated, %1)").arg(model) : QString();
            };
            auto capacityBasis = [](bool estimated) {
                return estimated ? Tr::tr(" (estimated from load class)") : QString();
            };
            QStringList parts;
            if (c.momentDemandKnm > c.momentCapacityKnm) {
                const auto [d, r] = pair(c.momentDemandKnm, c.momentCapacityKnm, locale,
                                         c.momentDemandEstimated, c.momentCapacityEstimated);
                parts << Tr::tr("MEd %1 kNm%2 > MRd %3 kNm%4")
                             .arg(d, demandBasis(c.momentDemandEstimated), r,
                                  capacityBasis(c.momentCapacityEstimated));
            }
            if (c.shearDemandKn > c.shearCapacityKn) {
                const auto [d, r] = pair(c.shearDemandKn, c.shearCapacityKn, locale,
                                         c.shearDemandEstimated, c.shearCapacityEstimated);
                parts << Tr::tr("VEd %1 kN%2 > VRd %3 kN%4")
                             .arg(d, demandBasis(c.shearDemandEstimated), r,
                                  capacityBasis(c.shearCapacityEstimated));
            }
            return head + parts.join(QStringLiteral("; "));
        }
        case RuleId::R3Condition:
            return head + Tr::tr("condition score %1 is worse than the allowed %2")
                              .arg(c.condition)
                              .arg(c.maxCondition);
        case RuleId::R4Basis:
            return head + Tr::tr("capacity basis is %1, but verified is required")
                              .arg(capacityBasisName(c.basis));
        case RuleId::R5Timing:
            return head + describeTiming(c);
        case RuleId::R6Status:
            return head + Tr::tr("status is %1").arg(elementStatusName(c.status));
        case RuleId::R7Saving:
            return head + Tr::tr("net saving %1 kg CO2e is not positive")
                              .arg(fixed(c.savingKg, 1, locale));
    }
    return QString();
}

QString describeFailure(const PairCheck& c, const QLocale& locale) {
    return describeRule(c, c.failed, locale);
}

QString sectionText(Millimetres height, Millimetres width, const QLocale& locale) {
    const QLocale l = plain(locale);
    return Tr::tr("%1 x %2 mm")
        .arg(l.toString(height.value(), 'g', 10), l.toString(width.value(), 'g', 10));
}

QString describeSectionClash(const Element& e, Millimetres spanHeight, Millimetres spanWidth,
                             const QLocale& locale) {
    return ruleKey(RuleId::R8Section) + QLatin1Char(' ') + ruleName(RuleId::R8Section) +
           QStringLiteral(": ") +
           Tr::tr("girder section %1 differs from section %2 of the other girders in this span")
               .arg(sectionText(e.height, e.width, locale),
                    sectionText(spanHeight, spanWidth, locale));
}

}  // namespace respan::matching
