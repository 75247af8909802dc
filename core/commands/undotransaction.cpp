#include "core/commands/undotransaction.h"

#include <QUndoStack>

namespace respan {

// All or nothing: when one child fails, the ones already done are taken back before the
// failure goes on, so the document is as it was.
void CmdTransaction::apply() {
    std::size_t done = 0;
    try {
        for (; done < children_.size(); ++done) children_[done]->redoOrThrow();
    } catch (...) {
        while (done-- > 0) children_[done]->undoOrThrow();
        throw;
    }
}

void CmdTransaction::revert() {
    std::size_t undone = 0;
    try {
        for (; undone < children_.size(); ++undone)
            children_[children_.size() - 1 - undone]->undoOrThrow();
    } catch (...) {
        while (undone-- > 0) children_[children_.size() - 1 - undone]->redoOrThrow();
        throw;
    }
}

UndoTransaction::UndoTransaction(QUndoStack& stack, ProjectDocument& doc, const QString& text)
    : stack_(stack), group_(std::make_unique<CmdTransaction>(doc, text)) {
    detail::markTransactionOpen(stack_, true);
}

UndoTransaction::~UndoTransaction() {
    detail::markTransactionOpen(stack_, false);
    if (!group_) return;
    // Not committed: take back what was applied, newest first. Reverting a just-applied edit
    // cannot be refused by the document, so nothing is swallowed here in practice.
    try {
        group_->revert();
    } catch (...) {
    }
}

void UndoTransaction::execute(std::unique_ptr<DocumentCommand> command) {
    command->execute();
    group_->children_.push_back(std::move(command));
}

void UndoTransaction::commit() {
    if (!group_) return;
    if (group_->isEmpty()) {
        group_.reset();
        return;
    }
    // Every child has already been applied and skips its next redo, so the push does not
    // apply them a second time.
    detail::markTransactionOpen(stack_, false);
    stack_.push(group_.release());
}

}  // namespace respan
