#include "core/io/csvtable.h"

#include <QCoreApplication>

#include <algorithm>

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvTable)
};

constexpr qsizetype kMaxValueLength = 100;

/// Reads the first non-blank record of `text` with `separator`; false when there is none.
bool firstRecord(CsvReader& reader, CsvRecord& record) {
    while (reader.next(record)) {
        if (!record.isBlank()) return true;
    }
    return false;
}

}  // namespace

QString rawValue(QStringView text) {
    if (text.size() <= kMaxValueLength) return text.toString();
    return text.left(kMaxValueLength).toString() + QStringLiteral("…");
}

CsvTable::CsvTable(const QByteArray& bytes, std::span<const CsvColumnSpec> columns,
                   ImportMessages& errors, ImportMessages& warnings)
    : columns_(columns),
      errors_(errors),
      warnings_(warnings),
      decoded_(decodeCsvBytes(bytes)),
      fieldIndex_(columns.size(), -1) {
    names_.reserve(columns.size());
    for (const CsvColumnSpec& c : columns_) names_.push_back(QString::fromLatin1(c.name));
    if (decoded_.warning) warnings_.push_back(*decoded_.warning);
    if (decoded_.error) {
        errors_.push_back(*decoded_.error);
        return;
    }
    readHeader();
}

int CsvTable::columnOf(QStringView name) const {
    for (std::size_t k = 0; k < columns_.size(); ++k) {
        if (name.compare(QLatin1String(columns_[k].name), Qt::CaseInsensitive) == 0)
            return static_cast<int>(k);
    }
    return -1;
}

bool CsvTable::readHeader() {
    struct Candidate {
        CsvDialect dialect;
        CsvReader reader;
        CsvRecord header;
        bool found = false;
        int known = 0;
    };
    const QStringView text = decoded_.text;
    Candidate candidates[2] = {
        {CsvDialect::CommaPoint, CsvReader(text, QChar(u',')), {}, false, 0},
        {CsvDialect::SemicolonComma, CsvReader(text, QChar(u';')), {}, false, 0}};
    for (Candidate& c : candidates) {
        c.found = firstRecord(c.reader, c.header);
        for (const CsvField& f : c.header.fields) {
            if (columnOf(f.text.trimmed()) >= 0) ++c.known;
        }
    }
    if (!candidates[0].found) {
        errors_.push_back({0, QString(), QString(), QStringLiteral("empty"),
                           Tr::tr("the file is empty: it has no header row")});
        return false;
    }
    Candidate* chosen = nullptr;
    if (candidates[0].known != candidates[1].known) {
        chosen = &candidates[candidates[0].known > candidates[1].known ? 0 : 1];
    } else {
        const bool comma = candidates[0].header.fields.size() > 1;
        const bool semicolon = candidates[1].header.fields.size() > 1;
        if (comma && semicolon) {
            errors_.push_back({candidates[0].header.row, QString(), QString(),
                               QStringLiteral("dialect"),
                               Tr::tr("cannot tell from the header whether fields are separated by "
                                      "commas or by semicolons")});
            return false;
        }
        chosen = &candidates[semicolon ? 1 : 0];
    }
    dialect_ = chosen->dialect;
    record_ = chosen->header;  // so that a problem in the header is reported at its row
    if (chosen->header.problem != CsvProblem::None) {
        reportQuoteProblem();
        return false;
    }
    mapHeader(chosen->header);
    reader_ = chosen->reader;
    return true;
}

void CsvTable::mapHeader(const CsvRecord& header) {
    const int row = header.row;
    for (std::size_t j = 0; j < header.fields.size(); ++j) {
        const QStringView name = header.fields[j].text.trimmed();
        headerNames_.push_back(name.toString());
        const int k = columnOf(name);
        if (k < 0) {
            warnings_.push_back({row, name.toString(), name.toString(),
                                 QStringLiteral("unknown-column"),
                                 name.isEmpty() ? Tr::tr("a column without a name; it is ignored")
                                                : Tr::tr("unknown column; it is ignored")});
            continue;
        }
        auto& index = fieldIndex_[static_cast<std::size_t>(k)];
        if (index >= 0) {
            errors_.push_back(
                {row, name.toString(), name.toString(), QStringLiteral("duplicate-column"),
                 Tr::tr("column %1 appears twice in the header (columns %2 and %3)")
                     .arg(QString::fromLatin1(columns_[static_cast<std::size_t>(k)].name))
                     .arg(index + 1)
                     .arg(j + 1)});
            continue;
        }
        index = static_cast<int>(j);
        names_[static_cast<std::size_t>(k)] = name.toString();
    }
    for (std::size_t k = 0; k < columns_.size(); ++k) {
        if (columns_[k].required && fieldIndex_[k] < 0) {
            errors_.push_back({row, QString::fromLatin1(columns_[k].name), QString(),
                               QStringLiteral("missing-column"),
                               Tr::tr("the required column %1 is missing")
                                   .arg(QString::fromLatin1(columns_[k].name))});
        }
    }
}

void CsvTable::reportQuoteProblem() {
    const int f = record_.problemField;
    const QString column = f >= 0 && f < static_cast<int>(headerNames_.size())
                               ? headerNames_[static_cast<std::size_t>(f)]
                               : QString();
    const QString value = f >= 0 && f < static_cast<int>(record_.fields.size())
                              ? rawValue(record_.fields[static_cast<std::size_t>(f)].text)
                              : QString();
    QString message;
    switch (record_.problem) {
        case CsvProblem::UnterminatedQuote:
            message = Tr::tr("a quoted field is not closed: its closing quote is missing");
            break;
        case CsvProblem::TextAfterQuote:
            message = Tr::tr("text after the closing quote of a quoted field");
            break;
        case CsvProblem::QuoteInUnquotedField:
            message = Tr::tr(
                "a quote inside a field that does not start with one: enclose the field "
                "in quotes and double the quote");
            break;
        case CsvProblem::None:
            return;
    }
    errors_.push_back({record_.row, column, value, QStringLiteral("quote"), message});
}

bool CsvTable::nextRow() {
    if (!reader_) return false;
    while (reader_->next(record_)) {
        if (record_.isBlank()) continue;
        if (record_.problem != CsvProblem::None) {
            reportQuoteProblem();
            continue;
        }
        const auto count = static_cast<int>(record_.fields.size());
        const auto expected = static_cast<int>(headerNames_.size());
        if (count != expected) {
            errors_.push_back(
                {record_.row, QString(), QString(), QStringLiteral("field-count"),
                 Tr::tr("%n field(s), but the header has %1", nullptr, count).arg(expected)});
            continue;
        }
        return true;
    }
    return false;
}

qsizetype CsvTable::lineCount() const {
    const char16_t* begin = QStringView(decoded_.text).utf16();
    const char16_t* end = begin + decoded_.text.size();
    const auto lf = std::count(begin, end, u'\n');
    return (lf > 0 ? lf : std::count(begin, end, u'\r')) + 1;  // LF or CRLF, else old-Mac CR
}

QStringView CsvTable::field(int column) const {
    const int index = fieldIndex_[static_cast<std::size_t>(column)];
    if (index < 0) return {};
    return record_.fields[static_cast<std::size_t>(index)].text;
}

void CsvTable::error(int column, const QString& rule, const QString& message) {
    errors_.push_back({record_.row, columnName(column), rawValue(field(column)), rule, message});
}

void CsvTable::error(const QString& column, const QString& value, const QString& rule,
                     const QString& message) {
    errors_.push_back({record_.row, column, rawValue(value), rule, message});
}

}  // namespace respan::io
