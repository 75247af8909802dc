#include "ui/dragdrop/draglabel.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QWidget>

namespace respan::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::DragLabel)
};
}  // namespace

QPixmap dragLabel(const QStringList& ids, const QWidget& widget) {
    QString text = ids.value(0);
    if (ids.size() > 1) {
        text = Tr::tr("%1 + %n more", nullptr, static_cast<int>(ids.size() - 1)).arg(text);
    }
    QFont font = widget.font();
    font.setBold(true);
    const QFontMetrics fm(font);
    const QSize size(fm.horizontalAdvance(text) + 16, fm.height() + 8);
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0x1c, 0x3d, 0x70));
    p.setBrush(QColor(0xe8, 0xef, 0xfa, 235));
    p.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 4, 4);
    p.setFont(font);
    p.setPen(QColor(0x1b, 0x22, 0x2b));
    p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return pixmap;
}

}  // namespace respan::ui
