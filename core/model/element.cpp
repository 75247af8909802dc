#include "core/model/element.h"

#include <QCoreApplication>

#include <array>

namespace respan {

namespace {

constexpr std::array<const char*, kElementStatusCount> kStatusKeys = {
    "in_structure", "harvested", "in_storage", "certified", "reserved", "installed", "rejected"};

// Display names; QT_TRANSLATE_NOOP marks them for lupdate, translate() looks them up at run time.
constexpr std::array<const char*, kElementStatusCount> kStatusNames = {
    QT_TRANSLATE_NOOP("respan::Element", "In structure"),
    QT_TRANSLATE_NOOP("respan::Element", "Harvested"),
    QT_TRANSLATE_NOOP("respan::Element", "In storage"),
    QT_TRANSLATE_NOOP("respan::Element", "Certified"),
    QT_TRANSLATE_NOOP("respan::Element", "Reserved"),
    QT_TRANSLATE_NOOP("respan::Element", "Installed"),
    QT_TRANSLATE_NOOP("respan::Element", "Rejected")};

}  // namespace

QString capacityBasisKey(CapacityBasis basis) {
    return basis == CapacityBasis::Verified ? QStringLiteral("verified")
                                            : QStringLiteral("estimated");
}

std::optional<CapacityBasis> capacityBasisFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("estimated")) return CapacityBasis::Estimated;
    if (k == QLatin1String("verified")) return CapacityBasis::Verified;
    return std::nullopt;
}

QString elementStatusKey(ElementStatus status) {
    return QString::fromLatin1(kStatusKeys[static_cast<std::size_t>(status)]);
}

std::optional<ElementStatus> elementStatusFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (std::size_t i = 0; i < kStatusKeys.size(); ++i) {
        if (k == QLatin1String(kStatusKeys[i])) return static_cast<ElementStatus>(i);
    }
    return std::nullopt;
}

QString capacityBasisName(CapacityBasis basis) {
    return basis == CapacityBasis::Verified
               ? QCoreApplication::translate("respan::Element", "verified")
               : QCoreApplication::translate("respan::Element", "estimated");
}

QString elementStatusName(ElementStatus status) {
    return QCoreApplication::translate("respan::Element",
                                       kStatusNames[static_cast<std::size_t>(status)]);
}

QString refusedStatusChange(ElementStatus from, ElementStatus to) {
    if (from == to) return {};
    if (from == ElementStatus::Installed) {
        return QCoreApplication::translate(
            "respan::Element",
            "an installed girder stays installed; it can only be rejected before it is "
            "built in");
    }
    if (from == ElementStatus::Rejected) {
        return QCoreApplication::translate(
            "respan::Element",
            "a rejected girder stays rejected; enter it again as a new element if a new "
            "assessment clears it");
    }
    if (to == ElementStatus::Rejected) return {};
    const auto next = [](ElementStatus s) {
        return static_cast<ElementStatus>(static_cast<int>(s) + 1);
    };
    if (to == next(from)) return {};
    if (from == ElementStatus::Reserved && to == ElementStatus::Certified) return {};
    if (static_cast<int>(to) < static_cast<int>(from)) {
        return QCoreApplication::translate("respan::Element",
                                           "the lifecycle does not go back from %1 to %2")
            .arg(elementStatusName(from), elementStatusName(to));
    }
    return QCoreApplication::translate("respan::Element",
                                       "%1 cannot become %2 directly: it must be %3 first")
        .arg(elementStatusName(from), elementStatusName(to), elementStatusName(next(from)));
}

}  // namespace respan
