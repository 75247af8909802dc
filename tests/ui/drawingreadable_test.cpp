// The drawing at the zoom a planner first sees (fit all, main window at 1280x720): every filled
// slot shows its girder's id, span labels are at least 9 px, and no label is cut. Read from what
// is painted: the view is rendered into an SVG and its text elements are read back.
#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/common/screenfit.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/viaductview.h"
#include "ui/mainwindow/mainwindow.h"

namespace respan::test {
namespace {

struct DrawnText {
    QString text;
    double sizePx = 0;
};

/// The text the view paints, with the size it is painted at, as it is on the screen.
std::vector<DrawnText> paintedText(ui::ViaductView& view) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSize size = view.viewport()->size();
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(view.logicalDpiX());
    {
        QPainter p(&svg);
        view.render(&p, QRectF(QPointF(0, 0), size), view.viewport()->rect());
    }
    const QString xml = QString::fromUtf8(buffer.data());
    // <text ... font-size="9" ... >A9W-01</text> (Qt's generator writes one element per run,
    // the font in the enclosing <g>).
    std::vector<DrawnText> out;
    static const QRegularExpression group(
        QStringLiteral("<g[^>]*font-size=\"([0-9.]+)\"[^>]*>((?:(?!</g>).)*)</g>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto g = group.globalMatch(xml); g.hasNext();) {
        const auto gm = g.next();
        const double pt = gm.captured(1).toDouble();
        for (auto t = text.globalMatch(gm.captured(2)); t.hasNext();) {
            const QString s = t.next().captured(1).trimmed();
            // The generator writes font sizes in points of its resolution.
            if (!s.isEmpty()) out.push_back({s, pt * view.logicalDpiY() / 72.0});
        }
    }
    return out;
}

TEST(DrawingReadable, AtFitAllOn1280x720EverySlotShowsItsGirderAndSpanLabelsAreReadable) {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.restoreLayout = false;
    ui::MainWindow window(std::move(options));
    buildDemoSample(window.document());
    ui::fitToScreen(window, QSize(1500, 950), QRect(0, 0, 1280, 720));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto& view = part<ui::ViaductView>(window);
    view.fitToView();
    QTest::qWait(50);

    const std::vector<DrawnText> drawn = paintedText(view);
    ASSERT_FALSE(drawn.empty());
    QStringList texts;
    for (const DrawnText& t : drawn) texts << t.text;
    const ProjectDocument& doc = window.document();
    int placed = 0;
    for (const Assignment& a : doc.assignments()) {
        const QString id = doc.elementByUid(a.elementUid)->id;
        const QString shortId = id.mid(id.lastIndexOf(QLatin1Char('-')) + 1);
        ++placed;
        // The full id, or its short form where the slot is narrow.
        EXPECT_TRUE(texts.contains(id) || texts.contains(shortId)) << id.toStdString();
    }
    EXPECT_GT(placed, 40);
    for (const DrawnText& t : drawn) {
        EXPECT_FALSE(t.text.contains(QStringLiteral("/…"))) << t.text.toStdString();
        EXPECT_FALSE(t.text.endsWith(QStringLiteral("…")) &&
                     t.text.startsWith(QStringLiteral("Span")))
            << t.text.toStdString();
        if (t.text.startsWith(QStringLiteral("Span "))) {
            EXPECT_GE(t.sizePx, 9.0 - 1e-6) << t.text.toStdString();
        }
        EXPECT_GE(t.sizePx, 8.0 - 1e-6) << t.text.toStdString();
    }
    // Zoomed out this far the drawing says it is stretched across the axis.
    EXPECT_GT(view.crossStretch(), 1.0);
}

TEST(DrawingReadable, ZoomedInTheDrawingIsTrueToScaleAgain) {
    ProjectDocument doc;
    buildDemoSample(doc);
    QUndoStack stack;
    ui::DrawingPanel panel(doc, &stack, nullptr);
    panel.resize(900, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < 12; ++i) panel.view()->zoomIn();
    // 14 px for a 1.18 m slot is 11.9 px/m: beyond that no stretch.
    ASSERT_GT(panel.view()->pixelsPerMetre(), 12.0);
    EXPECT_DOUBLE_EQ(panel.view()->crossStretch(), 1.0);
}

}  // namespace
}  // namespace respan::test
