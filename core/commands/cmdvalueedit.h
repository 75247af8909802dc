#pragma once

#include <utility>

#include "core/commands/documentcommand.h"
#include "core/model/uid.h"

namespace respan {

/// The one template behind every simple field edit (Tiled's ChangeValue, LibrePCB's
/// CmdXxxEdit): the value of one object, found by uid, is replaced by a new value, and undo puts
/// the old value back. `Traits` supplies
///   using Value;                                    // what is edited (copyable, ==)
///   static constexpr CommandId kId;                 // for merging
///   static Value get(const ProjectDocument&, Uid);  // throws std::invalid_argument when absent
///   static void set(ProjectDocument&, Uid, const Value&);
///
/// Merging: two consecutive edits of the same object with the same non-negative `mergeField`
/// (e.g. the table column being typed in) become one undo step that restores the value from
/// before the first. When the merged step ends where it began, it drops off the stack.
template <class Traits>
class CmdValueEdit : public DocumentCommand {
public:
    using Value = typename Traits::Value;

    CmdValueEdit(ProjectDocument& doc, Uid key, Value newValue, const QString& text,
                 int mergeField = -1)
        : DocumentCommand(doc, text),
          key_(key),
          old_(Traits::get(doc, key)),
          new_(std::move(newValue)),
          mergeField_(mergeField) {}

    [[nodiscard]] int id() const override { return static_cast<int>(Traits::kId); }

    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = dynamic_cast<const CmdValueEdit*>(other);
        if (o == nullptr || o->key_ != key_ || mergeField_ < 0 || o->mergeField_ != mergeField_)
            return false;
        new_ = o->new_;
        setObsolete(new_ == old_);
        return true;
    }

    [[nodiscard]] Uid key() const { return key_; }
    [[nodiscard]] const Value& oldValue() const { return old_; }
    [[nodiscard]] const Value& newValue() const { return new_; }

protected:
    void apply() override { Traits::set(doc(), key_, new_); }
    void revert() override { Traits::set(doc(), key_, old_); }

private:
    Uid key_;
    Value old_;
    Value new_;
    int mergeField_;
};

}  // namespace respan
