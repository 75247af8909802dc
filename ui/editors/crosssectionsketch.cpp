#include "ui/editors/crosssectionsketch.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "ui/common/numberformat.h"

namespace respan::ui {

namespace {
constexpr int kMargin = 12;
const QColor kLane(0xdc, 0xe8, 0xf5);
const QColor kLaneEdge(0x6d, 0x8f, 0xb8);
const QColor kRemaining(0xee, 0xee, 0xee);
const QColor kBar(0x2f, 0x6d, 0xb5);
const QColor kGirder(0x8c, 0x8c, 0x8c);
const QColor kSelected(0xd9, 0x6c, 0x00);
}  // namespace

CrossSectionSketch::CrossSectionSketch(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Cross-section of the span with lanes and Courbon shares"));
}

void CrossSectionSketch::setLoads(const loads::SpanLoads& loads, int selected) {
    loads_ = loads;
    selected_ = selected;
    update();
}

double CrossSectionSketch::halfWidthM() const {
    const loads::SpanInputs& in = loads_.inputs;
    const double girders = (std::max(in.girderCount, 1) * in.girderSpacingM) / 2.0;
    double lanes = in.carriagewayWidthM / 2.0;
    if (loads_.lanes && loads_.lanes->count * loads_.lanes->laneWidthM > in.carriagewayWidthM)
        lanes = loads_.lanes->count * loads_.lanes->laneWidthM / 2.0;
    return std::max({girders, lanes, 1.0});
}

double CrossSectionSketch::toX(double metres) const {
    const double usable = width() - 2.0 * kMargin;
    return kMargin + usable / 2.0 + metres / halfWidthM() * usable / 2.0;
}

void CrossSectionSketch::mousePressEvent(QMouseEvent* event) {
    const int n = static_cast<int>(loads_.slots.size());
    if (n == 0) return;
    int best = -1;
    double bestDistance = 1e9;
    for (int k = 0; k < n; ++k) {
        const double d = std::abs(toX(loads_.slots[static_cast<std::size_t>(k)].offsetM) -
                                  event->position().x());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    const double pitch = std::abs(toX(loads_.inputs.girderSpacingM) - toX(0.0));
    if (best >= 0 && bestDistance <= std::max(8.0, pitch / 2.0)) Q_EMIT girderClicked(best);
}

void CrossSectionSketch::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int n = static_cast<int>(loads_.slots.size());
    const QFontMetrics fm = p.fontMetrics();
    if (n == 0 || !loads_.lanes) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No slots in this span"));
        return;
    }
    const loads::SpanInputs& in = loads_.inputs;
    const int textH = fm.height();
    // Vertical bands: bars (with their labels), lanes, deck, girders, dimension line.
    const int laneTop = kMargin + textH + static_cast<int>(0.45 * height());
    const int laneBottom = laneTop + textH + 6;
    const int deckTop = laneBottom + 2;
    const int deckBottom = deckTop + 6;
    const int girderBottom = std::min(height() - kMargin - textH - 4, deckBottom + 34);
    const int barBase = laneTop - 2;
    const int barMax = std::max(10, barBase - kMargin - textH);

    const int k = std::clamp(selected_, 0, n - 1);
    const loads::SlotLoads& sel = loads_.slots[static_cast<std::size_t>(k)];
    // Lanes and the remaining area as seen from the selected girder, with the bars of its shares.
    for (const loads::LoadShare& s : sel.shares) {
        const double left = toX(s.eccentricityM - s.widthM / 2.0);
        const double right = toX(s.eccentricityM + s.widthM / 2.0);
        const QRectF band(left, laneTop, right - left, laneBottom - laneTop);
        p.setPen(QPen(kLaneEdge, 1));
        p.setBrush(s.lane == 0 ? kRemaining : kLane);
        p.drawRect(band);
        p.setPen(palette().color(QPalette::Text));
        const QString name = s.lane == 0 ? tr("rest") : tr("lane %1").arg(s.lane);
        const QString shortName = s.lane == 0 ? tr("r") : QString::number(s.lane);
        p.drawText(band, Qt::AlignCenter,
                   fm.horizontalAdvance(name) + 4 < band.width() ? name : shortName);
        // The bar: eta of this load on the selected girder (full height = 1).
        const double h = std::clamp(s.eta, 0.0, 1.0) * barMax;
        const double barW = std::min(band.width() * 0.5, 28.0);
        const QRectF bar(band.center().x() - barW / 2.0, barBase - h, barW, h);
        p.setPen(Qt::NoPen);
        p.setBrush(kBar);
        p.drawRect(bar);
        p.setPen(palette().color(QPalette::Text));
        // The value over its bar where it fits the band: "η 0,52", else "0,52", else nothing.
        QString eta = tr("η %1").arg(formatNumber(s.eta, 2));
        if (fm.horizontalAdvance(eta) > band.width()) eta = formatNumber(s.eta, 2);
        if (fm.horizontalAdvance(eta) <= band.width()) {
            p.drawText(QRectF(band.left(), bar.top() - textH - 1, band.width(), textH),
                       Qt::AlignHCenter | Qt::AlignBottom, eta);
        }
    }
    // Kerb-to-kerb width.
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawLine(QPointF(toX(-in.carriagewayWidthM / 2.0), laneTop - 4),
               QPointF(toX(-in.carriagewayWidthM / 2.0), deckBottom));
    p.drawLine(QPointF(toX(in.carriagewayWidthM / 2.0), laneTop - 4),
               QPointF(toX(in.carriagewayWidthM / 2.0), deckBottom));
    // Deck slab over the girders.
    const double deckHalf = n * in.girderSpacingM / 2.0;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xb4, 0xb4, 0xb4));
    p.drawRect(QRectF(QPointF(toX(-deckHalf), deckTop), QPointF(toX(deckHalf), deckBottom)));
    // Girders: inverted T, the selected one highlighted.
    const double pitch = std::abs(toX(in.girderSpacingM) - toX(0.0));
    for (int i = 0; i < n; ++i) {
        const double cx = toX(loads_.slots[static_cast<std::size_t>(i)].offsetM);
        const double flange = std::max(4.0, pitch * 0.9);
        const double web = std::max(2.0, pitch * 0.3);
        QPainterPath t;
        t.addRect(QRectF(cx - web / 2.0, deckBottom, web, girderBottom - deckBottom - 6));
        t.addRect(QRectF(cx - flange / 2.0, girderBottom - 6, flange, 6));
        p.setBrush(i == k ? kSelected : kGirder);
        p.drawPath(t);
    }
    // Girder names under them where they fit, else only the selected one's.
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < n; ++i) {
        const bool fits = pitch > fm.horizontalAdvance(QStringLiteral("L10")) + 4;
        if (!fits && i != k) continue;
        const double cx = toX(loads_.slots[static_cast<std::size_t>(i)].offsetM);
        QFont f = p.font();
        f.setBold(i == k);
        p.setFont(f);
        p.drawText(QRectF(cx - 30, girderBottom + 2, 60, textH), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(i + 1));
    }
    QFont f = p.font();
    f.setBold(false);
    p.setFont(f);
    // Caption.
    const QString caption =
        tr("Courbon shares on girder %1 (x = %2 m)").arg(k + 1).arg(formatNumber(sel.offsetM, 2));
    p.drawText(QRectF(kMargin, 2, width() - 2 * kMargin, textH), Qt::AlignLeft | Qt::AlignTop,
               fm.elidedText(caption, Qt::ElideMiddle, width() - 2 * kMargin));
    p.drawText(QRectF(kMargin, height() - textH - 2, width() - 2 * kMargin, textH),
               Qt::AlignRight | Qt::AlignBottom,
               tr("w = %1 m · s = %2 m")
                   .arg(formatNumber(in.carriagewayWidthM, 2), formatNumber(in.girderSpacingM, 2)));
}

}  // namespace respan::ui
