#pragma once

#include <QByteArray>
#include <QString>

namespace respan {

/// The lower-case hex SHA-256 of `bytes`: how attached documents are identified in the project
/// file, the passport and the checks of both (AttachedDocument::sha256).
QString sha256Hex(const QByteArray& bytes);

}  // namespace respan
