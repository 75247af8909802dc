#include "core/commands/undotransaction.h"

#include <QUndoStack>

namespace respan {

void CmdTransaction::apply() {
    for (auto& c : children_) c->redo();
}

void CmdTransaction::revert() {
    for (auto it = children_.rbegin(); it != children_.rend(); ++it) (*it)->undo();
}

UndoTransaction::UndoTransaction(QUndoStack& stack, ProjectDocument& doc, const QString& text)
    : stack_(stack), group_(std::make_unique<CmdTransaction>(doc, text)) {}

UndoTransaction::~UndoTransaction() {
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
    stack_.push(group_.release());
}

}  // namespace respan
