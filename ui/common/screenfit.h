#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace respan::ui {

/// Room a window frame takes around the client area (title bar, borders), for fitting before the
/// window is shown and its real frame is known.
inline constexpr int kFrameAllowance = 40;

/// The available geometry of the screen `window` is on (the primary screen before it is shown):
/// the screen without task bars and docks.
QRect availableGeometry(const QWidget& window);

/// Gives `window` the size `preferred`, or less where `available` is smaller (never below the
/// window's minimum size), and centres it in `available`. A main window or dialog opened with it
/// is entirely on a 1280x720 screen, its status bar and buttons included.
void fitToScreen(QWidget& window, QSize preferred, const QRect& available);
void fitToScreen(QWidget& window, QSize preferred);

/// Restores geometry saved with QWidget::saveGeometry only where it lies within `available` (a
/// layout saved on a larger monitor is not restored onto a laptop screen); otherwise
/// fitToScreen. True when the saved geometry was used.
bool restoreGeometryWithin(QWidget& window, const QByteArray& saved, QSize preferred,
                           const QRect& available);
bool restoreGeometryWithin(QWidget& window, const QByteArray& saved, QSize preferred);

}  // namespace respan::ui
