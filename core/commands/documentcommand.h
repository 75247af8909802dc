#pragma once

#include <QString>
#include <QUndoCommand>

#include <memory>

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

    void redo() final;
    void undo() final;

    /// Applies the edit now; throws when the document refuses it (nothing changed then).
    void execute();

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
/// edit, nothing changes, the command is dropped and the reason is returned.
PushResult pushCommand(QUndoStack& stack, std::unique_ptr<DocumentCommand> command);

}  // namespace respan
