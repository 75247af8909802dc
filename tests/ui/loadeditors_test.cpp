// The load model in the editors (issue 12): the structure dialog's deck inputs, its estimate
// table (permanent, tandem, UDL, shares; entered values bold, estimates italic) updating as the
// user types, the cross-section sketch, the element editor's resistance basis and method, the
// span dialog's calculation span. RESPAN_SCREENSHOT_DIR saves what the user sees.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "core/commands/cmdstructureedit.h"
#include "core/commands/documentcommand.h"
#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "ui/editors/crosssectionsketch.h"
#include "ui/editors/elementeditordialog.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/spandialog.h"
#include "ui/editors/structuredialog.h"

namespace respan::test {
namespace {

void type(ui::FieldEdit* f, const QString& text) {
    f->lineEdit()->setText(text);
    Q_EMIT f->edited();
}

void screenshot(QWidget& w, const char* name) {
    const QByteArray dir = qgetenv("RESPAN_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    w.show();
    w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
}

class LoadEditors : public ::testing::Test {
protected:
    void SetUp() override { demo::buildDemoProject(doc_); }
    Uid structure(const char* name) const {
        return doc_.structure(doc_.structureIndexByName(QString::fromUtf8(name))).uid;
    }
    ProjectDocument doc_;
};

TEST_F(LoadEditors, StructureDialogShowsTheEstimateAndUpdatesItWhileTyping) {
    ui::StructureDialog dialog(doc_, structure("A44 viaduct Hoofdvaart"));
    QTableWidget* table = dialog.estimateTable();
    ASSERT_EQ(table->rowCount(), 9);
    // L1 is entered (3750 kNm, bold), L2 estimated (italic) with its breakdown.
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("entered"));
    EXPECT_TRUE(table->item(0, 1)->font().bold());
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("estimated"));
    EXPECT_TRUE(table->item(1, 1)->font().italic());
    const double l2 = QLocale().toDouble(table->item(1, 1)->text());
    const double sum = QLocale().toDouble(table->item(1, 4)->text()) +
                       QLocale().toDouble(table->item(1, 5)->text()) +
                       QLocale().toDouble(table->item(1, 6)->text());
    EXPECT_NEAR(l2, sum, 2.0) << "MEd is permanent + tandem + UDL";
    screenshot(dialog, "structure-dialog.png");
    // A wider carriageway moves load to other lanes: the estimate follows as the user types.
    type(dialog.carriagewayField(), QLocale().toString(12.0));
    const double wider = QLocale().toDouble(table->item(1, 1)->text());
    EXPECT_NE(wider, l2);
    // A carriageway narrower than one lane is an error, and OK is disabled.
    type(dialog.carriagewayField(), QStringLiteral("2"));
    EXPECT_TRUE(dialog.carriagewayField()->hasError());
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    type(dialog.carriagewayField(), QLocale().toString(12.0));
    EXPECT_TRUE(dialog.isValid());
    // Selecting a slot shows its shares in the sketch.
    table->selectRow(4);
    EXPECT_EQ(dialog.sketch()->selected(), 4);
    // Applying is one undoable step.
    QUndoStack stack;
    const DeckDesign before =
        doc_.structure(doc_.structureIndex(structure("A44 viaduct Hoofdvaart"))).deck;
    ASSERT_TRUE(pushCommand(stack, std::make_unique<CmdStructureEdit>(
                                       doc_, structure("A44 viaduct Hoofdvaart"), dialog.header(),
                                       QStringLiteral("Edit")))
                    .ok);
    const int index = doc_.structureIndex(structure("A44 viaduct Hoofdvaart"));
    EXPECT_EQ(doc_.structure(index).deck.carriagewayWidth, Metres(12.0));
    stack.undo();
    EXPECT_EQ(doc_.structure(index).deck, before);
}

TEST_F(LoadEditors, ElementEditorNamesTheResistanceBasisAndMethod) {
    const Element* estimated = doc_.elementById(QStringLiteral("A9H-04"));
    ASSERT_NE(estimated, nullptr);
    ui::ElementEditorDialog dialog(doc_, *estimated, QStringLiteral("tester"), {});
    auto* method = dialog.findChild<QLabel*>(QStringLiteral("resistanceMethod"));
    ASSERT_NE(method, nullptr);
    EXPECT_TRUE(method->text().contains(QStringLiteral("Estimated")))
        << method->text().toStdString();
    EXPECT_TRUE(method->toolTip().contains(QStringLiteral("original span 21.35 m")))
        << method->toolTip().toStdString();
    EXPECT_TRUE(method->text().contains(QStringLiteral("VOSB 1963 class 60")));
    auto* mrd = dialog.findChild<ui::FieldEdit*>(QStringLiteral("moment_capacity_knm"));
    ASSERT_NE(mrd, nullptr);
    EXPECT_TRUE(mrd->lineEdit()->placeholderText().contains(QStringLiteral("1367")) ||
                mrd->lineEdit()->placeholderText().contains(QStringLiteral("1 367")))
        << mrd->lineEdit()->placeholderText().toStdString();
    screenshot(dialog, "element-estimated.png");
    // Entering both resistances makes them entered.
    type(mrd, QStringLiteral("4200"));
    type(dialog.findChild<ui::FieldEdit*>(QStringLiteral("shear_capacity_kn")),
         QStringLiteral("850"));
    EXPECT_TRUE(method->text().startsWith(QStringLiteral("Entered")))
        << method->text().toStdString();
    const Element* unknown = doc_.elementById(QStringLiteral("A9H-05"));
    ui::ElementEditorDialog refused(doc_, *unknown, QStringLiteral("tester"), {});
    EXPECT_TRUE(refused.findChild<QLabel*>(QStringLiteral("resistanceMethod"))
                    ->text()
                    .contains(QStringLiteral("no public load values")));
}

TEST_F(LoadEditors, SpanDialogRefusesACalculationSpanLongerThanTheRequiredLength) {
    const Uid s = structure("A44 viaduct Hoofdvaart");
    const Span& span = doc_.structure(doc_.structureIndex(s)).spans[0];
    ui::SpanDialog dialog(doc_, s, span.uid);
    auto* calc = dialog.findChild<ui::FieldEdit*>(QStringLiteral("span_length_m"));
    ASSERT_NE(calc, nullptr);
    EXPECT_EQ(QLocale().toDouble(calc->text()), 20.9);
    type(calc, QLocale().toString(21.6));
    EXPECT_TRUE(calc->hasError());
    type(calc, QString());
    EXPECT_FALSE(calc->hasError()) << "empty: the default";
    EXPECT_FALSE(dialog.span().calculationSpan.has_value());
}

}  // namespace
}  // namespace respan::test
