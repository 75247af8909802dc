#pragma once

#include <QColor>
#include <QString>

#include <optional>
#include <vector>

namespace respan::ui {

class ReportCanvas;

/// A table of the report: wrapped cells, zebra rows, and the header repeated on every page the
/// table continues on (with "(continued)" after the caption).
class ReportTable {
public:
    struct Column {
        QString header;
        double width = 0.0;  ///< points; the widths should add up to the content width
        bool right = false;  ///< right-aligned (numbers)
    };
    struct Cell {
        Cell() = default;
        Cell(QString text_, QColor color_ = QColor(), std::optional<QColor> fill_ = std::nullopt,
             std::optional<QColor> frame_ = std::nullopt, bool bold_ = false)
            : text(std::move(text_)),
              color(std::move(color_)),
              fill(std::move(fill_)),
              frame(std::move(frame_)),
              bold(bold_) {}
        QString text;
        QColor color;                 ///< text colour; invalid = ink
        std::optional<QColor> fill;   ///< a small swatch before the text (a slot's state)
        std::optional<QColor> frame;  ///< the swatch's outline
        bool bold = false;
    };
    struct Row {
        std::vector<Cell> cells;
        /// Rows of one group (e.g. the reasons of one slot) stay on one page when they can; a
        /// group split by a page break shows its label again in the first cell.
        int group = -1;
        QString groupLabel;
        std::optional<QColor> background;
        /// Never the first row of a page (a total stays with the rows it adds up).
        bool keepWithPrevious = false;
    };

    ReportTable(QString caption, std::vector<Column> columns);

    void addRow(Row row);
    [[nodiscard]] bool isEmpty() const { return rows_.empty(); }

    /// Places the table at the canvas cursor.
    void layout(ReportCanvas& canvas) const;
    /// Height of the whole table on one page (header and every row), in points.
    [[nodiscard]] double height() const;

private:
    QString caption_;
    std::vector<Column> columns_;
    std::vector<Row> rows_;
};

}  // namespace respan::ui
