#pragma once

#include <QDate>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QTransform>
#include <QWidget>

#include <optional>
#include <vector>

#include "core/model/storagesite.h"
#include "core/yard/yardlayout.h"

namespace respan::ui {

/// What the yard view shows: one site on one date (docs/storage-layout.md).
struct YardScene {
    yard::SiteGeometry site;
    bool valid = false;
    QDate date;
    yard::Layout layout;
    QHash<Uid, QString> ids;       ///< element ids to print on the girders
    QHash<Uid, bool> manual;       ///< girders put by hand
    QHash<Uid, QString> problems;  ///< girders that break a rule, with the rule (drawn red)
};

/// What a rule of yard::checkLayout ("overlap", "aisle", ...) means, for people.
QString layoutRuleName(const QString& rule);

/// Paints `scene` to scale into `target`: outline, lanes, blocked areas, girders with their ids
/// (red where `scene.problems` has them), a scale bar. `selected` gets a thick outline; `moving`
/// is drawn shifted by `offset` metres (a drag in progress). The yard view, its export and the
/// report all draw with this.
void paintYard(QPainter& painter, const YardScene& scene, const QRectF& target,
               Uid selected = kNoUid, Uid moving = kNoUid, QPointF offset = {});

/// Draws a storage yard to scale: the outline, blocked areas (hatched), the access lanes, the
/// girders as rotated rectangles with their ids (stacks show how many lie on each other), in red
/// those that overlap, lie outside or on a lane. A girder can be dragged to a new place and
/// turned by 90 degrees (R, or the context menu); the view only reports it (placeChanged), the
/// panel turns it into an undoable edit.
class YardView : public QWidget {
    Q_OBJECT
public:
    explicit YardView(QWidget* parent = nullptr);

    void setScene(YardScene scene);
    [[nodiscard]] const YardScene& scene() const { return scene_; }
    void setEditable(bool editable) { editable_ = editable; }
    [[nodiscard]] Uid selected() const { return selected_; }
    void select(Uid element);

    /// Where the centre of `element`'s footprint is on the widget (for tools and tests); empty
    /// when it is not placed.
    [[nodiscard]] std::optional<QPointF> widgetPosOf(Uid element) const;

    /// Paints the yard into `painter` over `target` (the widget, a PNG, an SVG, a report page).
    void render(QPainter& painter, const QRectF& target) const;

    [[nodiscard]] QSize sizeHint() const override { return {480, 320}; }

Q_SIGNALS:
    /// The planner put `element` at `place` (a drag or a turn).
    void placeChanged(Uid element, YardPlace place);
    /// The planner asked to let the automatic layout place `element` again.
    void placeCleared(Uid element);
    void elementSelected(Uid element);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QTransform toScreen(const QRectF& target) const;
    [[nodiscard]] const yard::Footprint* footprintAt(QPointF widgetPos) const;
    [[nodiscard]] const yard::Footprint* footprintOf(Uid element) const;
    void turn(Uid element);

    YardScene scene_;
    Uid selected_ = kNoUid;
    Uid dragging_ = kNoUid;
    QPointF dragStart_;
    QPointF dragOffset_;  ///< metres the dragged girder has moved so far
    bool editable_ = true;
};

}  // namespace respan::ui
