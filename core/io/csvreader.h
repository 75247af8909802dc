#pragma once
// Byte decoding and RFC 4180 tokenizing for the CSV importers. Nothing here knows about
// elements or designs; see csvtable.h for the header/column layer on top.

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

#include "core/io/csvimport.h"
#include "core/io/importmessage.h"

namespace respan::io {

/// Readable name of an encoding ("UTF-8", "Windows-1252", ...).
QString textEncodingName(TextEncoding encoding);

/// Decoded text, or an error when the bytes cannot be text of a supported encoding.
struct DecodedText {
    QString text;  ///< without byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
    std::optional<ImportMessage> error;    ///< set: nothing can be read from the file
    std::optional<ImportMessage> warning;  ///< set when the encoding was detected, not declared
};

/// Decodes an imported file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one the
/// bytes must be valid UTF-8, and otherwise they are read as Windows-1252 with a warning, because
/// that is what spreadsheets on Dutch Windows machines write as "CSV". A UTF-8 byte order mark
/// followed by invalid UTF-8, malformed UTF-16 and NUL characters are errors (row of the fault).
DecodedText decodeCsvBytes(const QByteArray& bytes);

/// One field of a record: a view into the decoded text, or into the record's own storage when
/// the field had doubled quotes. Unquoted fields are trimmed (spreadsheets pad them); the content
/// of a quoted field is kept exactly, so that text with leading spaces survives a round trip.
struct CsvField {
    QStringView text;
    bool quoted = false;
};

/// What was wrong with a record's quoting (RFC 4180), if anything.
enum class CsvProblem {
    None,
    UnterminatedQuote,     ///< a quoted field runs to the end of the file
    TextAfterQuote,        ///< `"abc"x`: text between a closing quote and the separator
    QuoteInUnquotedField,  ///< `ab"c`: a quote inside a field that does not start with one
};

/// One record (row) of a CSV file.
struct CsvRecord {
    /// Line in the file where the record starts (1-based). Line breaks inside quoted fields are
    /// counted, so these are the line numbers a text editor shows: a record on lines 4-5 is row 4
    /// and the record after it is row 6.
    int row = 0;
    std::vector<CsvField> fields;
    CsvProblem problem = CsvProblem::None;
    int problemField = -1;  ///< index of the field with the quoting problem

    /// An empty line, or a line of separators only (what a spreadsheet writes for an empty row).
    [[nodiscard]] bool isBlank() const;

private:
    friend class CsvReader;
    std::vector<QString> storage_;  // unescaped fields; QString data does not move with the vector
};

/// Splits decoded text into records. LF, CRLF and a lone CR end a line; a quoted field may hold
/// separators, doubled quotes and line breaks. Linear in the input, no allocation per field
/// except for fields with doubled quotes.
class CsvReader {
public:
    CsvReader(QStringView text, QChar separator);

    /// Reads the next record into `record`; false at the end of the text. A record with a
    /// quoting problem is still returned (with `problem` set) so the caller can report it; after
    /// an unterminated quote there are no more records.
    bool next(CsvRecord& record);

private:
    QStringView text_;
    qsizetype pos_ = 0;
    int line_ = 1;
    char16_t separator_;
};

}  // namespace respan::io
