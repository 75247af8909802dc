#include "core/commands/cmdassignmentset.h"

#include <QCoreApplication>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

QString defaultText(const ProjectDocument& doc, const std::vector<Assignment>& list) {
    if (list.size() == 1) {
        const Element* e = doc.elementByUid(list.front().elementUid);
        const Slot* s = doc.slotByUid(list.front().slotUid);
        if (e != nullptr && s != nullptr) return Tr::tr("Place %1 in slot %2").arg(e->id, s->name);
    }
    return Tr::tr("Place %n element(s)", nullptr, static_cast<int>(list.size()));
}
}  // namespace

CmdAssignmentSet::CmdAssignmentSet(ProjectDocument& doc, std::vector<Assignment> assignments,
                                   const QString& text)
    : AssignmentChange(doc, text) {
    plan(assignments, {});
    if (text.isEmpty()) setText(defaultText(doc, assignments));
}

}  // namespace respan
