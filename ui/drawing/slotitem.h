#pragma once

#include <QGraphicsItem>
#include <QString>

#include "core/model/uid.h"
#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

/// One girder position in the plan view: a rectangle as long as the span's required length and
/// as wide as the girder in it, coloured by state, labelled with the slot name and either the
/// element (id, cut, utilisation) or the slot's demands.
class SlotItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    /// What is drawn; filled by ViaductScene from the document.
    struct Content {
        Uid slotUid = kNoUid;
        Uid spanUid = kNoUid;
        Uid elementUid = kNoUid;  ///< kNoUid when empty
        QString slotName;
        QString elementId;
        QString figures;  ///< "cut 0.52 m · u 0.91" or the demands when empty
        SlotState state = SlotState::Empty;
    };

    /// Feedback while elements are dragged over the drawing.
    enum class DragMark { None, Admissible, Inadmissible, HoverAdmissible, HoverRefused };

    SlotItem(const QRectF& rect, Content content, double fontSize);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const Content& content() const { return content_; }
    [[nodiscard]] const QRectF& rect() const { return rect_; }
    void setDragMark(DragMark mark);
    [[nodiscard]] DragMark dragMark() const { return mark_; }

private:
    void paintText(QPainter& painter, bool dimmed) const;

    QRectF rect_;
    Content content_;
    double fontSize_;
    DragMark mark_ = DragMark::None;
};

}  // namespace respan::ui
