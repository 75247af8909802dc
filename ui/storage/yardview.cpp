#include "ui/storage/yardview.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace respan::ui {

namespace {

QPolygonF polygonOf(const yard::Ring& ring) {
    QPolygonF out;
    for (const yard::Point& p : ring) out << QPointF(p.x, p.y);
    return out;
}

QPainterPath pathOf(const yard::Polygon& p) {
    QPainterPath path;
    path.addPolygon(polygonOf(p.outer));
    path.closeSubpath();
    for (const yard::Ring& h : p.holes) {
        path.addPolygon(polygonOf(h));
        path.closeSubpath();
    }
    path.setFillRule(Qt::OddEvenFill);
    return path;
}

QRectF boundsOf(const yard::Polygon& p) {
    return polygonOf(p.outer).boundingRect();
}

const QColor kGround(238, 242, 230);
const QColor kBlocked(190, 190, 190);
const QColor kLane(255, 244, 194);
const QColor kGirder(176, 196, 222);
const QColor kManual(158, 202, 225);
const QColor kProblem(227, 74, 51);
const QColor kSelected(33, 102, 172);

}  // namespace

YardView::YardView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("yardView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 160);
    setAccessibleName(tr("Storage yard"));
}

void YardView::setScene(YardScene scene) {
    scene_ = std::move(scene);
    dragging_ = kNoUid;
    if (selected_ != kNoUid && footprintOf(selected_) == nullptr) selected_ = kNoUid;
    update();
}

void YardView::select(Uid element) {
    selected_ = footprintOf(element) != nullptr ? element : kNoUid;
    update();
}

/// The world (metres, y north) to `target` (y down), the yard centred and fitted.
static QTransform fitTransform(const YardScene& scene, const QRectF& target) {
    if (!scene.valid) return {};
    const QRectF world = boundsOf(scene.site.outline);
    const double margin = 12.0;
    const double sx = (target.width() - 2 * margin) / std::max(world.width(), 1e-6);
    const double sy = (target.height() - 2 * margin - 18.0) / std::max(world.height(), 1e-6);
    const double s = std::max(1e-6, std::min(sx, sy));
    // y north is up on screen: flip, then centre the yard in the target.
    const double w = world.width() * s;
    const double h = world.height() * s;
    const double x0 = target.left() + (target.width() - w) / 2.0;
    const double y0 = target.top() + margin + (target.height() - 2 * margin - 18.0 - h) / 2.0;
    QTransform t;
    t.translate(x0, y0 + h);
    t.scale(s, -s);
    t.translate(-world.left(), -world.top());
    return t;
}

QTransform YardView::toScreen(const QRectF& target) const {
    return fitTransform(scene_, target);
}

const yard::Footprint* YardView::footprintOf(Uid element) const {
    for (const yard::Footprint& f : scene_.layout.placed) {
        if (f.element == element) return &f;
    }
    return nullptr;
}

std::optional<QPointF> YardView::widgetPosOf(Uid element) const {
    const yard::Footprint* f = footprintOf(element);
    if (f == nullptr) return std::nullopt;
    return toScreen(QRectF(rect())).map(QPointF(f->x, f->y));
}

const yard::Footprint* YardView::footprintAt(QPointF widgetPos) const {
    bool invertible = false;
    const QTransform back = toScreen(QRectF(rect())).inverted(&invertible);
    if (!invertible) return nullptr;
    const QPointF world = back.map(widgetPos);
    const yard::Footprint* best = nullptr;
    for (const yard::Footprint& f : scene_.layout.placed) {
        if (!polygonOf(yard::footprintPolygon(f).outer).containsPoint(world, Qt::OddEvenFill))
            continue;
        if (best == nullptr || f.layer > best->layer) best = &f;
    }
    return best;
}

void YardView::render(QPainter& painter, const QRectF& target) const {
    paintYard(painter, scene_, target, selected_, dragging_, dragOffset_);
}

void paintYard(QPainter& painter, const YardScene& scene_, const QRectF& target, Uid selected_,
               Uid dragging_, QPointF dragOffset_) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!scene_.valid) {
        painter.drawText(target, Qt::AlignCenter, YardView::tr("No storage site"));
        painter.restore();
        return;
    }
    const QTransform t = fitTransform(scene_, target);
    const double scale = std::abs(t.m11());
    painter.setPen(QPen(QColor(90, 90, 90), 1.5));
    painter.setBrush(kGround);
    painter.drawPath(t.map(pathOf(scene_.site.outline)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLane);
    for (const yard::Polygon& a : scene_.layout.aisles) painter.drawPath(t.map(pathOf(a)));
    for (const yard::Polygon& b : scene_.site.blocked) {
        const QPainterPath p = t.map(pathOf(b));
        painter.setPen(QPen(QColor(110, 110, 110), 1.0));
        painter.setBrush(kBlocked);
        painter.drawPath(p);
        painter.setBrush(QBrush(QColor(120, 120, 120), Qt::BDiagPattern));
        painter.drawPath(p);
    }
    // Girders bottom layer first; a stack shows its count on the top girder.
    std::vector<const yard::Footprint*> order;
    QHash<QString, int> perPlace;
    for (const yard::Footprint& f : scene_.layout.placed) order.push_back(&f);
    // Bottom layer first; within a layer a girder that breaks a rule last, so that a girder
    // dropped onto another shows red on top of it.
    std::stable_sort(order.begin(), order.end(),
                     [&scene_](const yard::Footprint* a, const yard::Footprint* b) {
                         const bool badA = scene_.problems.contains(a->element);
                         const bool badB = scene_.problems.contains(b->element);
                         return a->layer != b->layer ? a->layer < b->layer : (!badA && badB);
                     });
    const auto placeKey = [](const yard::Footprint& f) {
        return QStringLiteral("%1/%2").arg(std::lround(f.x * 100)).arg(std::lround(f.y * 100));
    };
    for (const yard::Footprint* f : order) ++perPlace[placeKey(*f)];
    QFont font = painter.font();
    font.setPointSizeF(std::clamp(scale * 0.7, 6.0, 9.0));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    for (const yard::Footprint* f : order) {
        yard::Footprint shown = *f;
        if (f->element == dragging_) {
            shown.x += dragOffset_.x();
            shown.y += dragOffset_.y();
        }
        const QPolygonF poly = t.map(polygonOf(yard::footprintPolygon(shown).outer));
        const bool bad = scene_.problems.contains(f->element);
        QColor fill = bad ? kProblem : (scene_.manual.value(f->element) ? kManual : kGirder);
        if (f->layer > 0) fill = fill.darker(100 + 12 * f->layer);
        const bool selected = f->element == selected_;
        painter.setPen(QPen(selected ? kSelected : QColor(60, 60, 60), selected ? 2.5 : 0.8));
        painter.setBrush(fill);
        painter.drawPolygon(poly);
        const int count = perPlace.value(placeKey(*f));
        if (f->layer + 1 != count && count > 1) continue;  // only the top of a stack is labelled
        QString label = scene_.ids.value(f->element);
        if (count > 1) label += QStringLiteral(" ×%1").arg(count);
        const double lengthPx = f->lengthM * scale;
        const double widthPx = f->widthM * scale;
        if (fm.horizontalAdvance(label) > lengthPx - 4 || fm.height() > widthPx + 1) continue;
        painter.save();
        painter.translate(poly.boundingRect().center());
        double angle = -f->angleDeg;
        if (angle < -90.0) angle += 180.0;
        if (angle > 90.0) angle -= 180.0;
        painter.rotate(angle);
        painter.setPen(bad ? Qt::white : QColor(20, 20, 20));
        painter.drawText(QRectF(-lengthPx / 2, -widthPx / 2 - 4, lengthPx, widthPx + 8),
                         Qt::AlignCenter, label);
        painter.restore();
    }
    // Scale bar: 10 m (or 50 m on a large yard), bottom left.
    const double barM = scale * 10.0 < 40.0 ? 50.0 : 10.0;
    const QPointF a(target.left() + 14, target.bottom() - 10);
    const QPointF b(a.x() + barM * scale, a.y());
    painter.setPen(QPen(QColor(40, 40, 40), 2));
    painter.drawLine(a, b);
    painter.drawLine(a, a - QPointF(0, 4));
    painter.drawLine(b, b - QPointF(0, 4));
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(QPointF(b.x() + 6, b.y() + 4), YardView::tr("%1 m").arg(barM));
    painter.restore();
}

void YardView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    render(painter, QRectF(rect()));
}

void YardView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const yard::Footprint* f = footprintAt(event->position());
    selected_ = f != nullptr ? f->element : kNoUid;
    if (f != nullptr) Q_EMIT elementSelected(f->element);
    if (f != nullptr && editable_ && event->button() == Qt::LeftButton) {
        dragging_ = f->element;
        dragStart_ = event->position();
        dragOffset_ = {};
    }
    update();
}

void YardView::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_ == kNoUid) return;
    const QTransform t = toScreen(QRectF(rect()));
    const double s = std::abs(t.m11());
    if (s <= 0) return;
    const QPointF d = event->position() - dragStart_;
    dragOffset_ = QPointF(d.x() / s, -d.y() / s);
    update();
}

void YardView::mouseReleaseEvent(QMouseEvent*) {
    if (dragging_ == kNoUid) return;
    const Uid element = dragging_;
    const QPointF moved = dragOffset_;
    dragging_ = kNoUid;
    dragOffset_ = {};
    update();
    const yard::Footprint* f = footprintOf(element);
    if (f == nullptr || std::hypot(moved.x(), moved.y()) < 0.05) return;  // a click, not a drag
    // Half-decimetre steps: positions a yard foreman can set out.
    const auto snap = [](double v) { return std::round(v * 20.0) / 20.0; };
    Q_EMIT placeChanged(element,
                        YardPlace{snap(f->x + moved.x()), snap(f->y + moved.y()), f->angleDeg, 0});
}

void YardView::turn(Uid element) {
    const yard::Footprint* f = footprintOf(element);
    if (f == nullptr || !editable_) return;
    double angle = std::fmod(f->angleDeg + 90.0, 360.0);
    if (angle >= 180.0) angle -= 180.0;  // a girder turned by 180 degrees is the same footprint
    Q_EMIT placeChanged(element, YardPlace{f->x, f->y, angle, 0});
}

void YardView::keyPressEvent(QKeyEvent* event) {
    if (selected_ != kNoUid && event->key() == Qt::Key_R) {
        turn(selected_);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool YardView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const yard::Footprint* f = footprintAt(help->pos());
    if (f == nullptr) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const QLocale locale;
    QString text = tr("%1: %2 m × %3 m, layer %4")
                       .arg(scene_.ids.value(f->element), locale.toString(f->lengthM, 'f', 2),
                            locale.toString(f->widthM, 'f', 2))
                       .arg(f->layer);
    if (scene_.manual.value(f->element)) text += QLatin1Char('\n') + tr("put here by hand");
    if (scene_.problems.contains(f->element))
        text += QLatin1Char('\n') +
                tr("breaks a rule: %1").arg(layoutRuleName(scene_.problems.value(f->element)));
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

QString layoutRuleName(const QString& rule) {
    if (rule == QLatin1String("overlap")) return YardView::tr("overlaps another girder");
    if (rule == QLatin1String("outside"))
        return YardView::tr("outside the yard or too near its edge");
    if (rule == QLatin1String("blocked")) return YardView::tr("on or too near a blocked area");
    if (rule == QLatin1String("aisle")) return YardView::tr("on an access lane");
    if (rule == QLatin1String("stack")) return YardView::tr("not on an equal girder below");
    return rule;
}

void YardView::contextMenuEvent(QContextMenuEvent* event) {
    const yard::Footprint* f = footprintAt(event->pos());
    if (f == nullptr) return;
    const Uid element = f->element;
    selected_ = element;
    update();
    QMenu menu(this);
    QAction* turnAction = menu.addAction(tr("&Turn by 90°\tR"));
    QAction* automatic = menu.addAction(tr("Let the &automatic layout place it"));
    turnAction->setEnabled(editable_);
    automatic->setEnabled(editable_ && scene_.manual.value(element));
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == turnAction) turn(element);
    if (chosen == automatic) Q_EMIT placeCleared(element);
}

}  // namespace respan::ui
