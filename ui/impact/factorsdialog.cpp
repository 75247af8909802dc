#include "ui/impact/factorsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/io/factorscsv.h"
#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"

namespace respan::ui {

namespace {

enum Column { CKey, CValue, CUnit, CSource, CYear, CIllustrative, kColumns };

QTableWidgetItem* fixed(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

/// The column of the table a problem's field is shown in, as its header names it.
QString columnName(const QString& field) {
    if (field == QLatin1String("value")) return FactorsDialog::tr("Value");
    if (field == QLatin1String("unit")) return FactorsDialog::tr("Unit");
    if (field == QLatin1String("source")) return FactorsDialog::tr("Source");
    if (field == QLatin1String("year")) return FactorsDialog::tr("Year");
    return FactorsDialog::tr("Factor");
}

}  // namespace

FactorsDialog::FactorsDialog(std::vector<ImpactFactor> factors, QWidget* parent)
    : QDialog(parent),
      factors_(std::move(factors)),
      table_(new QTableWidget(this)),
      problems_(new QLabel(this)),
      import_(new QPushButton(tr("&Import CSV…"), this)) {
    setObjectName(QStringLiteral("factorsDialog"));
    setWindowTitle(tr("Impact Factors"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Every CO2e, MKI and cost figure is a quantity times one of these factors. Values "
           "without a public source are marked illustrative: replace them by your own. F_new, "
           "F_tkm and road_factor are also the matching settings of the same name."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_->setObjectName(QStringLiteral("factorsTable"));
    table_->setColumnCount(kColumns);
    table_->setHorizontalHeaderLabels(
        {tr("Factor"), tr("Value"), tr("Unit"), tr("Source"), tr("Year"), tr("Illustrative")});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(CSource, QHeaderView::Stretch);
    layout->addWidget(table_, 1);
    problems_->setObjectName(QStringLiteral("factorsProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    problems_->hide();
    layout->addWidget(problems_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    buttons->addButton(import_, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FactorsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Impact Factors"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty()) return;
        const QString error = importFile(path);
        problems_->setText(error);
        problems_->setVisible(!error.isEmpty());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Impact Factors"), tr("impact-factors.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        const QString error = exportFile(path);
        problems_->setText(error);
        problems_->setVisible(!error.isEmpty());
    });
    layout->addWidget(buttons);
    fill();
    fitToScreen(*this, QSize(980, 520));
}

void FactorsDialog::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    import_->setEnabled(!readOnly);
    table_->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::AllEditTriggers);
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (QWidget* w = table_->cellWidget(r, CIllustrative)) w->setEnabled(!readOnly);
    }
}

void FactorsDialog::fill() {
    table_->setRowCount(static_cast<int>(factors_.size()));
    for (std::size_t i = 0; i < factors_.size(); ++i) {
        const ImpactFactor& f = factors_[i];
        const int r = static_cast<int>(i);
        table_->setItem(r, CKey, fixed(f.key));
        // As few decimals as the value has, in the user's locale, without group separators
        // (what parseNumber reads back).
        QLocale plain = textLocale();
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        auto* value = new QTableWidgetItem(plain.toString(f.value, 'g', 12));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(r, CValue, value);
        table_->setItem(r, CUnit, fixed(f.unit));
        table_->setItem(r, CSource, new QTableWidgetItem(sourceText(f)));
        table_->setItem(r, CYear,
                        new QTableWidgetItem(f.year != 0 ? QString::number(f.year) : QString()));
        auto* box = new QCheckBox(table_);
        box->setChecked(f.illustrative);
        box->setToolTip(tr("No public source: a value to replace"));
        table_->setCellWidget(r, CIllustrative, box);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(CSource, QHeaderView::Stretch);
}

std::vector<ImpactFactor> FactorsDialog::readTable(QStringList& problems) const {
    std::vector<ImpactFactor> out = factors_;
    for (std::size_t i = 0; i < out.size(); ++i) {
        ImpactFactor& f = out[i];
        const int r = static_cast<int>(i);
        const QString valueText = table_->item(r, CValue)->text().trimmed();
        const std::optional<double> value = parseNumber(valueText);
        if (!value) {
            problems << tr("%1: value \"%2\" is not a number").arg(f.key, valueText);
            continue;
        }
        f.value = *value;
        // A default's source is shown in the user's language and stays stored as it was.
        const QString source = table_->item(r, CSource)->text().trimmed();
        if (source != sourceText(factors_[i]).trimmed()) f.source = source;
        const QString yearText = table_->item(r, CYear)->text().trimmed();
        bool ok = true;
        f.year = yearText.isEmpty() ? 0 : yearText.toInt(&ok);
        if (!ok) {
            problems << tr("%1: year \"%2\" is not a whole number").arg(f.key, yearText);
            continue;
        }
        if (const auto* box = qobject_cast<QCheckBox*>(table_->cellWidget(r, CIllustrative)))
            f.illustrative = box->isChecked();
        for (const FactorProblem& p : checkFactor(f))
            problems << tr("%1, %2: %3").arg(f.key, columnName(p.field), p.message);
    }
    return out;
}

void FactorsDialog::accept() {
    QStringList problems;
    std::vector<ImpactFactor> edited = readTable(problems);
    if (!problems.isEmpty()) {
        problems_->setText(problems.join(QLatin1Char('\n')));
        problems_->show();
        return;
    }
    factors_ = std::move(edited);
    QDialog::accept();
}

QString FactorsDialog::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const io::FactorsImport r = io::parseFactorsCsv(file.readAll());
    if (!r.ok()) {
        QStringList lines;
        lines << tr("Nothing imported from %1:").arg(QDir::toNativeSeparators(path));
        for (const io::ImportMessage& m : r.errors) lines << m.toString();
        return lines.join(QLatin1Char('\n'));
    }
    QStringList problems;
    factors_ = io::mergeFactors(readTable(problems), r.factors);
    fill();
    setReadOnly(readOnly_);
    return {};
}

QString FactorsDialog::exportFile(const QString& path) const {
    QStringList problems;
    const std::vector<ImpactFactor> table = readTable(problems);
    if (!problems.isEmpty()) return problems.join(QLatin1Char('\n'));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(io::writeFactorsCsv(table)) < 0 ||
        !out.commit()) {
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), out.errorString());
    }
    return {};
}

}  // namespace respan::ui
