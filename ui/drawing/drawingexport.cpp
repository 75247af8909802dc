#include "ui/drawing/drawingexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

#include "core/storage/outputguard.h"
#include "ui/drawing/drawinglegend.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/viaductscene.h"

namespace respan::ui::DrawingExport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ui::DrawingExport)
};

constexpr int kMaxPixels = 16000;  // longest side of a PNG export

struct Frame {
    QRectF source;  ///< scene rectangle drawn
    QSize drawing;  ///< pixels of the drawing
    QSize total;    ///< pixels including margin and legend
    QFont font;
    double margin = 0;
};

Frame frameFor(ViaductScene& scene, double pixelsPerMetre) {
    scene.flush();
    Frame f;
    f.source = scene.itemsBoundingRect();
    double scale = pixelsPerMetre / DrawingStyle::kUnitsPerMetre;
    const double longest = std::max(f.source.width(), f.source.height()) * scale;
    if (longest > kMaxPixels) scale *= kMaxPixels / longest;
    f.drawing = QSize(qCeil(f.source.width() * scale), qCeil(f.source.height() * scale));
    // The legend grows with the picture, so that it stays readable next to the drawing.
    f.font.setPixelSize(std::max(14, f.drawing.width() / 120));
    f.margin = f.font.pixelSize();
    const QSizeF legend = DrawingLegend::legendSize(f.font);
    f.total = QSize(qCeil(std::max<double>(f.drawing.width(), legend.width()) + 2 * f.margin),
                    qCeil(f.drawing.height() + legend.height() + 3 * f.margin));
    return f;
}

void paint(QPainter& p, ViaductScene& scene, const Frame& f) {
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.fillRect(QRect(QPoint(0, 0), f.total), DrawingStyle::kBackground);
    const QRectF target(f.margin, f.margin, f.drawing.width(), f.drawing.height());
    scene.render(&p, target, f.source, Qt::KeepAspectRatio);
    DrawingLegend::paintLegend(p, QPointF(f.margin, f.margin * 2 + f.drawing.height()), f.font);
}

}  // namespace

void paintOnPage(ViaductScene& scene, QPainter& painter, const QRectF& page) {
    scene.flush();
    const QRectF source = scene.itemsBoundingRect();
    QFont font;
    font.setPixelSize(std::max(8, static_cast<int>(page.width() / 110)));
    const QSizeF legend = DrawingLegend::legendSize(font);
    const double gap = font.pixelSize();
    const QRectF room(page.left(), page.top(), page.width(),
                      std::max(1.0, page.height() - legend.height() - gap));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // KeepAspectRatio centres the drawing in `room`; the legend goes under what it drew.
    const double scale = std::min(room.width() / std::max(1.0, source.width()),
                                  room.height() / std::max(1.0, source.height()));
    const QSizeF drawn(source.width() * scale, source.height() * scale);
    const QRectF target(room.left(), room.top(), drawn.width(), drawn.height());
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    DrawingLegend::paintLegend(painter, QPointF(page.left(), target.bottom() + gap), font);
}

QString toPng(ViaductScene& scene, const QString& path, double pixelsPerMetre) {
    const Frame f = frameFor(scene, pixelsPerMetre);
    if (f.source.isEmpty()) return Tr::tr("There is nothing to export: no structure is drawn.");
    if (const QString refusal = outputRefusal(path, {}); !refusal.isEmpty()) return refusal;
    QImage image(f.total, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paint(p, scene, f);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        return Tr::tr("%1 could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

QString toSvg(ViaductScene& scene, const QString& path, const QString& title,
              double pixelsPerMetre) {
    const Frame f = frameFor(scene, pixelsPerMetre);
    if (f.source.isEmpty()) return Tr::tr("There is nothing to export: no structure is drawn.");
    if (const QString refusal = outputRefusal(path, {}); !refusal.isEmpty()) return refusal;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Tr::tr("%1 could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(f.total);
    svg.setViewBox(QRect(QPoint(0, 0), f.total));
    svg.setTitle(title);
    svg.setDescription(
        Tr::tr("ReSpan plan view, true to scale: %1 px per metre")
            .arg(f.drawing.width() * DrawingStyle::kUnitsPerMetre / f.source.width(), 0, 'f', 2));
    {
        QPainter p(&svg);
        paint(p, scene, f);
    }
    if (!file.commit()) {
        return Tr::tr("%1 could not be written: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

}  // namespace respan::ui::DrawingExport
