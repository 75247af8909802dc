#include "core/commands/cmddocumentattach.h"

#include <QCoreApplication>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/model/contenthash.h"

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
}  // namespace

CmdDocumentAttach::CmdDocumentAttach(ProjectDocument& doc, Uid elementUid,
                                     AttachedDocument document)
    : DocumentCommand(
          doc,
          Tr::tr("Attach %1 to %2").arg(document.name, doc.element(rowOf(doc, elementUid)).id)),
      elementUid_(elementUid),
      document_(std::move(document)) {
    if (document_.uid == kNoUid) document_.uid = doc.allocateUid();
}

void CmdDocumentAttach::apply() {
    const int row = rowOf(doc(), elementUid_);
    Element e = doc().element(row);
    e.documents.push_back(document_);
    doc().updateElement(row, std::move(e));
}

void CmdDocumentAttach::revert() {
    const int row = rowOf(doc(), elementUid_);
    Element e = doc().element(row);
    std::erase_if(e.documents,
                  [this](const AttachedDocument& a) { return a.uid == document_.uid; });
    doc().updateElement(row, std::move(e));
}

AttachedDocument makeAttachment(const QString& name, const QString& mimeType,
                                const QByteArray& content, const QDateTime& added) {
    AttachedDocument d;
    d.name = name;
    d.mimeType = mimeType;
    d.size = content.size();
    d.sha256 = sha256Hex(content);
    d.added = added.toUTC();
    d.pendingContent = content;
    return d;
}

}  // namespace respan
