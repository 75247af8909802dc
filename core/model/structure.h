#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "core/model/geopoint.h"
#include "core/model/uid.h"
#include "core/model/units.h"

namespace respan {

/// One girder position in a span, with its design demand (docs/contract/matching.md section 1).
/// An empty demand is estimated from the structure's load model (docs/load-model.md); an entered
/// one is used as entered.
struct Slot {
    Uid uid = kNoUid;
    QString name;
    std::optional<KiloNewtonMetres> momentDemand;  ///< MEd as entered; empty: estimated
    std::optional<KiloNewtons> shearDemand;        ///< VEd as entered; empty: estimated

    friend bool operator==(const Slot&, const Slot&) = default;
};

/// A span of a receiving structure: all its slots get girders of one section (rule R8).
struct Span {
    Uid uid = kNoUid;
    QString name;
    Metres requiredLength{0.0};  ///< L_p: length a girder must have after cutting
    QDate installDate;           ///< t_p
    std::vector<Slot> slots;
    /// L: calculation span between bearings; empty: requiredLength - 0.6 m (docs/load-model.md)
    std::optional<Metres> calculationSpan;
    /// Bounds within which ReSpan may choose the required length (docs/design-around-stock.md):
    /// both or neither, min <= requiredLength <= max; empty: the span keeps its length.
    std::optional<Metres> requiredLengthMin;
    std::optional<Metres> requiredLengthMax;

    friend bool operator==(const Span&, const Span&) = default;
};

/// Traffic load model of a new deck (docs/load-model.md). Only EN 1991-2 Load Model 1 so far.
enum class LoadModel { LM1 };
inline constexpr int kLoadModelCount = 1;
/// Consequence class of EN 1990 (RWS bridges are CC3).
enum class ConsequenceClass { CC2, CC3 };
inline constexpr int kConsequenceClassCount = 2;

/// What the demand estimate of a structure's slots rests on: the load model and the deck's
/// build-up. An empty value takes the default of docs/load-model.md, and the report says so.
struct DeckDesign {
    LoadModel loadModel = LoadModel::LM1;
    std::optional<Metres> carriagewayWidth;  ///< w; empty: slot count x girder spacing per span
    std::optional<Metres> girderSpacing;     ///< s; empty: 1.2 m
    std::optional<Metres> deckThickness;     ///< compression layer; empty: 0.20 m
    std::optional<Metres> surfacing;         ///< empty: 0.10 m
    ConsequenceClass consequenceClass = ConsequenceClass::CC3;

    friend bool operator==(const DeckDesign&, const DeckDesign&) = default;
};

/// A receiving structure: a new viaduct design.
struct Structure {
    Uid uid = kNoUid;
    QString name;
    GeoPoint site;
    QString notes;
    std::vector<Span> spans;
    DeckDesign deck;
    /// The crossing: the chosen required lengths of the spans may not exceed it and may fall
    /// short of it by at most the design length step (docs/design-around-stock.md).
    std::optional<Metres> fixedTotalLength;

    friend bool operator==(const Structure&, const Structure&) = default;
};

/// Where a slot is, by position in the document's structure list. Valid until the next edit.
struct SlotPosition {
    int structure = -1;
    int span = -1;
    int slot = -1;
    [[nodiscard]] bool isValid() const { return structure >= 0 && span >= 0 && slot >= 0; }
    friend bool operator==(const SlotPosition&, const SlotPosition&) = default;
};

}  // namespace respan
