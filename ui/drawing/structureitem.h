#pragma once

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace respan::ui {

/// Everything of a structure that is not a drop target: title, deck outline per span, axis,
/// abutments and piers. Drawn below the slots.
class StructureItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    struct Geometry {
        QString title;
        QRectF titleRect;
        double titleFontSize = 0;
        std::vector<QRectF> spanDecks;  ///< outline of each span's girders
        double axisY = 0;
        double left = 0;
        double right = 0;
    };

    explicit StructureItem(Geometry geometry);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Geometry g_;
    QRectF bounds_;
};

}  // namespace respan::ui
