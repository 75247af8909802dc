#pragma once

#include <QString>
#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace respan {

class ProjectDocument;

/// Ids for QUndoCommand::id(), so that QUndoStack only tries to merge commands of one kind.
enum class CommandId : int {
    ElementEdit = 1,
    StructureEdit,
    SpanEdit,
    SlotEdit,
    SettingsEdit,
};

/// Base of every edit of a ProjectDocument. Subclasses implement apply() and revert(); both must
/// either succeed completely or throw without changing the document (ProjectDocument mutations
/// are atomic one by one; a command that makes several rolls back what it did before rethrowing).
///
/// pushCommand() runs apply() itself before the command goes onto the stack, so that an edit the
/// document refuses (std::invalid_argument) never reaches the stack and the caller gets the
/// reason; QUndoStack::push() would otherwise call redo() with no way to report a failure.
class DocumentCommand : public QUndoCommand {
public:
    explicit DocumentCommand(ProjectDocument& doc, const QString& text = {},
                             QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), doc_(doc) {}

    /// QUndoStack's entry points: never throw into the event loop. When the edit cannot be
    /// redone or undone (its object is gone), the document stays as it was, the command is
    /// dropped from the stack (setObsolete) and the document's notifier reports the translated
    /// reason (DocumentNotifier::editFailed).
    void redo() final;
    void undo() final;

    /// Applies the edit now; throws when the document refuses it (nothing changed then).
    void execute();
    /// redo() and undo() that throw instead of reporting (for a transaction of commands).
    void redoOrThrow();
    void undoOrThrow();

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    [[nodiscard]] ProjectDocument& doc() const { return doc_; }

private:
    ProjectDocument& doc_;
    bool skipNextRedo_ = false;
};

/// Result of pushCommand: empty error when the edit was applied and is on the stack.
struct PushResult {
    bool ok = true;
    QString error;  ///< translated reason when the document refused the edit
    explicit operator bool() const { return ok; }
};

/// Applies `command` and puts it on `stack` (one undo step). When the document refuses the
/// edit, nothing changes, the command is dropped and the reason is returned. Refused too while
/// an UndoTransaction is open on `stack` (its edits would interleave with the transaction's).
PushResult pushCommand(QUndoStack& stack, std::unique_ptr<DocumentCommand> command);

namespace detail {
/// UndoTransaction marks its stack while it is open (pushCommand refuses then).
void markTransactionOpen(QUndoStack& stack, bool open);
}  // namespace detail

/// What a command looks for when it is redone or undone.
enum class CommandTarget { Element, Structure, Span, Slot, Document };
/// The refusal of a command whose object no longer exists (translated), for every command.
[[noreturn]] void throwNoLongerExists(CommandTarget target);

}  // namespace respan
