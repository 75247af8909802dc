#pragma once

#include <QString>

#include <vector>

namespace respan::io {

/// One problem found in an imported file, with its exact place (docs/contract/matching.md section
/// 4): the row number (header = row 1), the column name as written in the file, the raw value, and
/// the rule that was broken. Rows are the file's line numbers where the record starts, so a quoted
/// field with a line break makes the next record's row one higher than its record count.
struct ImportMessage {
    int row = 0;     ///< 1-based; 0 when the problem concerns the whole file
    QString column;  ///< column name as in the header; empty when it concerns the whole row/file
    QString value;   ///< raw text of the field as it was in the file (cut at 100 characters)
    QString rule;  ///< short key: "required", "number", "range", "unique", "ambiguous-number", ...
    QString message;  ///< translated sentence

    /// "row 7, column length_m, value \"-2,5\": must be between 1 and 200 m (range)"
    [[nodiscard]] QString toString() const;
    friend bool operator==(const ImportMessage&, const ImportMessage&) = default;
};

using ImportMessages = std::vector<ImportMessage>;

}  // namespace respan::io
