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

}  // namespace respan
