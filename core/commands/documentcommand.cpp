#include "core/commands/documentcommand.h"

#include <QUndoStack>

#include <stdexcept>

namespace respan {

void DocumentCommand::redo() {
    if (skipNextRedo_) {
        skipNextRedo_ = false;
        return;
    }
    apply();
}

void DocumentCommand::undo() {
    revert();
}

void DocumentCommand::execute() {
    apply();
    skipNextRedo_ = true;
}

PushResult pushCommand(QUndoStack& stack, std::unique_ptr<DocumentCommand> command) {
    try {
        command->execute();
    } catch (const std::invalid_argument& e) {
        return PushResult{false, QString::fromUtf8(e.what())};
    }
    stack.push(command.release());
    return {};
}

}  // namespace respan
