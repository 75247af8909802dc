#pragma once

#include <QString>

#include <memory>
#include <vector>

#include "core/commands/documentcommand.h"

class QUndoStack;

namespace respan {

/// Several commands run as one: undo and redo treat them as a unit. Built by UndoTransaction.
class CmdTransaction : public DocumentCommand {
public:
    CmdTransaction(ProjectDocument& doc, const QString& text) : DocumentCommand(doc, text) {}
    [[nodiscard]] bool isEmpty() const { return children_.empty(); }

private:
    friend class UndoTransaction;
    void apply() override;
    void revert() override;
    std::vector<std::unique_ptr<DocumentCommand>> children_;
};

/// One user gesture made of several edits (delete five elements, a drop that fills a span):
/// each edit is applied as it is added; commit() puts them on the stack as one undo step. When
/// the transaction ends without commit() (an edit was refused, an exception flew), everything it
/// applied is reverted, so the gesture leaves nothing behind (LibrePCB's UndoStackTransaction).
class UndoTransaction {
public:
    UndoTransaction(QUndoStack& stack, ProjectDocument& doc, const QString& text);
    ~UndoTransaction();
    UndoTransaction(const UndoTransaction&) = delete;
    UndoTransaction& operator=(const UndoTransaction&) = delete;

    /// Applies `command` now. Throws std::invalid_argument when the document refuses it; the
    /// edits applied before stay until commit() or the end of the transaction.
    void execute(std::unique_ptr<DocumentCommand> command);
    /// Puts the applied edits on the stack as one step (nothing when there were none).
    void commit();

private:
    QUndoStack& stack_;
    std::unique_ptr<CmdTransaction> group_;
};

}  // namespace respan
