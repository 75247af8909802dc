#include "ui/dragdrop/elementmime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace respan::ui {

namespace {
QString type(const char* t) {
    return QString::fromLatin1(t);
}
}  // namespace

QMimeData* encodeElements(const QList<Uid>& elementUids, Uid sourceSlot) {
    auto* mime = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << static_cast<qint32>(elementUids.size());
    for (Uid uid : elementUids) out << static_cast<qint64>(uid);
    mime->setData(type(kElementsMimeType), bytes);
    if (sourceSlot != kNoUid) {
        QByteArray slot;
        QDataStream s(&slot, QIODevice::WriteOnly);
        s << static_cast<qint64>(sourceSlot);
        mime->setData(type(kSourceSlotMimeType), slot);
    }
    return mime;
}

QList<Uid> decodeElements(const QMimeData* mime) {
    QList<Uid> out;
    if (mime == nullptr || !mime->hasFormat(type(kElementsMimeType))) return out;
    QDataStream in(mime->data(type(kElementsMimeType)));
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > 10'000'000) return out;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 uid = 0;
        in >> uid;
        if (in.status() == QDataStream::Ok) out.push_back(uid);
    }
    return out;
}

Uid decodeSourceSlot(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasFormat(type(kSourceSlotMimeType))) return kNoUid;
    QDataStream in(mime->data(type(kSourceSlotMimeType)));
    qint64 uid = kNoUid;
    in >> uid;
    return in.status() == QDataStream::Ok ? uid : kNoUid;
}

}  // namespace respan::ui
