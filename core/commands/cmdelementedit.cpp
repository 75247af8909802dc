#include "core/commands/cmdelementedit.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

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

Element withResistanceNote(const Element& before, Element after, const QString& user,
                           const QDateTime& when) {
    const bool momentEntered = !before.momentCapacity && after.momentCapacity;
    const bool shearEntered = !before.shearCapacity && after.shearCapacity;
    if (!momentEntered && !shearEntered) return after;
    QStringList parts;
    if (momentEntered) {
        parts << QCoreApplication::translate("respan::Commands", "MRd %1 kNm")
                     .arg(QString::number(after.momentCapacity->value(), 'g', 10));
    }
    if (shearEntered) {
        parts << QCoreApplication::translate("respan::Commands", "VRd %1 kN")
                     .arg(QString::number(after.shearCapacity->value(), 'g', 10));
    }
    StatusChange change;
    change.time = when.toUTC();
    change.user = user;
    change.from = after.status;
    change.to = after.status;
    change.note =
        QCoreApplication::translate("respan::Commands",
                                    "Resistances entered (%1, %2), replacing the estimate from "
                                    "load class %3")
            .arg(parts.join(QStringLiteral(", ")), capacityBasisName(after.capacityBasis),
                 before.originalLoadClass.isEmpty() ? QStringLiteral("-")
                                                    : before.originalLoadClass);
    after.history.push_back(change);
    return after;
}

}  // namespace respan
