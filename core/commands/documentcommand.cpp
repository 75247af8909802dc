#include "core/commands/documentcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <stdexcept>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

/// Set on a QUndoStack while an UndoTransaction is open on it (per stack, not global).
constexpr char kTransactionOpen[] = "respanTransactionOpen";

}  // namespace

void DocumentCommand::redoOrThrow() {
    if (skipNextRedo_) {
        skipNextRedo_ = false;
        return;
    }
    apply();
}

void DocumentCommand::undoOrThrow() {
    revert();
}

void DocumentCommand::redo() {
    try {
        redoOrThrow();
    } catch (const std::exception& e) {
        setObsolete(true);
        Q_EMIT doc_.notifier()->editFailed(
            Tr::tr("\"%1\" could not be redone: %2").arg(text(), QString::fromUtf8(e.what())));
    }
}

void DocumentCommand::undo() {
    try {
        undoOrThrow();
    } catch (const std::exception& e) {
        setObsolete(true);
        Q_EMIT doc_.notifier()->editFailed(
            Tr::tr("\"%1\" could not be undone: %2").arg(text(), QString::fromUtf8(e.what())));
    }
}

void DocumentCommand::execute() {
    apply();
    skipNextRedo_ = true;
}

PushResult pushCommand(QUndoStack& stack, std::unique_ptr<DocumentCommand> command) {
    if (stack.property(kTransactionOpen).toBool()) {
        return PushResult{false, Tr::tr("another edit is in progress; try again when it is done")};
    }
    try {
        command->execute();
    } catch (const std::invalid_argument& e) {
        return PushResult{false, QString::fromUtf8(e.what())};
    }
    stack.push(command.release());
    return {};
}

void throwNoLongerExists(CommandTarget target) {
    QString what;
    switch (target) {
        case CommandTarget::Element:
            what = Tr::tr("the element no longer exists");
            break;
        case CommandTarget::Structure:
            what = Tr::tr("the structure no longer exists");
            break;
        case CommandTarget::Span:
            what = Tr::tr("the span no longer exists");
            break;
        case CommandTarget::Slot:
            what = Tr::tr("the slot no longer exists");
            break;
        case CommandTarget::Document:
            what = Tr::tr("the attached document no longer exists");
            break;
    }
    throw std::invalid_argument(what.toStdString());
}

namespace detail {

void markTransactionOpen(QUndoStack& stack, bool open) {
    stack.setProperty(kTransactionOpen, open);
}

}  // namespace detail

}  // namespace respan
