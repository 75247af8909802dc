#pragma once

#include <QList>
#include <QObject>

#include "core/document/documentchange.h"
#include "core/model/uid.h"

namespace respan {

/// Typed change events of one ProjectDocument. Item models and views subscribe to these; they
/// never poll the document. Row and index arguments refer to the document's vectors at the time
/// of the signal. "AboutTo" signals come before the change, the others after it.
class DocumentNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// The whole document is about to be / was replaced (open, new, restore).
    void aboutToReset();
    void reset();

    void elementsAboutToBeInserted(int first, int last);
    void elementsInserted(int first, int last);
    void elementsAboutToBeRemoved(int first, int last);
    void elementsRemoved(int first, int last);
    void elementChanged(int row);

    void donorsChanged();

    void structureAboutToBeInserted(int index);
    void structureInserted(int index);
    void structureAboutToBeRemoved(int index);
    void structureRemoved(int index);
    void structureChanged(int index);  ///< name, site or notes

    void spanAboutToBeInserted(int structure, int span);
    void spanInserted(int structure, int span);
    void spanAboutToBeRemoved(int structure, int span);
    void spanRemoved(int structure, int span);
    void spanChanged(int structure, int span);  ///< name, required length or install date

    void slotAboutToBeInserted(int structure, int span, int slot);
    void slotInserted(int structure, int span, int slot);
    void slotAboutToBeRemoved(int structure, int span, int slot);
    void slotRemoved(int structure, int span, int slot);
    void slotChanged(int structure, int span, int slot);  ///< name or demands

    /// Assignments of these slots were added, removed, moved or (un)pinned.
    void assignmentsChanged(const QList<qint64>& slotUids);

    void settingsChanged();
    /// The document became modified or unmodified relative to the file.
    void modifiedChanged(bool modified);
    /// After every change of content, besides the fine-grained signal above: what changed.
    void changed(const respan::DocumentChange& change);

    /// An undo or redo could not be carried out (its object is gone): the translated reason.
    /// The document is unchanged and the command has left the undo stack.
    void editFailed(const QString& message);
};

}  // namespace respan
