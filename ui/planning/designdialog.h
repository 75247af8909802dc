#pragma once

#include <QDialog>
#include <QWidget>

#include <vector>

#include "core/matching/design.h"

class QTableWidget;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// A span's window against the inventory: a histogram of the usable girders' lengths, the
/// lengths that fit the span somewhere inside its bounds (light band) and those that fit it
/// at the proposed length (dark band). People would rather look than read.
class LengthWindow : public QWidget {
    Q_OBJECT
public:
    LengthWindow(std::vector<double> girderLengths, double minM, double maxM, double proposedM,
                 double shorteningM, QWidget* parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override { return {260, 44}; }
    /// Girders in the light band and in the dark band (for the tooltip and the tests).
    [[nodiscard]] int fitSomewhere() const { return somewhere_; }
    [[nodiscard]] int fitProposed() const { return proposed_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> lengths_;
    double min_;
    double max_;
    double proposed_m_;
    double shortening_;
    int somewhere_ = 0;
    int proposed_ = 0;
};

/// Plan > Design Around the Stock: each span's length before and after, the bounds the engineer
/// gave, the filled slots and the CO2e saved before and after, and per span the girders' lengths
/// against its window. Apply stores the lengths and the plan as one undo step.
class DesignDialog : public QDialog {
    Q_OBJECT
public:
    DesignDialog(const ProjectDocument& doc, matching::DesignResult result, bool stale,
                 QWidget* parent = nullptr);

    [[nodiscard]] const matching::DesignResult& result() const { return result_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }

private:
    matching::DesignResult result_;
    QTableWidget* table_;
};

}  // namespace respan::ui
