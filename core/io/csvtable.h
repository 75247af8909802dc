#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

#include "core/io/csvcolumns.h"
#include "core/io/csvimport.h"
#include "core/io/csvreader.h"
#include "core/io/importmessage.h"

namespace respan::io {

/// The layer between the tokenizer and an importer. It decodes the bytes, finds the header
/// (the first non-blank record), detects the dialect from it, maps the file's columns onto the
/// importer's known columns (any order, names case-insensitive and trimmed) and hands out the data
/// records that have as many fields as the header. Problems of the file, the header and the
/// record structure are appended to the message lists given at construction; an importer reports
/// field problems through error().
///
/// Dialect detection: the header is split by "," and by ";"; the separator under which more
/// header fields are known column names wins. When both give the same number, the one that
/// splits the header at all wins; when both split it, the file is refused ("dialect").
class CsvTable {
public:
    CsvTable(const QByteArray& bytes, std::span<const CsvColumnSpec> columns,
             ImportMessages& errors, ImportMessages& warnings);
    CsvTable(const CsvTable&) = delete;
    CsvTable& operator=(const CsvTable&) = delete;

    /// False when the file has no usable header (undecodable, empty, dialect unclear, broken
    /// quoting in the header); the reason is in the errors.
    [[nodiscard]] bool canRead() const { return reader_.has_value(); }
    [[nodiscard]] CsvDialect dialect() const { return dialect_; }
    [[nodiscard]] TextEncoding encoding() const { return decoded_.encoding; }

    /// Advances to the next data record; records with broken quoting or the wrong number of
    /// fields are reported and skipped, blank records skipped silently.
    bool nextRow();
    /// Number of lines in the file: an upper bound for the number of records, for reserving.
    [[nodiscard]] qsizetype lineCount() const;
    /// Row of the current record (line where it starts; header = row 1).
    [[nodiscard]] int row() const { return record_.row; }

    /// Whether the file has the known column `column` (index into the importer's column list).
    [[nodiscard]] bool hasColumn(int column) const {
        return fieldIndex_[static_cast<std::size_t>(column)] >= 0;
    }
    /// Field of the current record in known column `column`; empty when the file lacks it.
    [[nodiscard]] QStringView field(int column) const;
    /// The column's name as written in the header, or its docs/contract/matching.md name when
    /// absent.
    [[nodiscard]] const QString& columnName(int column) const {
        return names_[static_cast<std::size_t>(column)];
    }
    /// Whether a file must have the known column `column`.
    [[nodiscard]] bool isRequired(int column) const {
        return columns_[static_cast<std::size_t>(column)].required;
    }
    /// Number of known columns (the importer's list, not the file's header).
    [[nodiscard]] int columnCount() const { return static_cast<int>(columns_.size()); }
    /// Index of a known column by its docs/contract/matching.md name; -1 when unknown.
    [[nodiscard]] int columnOf(QStringView name) const;

    /// Reports an error in the current row and `column`, with the field's raw text as value.
    void error(int column, const QString& rule, const QString& message);
    /// Reports an error in the current row under a column name that is not a known column.
    void error(const QString& column, const QString& value, const QString& rule,
               const QString& message);

private:
    bool readHeader();
    void mapHeader(const CsvRecord& header);
    void reportQuoteProblem();

    std::span<const CsvColumnSpec> columns_;
    ImportMessages& errors_;
    ImportMessages& warnings_;
    DecodedText decoded_;
    CsvDialect dialect_ = CsvDialect::CommaPoint;
    std::optional<CsvReader> reader_;
    CsvRecord record_;
    std::vector<QString> headerNames_;  // every header field, trimmed, as written
    std::vector<int> fieldIndex_;       // per known column: field index in a record, or -1
    std::vector<QString> names_;        // per known column
};

/// The raw text of a field for a message: as in the file, shortened to 100 characters.
QString rawValue(QStringView text);

}  // namespace respan::io
