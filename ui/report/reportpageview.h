#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

namespace respan::ui {

class MatchingReport;

/// The pages of a report one under the other, as the PDF has them: each page is painted by
/// the report into an image (the same painting as the PDF), made when it comes into view and
/// kept for a few pages.
class ReportPageView : public QWidget {
    Q_OBJECT
public:
    explicit ReportPageView(QWidget* parent = nullptr);

    /// The report to show; nullptr shows nothing. The view does not own it.
    void setReport(const MatchingReport* report);
    /// Screen pixels per point of the page.
    void setZoom(double pixelsPerPoint);
    [[nodiscard]] double zoom() const { return zoom_; }
    /// The zoom at which a page fills `width` pixels.
    [[nodiscard]] static double zoomForWidth(int width);
    /// Top of page `index` in the view's coordinates.
    [[nodiscard]] int pageTop(int index) const;
    /// Page under the view's y coordinate.
    [[nodiscard]] int pageAt(int y) const;

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QSize pageSize() const;
    const QImage& image(int index);

    const MatchingReport* report_ = nullptr;
    double zoom_ = 1.0;
    QHash<int, QImage> cache_;
    QList<int> recent_;
};

}  // namespace respan::ui
