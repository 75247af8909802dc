#pragma once
// Helpers shared by the CSV import/export tests.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>
#include <set>
#include <tuple>
#include <vector>

#include "core/io/csvimport.h"
#include "core/model/element.h"

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace respan::io {
inline void PrintTo(const ImportMessage& m, std::ostream* os) {
    *os << m.toString().toStdString();
}
}  // namespace respan::io

namespace respan::test {

/// Joins rows of already-quoted fields with `separator` and `lineEnd` (also after the last row).
inline QString joinRows(const std::vector<QStringList>& rows, QChar separator,
                        const QString& lineEnd) {
    QString out;
    for (const QStringList& r : rows) out += r.join(separator) + lineEnd;
    return out;
}

/// An element without what an import adds (uid, history), for comparing field values.
inline Element fieldsOf(Element e) {
    e.uid = kNoUid;
    e.history.clear();
    return e;
}

using Place = std::tuple<int, QString, QString>;  // row, column, rule

inline std::set<Place> places(const io::ImportMessages& messages) {
    std::set<Place> out;
    for (const io::ImportMessage& m : messages) out.insert({m.row, m.column, m.rule});
    return out;
}

inline QString describe(const io::ImportMessages& messages) {
    QString out;
    for (const io::ImportMessage& m : messages) out += m.toString() + QLatin1Char('\n');
    return out;
}

}  // namespace respan::test
