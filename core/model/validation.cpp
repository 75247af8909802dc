#include "core/model/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Validation)
};

QString number(double v) {
    return QString::number(v, 'g', 12);
}

void add(std::vector<FieldError>& out, std::optional<FieldError> e) {
    if (e) out.push_back(std::move(*e));
}

std::optional<FieldError> checkText(const QString& field, const QString& text, int maxLength,
                                    bool required) {
    if (required && text.trimmed().isEmpty()) {
        return FieldError{field, text, QStringLiteral("required"), requiredMessage()};
    }
    if (text.size() > maxLength) {
        return FieldError{field, text.left(40) + QStringLiteral("…"), QStringLiteral("length"),
                          Tr::tr("longer than %1 characters").arg(maxLength)};
    }
    return std::nullopt;
}

}  // namespace

QString requiredMessage() {
    return Tr::tr("a value is required");
}

QString rangeMessage(const FieldRange& r) {
    const QString unit = QString::fromUtf8(r.unit);
    if (r.minimumExclusive) {
        return Tr::tr("must be greater than %1 %3 and at most %2 %3")
            .arg(number(r.minimum), number(r.maximum), unit)
            .trimmed();
    }
    return Tr::tr("must be between %1 and %2 %3")
        .arg(number(r.minimum), number(r.maximum), unit)
        .trimmed();
}

std::optional<FieldError> checkRange(const QString& field, double value, const FieldRange& r) {
    if (!std::isfinite(value)) {
        return FieldError{field, number(value), QStringLiteral("number"),
                          Tr::tr("not a finite number")};
    }
    const bool low = r.minimumExclusive ? value <= r.minimum : value < r.minimum;
    if (low || value > r.maximum) {
        return FieldError{field, number(value), QStringLiteral("range"), rangeMessage(r)};
    }
    return std::nullopt;
}

std::optional<FieldError> checkDate(const QString& field, const QDate& date) {
    if (!date.isValid()) {
        return FieldError{field, date.toString(Qt::ISODate), QStringLiteral("date"),
                          Tr::tr("not a valid date (use YYYY-MM-DD)")};
    }
    if (date.year() < ranges::kMinYear || date.year() > ranges::kMaxYear) {
        return FieldError{
            field, date.toString(Qt::ISODate), QStringLiteral("range"),
            Tr::tr("year must be between %1 and %2").arg(ranges::kMinYear).arg(ranges::kMaxYear)};
    }
    return std::nullopt;
}

FieldRange boundsFor(const FieldRange& range, Bounds bounds) {
    if (bounds == Bounds::Input || range.minimum <= 0.0) return range;
    return FieldRange{0.0, range.maximum, true, range.unit};
}

std::vector<FieldError> validateElement(const Element& e, Bounds bounds) {
    std::vector<FieldError> out;
    add(out, checkText(QStringLiteral("id"), e.id, ranges::kMaxIdLength, true));
    if (!e.id.isEmpty() && e.id != e.id.trimmed()) {
        out.push_back({QStringLiteral("id"), e.id, QStringLiteral("whitespace"),
                       Tr::tr("must not begin or end with spaces")});
    }
    add(out, checkText(QStringLiteral("donor_structure"), e.donorStructure, ranges::kMaxTextLength,
                       false));
    add(out, checkText(QStringLiteral("donor_position"), e.donorPosition, ranges::kMaxTextLength,
                       false));
    add(out, checkText(QStringLiteral("type"), e.type, ranges::kMaxTextLength, false));
    add(out, checkText(QStringLiteral("original_load_class"), e.originalLoadClass,
                       ranges::kMaxTextLength, false));
    const auto within = [bounds](const FieldRange& r) { return boundsFor(r, bounds); };
    add(out, checkRange(QStringLiteral("length_m"), e.length.value(), within(ranges::kLength)));
    add(out,
        checkRange(QStringLiteral("height_mm"), e.height.value(), within(ranges::kSectionSize)));
    add(out, checkRange(QStringLiteral("width_mm"), e.width.value(), within(ranges::kSectionSize)));
    add(out, checkRange(QStringLiteral("mass_t"), e.mass.value(), within(ranges::kMass)));
    if (e.yearBuilt && (*e.yearBuilt < ranges::kMinYear || *e.yearBuilt > ranges::kMaxYear)) {
        out.push_back(
            {QStringLiteral("year_built"), QString::number(*e.yearBuilt), QStringLiteral("range"),
             Tr::tr("year must be between %1 and %2").arg(ranges::kMinYear).arg(ranges::kMaxYear)});
    }
    add(out, checkRange(QStringLiteral("moment_capacity_knm"), e.momentCapacity.value(),
                        within(ranges::kMomentCapacity)));
    add(out, checkRange(QStringLiteral("shear_capacity_kn"), e.shearCapacity.value(),
                        within(ranges::kShearCapacity)));
    if (e.condition < 1 || e.condition > 6) {
        out.push_back({QStringLiteral("condition"), QString::number(e.condition),
                       QStringLiteral("range"),
                       Tr::tr("NEN 2767 condition score must be a whole number from 1 to 6")});
    }
    add(out, checkRange(QStringLiteral("location_lat"), e.location.latitude, ranges::kLatitude));
    add(out, checkRange(QStringLiteral("location_lon"), e.location.longitude, ranges::kLongitude));
    if (e.availableFrom) add(out, checkDate(QStringLiteral("available_from"), *e.availableFrom));
    return out;
}

std::vector<FieldError> validateStructure(const Structure& s, Bounds bounds) {
    std::vector<FieldError> out;
    add(out, checkText(QStringLiteral("structure"), s.name, ranges::kMaxTextLength, true));
    add(out, checkRange(QStringLiteral("site_lat"), s.site.latitude, ranges::kLatitude));
    add(out, checkRange(QStringLiteral("site_lon"), s.site.longitude, ranges::kLongitude));
    QSet<QString> spanNames;
    for (const Span& p : s.spans) {
        add(out, checkText(QStringLiteral("span"), p.name, ranges::kMaxTextLength, true));
        if (spanNames.contains(p.name)) {
            out.push_back({QStringLiteral("span"), p.name, QStringLiteral("unique"),
                           Tr::tr("span name used twice in structure %1").arg(s.name)});
        }
        spanNames.insert(p.name);
        add(out, checkRange(QStringLiteral("required_length_m"), p.requiredLength.value(),
                            boundsFor(ranges::kLength, bounds)));
        add(out, checkDate(QStringLiteral("install_date"), p.installDate));
        QSet<QString> slotNames;
        for (const Slot& slot : p.slots) {
            add(out, checkText(QStringLiteral("slot"), slot.name, ranges::kMaxTextLength, true));
            if (slotNames.contains(slot.name)) {
                out.push_back({QStringLiteral("slot"), slot.name, QStringLiteral("unique"),
                               Tr::tr("slot name used twice in span %1").arg(p.name)});
            }
            slotNames.insert(slot.name);
            add(out, checkRange(QStringLiteral("moment_demand_knm"), slot.momentDemand.value(),
                                ranges::kMomentDemand));
            add(out, checkRange(QStringLiteral("shear_demand_kn"), slot.shearDemand.value(),
                                ranges::kShearDemand));
        }
    }
    return out;
}

}  // namespace respan
