#include "ui/common/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace respan::ui {

QRect availableGeometry(const QWidget& window) {
    const QScreen* screen = window.screen();
    if (screen == nullptr) screen = QGuiApplication::primaryScreen();
    return screen != nullptr ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

void fitToScreen(QWidget& window, QSize preferred, const QRect& available) {
    const QSize room(std::max(1, available.width() - kFrameAllowance / 2),
                     std::max(1, available.height() - kFrameAllowance));
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QSize size = preferred.boundedTo(room).expandedTo(minimum);
    window.resize(size);
    // move() places the frame: centre the frame (client plus allowance), not the client.
    const QSize frame = size + QSize(kFrameAllowance / 2, kFrameAllowance);
    const QPoint topLeft(available.left() + std::max(0, (available.width() - frame.width()) / 2),
                         available.top() + std::max(0, (available.height() - frame.height()) / 2));
    window.move(topLeft);
}

void fitToScreen(QWidget& window, QSize preferred) {
    fitToScreen(window, preferred, availableGeometry(window));
}

bool restoreGeometryWithin(QWidget& window, const QByteArray& saved, QSize preferred,
                           const QRect& available) {
    if (!saved.isEmpty() && window.restoreGeometry(saved)) {
        const QRect frame = window.frameGeometry();
        const QRect client = window.geometry();
        if (available.contains(frame) && available.contains(client)) return true;
    }
    fitToScreen(window, preferred, available);
    return false;
}

bool restoreGeometryWithin(QWidget& window, const QByteArray& saved, QSize preferred) {
    return restoreGeometryWithin(window, saved, preferred, availableGeometry(window));
}

}  // namespace respan::ui
