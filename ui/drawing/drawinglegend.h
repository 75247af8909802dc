#pragma once

#include <QWidget>

class QPainter;

namespace respan::ui {

/// The legend of the drawing: one swatch per slot state plus the drag marks. The same painting
/// is used on screen and in PNG/SVG exports.
class DrawingLegend : public QWidget {
    Q_OBJECT
public:
    explicit DrawingLegend(QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

    /// Paints the legend in one row from `topLeft`, with `font`; returns its size.
    static QSizeF paintLegend(QPainter& painter, const QPointF& topLeft, const QFont& font);
    static QSizeF legendSize(const QFont& font);

protected:
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace respan::ui
