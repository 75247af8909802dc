#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "core/model/certification.h"
#include "core/model/geopoint.h"
#include "core/model/storagesite.h"
#include "core/model/uid.h"
#include "core/model/units.h"

namespace respan {

/// On what the design resistances of an element rest (docs/contract/matching.md section 4).
enum class CapacityBasis { Estimated, Verified };

/// Lifecycle of a harvested element. Order follows the usual path through a reuse project.
enum class ElementStatus {
    InStructure,
    Harvested,
    InStorage,
    Certified,
    Reserved,
    Installed,
    Rejected
};

inline constexpr int kElementStatusCount = 7;

/// Stable text keys as used in CSV files and in the project file ("in_storage", ...).
QString capacityBasisKey(CapacityBasis basis);
std::optional<CapacityBasis> capacityBasisFromKey(const QString& key);
QString elementStatusKey(ElementStatus status);
std::optional<ElementStatus> elementStatusFromKey(const QString& key);
/// Translated display names (English source text, Dutch via the translation files).
QString capacityBasisName(CapacityBasis basis);
QString elementStatusName(ElementStatus status);

/// The lifecycle (docs/recertification.md, "Lifecycle"): in_structure -> harvested -> in_storage
/// -> certified -> reserved -> installed, one step at a time; a reservation may be released
/// (reserved -> certified); rejected from any status, and nothing after rejected or installed.
/// Empty when `from` may become `to`, otherwise the translated reason it may not.
QString refusedStatusChange(ElementStatus from, ElementStatus to);

/// One change of lifecycle status: who changed it, when, and why.
struct StatusChange {
    QDateTime time;  ///< UTC
    QString user;
    std::optional<ElementStatus> from;  ///< empty for the first entry (creation / import)
    ElementStatus to = ElementStatus::InStorage;
    QString note;

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

/// A file attached to an element (drawing, lab report, photo). The content is stored inside the
/// project file; in memory only the metadata is kept, plus the content while it is not yet saved.
struct AttachedDocument {
    Uid uid = kNoUid;
    QString name;      ///< original file name, e.g. "KW21-ligger-3-rapport.pdf"
    QString mimeType;  ///< e.g. "application/pdf"
    qint64 size = 0;   ///< bytes
    QString sha256;    ///< lower-case hex digest of the content
    QDateTime added;   ///< UTC
    /// Content, held only until the document has been written to the project file.
    QByteArray pendingContent;

    /// Equality on identity and metadata; pending content is a storage detail.
    friend bool operator==(const AttachedDocument& a, const AttachedDocument& b) {
        return a.uid == b.uid && a.name == b.name && a.mimeType == b.mimeType && a.size == b.size &&
               a.sha256 == b.sha256 && a.added == b.added;
    }
};

/// A harvested girder (docs/contract/matching.md section 4, "elements.csv"), plus notes, documents,
/// history.
struct Element {
    Uid uid = kNoUid;
    QString id;  ///< unique within the project, shown to users
    QString donorStructure;
    QString donorPosition;
    QString type;
    Metres length{0.0};
    Millimetres height{0.0};
    Millimetres width{0.0};
    Tonnes mass{0.0};
    std::optional<int> yearBuilt;
    QString originalLoadClass;
    /// MRd and VRd as entered; empty: estimated from the original load class (docs/load-model.md)
    std::optional<KiloNewtonMetres> momentCapacity;
    std::optional<KiloNewtons> shearCapacity;
    CapacityBasis capacityBasis = CapacityBasis::Estimated;
    int condition = 1;  ///< NEN 2767 condition score, 1 excellent .. 6 very poor
    ElementStatus status = ElementStatus::InStorage;
    GeoPoint location;
    std::optional<QDate> availableFrom;  ///< empty: available now
    /// The day it leaves (or left) its donor structure; after-harvest steps start no earlier.
    std::optional<QDate> harvestDate;
    /// Id of the storage site where it lies or will lie (docs/contract/planning.md section 3);
    /// empty: no stay.
    QString storageSite;
    /// The stay as entered by hand; empty: derived from the plan (section 3.2).
    std::optional<ManualStay> manualStay;
    /// Its place in the yard as put there by hand; empty: the automatic layout places it.
    std::optional<YardPlace> yardPlace;
    QString notes;
    std::vector<AttachedDocument> documents;
    std::vector<StatusChange> history;
    /// Recertification: one record per protocol step where something is known (docs/contract/
    /// planning.md section 4.2); a step without a record is planned.
    std::vector<StepRecord> certification;

    /// The record of protocol step `step`; nullptr when there is none.
    [[nodiscard]] const StepRecord* stepRecord(const QString& step) const {
        for (const StepRecord& r : certification) {
            if (r.step == step) return &r;
        }
        return nullptr;
    }

    /// Section identity for the span rule R8: equal height and equal width.
    [[nodiscard]] bool sameSection(const Element& other) const {
        return height == other.height && width == other.width;
    }

    friend bool operator==(const Element&, const Element&) = default;
};

/// A structure that elements were harvested from (e.g. an A9 viaduct).
struct DonorStructure {
    Uid uid = kNoUid;
    QString name;  ///< matches Element::donorStructure
    std::optional<GeoPoint> location;
    std::optional<QDate> harvestDate;
    QString notes;

    friend bool operator==(const DonorStructure&, const DonorStructure&) = default;
};

}  // namespace respan
