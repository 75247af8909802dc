// Plan > Design Around the Stock in the main window: the design runs on a worker thread, its
// proposal shows each span's length before and after, Apply stores lengths and plan as one undo
// step and Undo brings both back.
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "tests/ui/fakeexchangeprompts.h"
#include "tests/ui/fakeprompts.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/planning/designdialog.h"
#include "ui/planning/planningcontroller.h"

namespace respan::test {
namespace {

const Span* spanNamed(const ProjectDocument& doc, const char* structure, const char* span) {
    const int s = doc.structureIndexByName(QString::fromUtf8(structure));
    if (s < 0) return nullptr;
    for (const Span& p : doc.structure(s).spans) {
        if (p.name == QLatin1String(span)) return &p;
    }
    return nullptr;
}

TEST(DesignAroundStock, ProposesTheDemoLengthsAndAppliesThemWithThePlanAsOneUndoStep) {
    ui::MainWindow::Options options;
    options.prompts = std::make_unique<FakePrompts>();
    options.exchangePrompts = std::make_unique<FakeExchangePrompts>();
    options.restoreLayout = false;
    ui::MainWindow window(std::move(options));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.respan"));
    {
        ProjectDocument doc;
        buildDemoSample(doc, false);
        ProjectStore::writeFull(path, doc, QString());
    }
    ASSERT_TRUE(part<ui::DocumentController>(window).open(path));
    ProjectDocument& doc = window.document();
    auto& planning = part<ui::PlanningController>(window);
    planning.setObjective(matching::Objective::Carbon);
    QSignalSpy shown(&planning, &ui::PlanningController::designShown);
    planning.designAroundStock->trigger();
    ASSERT_TRUE(shown.wait(60000));
    ui::DesignDialog* dialog = planning.designProposal();
    ASSERT_NE(dialog, nullptr);
    // resources/demo/README.md: four spans with bounds; the Kaagbrug goes to 17.90 m.
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 4);
    bool kaagbrug = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() != QStringLiteral("A44 Kaagbrug")) continue;
        kaagbrug = true;
        EXPECT_EQ(table->item(r, 3)->text(), QStringLiteral("18.20"));
        EXPECT_EQ(table->item(r, 4)->text(), QStringLiteral("17.90"));
        const auto* window17 = qobject_cast<ui::LengthWindow*>(table->cellWidget(r, 6));
        ASSERT_NE(window17, nullptr);
        EXPECT_GT(window17->fitSomewhere(), window17->fitProposed() - 1);
        EXPECT_GE(window17->fitProposed(), 8) << "the 17.9 m A9 West girders fit at 17.90 m";
    }
    EXPECT_TRUE(kaagbrug);
    const auto* summary = dialog->findChild<QLabel*>(QStringLiteral("designSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("→ 74 of 83"))) << summary->text().toStdString();

    auto& undo = part<QUndoStack>(window);
    const int steps = undo.count();
    dialog->accept();
    EXPECT_EQ(undo.count(), steps + 1) << "lengths and plan: one undo step";
    EXPECT_DOUBLE_EQ(spanNamed(doc, "A44 Kaagbrug", "approach west")->requiredLength.value(), 17.9);
    EXPECT_EQ(doc.assignments().size(), 74u);
    undo.undo();
    EXPECT_DOUBLE_EQ(spanNamed(doc, "A44 Kaagbrug", "approach west")->requiredLength.value(), 18.2);
    EXPECT_TRUE(doc.assignments().empty());
}

}  // namespace
}  // namespace respan::test
