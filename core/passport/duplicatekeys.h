#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace respan::passport {

/// A key that an object of a JSON text holds twice.
struct DuplicateKey {
    QString path;  ///< of the second occurrence, in the passport's notation ("elements[2].id")
    QString key;
};

/// The first key that appears twice in one object of `json`, if any. Qt's JSON reader keeps one
/// of the two silently; a passport that says two things about one field is refused instead.
/// Text that is not valid JSON gives no answer (the JSON reader reports that).
std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json);

}  // namespace respan::passport
