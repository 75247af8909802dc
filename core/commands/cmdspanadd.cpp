#include "core/commands/cmdspanadd.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

int structureIndexOf(const ProjectDocument& doc, Uid uid) {
    const int index = doc.structureIndex(uid);
    if (index < 0) throwNoLongerExists(CommandTarget::Structure);
    return index;
}
}  // namespace

CmdSpanAdd::CmdSpanAdd(ProjectDocument& doc, Uid structureUid, Span span, int index)
    : DocumentCommand(doc,
                      Tr::tr("Add span %1 to %2")
                          .arg(span.name, doc.structure(structureIndexOf(doc, structureUid)).name)),
      structureUid_(structureUid),
      owned_(Removed<Span>{std::move(span), {}}),
      index_(index < 0
                 ? static_cast<int>(doc.structure(structureIndexOf(doc, structureUid)).spans.size())
                 : index) {}

void CmdSpanAdd::apply() {
    const int s = structureIndexOf(doc(), structureUid_);
    doc().restoreSpan(s, index_, std::move(*owned_));
    owned_.reset();
    uid_ = doc().structure(s).spans.at(static_cast<std::size_t>(index_)).uid;
}

void CmdSpanAdd::revert() {
    const SlotPosition pos = doc().spanPosition(uid_);
    owned_ = doc().takeSpan(pos.structure, pos.span);
}

Span makeSpan(const QString& name, Metres requiredLength, const QDate& installDate, int count,
              const QString& slotPrefix, KiloNewtonMetres momentDemand, KiloNewtons shearDemand) {
    Span span;
    span.name = name;
    span.requiredLength = requiredLength;
    span.installDate = installDate;
    for (int i = 1; i <= count; ++i) {
        Slot slot;
        slot.name = slotPrefix + QString::number(i);
        slot.momentDemand = momentDemand;
        slot.shearDemand = shearDemand;
        span.slots.push_back(slot);
    }
    return span;
}

}  // namespace respan
