// The inventory: ElementTableModel and ElementFilterProxy under QAbstractItemModelTester while
// the document changes; edits in the table go through the undo stack; the filters find what a
// count over the document finds; numbers follow the UI locale.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "core/commands/cmdassignmentset.h"
#include "core/commands/cmdelementdelete.h"
#include "core/commands/cmdelementedit.h"
#include "core/document/projectdocument.h"
#include "support/demosample.h"
#include "tests/ui/uitestutil.h"
#include "ui/dragdrop/elementmime.h"
#include "ui/inventory/elementfilterproxy.h"
#include "ui/inventory/elementtablemodel.h"

namespace respan::test {
namespace {

using ui::ElementFilterProxy;
using ui::ElementTableModel;

/// Sets the default locale for one test and puts the previous one back.
class LocaleScope {
public:
    explicit LocaleScope(const QLocale& l) : old_(QLocale()) { QLocale::setDefault(l); }
    ~LocaleScope() { QLocale::setDefault(old_); }

private:
    QLocale old_;
};

class Inventory : public ::testing::Test {
protected:
    void SetUp() override {
        buildDemoSample(doc_);
        model_ = std::make_unique<ElementTableModel>(doc_, &stack_);
        proxy_ = std::make_unique<ElementFilterProxy>();
        proxy_->setSourceModel(model_.get());
        modelTester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester_ = std::make_unique<QAbstractItemModelTester>(
            proxy_.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    int rowOf(const QString& id) const { return doc_.elementRowById(id); }
    QModelIndex cell(const QString& id, int column) const {
        return model_->index(rowOf(id), column);
    }
    int countWhere(const std::function<bool(const Element&)>& pred) const {
        return static_cast<int>(
            std::count_if(doc_.elements().begin(), doc_.elements().end(), pred));
    }

    ProjectDocument doc_;
    QUndoStack stack_;
    std::unique_ptr<ElementTableModel> model_;
    std::unique_ptr<ElementFilterProxy> proxy_;
    std::unique_ptr<QAbstractItemModelTester> modelTester_;
    std::unique_ptr<QAbstractItemModelTester> proxyTester_;
};

TEST_F(Inventory, ShowsEveryElementWithUnitsInHeaders) {
    EXPECT_EQ(model_->rowCount(), doc_.elementCount());
    EXPECT_EQ(model_->headerData(ElementTableModel::Length, Qt::Horizontal).toString(),
              QStringLiteral("Length (m)"));
    EXPECT_EQ(cell(QStringLiteral("A9W-01"), ElementTableModel::Length).data().toString(),
              QStringLiteral("17.92"));
    EXPECT_EQ(cell(QStringLiteral("A9W-01"), ElementTableModel::Placement).data().toString(),
              QStringLiteral("A44 viaduct Lisserweg / 1 / L1"));
}

TEST_F(Inventory, FollowsTheDocumentThroughCommands) {
    proxy_->sort(ElementTableModel::Length, Qt::DescendingOrder);
    const Uid uid = elementUid(doc_, QStringLiteral("A9W-22"));
    ASSERT_TRUE(pushCommand(stack_, std::make_unique<CmdElementDelete>(doc_, uid)));
    EXPECT_EQ(model_->rowCount(), doc_.elementCount());
    stack_.undo();
    EXPECT_EQ(model_->rowOf(uid), doc_.elementRow(uid));
    // A placement shows up in the row of the element placed.
    const Uid a10 = elementUid(doc_, QStringLiteral("A9W-10"));
    const Uid l8 = slotUid(doc_, QStringLiteral("A44 viaduct Lisserweg"), QStringLiteral("1"),
                           QStringLiteral("L8"));
    ASSERT_TRUE(pushCommand(stack_, std::make_unique<CmdAssignmentSet>(
                                        doc_, std::vector<Assignment>{{a10, l8, true}})));
    EXPECT_EQ(cell(QStringLiteral("A9W-10"), ElementTableModel::Placement).data().toString(),
              QStringLiteral("A44 viaduct Lisserweg / 1 / L8"));
    stack_.undo();
    EXPECT_EQ(cell(QStringLiteral("A9W-10"), ElementTableModel::Placement).data().toString(),
              QString());
    doc_.clear();
    EXPECT_EQ(model_->rowCount(), 0);
    EXPECT_EQ(proxy_->rowCount(), 0);
}

TEST_F(Inventory, EditingACellPushesOneUndoableCommand) {
    const QModelIndex length = cell(QStringLiteral("A9W-10"), ElementTableModel::Length);
    ASSERT_TRUE(length.flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(model_->setData(length, QStringLiteral("18.05")));
    EXPECT_EQ(doc_.elementById(QStringLiteral("A9W-10"))->length, Metres(18.05));
    EXPECT_EQ(stack_.count(), 1);
    EXPECT_EQ(stack_.undoText(), QStringLiteral("Change Length (m) of A9W-10"));
    stack_.undo();
    EXPECT_EQ(doc_.elementById(QStringLiteral("A9W-10"))->length, Metres(17.90));
}

TEST_F(Inventory, StatusChangeInTheTableIsRecordedWithTheUser) {
    model_->setUserName(QStringLiteral("bram"));
    EXPECT_TRUE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Status),
                                static_cast<int>(ElementStatus::Rejected)));
    const Element& e = *doc_.elementById(QStringLiteral("A9W-10"));
    EXPECT_EQ(e.status, ElementStatus::Rejected);
    EXPECT_EQ(e.history.back().user, QStringLiteral("bram"));
    EXPECT_EQ(e.history.back().from, ElementStatus::InStorage);
}

TEST_F(Inventory, InvalidValuesAreRefusedWithTheReason) {
    QSignalSpy refused(model_.get(), &ElementTableModel::editRefused);
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Length),
                                 QStringLiteral("-2")));
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Condition),
                                 QStringLiteral("9")));
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Id),
                                 QStringLiteral("A9W-01")));
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Mass),
                                 QStringLiteral("heavy")));
    ASSERT_EQ(refused.count(), 4);
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(QStringLiteral("between 1 and 200")));
    EXPECT_TRUE(refused.at(1).at(0).toString().contains(QStringLiteral("1 to 6")));
    EXPECT_TRUE(refused.at(2).at(0).toString().contains(QStringLiteral("already used")));
    EXPECT_EQ(stack_.count(), 0);
}

TEST_F(Inventory, DutchLocaleShowsAndAcceptsTheDecimalComma) {
    LocaleScope nl(QLocale(QLocale::Dutch, QLocale::Netherlands));
    EXPECT_EQ(cell(QStringLiteral("A9W-01"), ElementTableModel::Length).data().toString(),
              QStringLiteral("17,92"));
    EXPECT_TRUE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Length),
                                QStringLiteral("18,25")));
    EXPECT_EQ(doc_.elementById(QStringLiteral("A9W-10"))->length, Metres(18.25));
    // "1.234" is a thousands group in Dutch and a decimal in English: refused, never guessed.
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Length),
                                 QStringLiteral("18.5")));
    EXPECT_EQ(doc_.elementById(QStringLiteral("A9W-10"))->length, Metres(18.25));
}

TEST_F(Inventory, SearchFindsTextInEveryTextColumn) {
    proxy_->setSearchText(QStringLiteral("keizer"));  // donor structure column
    EXPECT_EQ(proxy_->rowCount(), countWhere([](const Element& e) {
                  return e.donorStructure.contains(QStringLiteral("Keizer"));
              }));
    EXPECT_GT(proxy_->rowCount(), 0);
    proxy_->setSearchText(QStringLiteral("lisserweg"));  // placement column
    int placed = 0;
    for (const Element& e : doc_.elements()) {
        if (model_->placementText(e.uid).contains(QStringLiteral("Lisserweg"))) ++placed;
    }
    EXPECT_EQ(proxy_->rowCount(), placed);
    EXPECT_GT(placed, 0);
    proxy_->setSearchText(QStringLiteral("KKW estimated"));  // two words, two columns
    EXPECT_EQ(proxy_->rowCount(), countWhere([](const Element& e) {
                  return e.id.startsWith(QStringLiteral("KKW")) &&
                         e.capacityBasis == CapacityBasis::Estimated;
              }));
    proxy_->setSearchText(QString());
    EXPECT_EQ(proxy_->rowCount(), doc_.elementCount());
}

TEST_F(Inventory, FiltersByStatusSectionAndLength) {
    proxy_->setStatusFilter(static_cast<int>(ElementStatus::Rejected));
    EXPECT_EQ(proxy_->rowCount(),
              countWhere([](const Element& e) { return e.status == ElementStatus::Rejected; }));
    proxy_->setStatusFilter(std::nullopt);
    proxy_->setSectionFilter(QStringLiteral("850x1180"));
    EXPECT_EQ(proxy_->rowCount(), countWhere([](const Element& e) {
                  return e.height == Millimetres(850) && e.width == Millimetres(1180);
              }));
    EXPECT_GT(proxy_->rowCount(), 0);
    proxy_->setSectionFilter(QString());
    proxy_->setLengthRange(20.0, 21.0);
    EXPECT_EQ(proxy_->rowCount(), countWhere([](const Element& e) {
                  return e.length.value() >= 20.0 && e.length.value() <= 21.0;
              }));
    EXPECT_GT(proxy_->rowCount(), 0);
}

TEST_F(Inventory, FilterFollowsEditsOfFilteredRows) {
    proxy_->setSearchText(QStringLiteral("box girder"));
    EXPECT_EQ(proxy_->rowCount(), 0);
    EXPECT_TRUE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Type),
                                QStringLiteral("box girder")));
    EXPECT_EQ(proxy_->rowCount(), 1);
    stack_.undo();
    EXPECT_EQ(proxy_->rowCount(), 0);
}

TEST_F(Inventory, SortsNumericallyNotAsText) {
    proxy_->sort(ElementTableModel::MomentCapacity, Qt::AscendingOrder);
    double previous = -1;
    for (int r = 0; r < proxy_->rowCount(); ++r) {
        const Uid uid = proxy_->data(proxy_->index(r, 0), ElementTableModel::UidRole).toLongLong();
        const double v = doc_.elementByUid(uid)->momentCapacity->value();
        EXPECT_GE(v, previous) << "row " << r;
        previous = v;
    }
}

TEST_F(Inventory, DragCarriesTheElementUids) {
    const QModelIndexList rows = {cell(QStringLiteral("A9W-03"), 0),
                                  cell(QStringLiteral("A9W-03"), 2),
                                  cell(QStringLiteral("KKW-09"), 0)};
    std::unique_ptr<QMimeData> mime(model_->mimeData(rows));
    ASSERT_TRUE(mime->hasFormat(QString::fromLatin1(ui::kElementsMimeType)));
    const QList<Uid> uids = ui::decodeElements(mime.get());
    EXPECT_EQ(uids, (QList<Uid>{elementUid(doc_, QStringLiteral("A9W-03")),
                                elementUid(doc_, QStringLiteral("KKW-09"))}));
}

TEST_F(Inventory, ReadOnlyModelRefusesEdits) {
    model_->setReadOnly(true);
    EXPECT_FALSE(cell(QStringLiteral("A9W-10"), ElementTableModel::Length).flags() &
                 Qt::ItemIsEditable);
    EXPECT_FALSE(model_->setData(cell(QStringLiteral("A9W-10"), ElementTableModel::Length),
                                 QStringLiteral("18")));
}

}  // namespace
}  // namespace respan::test
