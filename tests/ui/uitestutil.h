#pragma once

#include <QString>

#include "core/document/projectdocument.h"

namespace respan::test {

/// A copy of `from`'s content in `to` (for "the document is exactly as before" checks with
/// compareDocuments).
inline void cloneInto(const ProjectDocument& from, ProjectDocument& to) {
    to.resetContent(from.content());
}

/// Uid of the slot `slot` in span `span` of the structure named `structure`.
inline Uid slotUid(const ProjectDocument& doc, const QString& structure, const QString& span,
                   const QString& slot) {
    const int s = doc.structureIndexByName(structure);
    if (s < 0) return kNoUid;
    for (const Span& p : doc.structure(s).spans) {
        if (p.name != span) continue;
        for (const Slot& k : p.slots) {
            if (k.name == slot) return k.uid;
        }
    }
    return kNoUid;
}

inline Uid spanUid(const ProjectDocument& doc, const QString& structure, const QString& span) {
    const int s = doc.structureIndexByName(structure);
    if (s < 0) return kNoUid;
    for (const Span& p : doc.structure(s).spans) {
        if (p.name == span) return p.uid;
    }
    return kNoUid;
}

inline Uid elementUid(const ProjectDocument& doc, const QString& id) {
    const Element* e = doc.elementById(id);
    return e != nullptr ? e->uid : kNoUid;
}

}  // namespace respan::test
