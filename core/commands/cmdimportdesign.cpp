#include "core/commands/cmdimportdesign.h"

#include <QSet>

namespace respan {

namespace {

struct KnownUids {
    QSet<Uid> structures;
    QSet<Uid> spans;
    QSet<Uid> slots;
};

KnownUids knownUids(const ProjectDocument& doc) {
    KnownUids k;
    for (const Structure& d : doc.structures()) {
        k.structures.insert(d.uid);
        for (const Span& p : d.spans) {
            k.spans.insert(p.uid);
            for (const Slot& s : p.slots) k.slots.insert(s.uid);
        }
    }
    return k;
}

}  // namespace

CmdImportDesign::CmdImportDesign(ProjectDocument& doc, io::DesignImport import, const QString& text)
    : DocumentCommand(doc, text), import_(std::move(import)) {}

void CmdImportDesign::apply() {
    if (recorded_) {
        for (Added& a : added_) {
            if (a.structureItem) {
                doc().restoreStructure(a.structure, std::move(*a.structureItem));
                a.structureItem.reset();
            } else if (a.spanItem) {
                doc().restoreSpan(a.structure, a.span, std::move(*a.spanItem));
                a.spanItem.reset();
            } else if (a.slotItem) {
                doc().restoreSlot(a.structure, a.span, a.slot, std::move(*a.slotItem));
                a.slotItem.reset();
            }
        }
        return;
    }
    const KnownUids before = knownUids(doc());
    // A refused import throws before changing anything; pushCommand then drops this command.
    io::applyDesignImport(doc(), std::move(import_));
    import_ = {};
    // Everything new sits at the end of its list (applyDesignImport appends), so removing it
    // backwards keeps the recorded positions of the rest valid.
    for (int st = 0; st < doc().structureCount(); ++st) {
        const Structure& structure = doc().structure(st);
        if (!before.structures.contains(structure.uid)) {
            added_.push_back({st, -1, -1, {}, {}, {}});
            continue;
        }
        for (int p = 0; p < static_cast<int>(structure.spans.size()); ++p) {
            const Span& span = structure.spans[static_cast<std::size_t>(p)];
            if (!before.spans.contains(span.uid)) {
                added_.push_back({st, p, -1, {}, {}, {}});
                continue;
            }
            for (int s = 0; s < static_cast<int>(span.slots.size()); ++s) {
                if (!before.slots.contains(span.slots[static_cast<std::size_t>(s)].uid))
                    added_.push_back({st, p, s, {}, {}, {}});
            }
        }
    }
    recorded_ = true;
}

void CmdImportDesign::revert() {
    for (auto it = added_.rbegin(); it != added_.rend(); ++it) {
        if (it->span < 0) {
            it->structureItem = doc().takeStructure(it->structure);
        } else if (it->slot < 0) {
            it->spanItem = doc().takeSpan(it->structure, it->span);
        } else {
            it->slotItem = doc().takeSlot(it->structure, it->span, it->slot);
        }
    }
}

}  // namespace respan
