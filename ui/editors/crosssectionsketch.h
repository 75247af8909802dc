#pragma once

#include <QWidget>

#include "core/loads/loadmodel.h"

namespace respan::ui {

/// The cross-section of a span as the load model sees it (docs/load-model.md): the girders at
/// their offsets, the notional lanes and the remaining area across the carriageway as seen from
/// the selected girder, and that girder's Courbon share of each lane as a bar over the lane.
class CrossSectionSketch : public QWidget {
    Q_OBJECT
public:
    explicit CrossSectionSketch(QWidget* parent = nullptr);

    /// What to draw; `selected` is the slot index (0-based) whose shares the bars show.
    void setLoads(const loads::SpanLoads& loads, int selected);
    [[nodiscard]] int selected() const { return selected_; }

    [[nodiscard]] QSize sizeHint() const override { return {420, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {300, 170}; }

Q_SIGNALS:
    /// The user clicked a girder.
    void girderClicked(int slot);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    /// Screen x of a deck offset in metres, for the current widget width.
    [[nodiscard]] double toX(double metres) const;
    [[nodiscard]] double halfWidthM() const;
    loads::SpanLoads loads_;
    int selected_ = -1;
};

}  // namespace respan::ui
