#pragma once

#include <QString>

#include "core/commands/cmdvalueedit.h"
#include "core/model/geopoint.h"
#include "core/model/structure.h"

namespace respan {

/// The fields of a structure itself (not its spans).
struct StructureHeader {
    QString name;
    GeoPoint site;
    QString notes;
    DeckDesign deck;  ///< load model and deck build-up
    std::optional<Metres> fixedTotalLength;  ///< the crossing; empty: none
    friend bool operator==(const StructureHeader&, const StructureHeader&) = default;
};

/// The structure's own fields, as an edit starts from them.
[[nodiscard]] StructureHeader structureHeaderOf(const Structure& structure);

struct StructureEditTraits {
    using Value = StructureHeader;
    static constexpr CommandId kId = CommandId::StructureEdit;
    static StructureHeader get(const ProjectDocument& doc, Uid structureUid);
    static void set(ProjectDocument& doc, Uid structureUid, const StructureHeader& value);
};

/// Renames a structure or moves its site.
using CmdStructureEdit = CmdValueEdit<StructureEditTraits>;

}  // namespace respan
