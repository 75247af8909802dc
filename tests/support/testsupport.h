#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

namespace respan::test {

/// Folder with checked-in test data (fixtures, OR-Library instances).
QString dataPath(const QString& relative);
/// SHA-256 of a file's bytes, hex; empty when unreadable.
QByteArray fileSha256(const QString& path);
/// Reads a whole file; empty when unreadable.
QByteArray readFile(const QString& path);
/// Writes bytes to a file (creating folders); returns success.
bool writeFile(const QString& path, const QByteArray& bytes);
/// An elements.csv (comma dialect) with one valid A9-like girder of id `id`.
QByteArray oneElementCsv(const QString& id);

}  // namespace respan::test

/// Lets GoogleTest print QStrings readably in failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}
