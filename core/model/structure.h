#pragma once

#include <QDate>
#include <QString>

#include <vector>

#include "core/model/geopoint.h"
#include "core/model/uid.h"
#include "core/model/units.h"

namespace respan {

/// One girder position in a span, with its design demand (docs/contract/matching.md section 1).
struct Slot {
    Uid uid = kNoUid;
    QString name;
    KiloNewtonMetres momentDemand{0.0};  ///< MEd
    KiloNewtons shearDemand{0.0};        ///< VEd

    friend bool operator==(const Slot&, const Slot&) = default;
};

/// A span of a receiving structure: all its slots get girders of one section (rule R8).
struct Span {
    Uid uid = kNoUid;
    QString name;
    Metres requiredLength{0.0};  ///< L_p: length a girder must have after cutting
    QDate installDate;           ///< t_p
    std::vector<Slot> slots;

    friend bool operator==(const Span&, const Span&) = default;
};

/// A receiving structure: a new viaduct design.
struct Structure {
    Uid uid = kNoUid;
    QString name;
    GeoPoint site;
    QString notes;
    std::vector<Span> spans;

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
