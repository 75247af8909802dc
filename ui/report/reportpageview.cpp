#include "ui/report/reportpageview.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "ui/report/matchingreport.h"

namespace respan::ui {

namespace {
constexpr int kGap = 18;         // between pages and around them, pixels
constexpr int kCachedPages = 8;  // images kept (an A4 page at 150 % is about 5 MB)
}  // namespace

ReportPageView::ReportPageView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ReportPageView::setReport(const MatchingReport* report) {
    report_ = report;
    cache_.clear();
    recent_.clear();
    updateGeometry();
    adjustSize();
    update();
}

void ReportPageView::setZoom(double pixelsPerPoint) {
    zoom_ = std::clamp(pixelsPerPoint, 0.2, 6.0);
    cache_.clear();
    recent_.clear();
    updateGeometry();
    adjustSize();
    update();
}

double ReportPageView::zoomForWidth(int width) {
    return std::max(0.2, (width - 2.0 * kGap) / MatchingReport::pageSize().width());
}

QSize ReportPageView::pageSize() const {
    const QSizeF p = MatchingReport::pageSize() * zoom_;
    return {static_cast<int>(std::ceil(p.width())), static_cast<int>(std::ceil(p.height()))};
}

int ReportPageView::pageTop(int index) const {
    return kGap + index * (pageSize().height() + kGap);
}

int ReportPageView::pageAt(int y) const {
    if (report_ == nullptr || report_->pageCount() == 0) return 0;
    const int step = pageSize().height() + kGap;
    return std::clamp((y - kGap / 2) / std::max(1, step), 0, report_->pageCount() - 1);
}

QSize ReportPageView::sizeHint() const {
    const QSize page = pageSize();
    const int pages = report_ != nullptr ? report_->pageCount() : 0;
    return {page.width() + 2 * kGap, std::max(kGap, pageTop(pages))};
}

const QImage& ReportPageView::image(int index) {
    auto it = cache_.find(index);
    if (it == cache_.end()) {
        const double ratio = devicePixelRatioF();
        QImage img = report_->pageImage(index, zoom_ * ratio);
        img.setDevicePixelRatio(ratio);
        it = cache_.insert(index, std::move(img));
        recent_.push_back(index);
        while (recent_.size() > kCachedPages) cache_.remove(recent_.takeFirst());
    }
    return *it;
}

void ReportPageView::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.fillRect(event->rect(), QColor(0xd5, 0xdb, 0xe2));
    if (report_ == nullptr) return;
    const QSize page = pageSize();
    const int left = std::max(kGap, (width() - page.width()) / 2);
    for (int i = pageAt(event->rect().top()); i < report_->pageCount(); ++i) {
        const QRect r(QPoint(left, pageTop(i)), page);
        if (r.top() > event->rect().bottom()) break;
        p.fillRect(r.translated(3, 3), QColor(0, 0, 0, 40));
        p.drawImage(r.topLeft(), image(i));
    }
}

}  // namespace respan::ui
