#include "core/model/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

#include "core/loads/loadclass.h"
#include "core/model/designlengths.h"
#include "core/model/fields.h"

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

QString outOfRangeMessage(const char* message, const FieldRange& range) {
    if (message == nullptr) return rangeMessage(range);
    return QCoreApplication::translate("respan::Fields", message)
        .arg(number(range.minimum), number(range.maximum));
}

namespace {

/// The rules every field of the table has: required text and its length, numbers within their
/// range, dates within the accepted years, choices among their values.
template <class Record>
std::optional<FieldError> checkField(const FieldSpec<Record>& f, const FieldValue& v,
                                     Bounds bounds) {
    const QString key = QString::fromLatin1(f.key);
    switch (f.type) {
        case FieldType::Text:
            return checkText(key, fieldText(v), f.maxLength, f.required);
        case FieldType::Number: {
            const auto d = fieldNumber(v);
            if (!d) {
                if (!f.required) return std::nullopt;
                return FieldError{key, QString(), QStringLiteral("required"), requiredMessage()};
            }
            if (f.range == nullptr) return std::nullopt;
            return checkRange(key, *d, boundsFor(*f.range, bounds));
        }
        case FieldType::WholeNumber: {
            const auto i = fieldInt(v);
            if (!i) {
                if (!f.required) return std::nullopt;
                return FieldError{key, QString(), QStringLiteral("required"), requiredMessage()};
            }
            if (f.range != nullptr && (*i < f.range->minimum || *i > f.range->maximum)) {
                return FieldError{key, QString::number(*i), QStringLiteral("range"),
                                  outOfRangeMessage(f.rangeMessage, *f.range)};
            }
            return std::nullopt;
        }
        case FieldType::Date: {
            const auto date = fieldDate(v);
            if (!date && !f.required) return std::nullopt;
            return checkDate(key, date.value_or(QDate()));
        }
        case FieldType::Choice: {
            const auto i = fieldInt(v);
            const FieldChoices& c = *f.choices;
            if (i && *i >= c.first && *i < c.first + c.count) return std::nullopt;
            if (!i && !f.required) return std::nullopt;
            return FieldError{key, i ? QString::number(*i) : QString(), QStringLiteral("choice"),
                              choiceMessage(c)};
        }
    }
    return std::nullopt;
}

template <class Record>
void checkFields(const Record& r, std::span<const FieldSpec<Record>> fields, Bounds bounds,
                 std::vector<FieldError>& out) {
    for (const FieldSpec<Record>& f : fields) add(out, checkField(f, f.get(r), bounds));
}

QString metresText(double m) {
    return QString::number(m, 'g', 12);
}

/// The span's bounds of the required length (docs/design-around-stock.md): both or neither,
/// and today's length inside them.
void addBoundErrors(const Span& p, std::vector<FieldError>& out) {
    const auto& lo = p.requiredLengthMin;
    const auto& hi = p.requiredLengthMax;
    if (lo.has_value() != hi.has_value()) {
        const bool missingMax = lo.has_value();
        out.push_back({QString::fromLatin1(missingMax ? "required_length_max_m"
                                                      : "required_length_min_m"),
                       QString(), QStringLiteral("bounds_pair"),
                       missingMax ? Tr::tr("required with the shortest required length %1 m: "
                                           "give both bounds or neither")
                                        .arg(metresText(lo->value()))
                                  : Tr::tr("required with the longest required length %1 m: "
                                           "give both bounds or neither")
                                        .arg(metresText(hi->value()))});
        return;
    }
    if (!lo) return;
    if (lo->value() > hi->value()) {
        out.push_back({QStringLiteral("required_length_min_m"), metresText(lo->value()),
                       QStringLiteral("bounds_order"),
                       Tr::tr("above the longest required length %1 m of span %2")
                           .arg(metresText(hi->value()), p.name)});
        return;
    }
    if (p.requiredLength.value() < lo->value() || p.requiredLength.value() > hi->value()) {
        out.push_back({QStringLiteral("required_length_m"), metresText(p.requiredLength.value()),
                       QStringLiteral("bounds"),
                       Tr::tr("outside the bounds %1 to %2 m given for span %3")
                           .arg(metresText(lo->value()), metresText(hi->value()), p.name)});
    }
}

}  // namespace

std::optional<FieldError> checkLengthBounds(const Span& span) {
    std::vector<FieldError> out;
    addBoundErrors(span, out);
    if (out.empty()) return std::nullopt;
    return out.front();
}

std::optional<FieldError> validateFixedTotal(const Structure& s, double stepM) {
    if (!s.fixedTotalLength) return std::nullopt;
    const design::TotalReach r = design::reachTotal(s, stepM);
    if (r.reachable) return std::nullopt;
    const QString value = metresText(s.fixedTotalLength->value());
    if (r.tooWide) {
        return FieldError{QStringLiteral("fixed_total_length_m"), value,
                          QStringLiteral("total_too_wide"),
                          Tr::tr("the bounds of the spans of %1 allow too many sums to check "
                                 "this total: narrow them")
                              .arg(s.name)};
    }
    return FieldError{
        QStringLiteral("fixed_total_length_m"), value, QStringLiteral("total"),
        Tr::tr("no choice of the spans' lengths meets it: the candidates of the %1 spans of %2 "
               "sum to %3 to %4 m, and the sum must lie between the total less the design "
               "length step (%5 m) and the total")
            .arg(s.spans.size())
            .arg(s.name, metresText(design::toMetres(r.shortest)),
                 metresText(design::toMetres(r.longest)), metresText(stepM))};
}

std::vector<FieldError> validateElement(const Element& e, Bounds bounds) {
    std::vector<FieldError> out;
    checkFields(e, elementFields(), bounds, out);
    // Missing resistances are estimated from the original load class (docs/load-model.md): the
    // class must be one ReSpan knows. Stored data is not refused for it (a later version may
    // know other classes).
    if (bounds == Bounds::Input && (!e.momentCapacity || !e.shearCapacity) &&
        loads::classifyLoadClass(e.originalLoadClass).knowledge == loads::ClassKnowledge::Unknown) {
        if (e.originalLoadClass.trimmed().isEmpty()) {
            out.push_back({QString::fromLatin1(e.momentCapacity ? "shear_capacity_kn"
                                                                : "moment_capacity_knm"),
                           QString(), QStringLiteral("estimate"),
                           Tr::tr("a value is required: there is no original load class to "
                                  "estimate it from")});
        } else {
            out.push_back({QStringLiteral("original_load_class"), e.originalLoadClass,
                           QStringLiteral("load_class"),
                           loads::classRefusal(e.originalLoadClass) +
                               Tr::tr("; enter the resistances or a known class")});
        }
    }
    if (!e.id.isEmpty() && e.id != e.id.trimmed()) {
        out.push_back({QStringLiteral("id"), e.id, QStringLiteral("whitespace"),
                       Tr::tr("must not begin or end with spaces")});
    }
    return out;
}

std::vector<FieldError> validateStructure(const Structure& s, Bounds bounds) {
    std::vector<FieldError> out;
    checkFields(s, structureFields(), bounds, out);
    QSet<QString> spanNames;
    for (const Span& p : s.spans) {
        checkFields(p, spanFields(), bounds, out);
        if (spanNames.contains(p.name)) {
            out.push_back({QStringLiteral("span"), p.name, QStringLiteral("unique"),
                           Tr::tr("span name used twice in structure %1").arg(s.name)});
        }
        spanNames.insert(p.name);
        if (p.calculationSpan && p.calculationSpan->value() > p.requiredLength.value()) {
            out.push_back({QStringLiteral("span_length_m"),
                           QString::number(p.calculationSpan->value(), 'g', 12),
                           QStringLiteral("span_length"),
                           Tr::tr("the calculation span is longer than the required length "
                                  "%1 m of span %2")
                               .arg(QString::number(p.requiredLength.value(), 'g', 12), p.name)});
        }
        addBoundErrors(p, out);
        QSet<QString> slotNames;
        for (const Slot& slot : p.slots) {
            checkFields(slot, slotFields(), bounds, out);
            if (slotNames.contains(slot.name)) {
                out.push_back({QStringLiteral("slot"), slot.name, QStringLiteral("unique"),
                               Tr::tr("slot name used twice in span %1").arg(p.name)});
            }
            slotNames.insert(slot.name);
        }
    }
    return out;
}

}  // namespace respan
