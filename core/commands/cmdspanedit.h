#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "core/commands/cmdvalueedit.h"
#include "core/model/structure.h"
#include "core/model/units.h"

namespace respan {

/// The fields of a span itself (not its slots).
struct SpanHeader {
    QString name;
    Metres requiredLength{0.0};
    QDate installDate;
    std::optional<Metres> calculationSpan;  ///< empty: required length - 0.6 m
    std::optional<Metres> requiredLengthMin;  ///< bounds of a chosen length; both or neither
    std::optional<Metres> requiredLengthMax;
    friend bool operator==(const SpanHeader&, const SpanHeader&) = default;
};

/// The span's own fields, as an edit starts from them.
[[nodiscard]] SpanHeader spanHeaderOf(const Span& span);

struct SpanEditTraits {
    using Value = SpanHeader;
    static constexpr CommandId kId = CommandId::SpanEdit;
    static SpanHeader get(const ProjectDocument& doc, Uid spanUid);
    static void set(ProjectDocument& doc, Uid spanUid, const SpanHeader& value);
};

/// Renames a span or changes its required length or installation date.
using CmdSpanEdit = CmdValueEdit<SpanEditTraits>;

}  // namespace respan
