#include "core/io/csvwriter.h"

#include "core/io/numberparser.h"

namespace respan::io {

CsvWriter::CsvWriter(CsvDialect dialect) : dialect_(dialect), separator_(fieldSeparator(dialect)) {}

void CsvWriter::separate() {
    if (!rowStart_) out_.append(separator_);
    rowStart_ = false;
}

bool startsLikeFormula(QStringView text) {
    if (text.isEmpty()) return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsFormulaGuard(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'') ++i;
    return startsLikeFormula(text.mid(i));
}

void CsvWriter::text(QStringView input) {
    separate();
    // Also text that already starts with apostrophes before a formula character gets one more,
    // so that the reader's removal of one gives it back exactly.
    const QString guarded =
        needsFormulaGuard(input) ? QStringLiteral("'") + input.toString() : QString();
    const QStringView value = guarded.isEmpty() ? input : QStringView(guarded);
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    for (const QChar c : value) {
        if (quote) break;
        quote = c == separator_ || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quote) {
        out_.append(value);
        return;
    }
    out_.append(QLatin1Char('"'));
    for (const QChar c : value) {
        if (c == u'"') out_.append(QLatin1Char('"'));
        out_.append(c);
    }
    out_.append(QLatin1Char('"'));
}

void CsvWriter::number(double value) {
    separate();
    out_.append(formatNumber(value, dialect_));
}

void CsvWriter::integer(int value) {
    separate();
    out_.append(QString::number(value));
}

void CsvWriter::empty() {
    separate();
}

void CsvWriter::endRow() {
    out_.append(QLatin1String("\r\n"));
    rowStart_ = true;
}

}  // namespace respan::io
