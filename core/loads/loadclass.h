#pragma once
// The minimum resistance a harvested girder must have had: the design effect of its original
// load class on its original span (docs/load-model.md, "Resistance from the original load
// class"; docs/contract/planning.md section 2.3). Classes without public load values are
// refused with that reason, never guessed.

#include <QString>

#include <optional>

#include "core/loads/loadmodel.h"
#include "core/model/element.h"

namespace respan::loads {

/// What is known of a load class text.
enum class ClassKnowledge {
    Estimable,       ///< public values exist: ReSpan estimates from them
    NoPublicValues,  ///< a known class whose load values were not found in any public source
    Unknown,         ///< not a class ReSpan knows (a typing error, or a class to add)
};

/// A recognised original load class.
struct LoadClassInfo {
    ClassKnowledge knowledge = ClassKnowledge::Unknown;
    QString name;                  ///< canonical, e.g. "VOSB 1963 class 60"
    double distributedKnM2 = 0.0;  ///< the class's equivalent distributed load (Estimable)
};
/// Recognises "BK-60-1963", "VOSB 1963 klasse 60", "VOSB1963-60", ... case- and
/// punctuation-insensitively.
LoadClassInfo classifyLoadClass(const QString& text);

/// Where an element's resistances come from, as R2 and the editors say it.
enum class ResistanceSource {
    Entered,    ///< both entered (capacity basis as entered)
    FromClass,  ///< at least one estimated from the original load class
    Unknown,    ///< missing and not estimable: the girder fails R2 ("resistance unknown")
};

/// An element's resistances as the rules use them.
struct ElementResistance {
    ResistanceSource source = ResistanceSource::Entered;
    ClassKnowledge classKnowledge = ClassKnowledge::Estimable;  ///< why Unknown, when it is
    double momentKnm = 0.0;
    double shearKn = 0.0;
    bool momentEstimated = false;
    bool shearEstimated = false;
    [[nodiscard]] bool known() const { return source != ResistanceSource::Unknown; }
};

/// The class estimate of an element alone (whatever was entered), or nullopt with the reason
/// when the class gives none. `lengthM` is the girder's length: its original span is
/// lengthM - 0.6.
struct ClassEstimate {
    double momentKnm = 0.0;
    double shearKn = 0.0;
    double originalSpanM = 0.0;
    double selfWeightKnM = 0.0;
    double trafficLineLoadKnM = 0.0;  ///< the class's distributed load over the girder's width
    LoadClassInfo loadClass;
};
std::optional<ClassEstimate> estimateFromClass(const Element& e, const LoadFactors& factors,
                                               ClassKnowledge* why = nullptr);

/// The resistances R2 uses for `e`: entered ones as entered, missing ones from its class.
ElementResistance elementResistance(const Element& e, const LoadFactors& factors);

/// One sentence on how a resistance was obtained ("estimated from VOSB 1963 class 60: ..."),
/// translated; for `respan-cli loads` and the element editor.
QString resistanceMethod(const Element& e, const LoadFactors& factors);
/// Why a class gives no estimate, translated ("no public load values for BK-A-1938").
QString classRefusal(const QString& classText);

}  // namespace respan::loads
