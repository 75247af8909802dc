#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace respan::ui {

/// A heading as the table of contents lists it.
struct TocEntry {
    int level = 1;
    QString title;
    int page = 0;    ///< 0-based page index
    double y = 0.0;  ///< top of the heading on its page, points from the top
    friend bool operator==(const TocEntry&, const TocEntry&) = default;
};

/// A clickable area of a page that leads to a place in the document (a contents entry).
struct PageLink {
    int page = 0;  ///< 0-based page of the area
    QRectF rect;   ///< points from the page's top left
    int targetPage = 0;
    double targetY = 0.0;  ///< points from the target page's top
};

/// The page flow of the report: blocks are placed top to bottom at a cursor, a block that does
/// not fit goes to the next page, and each placed block becomes a paint operation of its page.
/// Everything is in points; text is measured on a reference device of ReportStyle::kDpi, the
/// resolution every output device is given, so that layout and painting agree exactly.
class ReportCanvas {
public:
    using Paint = std::function<void(QPainter&, const QRectF&)>;

    ReportCanvas();

    /// The device text is measured on (an image of 72 dpi).
    static QPaintDevice* referenceDevice();

    // --- page flow -----------------------------------------------------------------------
    void newPage();
    [[nodiscard]] int page() const { return static_cast<int>(pages_.size()) - 1; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(pages_.size()); }
    [[nodiscard]] double y() const { return y_; }
    [[nodiscard]] double top() const;
    [[nodiscard]] double bottom() const;
    [[nodiscard]] double remaining() const { return bottom() - y_; }
    [[nodiscard]] bool atTop() const { return y_ <= top() + 0.01; }
    /// Moves the cursor on the current page (the cover places its blocks itself).
    void setY(double y) { y_ = y; }
    /// Vertical space; none at the top of a page.
    void space(double points);
    /// Starts a new page unless `height` fits below the cursor.
    void ensure(double height);
    /// Places a block of `height` at the cursor over the content width (new page first when it
    /// does not fit) and returns its rectangle; `paint` is called with it when the page is drawn.
    QRectF place(double height, Paint paint);
    /// Paints on the current page at a given rectangle without moving the cursor.
    void overlay(const QRectF& rect, Paint paint);
    /// Paints every page at once (for pages without running header), by index.
    void setPlain(int page) { plain_.push_back(page); }
    [[nodiscard]] bool isPlain(int page) const;

    // --- text ----------------------------------------------------------------------------
    /// Line breaks of `text` in `width` (at word boundaries, inside a word only when it is
    /// longer than the line); explicit newlines are kept.
    static QStringList wrap(const QString& text, const QFont& font, double width);
    static double lineHeight(const QFont& font);
    static double textWidth(const QString& text, const QFont& font);
    /// A paragraph at the cursor, line by line across pages.
    void paragraph(const QString& text, const QFont& font, const QColor& color,
                   double spaceAfter = 6.0, double indent = 0.0);
    /// A heading, kept together with `keepWithNext` points of what follows. Level 1 starts a
    /// new page. Headings of level 1 and 2 are listed in the table of contents.
    void heading(int level, const QString& text, double keepWithNext = 60.0);
    [[nodiscard]] const std::vector<TocEntry>& headings() const { return headings_; }
    /// Makes `rect` of the current page lead to `target` (a heading).
    void addLink(const QRectF& rect, const TocEntry& target) {
        links_.push_back({page(), rect, target.page, target.y});
    }
    [[nodiscard]] const std::vector<PageLink>& links() const { return links_; }

    // --- output --------------------------------------------------------------------------
    /// Paints page `index` (its blocks only; the running header is the report's).
    void paintPage(QPainter& painter, int index) const;

private:
    struct Op {
        QRectF rect;
        Paint paint;
    };
    std::vector<std::vector<Op>> pages_;
    std::vector<TocEntry> headings_;
    std::vector<PageLink> links_;
    std::vector<int> plain_;
    double y_ = 0.0;
};

}  // namespace respan::ui
