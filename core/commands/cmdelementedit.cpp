#include "core/commands/cmdelementedit.h"

#include <QHash>

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

Element ElementEditTraits::get(const ProjectDocument& doc, Uid uid) {
    const Element* e = doc.elementByUid(uid);
    if (e == nullptr) throwNoLongerExists(CommandTarget::Element);
    return *e;
}

void ElementEditTraits::set(ProjectDocument& doc, Uid uid, const Element& value) {
    const int row = doc.elementRow(uid);
    if (row < 0) throwNoLongerExists(CommandTarget::Element);
    Element next = value;
    QHash<Uid, QByteArray> pending;
    for (const AttachedDocument& d : doc.element(row).documents) {
        if (!d.pendingContent.isEmpty()) pending.insert(d.uid, d.pendingContent);
    }
    for (AttachedDocument& d : next.documents) {
        if (d.pendingContent.isEmpty()) d.pendingContent = pending.value(d.uid);
    }
    doc.updateElement(row, std::move(next));
}

Element withStatus(Element element, ElementStatus to, const QString& user, const QDateTime& when,
                   const QString& note) {
    if (element.status == to) return element;
    StatusChange change;
    change.time = when.toUTC();
    change.user = user;
    change.from = element.status;
    change.to = to;
    change.note = note;
    element.history.push_back(change);
    element.status = to;
    return element;
}

}  // namespace respan
