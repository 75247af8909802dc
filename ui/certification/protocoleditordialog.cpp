#include "ui/certification/protocoleditordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>
#include <memory>

#include "core/commands/cmdcertification.h"
#include "core/document/projectdocument.h"
#include "core/io/certificationcsv.h"
#include "core/io/csvwriter.h"
#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"

namespace respan::ui {

namespace {

/// The protocol CSV's column names, in table order (docs/contract/planning.md section 4.1).
constexpr std::array<const char*, ProtocolEditorDialog::ColumnCount> kCsvNames{"step",
                                                                               "name",
                                                                               "phase",
                                                                               "duration_days",
                                                                               "predecessors",
                                                                               "resource",
                                                                               "resource_capacity",
                                                                               "cost_eur",
                                                                               "party",
                                                                               "evidence"};

/// The CSV's first data row is its second line.
constexpr int kFirstDataRow = 2;

int columnOfCsvName(const QString& name) {
    for (int c = 0; c < ProtocolEditorDialog::ColumnCount; ++c) {
        if (name == QLatin1String(kCsvNames[static_cast<std::size_t>(c)])) return c;
    }
    return -1;
}

}  // namespace

ProtocolEditorDialog::ProtocolEditorDialog(const std::vector<ProtocolStep>& steps, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("protocolEditor"));
    setWindowTitle(tr("Recertification Protocol"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The steps every harvested girder goes through before it may be built in again. The "
           "schedule plans them per girder in this order where the predecessors allow. "
           "Durations, costs and capacities of the default protocol are illustrative."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    createTable();
    layout->addWidget(table_, 1);

    auto* rowButtons = new QHBoxLayout;
    add_ = new QPushButton(tr("&Add Step"), this);
    remove_ = new QPushButton(tr("&Remove Step"), this);
    up_ = new QPushButton(tr("Move &Up"), this);
    down_ = new QPushButton(tr("Move &Down"), this);
    for (QPushButton* b : {add_, remove_, up_, down_}) rowButtons->addWidget(b);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    auto* problemsLabel = new QLabel(tr("&Problems:"), this);
    problems_ = new QListWidget(this);
    problems_->setObjectName(QStringLiteral("protocolProblems"));
    problems_->setMaximumHeight(110);
    problems_->setWordWrap(true);
    problemsLabel->setBuddy(problems_);
    layout->addWidget(problemsLabel);
    layout->addWidget(problems_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loading_ = true;
    for (const ProtocolStep& s : steps) insertRow(table_->rowCount(), s);
    loading_ = false;
    table_->resizeColumnsToContents();

    connect(table_, &QTableWidget::itemChanged, this, [this] { validate(); });
    connect(table_, &QTableWidget::itemSelectionChanged, this,
            &ProtocolEditorDialog::updateButtons);
    connect(add_, &QPushButton::clicked, this, &ProtocolEditorDialog::addStep);
    connect(remove_, &QPushButton::clicked, this, [this] { removeStep(table_->currentRow()); });
    connect(up_, &QPushButton::clicked, this, [this] { moveStep(table_->currentRow(), -1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveStep(table_->currentRow(), 1); });
    connect(problems_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = item->data(Qt::UserRole).toInt();
        const int column = item->data(Qt::UserRole + 1).toInt();
        if (row < 0 || row >= table_->rowCount()) return;
        table_->setCurrentCell(row, column < 0 ? 0 : column);
        table_->setFocus();
    });
    connect(problems_, &QListWidget::itemClicked, problems_, &QListWidget::itemActivated);
    validate();
    fitToScreen(*this, QSize(1180, 560));
}

/// The table with the protocol CSV's columns, each header's tooltip naming its CSV column.
void ProtocolEditorDialog::createTable() {
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("protocolTable"));
    const QStringList headers{tr("Step id"), tr("Name"),     tr("Phase"),   tr("Days"),
                              tr("After"),   tr("Resource"), tr("At once"), tr("Cost (€)"),
                              tr("Party"),   tr("Evidence")};
    table_->setHorizontalHeaderLabels(headers);
    const QStringList tips{
        tr("Unique id of the step (column step of the protocol CSV)"),
        tr("Name shown in the schedule and the report"),
        tr("Before harvest: on the girder in its old structure; after harvest: not before it "
           "was lifted out"),
        tr("Duration in days (0 or more)"),
        tr("Ids of the steps that must be finished first, separated by | or commas"),
        tr("The resource the step occupies, e.g. lab; empty: unlimited"),
        tr("Girders the resource takes at once (1 or more; the same on every row of a resource)"),
        tr("Cost per girder in euro"),
        tr("Who does it"),
        tr("Which document proves it")};
    for (int c = 0; c < ColumnCount; ++c)
        table_->horizontalHeaderItem(c)->setToolTip(
            tips[c] +
            QStringLiteral(" [%1]").arg(QLatin1String(kCsvNames[static_cast<std::size_t>(c)])));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
}

void ProtocolEditorDialog::insertRow(int row, const ProtocolStep& s) {
    const bool was = loading_;
    loading_ = true;
    table_->insertRow(row);
    const auto put = [this, row](Column c, const QString& text) {
        table_->setItem(row, c, new QTableWidgetItem(text));
    };
    put(Step, s.id);
    put(Name, s.name);
    auto* phase = new QComboBox(table_);
    for (int i = 0; i < kProtocolPhaseCount; ++i) {
        const auto p = static_cast<ProtocolPhase>(i);
        phase->addItem(protocolPhaseName(p), protocolPhaseKey(p));
    }
    phase->setCurrentIndex(static_cast<int>(s.phase));
    phase->setEnabled(!readOnly_);
    connect(phase, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    table_->setCellWidget(row, Phase, phase);
    put(Duration, QString::number(s.durationDays));
    put(Predecessors, s.predecessors.join(QLatin1Char('|')));
    put(Resource, s.resource);
    put(Capacity, s.resourceCapacity ? QString::number(*s.resourceCapacity) : QString());
    put(Cost, s.costEur ? formatNumber(*s.costEur, 0, QLocale()) : QString());
    put(Party, s.party);
    put(Evidence, s.evidence);
    if (readOnly_) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem* it = table_->item(row, c))
                it->setFlags(it->flags() & ~Qt::ItemIsEditable);
        }
    }
    loading_ = was;
}

QString ProtocolEditorDialog::cell(int row, Column column) const {
    if (column == Phase) {
        const auto* combo = qobject_cast<QComboBox*>(table_->cellWidget(row, Phase));
        return combo == nullptr ? QString() : combo->currentData().toString();
    }
    const QTableWidgetItem* it = table_->item(row, column);
    return it == nullptr ? QString() : it->text().trimmed();
}

void ProtocolEditorDialog::setCell(int row, Column column, const QString& text) {
    if (row < 0 || row >= table_->rowCount()) return;
    if (column == Phase) {
        auto* combo = qobject_cast<QComboBox*>(table_->cellWidget(row, Phase));
        if (combo != nullptr) combo->setCurrentIndex(std::max(0, combo->findData(text)));
        return;
    }
    QTableWidgetItem* it = table_->item(row, column);
    if (it == nullptr) {
        table_->setItem(row, column, new QTableWidgetItem(text));
    } else {
        it->setText(text);
    }
}

void ProtocolEditorDialog::addStep() {
    if (readOnly_) return;
    int row = table_->currentRow();
    row = row < 0 ? table_->rowCount() : row + 1;
    ProtocolStep s;
    // A free id ("step_4"), so that the new row is valid until the planner names it.
    QStringList ids;
    for (int r = 0; r < table_->rowCount(); ++r) ids << cell(r, Step);
    int n = table_->rowCount() + 1;
    while (ids.contains(QStringLiteral("step_%1").arg(n))) ++n;
    s.id = QStringLiteral("step_%1").arg(n);
    s.name = tr("New step");
    s.durationDays = 1;
    insertRow(row, s);
    table_->setCurrentCell(row, Name);
    validate();
}

void ProtocolEditorDialog::removeStep(int row) {
    if (readOnly_ || row < 0 || row >= table_->rowCount()) return;
    table_->removeRow(row);
    validate();
}

void ProtocolEditorDialog::moveStep(int row, int by) {
    const int to = row + by;
    if (readOnly_ || row < 0 || row >= table_->rowCount() || to < 0 || to >= table_->rowCount())
        return;
    const int column = std::max(0, table_->currentColumn());
    // Swap the texts and phases of the two rows (the cell widgets stay where they are).
    loading_ = true;
    for (int c = 0; c < ColumnCount; ++c) {
        const auto col = static_cast<Column>(c);
        const QString a = cell(row, col);
        const QString b = cell(to, col);
        setCell(row, col, b);
        setCell(to, col, a);
    }
    loading_ = false;
    table_->setCurrentCell(to, column);
    validate();
}

ProtocolEditorDialog::Result ProtocolEditorDialog::read() const {
    io::CsvWriter w(io::CsvDialect::CommaPoint);
    for (const char* name : kCsvNames) w.text(QString::fromLatin1(name));
    w.endRow();
    for (int r = 0; r < table_->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            QString text = cell(r, static_cast<Column>(c));
            if (c == Predecessors) {
                // People type lists with commas too; the CSV separates them with |.
                QStringList ids =
                    text.split(QRegularExpression(QStringLiteral("[|,;]")), Qt::SkipEmptyParts);
                for (QString& id : ids) id = id.trimmed();
                ids.removeAll(QString());
                text = ids.join(QLatin1Char('|'));
            }
            // Numbers are typed the way the user's locale writes them; the CSV wants the point.
            const std::optional<double> value =
                (c == Cost && !text.isEmpty()) ? parseNumber(text) : std::nullopt;
            if (value) {
                w.number(*value);
            } else {
                w.text(text);
            }
        }
        w.endRow();
    }
    io::ProtocolImport parsed = io::parseProtocolCsv(w.toUtf8());
    Result out;
    out.steps = std::move(parsed.steps);
    out.errors = std::move(parsed.errors);
    for (io::ImportMessage& m : out.errors)
        m.row = m.row >= kFirstDataRow ? m.row - kFirstDataRow : -1;
    return out;
}

void ProtocolEditorDialog::validate() {
    if (loading_) return;
    const Result r = read();
    problems_->clear();
    if (table_->rowCount() == 0) {
        auto* item = new QListWidgetItem(tr("The protocol has no steps; add at least one."));
        item->setData(Qt::UserRole, -1);
        problems_->addItem(item);
    }
    const QStringList headers = [this] {
        QStringList h;
        for (int c = 0; c < ColumnCount; ++c) h << table_->horizontalHeaderItem(c)->text();
        return h;
    }();
    for (const io::ImportMessage& m : r.errors) {
        const int column = columnOfCsvName(m.column);
        QStringList where;
        if (m.row >= 0) {
            const QString id = cell(m.row, Step);
            where << (id.isEmpty() ? tr("step %1").arg(m.row + 1)
                                   : tr("step %1 (%2)").arg(m.row + 1).arg(id));
        }
        if (column >= 0) where << headers[column];
        QString text = m.message;
        if (!m.value.isEmpty()) text += QStringLiteral(" [%1]").arg(m.value);
        if (!where.isEmpty()) text = tr("%1: %2").arg(where.join(QStringLiteral(", ")), text);
        auto* item = new QListWidgetItem(text);
        item->setToolTip(text);
        item->setData(Qt::UserRole, m.row);
        item->setData(Qt::UserRole + 1, column);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        problems_->addItem(item);
    }
    // Removing a step that girders have results for: allowed, but not silently.
    QStringList ids;
    for (int row = 0; row < table_->rowCount(); ++row) ids << cell(row, Step);
    for (auto it = recorded_.cbegin(); it != recorded_.cend(); ++it) {
        if (ids.contains(it.key()) || it.value() <= 0) continue;
        auto* item = new QListWidgetItem(
            tr("Step %1 is no longer in the protocol: %n girder(s) have results recorded for it; "
               "they stay in the file but no longer count.",
               nullptr, it.value())
                .arg(it.key()));
        item->setData(Qt::UserRole, -1);
        item->setForeground(QColor(0x9a, 0x5b, 0x00));
        item->setToolTip(item->text());
        problems_->addItem(item);
    }
    if (problems_->count() == 0)
        problems_->addItem(tr("No problems: the protocol can be scheduled."));
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(!readOnly_ && r.errors.empty() && table_->rowCount() > 0);
    updateButtons();
}

void ProtocolEditorDialog::updateButtons() {
    const int row = table_->currentRow();
    add_->setEnabled(!readOnly_);
    remove_->setEnabled(!readOnly_ && row >= 0);
    up_->setEnabled(!readOnly_ && row > 0);
    down_->setEnabled(!readOnly_ && row >= 0 && row + 1 < table_->rowCount());
}

void ProtocolEditorDialog::setRecordedSteps(QHash<QString, int> girdersPerStep) {
    recorded_ = std::move(girdersPerStep);
    validate();
}

void ProtocolEditorDialog::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    table_->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : (QAbstractItemView::DoubleClicked |
                                        QAbstractItemView::EditKeyPressed |
                                        QAbstractItemView::AnyKeyPressed));
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (QWidget* w = table_->cellWidget(r, Phase)) w->setEnabled(!readOnly);
    }
    if (readOnly) setWindowTitle(windowTitle() + tr(" (read-only)"));
    validate();
}

QString ProtocolEditorDialog::apply(QUndoStack& stack, ProjectDocument& doc) const {
    Result r = read();
    if (!r.errors.empty()) return r.errors.front().toString();
    if (r.steps.empty()) return tr("The protocol has no steps.");
    if (r.steps == doc.protocol()) return {};
    const PushResult pushed =
        pushCommand(stack, std::make_unique<CmdProtocolSet>(doc, std::move(r.steps),
                                                            tr("Edit recertification protocol")));
    return pushed ? QString() : pushed.error;
}

}  // namespace respan::ui
