#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include "core/io/csvimport.h"

namespace respan::io {

/// True when a spreadsheet would take `text` as a formula: it starts with =, +, -, @, a tab or
/// a carriage return.
bool startsLikeFormula(QStringView text);
/// True when `text`, after any leading apostrophes, startsLikeFormula: CsvWriter then writes one
/// apostrophe more, and the reader removes one.
bool needsFormulaGuard(QStringView text);

/// Builds a CSV file in one of the two dialects: RFC 4180 quoting, CRLF line ends, UTF-8 without
/// byte order mark, numbers in their shortest round-trip form (formatNumber).
class CsvWriter {
public:
    explicit CsvWriter(CsvDialect dialect);

    /// A text field. It is quoted when it holds a separator, a quote or a line break, or starts
    /// or ends with white space (the reader trims unquoted fields, never quoted ones). Text that
    /// a spreadsheet would run as a formula (startsLikeFormula) gets a leading apostrophe, which
    /// spreadsheets show as text and ReSpan's reader removes again (OWASP CSV injection).
    void text(QStringView value);
    void number(double value);
    void integer(int value);
    void empty();
    void endRow();
    [[nodiscard]] QByteArray toUtf8() const { return out_.toUtf8(); }

private:
    void separate();
    CsvDialect dialect_;
    QChar separator_;
    QString out_;
    bool rowStart_ = true;
};

}  // namespace respan::io
