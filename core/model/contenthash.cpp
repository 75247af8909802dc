#include "core/model/contenthash.h"

#include <QCryptographicHash>

namespace respan {

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

}  // namespace respan
