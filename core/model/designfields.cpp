// The structure, span and slot field tables (core/model/fields.h): the columns of design.csv.
#include <QCoreApplication>

#include "core/model/fields.h"

namespace respan {

namespace {

using F = FieldType;
using G = FieldGroup;

constexpr int kText = ranges::kMaxTextLength;

/// An optional length in metres of a record: empty stays empty.
FieldValue optionalMetres(const std::optional<Metres>& m) {
    if (!m) return std::monostate{};
    return m->value();
}
void setOptionalMetres(std::optional<Metres>& target, const FieldValue& v) {
    const auto d = fieldNumber(v);
    target = d ? std::optional<Metres>(Metres(*d)) : std::nullopt;
}

QString loadModelChoiceKey(int v) {
    return v == 0 ? QStringLiteral("LM1") : QString();
}
QString loadModelChoiceName(int v) {
    return v == 0 ? translatedFieldText(
                        QT_TRANSLATE_NOOP("respan::Fields", "LM1 (EN 1991-2 Load Model 1)"))
                  : QString();
}
QString ccChoiceKey(int v) {
    return v == 0 ? QStringLiteral("CC2") : QStringLiteral("CC3");
}
const FieldChoices kLoadModelChoices{0, kLoadModelCount, loadModelChoiceKey, loadModelChoiceName};
const FieldChoices kConsequenceChoices{0, kConsequenceClassCount, ccChoiceKey, ccChoiceKey};

// Plausibility bounds of the deck's build-up (docs/load-model.md, "Inputs"): a carriageway
// narrower than one notional lane of 3 m has no lane to load.
constexpr FieldRange kCarriageway{3.0, 100.0, false, "m"};
constexpr FieldRange kSpacing{0.0, 10.0, true, "m"};
constexpr FieldRange kDeckThickness{0.0, 2.0, true, "m"};
constexpr FieldRange kSurfacing{0.0, 1.0, false, "m"};
// A crossing of up to 100 spans of the longest span length.
constexpr FieldRange kTotalLength{1.0, 20000.0, false, "m"};

const StructureField kStructureFields[] = {
    {"structure", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Structure"), "", F::Text, true, nullptr, nullptr, kText,
     0, nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.name; },
     [](Structure& s, const FieldValue& v) { s.name = fieldText(v); }},
    {"site_lat", QT_TRANSLATE_NOOP("respan::Fields", "Site latitude (WGS84)"),
     QT_TRANSLATE_NOOP("respan::Fields", "Latitude"), "°", F::Number, true, &ranges::kLatitude,
     nullptr, 0, 6, nullptr, G::Place, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.site.latitude; },
     [](Structure& s, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) s.site.latitude = *d;
     }},
    {"site_lon", QT_TRANSLATE_NOOP("respan::Fields", "Site longitude (WGS84)"),
     QT_TRANSLATE_NOOP("respan::Fields", "Longitude"), "°", F::Number, true, &ranges::kLongitude,
     nullptr, 0, 6, nullptr, G::Place, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.site.longitude; },
     [](Structure& s, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) s.site.longitude = *d;
     }},
    {"load_model", QT_TRANSLATE_NOOP("respan::Fields", "Load model"),
     QT_TRANSLATE_NOOP("respan::Fields", "Load model"), "", F::Choice, false, nullptr, nullptr, 0,
     0, &kLoadModelChoices, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "Traffic load model of the estimated demands"), nullptr,
     [](const Structure& s) -> FieldValue { return static_cast<int>(s.deck.loadModel); },
     [](Structure& s, const FieldValue& v) {
         s.deck.loadModel = static_cast<LoadModel>(fieldInt(v).value_or(0));
     }},
    {"carriageway_width_m", QT_TRANSLATE_NOOP("respan::Fields", "Carriageway width"),
     QT_TRANSLATE_NOOP("respan::Fields", "Carriageway"), "m", F::Number, false, &kCarriageway,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Width w between the kerbs; empty: slot count x girder spacing"),
     nullptr,
     [](const Structure& s) -> FieldValue { return optionalMetres(s.deck.carriagewayWidth); },
     [](Structure& s, const FieldValue& v) { setOptionalMetres(s.deck.carriagewayWidth, v); }},
    {"girder_spacing_m", QT_TRANSLATE_NOOP("respan::Fields", "Girder spacing"),
     QT_TRANSLATE_NOOP("respan::Fields", "Spacing"), "m", F::Number, false, &kSpacing, nullptr, 0,
     2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Centre-to-centre distance s of the girders; empty: 1.2 m"),
     nullptr, [](const Structure& s) -> FieldValue { return optionalMetres(s.deck.girderSpacing); },
     [](Structure& s, const FieldValue& v) { setOptionalMetres(s.deck.girderSpacing, v); }},
    {"deck_thickness_m", QT_TRANSLATE_NOOP("respan::Fields", "Compression layer thickness"),
     QT_TRANSLATE_NOOP("respan::Fields", "Deck"), "m", F::Number, false, &kDeckThickness, nullptr,
     0, 3, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "Cast-in-place compression layer; empty: 0.20 m"), nullptr,
     [](const Structure& s) -> FieldValue { return optionalMetres(s.deck.deckThickness); },
     [](Structure& s, const FieldValue& v) { setOptionalMetres(s.deck.deckThickness, v); }},
    {"surfacing_m", QT_TRANSLATE_NOOP("respan::Fields", "Surfacing thickness"),
     QT_TRANSLATE_NOOP("respan::Fields", "Surfacing"), "m", F::Number, false, &kSurfacing, nullptr,
     0, 3, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "Asphalt on the deck; empty: 0.10 m"), nullptr,
     [](const Structure& s) -> FieldValue { return optionalMetres(s.deck.surfacing); },
     [](Structure& s, const FieldValue& v) { setOptionalMetres(s.deck.surfacing, v); }},
    {"consequence_class", QT_TRANSLATE_NOOP("respan::Fields", "Consequence class"),
     QT_TRANSLATE_NOOP("respan::Fields", "CC"), "", F::Choice, false, nullptr, nullptr, 0, 0,
     &kConsequenceChoices, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "EN 1990 consequence class; RWS bridges are CC3"), nullptr,
     [](const Structure& s) -> FieldValue { return static_cast<int>(s.deck.consequenceClass); },
     [](Structure& s, const FieldValue& v) {
         s.deck.consequenceClass = static_cast<ConsequenceClass>(
             fieldInt(v).value_or(static_cast<int>(ConsequenceClass::CC3)));
     }},
    {"fixed_total_length_m", QT_TRANSLATE_NOOP("respan::Fields", "Fixed total length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Fixed total"), "m", F::Number, false, &kTotalLength,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "The crossing: when ReSpan chooses the spans' required lengths, their sum "
                       "stays at most this and falls short of it by at most the design length "
                       "step; empty: no fixed total"),
     nullptr,
     [](const Structure& s) -> FieldValue { return optionalMetres(s.fixedTotalLength); },
     [](Structure& s, const FieldValue& v) { setOptionalMetres(s.fixedTotalLength, v); }},
};

const SpanField kSpanFields[] = {
    {"span", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Span"), "", F::Text, true, nullptr, nullptr, kText, 0,
     nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Span& p) -> FieldValue { return p.name; },
     [](Span& p, const FieldValue& v) { p.name = fieldText(v); }},
    {"required_length_m", QT_TRANSLATE_NOOP("respan::Fields", "Required element length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Required length"), "m", F::Number, true, &ranges::kLength,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Length a girder must have after cutting: span between bearing centre "
                       "lines plus both end allowances"),
     nullptr, [](const Span& p) -> FieldValue { return p.requiredLength.value(); },
     [](Span& p, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) p.requiredLength = Metres(*d);
     }},
    {"install_date", QT_TRANSLATE_NOOP("respan::Fields", "Installation date"),
     QT_TRANSLATE_NOOP("respan::Fields", "Installation"), "", F::Date, true, nullptr, nullptr, 0, 0,
     nullptr, G::State, false, nullptr, nullptr, QT_TRANSLATE_NOOP("respan::Fields", "YYYY-MM-DD"),
     [](const Span& p) -> FieldValue { return p.installDate; },
     [](Span& p, const FieldValue& v) {
         const QDate* d = std::get_if<QDate>(&v);
         p.installDate = d == nullptr ? QDate() : *d;
     }},
    {"span_length_m", QT_TRANSLATE_NOOP("respan::Fields", "Calculation span"),
     QT_TRANSLATE_NOOP("respan::Fields", "Calculation span"), "m", F::Number, false,
     &ranges::kLength, nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Span L between the bearings for the estimated demands; empty: required "
                       "length - 0.6 m"),
     nullptr, [](const Span& p) -> FieldValue { return optionalMetres(p.calculationSpan); },
     [](Span& p, const FieldValue& v) { setOptionalMetres(p.calculationSpan, v); }},
    {"required_length_min_m", QT_TRANSLATE_NOOP("respan::Fields", "Shortest required length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Length min"), "m", F::Number, false, &ranges::kLength,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Lower bound when ReSpan chooses the required length around the stock "
                       "(the pier may move); with the upper bound, or empty for both"),
     nullptr, [](const Span& p) -> FieldValue { return optionalMetres(p.requiredLengthMin); },
     [](Span& p, const FieldValue& v) { setOptionalMetres(p.requiredLengthMin, v); }},
    {"required_length_max_m", QT_TRANSLATE_NOOP("respan::Fields", "Longest required length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Length max"), "m", F::Number, false, &ranges::kLength,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Upper bound when ReSpan chooses the required length around the stock; "
                       "with the lower bound, or empty for both"),
     nullptr, [](const Span& p) -> FieldValue { return optionalMetres(p.requiredLengthMax); },
     [](Span& p, const FieldValue& v) { setOptionalMetres(p.requiredLengthMax, v); }},
};

const SlotField kSlotFields[] = {
    {"slot", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Slot"), "", F::Text, true, nullptr, nullptr, kText, 0,
     nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Slot& k) -> FieldValue { return k.name; },
     [](Slot& k, const FieldValue& v) { k.name = fieldText(v); }},
    {"moment_demand_knm", QT_TRANSLATE_NOOP("respan::Fields", "Design moment MEd"),
     QT_TRANSLATE_NOOP("respan::Fields", "MEd"), "kNm", F::Number, false, &ranges::kMomentDemand,
     nullptr, 0, 0, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Entered design moment; empty: estimated from the load model"),
     nullptr,
     [](const Slot& k) -> FieldValue {
         if (!k.momentDemand) return std::monostate{};
         return k.momentDemand->value();
     },
     [](Slot& k, const FieldValue& v) {
         const auto d = fieldNumber(v);
         k.momentDemand = d ? std::optional(KiloNewtonMetres(*d)) : std::nullopt;
     }},
    {"shear_demand_kn", QT_TRANSLATE_NOOP("respan::Fields", "Design shear VEd"),
     QT_TRANSLATE_NOOP("respan::Fields", "VEd"), "kN", F::Number, false, &ranges::kShearDemand,
     nullptr, 0, 0, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Entered design shear; empty: estimated from the load model"),
     nullptr,
     [](const Slot& k) -> FieldValue {
         if (!k.shearDemand) return std::monostate{};
         return k.shearDemand->value();
     },
     [](Slot& k, const FieldValue& v) {
         const auto d = fieldNumber(v);
         k.shearDemand = d ? std::optional(KiloNewtons(*d)) : std::nullopt;
     }},
};

}  // namespace

std::span<const StructureField> structureFields() {
    return kStructureFields;
}

std::span<const SpanField> spanFields() {
    return kSpanFields;
}

std::span<const SlotField> slotFields() {
    return kSlotFields;
}

}  // namespace respan
