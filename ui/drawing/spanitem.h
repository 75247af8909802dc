#pragma once

#include <QGraphicsItem>
#include <QStringList>

#include "core/model/uid.h"

namespace respan::ui {

/// The label band above a span ("Span 1 · L = 17.40 m · 2025-10-15"): shows the span's data
/// and is the drop target for filling the whole span.
class SpanItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /// `labels`: the label and its shorter forms, longest first; the longest that fits is drawn.
    SpanItem(const QRectF& rect, Uid spanUid, QStringList labels, double fontSize);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] Uid spanUid() const { return spanUid_; }
    /// Highlight while elements are dragged over it: 0 none, 1 can fill, -1 refused.
    void setDropHighlight(int highlight);
    [[nodiscard]] int dropHighlight() const { return highlight_; }

private:
    QRectF rect_;
    Uid spanUid_;
    QStringList labels_;
    double fontSize_;
    int highlight_ = 0;
};

}  // namespace respan::ui
