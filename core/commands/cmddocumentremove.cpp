#include "core/commands/cmddocumentremove.h"

#include <QCoreApplication>

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

int rowOf(const ProjectDocument& doc, Uid uid) {
    const int row = doc.elementRow(uid);
    if (row < 0) throwNoLongerExists(CommandTarget::Element);
    return row;
}

int indexOf(const Element& e, Uid documentUid) {
    for (int i = 0; i < static_cast<int>(e.documents.size()); ++i) {
        if (e.documents[static_cast<std::size_t>(i)].uid == documentUid) return i;
    }
    throwNoLongerExists(CommandTarget::Document);
}
}  // namespace

CmdDocumentRemove::CmdDocumentRemove(ProjectDocument& doc, Uid elementUid, Uid documentUid,
                                     QByteArray content)
    : DocumentCommand(doc), elementUid_(elementUid) {
    const Element& e = doc.element(rowOf(doc, elementUid));
    index_ = indexOf(e, documentUid);
    removed_ = e.documents[static_cast<std::size_t>(index_)];
    if (removed_.pendingContent.isEmpty()) removed_.pendingContent = std::move(content);
    setText(Tr::tr("Remove %1 from %2").arg(removed_.name, e.id));
}

void CmdDocumentRemove::apply() {
    const int row = rowOf(doc(), elementUid_);
    Element e = doc().element(row);
    const int index = indexOf(e, removed_.uid);
    e.documents.erase(e.documents.begin() + index);
    doc().updateElement(row, std::move(e));
}

void CmdDocumentRemove::revert() {
    const int row = rowOf(doc(), elementUid_);
    Element e = doc().element(row);
    const auto at = std::min<std::size_t>(static_cast<std::size_t>(index_), e.documents.size());
    e.documents.insert(e.documents.begin() + static_cast<std::ptrdiff_t>(at), removed_);
    doc().updateElement(row, std::move(e));
}

}  // namespace respan
