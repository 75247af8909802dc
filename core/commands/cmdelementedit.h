#pragma once

#include <QDateTime>

#include "core/commands/cmdvalueedit.h"
#include "core/model/element.h"

namespace respan {

/// Edit of one element's fields, documents or history (whole value, found by uid).
struct ElementEditTraits {
    using Value = Element;
    static constexpr CommandId kId = CommandId::ElementEdit;
    static Element get(const ProjectDocument& doc, Uid uid);
    /// Keeps the unsaved content of attached documents that the document holds and `value`
    /// does not (a snapshot taken after a save has dropped it; the content must survive).
    static void set(ProjectDocument& doc, Uid uid, const Element& value);
};

/// Changes an element; mergeField = table column for typing in one field, -1 for a dialog.
using CmdElementEdit = CmdValueEdit<ElementEditTraits>;

/// `element` with its status set to `to` and a history entry appended (who, when, from, to).
/// Unchanged when the status is already `to`.
Element withStatus(Element element, ElementStatus to, const QString& user, const QDateTime& when,
                   const QString& note = {});
/// `after` with a history entry when it enters resistances that `before` left to be estimated
/// from the original load class (docs/load-model.md): the history says a verified value
/// replaced an estimate, by whom and when. Unchanged when nothing was replaced.
Element withResistanceNote(const Element& before, Element after, const QString& user,
                           const QDateTime& when);

}  // namespace respan
