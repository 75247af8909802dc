// Editor dialogs: validation at each field with the ranges and messages of core validation,
// numbers in the UI locale (decimal comma in Dutch), status history, attached documents
// (attach, open, export unchanged, remove) as one undo step with the rest of the edit.
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/document/projectdocument.h"
#include "core/storage/projectsession.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"
#include "tests/ui/uitestutil.h"
#include "ui/editors/documentstab.h"
#include "ui/editors/elementeditordialog.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/historytab.h"
#include "ui/editors/settingsdialog.h"
#include "ui/editors/spandialog.h"
#include "ui/editors/structuredialog.h"

namespace respan::test {
namespace {

class LocaleScope {
public:
    explicit LocaleScope(const QLocale& l) : old_(QLocale()) { QLocale::setDefault(l); }
    ~LocaleScope() { QLocale::setDefault(old_); }

private:
    QLocale old_;
};

void type(ui::FieldEdit* f, const QString& text) {
    f->lineEdit()->setText(text);
    Q_EMIT f->edited();
}

using DocumentsTab = ui::DocumentsTab;

bool okEnabled(const QDialog& d) {
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

class ElementEditor : public ::testing::Test {
protected:
    void SetUp() override { buildDemoSample(doc_); }
    std::unique_ptr<ui::ElementEditorDialog> open(const QString& id,
                                                  DocumentsTab::ContentReader reader = {}) {
        return std::make_unique<ui::ElementEditorDialog>(doc_, *doc_.elementById(id),
                                                         QStringLiteral("anna"), std::move(reader));
    }
    ProjectDocument doc_;
    QUndoStack stack_;
};

TEST_F(ElementEditor, ShowsErrorsAtTheFieldAndBlocksOk) {
    auto d = open(QStringLiteral("A9W-10"));
    EXPECT_TRUE(okEnabled(*d));
    ui::FieldEdit* length = d->field(QStringLiteral("length_m"));
    EXPECT_EQ(length->text(), QStringLiteral("17.9"));
    type(length, QStringLiteral("-3"));
    EXPECT_EQ(length->error(), QStringLiteral("must be between 1 and 200 m"));
    EXPECT_FALSE(okEnabled(*d));
    type(length, QStringLiteral("long"));
    EXPECT_TRUE(length->error().startsWith(QStringLiteral("not a number")));
    type(length, QStringLiteral("18.4"));
    EXPECT_EQ(length->error(), QString());
    type(d->field(QStringLiteral("id")), QStringLiteral("A9W-01"));
    EXPECT_TRUE(d->field(QStringLiteral("id"))->error().contains(QStringLiteral("already used")));
    type(d->field(QStringLiteral("id")), QStringLiteral("A9W-10"));
    type(d->field(QStringLiteral("location_lat")), QStringLiteral("95"));
    EXPECT_EQ(d->field(QStringLiteral("location_lat"))->error(),
              QStringLiteral("must be between -90 and 90 °"));
    type(d->field(QStringLiteral("location_lat")), QStringLiteral("52.46"));
    type(d->field(QStringLiteral("available_from")), QStringLiteral("2025-02-30"));
    EXPECT_FALSE(d->field(QStringLiteral("available_from"))->error().isEmpty());
    type(d->field(QStringLiteral("available_from")), QStringLiteral("2025-03-01"));
    EXPECT_TRUE(okEnabled(*d));
    EXPECT_EQ(d->apply(stack_, doc_), QString());
    const Element& e = *doc_.elementById(QStringLiteral("A9W-10"));
    EXPECT_EQ(e.length, Metres(18.4));
    EXPECT_EQ(e.availableFrom, QDate(2025, 3, 1));
    EXPECT_EQ(stack_.count(), 1);
}

TEST_F(ElementEditor, DutchDecimalCommaIsReadAndShown) {
    LocaleScope nl(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto d = open(QStringLiteral("A9W-10"));
    EXPECT_EQ(d->field(QStringLiteral("length_m"))->text(), QStringLiteral("17,9"));
    type(d->field(QStringLiteral("length_m")), QStringLiteral("18,25"));
    EXPECT_EQ(d->field(QStringLiteral("length_m"))->error(), QString());
    EXPECT_EQ(d->editedFields().length, Metres(18.25));
    type(d->field(QStringLiteral("mass_t")),
         QStringLiteral("23.6"));  // a point is not a decimal here
    EXPECT_TRUE(d->field(QStringLiteral("mass_t"))->error().contains(QStringLiteral("\",\"")));
    EXPECT_FALSE(okEnabled(*d));
}

TEST_F(ElementEditor, StatusChangeAppendsHistoryWithTheUserAsOneStep) {
    auto d = open(QStringLiteral("A9W-10"));
    ProjectDocument before;
    cloneInto(doc_, before);
    const auto stored =
        static_cast<int>(doc_.elementById(QStringLiteral("A9W-10"))->history.size());
    d->statusBox()->setCurrentIndex(
        d->statusBox()->findData(static_cast<int>(ElementStatus::Rejected)));
    type(d->field(QStringLiteral("status_note")), QStringLiteral("condition 4 after inspection"));
    type(d->field(QStringLiteral("type")), QStringLiteral("inverted-T rail girder (ZIP)"));
    EXPECT_EQ(d->historyTab()->table()->rowCount(), stored + 1);  // the stored ones, one pending
    EXPECT_EQ(d->apply(stack_, doc_), QString());
    const Element& e = *doc_.elementById(QStringLiteral("A9W-10"));
    ASSERT_EQ(static_cast<int>(e.history.size()), stored + 1);
    EXPECT_EQ(e.history.back().user, QStringLiteral("anna"));
    EXPECT_EQ(e.history.back().from, ElementStatus::InStorage);
    EXPECT_EQ(e.history.back().to, ElementStatus::Rejected);
    EXPECT_EQ(e.history.back().note, QStringLiteral("condition 4 after inspection"));
    EXPECT_EQ(stack_.count(), 1);
    stack_.undo();
    EXPECT_EQ(compareDocuments(before, doc_), QString());
}

TEST_F(ElementEditor, DocumentsAreAttachedOpenedExportedUnchangedAndRemoved) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.respan"));
    ProjectSession session(doc_);
    session.saveAs(project);
    const QByteArray pdf =
        QByteArray("%PDF-1.4\n% lab report, cores A9W-10\n") + QByteArray(5000, 'x');
    const QString source = dir.filePath(QStringLiteral("lab report A9W-10.pdf"));
    ASSERT_TRUE(writeFile(source, pdf));

    auto d = open(QStringLiteral("A9W-10"));
    EXPECT_EQ(d->documentsTab()->attachFile(source), QString());
    EXPECT_EQ(d->apply(stack_, doc_), QString());
    const AttachedDocument stored = doc_.elementById(QStringLiteral("A9W-10"))->documents.at(0);
    EXPECT_EQ(stored.name, QStringLiteral("lab report A9W-10.pdf"));
    EXPECT_EQ(stored.mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(stored.size, pdf.size());
    EXPECT_EQ(stored.sha256.toLatin1(),
              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    session.save();  // the content now lives in the project file only

    ProjectSession* s = &session;
    auto again = open(QStringLiteral("A9W-10"),
                      [s](const AttachedDocument& a) { return s->attachmentContent(a); });
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    EXPECT_EQ(again->documentsTab()->exportDocument(stored.uid, exported), QString());
    EXPECT_EQ(readFile(exported), pdf);
    QString opened;
    again->documentsTab()->setTemporaryFolder(dir.filePath(QStringLiteral("open")));
    again->documentsTab()->setFileOpener([&opened](const QString& path) {
        opened = path;
        return true;
    });
    EXPECT_EQ(again->documentsTab()->openDocument(stored.uid), QString());
    EXPECT_EQ(readFile(opened), pdf);

    again->documentsTab()->removeDocument(stored.uid);
    EXPECT_EQ(again->apply(stack_, doc_), QString());
    EXPECT_TRUE(doc_.elementById(QStringLiteral("A9W-10"))->documents.empty());
    session.save();  // the file no longer holds it
    stack_.undo();   // ... and undo brings it back with its content
    ASSERT_EQ(doc_.elementById(QStringLiteral("A9W-10"))->documents.size(), 1u);
    session.save();
    EXPECT_EQ(
        session.attachmentContent(doc_.elementById(QStringLiteral("A9W-10"))->documents.at(0)),
        pdf);
}

TEST_F(ElementEditor, NewElementNeedsTheRequiredFields) {
    Element blank;
    blank.condition = 2;
    ui::ElementEditorDialog d(doc_, blank, QStringLiteral("anna"), {});
    EXPECT_FALSE(okEnabled(d));
    EXPECT_EQ(d.field(QStringLiteral("id"))->error(), QStringLiteral("a value is required"));
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("id"), QStringLiteral("A9W-99")},
        {QStringLiteral("length_m"), QStringLiteral("17.9")},
        {QStringLiteral("height_mm"), QStringLiteral("900")},
        {QStringLiteral("width_mm"), QStringLiteral("1180")},
        {QStringLiteral("mass_t"), QStringLiteral("23.6")},
        {QStringLiteral("moment_capacity_knm"), QStringLiteral("3000")},
        {QStringLiteral("shear_capacity_kn"), QStringLiteral("650")},
        {QStringLiteral("location_lat"), QStringLiteral("52.46")},
        {QStringLiteral("location_lon"), QStringLiteral("4.60")}};
    for (const auto& [field, value] : values) type(d.field(field), value);
    EXPECT_TRUE(okEnabled(d));
    EXPECT_EQ(d.apply(stack_, doc_), QString());
    const Element* e = doc_.elementById(QStringLiteral("A9W-99"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->momentCapacity, KiloNewtonMetres(3000));
    ASSERT_EQ(e->history.size(), 1u);
    EXPECT_EQ(e->history[0].user, QStringLiteral("anna"));
    stack_.undo();
    EXPECT_EQ(doc_.elementById(QStringLiteral("A9W-99")), nullptr);
}

TEST(StructureEditors, SpanDialogMakesNSlotsAndValidates) {
    ProjectDocument doc;
    buildDemoSample(doc, false);
    ui::SpanDialog d(doc, doc.structure(0).uid, kNoUid);
    EXPECT_EQ(d.nameField()->text(), QStringLiteral("3"));
    type(d.lengthField(), QStringLiteral("19.8"));
    type(d.dateField(), QStringLiteral("2027-13-01"));
    EXPECT_FALSE(d.isValid());
    type(d.dateField(), QStringLiteral("2027-06-01"));
    d.slotCountBox()->setValue(12);
    type(d.momentField(), QStringLiteral("3140"));
    type(d.shearField(), QStringLiteral("695"));
    EXPECT_TRUE(d.isValid());
    const Span span = d.span();
    ASSERT_EQ(span.slots.size(), 12u);
    EXPECT_EQ(span.slots[11].name, QStringLiteral("L12"));
    EXPECT_EQ(span.slots[5].shearDemand, KiloNewtons(695));
    EXPECT_EQ(span.requiredLength, Metres(19.8));
    type(d.nameField(), QStringLiteral("1"));  // exists in this structure
    EXPECT_FALSE(d.isValid());
}

TEST(StructureEditors, StructureDialogChecksNameAndSite) {
    ProjectDocument doc;
    buildDemoSample(doc, false);
    ui::StructureDialog d(doc, kNoUid);
    EXPECT_FALSE(d.isValid());
    type(d.nameField(), doc.structure(0).name);
    type(d.latitudeField(), QStringLiteral("52.2486"));
    type(d.longitudeField(), QStringLiteral("4.5687"));
    EXPECT_FALSE(d.isValid());  // the name is taken
    type(d.nameField(), QStringLiteral("A44 viaduct Lisserweg-Noord"));
    EXPECT_TRUE(d.isValid());
    type(d.longitudeField(), QStringLiteral("190"));
    EXPECT_FALSE(d.isValid());
}

}  // namespace
}  // namespace respan::test

namespace respan::test {
namespace {

TEST(SettingsEditor, ValidatesLikeTheCommandLineAndReturnsTheSettings) {
    ProjectSettings start;
    ui::SettingsDialog d(start);
    EXPECT_TRUE(d.isValid());
    type(d.field(QStringLiteral("max_shortening_m")), QStringLiteral("60"));
    EXPECT_EQ(d.field(QStringLiteral("max_shortening_m"))->error(),
              QStringLiteral("must be between 0 and 50"));
    EXPECT_FALSE(d.isValid());
    type(d.field(QStringLiteral("max_shortening_m")), QStringLiteral("2.5"));
    type(d.field(QStringLiteral("max_condition")), QStringLiteral("3.5"));
    EXPECT_FALSE(d.isValid());
    type(d.field(QStringLiteral("max_condition")), QStringLiteral("4"));
    EXPECT_TRUE(d.isValid());
    const ProjectSettings s = d.settings();
    EXPECT_EQ(s.maxShorteningM, 2.5);
    EXPECT_EQ(s.maxCondition, 4);
    EXPECT_EQ(s.fNew, start.fNew);
}

}  // namespace
}  // namespace respan::test
