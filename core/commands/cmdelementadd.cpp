#include "core/commands/cmdelementadd.h"

#include <QCoreApplication>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};
}  // namespace

CmdElementAdd::CmdElementAdd(ProjectDocument& doc, Element element)
    : DocumentCommand(doc, Tr::tr("Add element %1").arg(element.id)), owned_(std::move(element)) {}

void CmdElementAdd::apply() {
    Element e = *owned_;
    if (e.uid == kNoUid) e.uid = doc().allocateUid();
    uid_ = e.uid;
    doc().insertElement(std::move(e));
    owned_.reset();
}

void CmdElementAdd::revert() {
    owned_ = doc().takeElement(doc().elementRow(uid_)).element;
}

}  // namespace respan
