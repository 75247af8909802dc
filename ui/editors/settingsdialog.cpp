#include "ui/editors/settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"
#include "ui/editors/fieldedit.h"

namespace respan::ui {

namespace {
/// The value as respan-cli would take it: numbers with a decimal point.
std::optional<QString> canonical(const SettingInfo& info, const QString& text) {
    if (info.type == SettingType::Text || info.type == SettingType::Date) return text.trimmed();
    if (info.type == SettingType::Integer) {
        const auto v = parseInteger(text);
        return v ? std::optional<QString>(QString::number(*v)) : std::nullopt;
    }
    const auto v = parseNumber(text);
    return v ? std::optional<QString>(QString::number(*v, 'g', 17)) : std::nullopt;
}
}  // namespace

SettingsDialog::SettingsDialog(const ProjectSettings& settings, QWidget* parent)
    : QDialog(parent),
      original_(settings),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Project Settings"));
    // One row per setting: its name, its value, and what it means with the source of its
    // default (people compare the value with its source without opening a tooltip).
    auto* grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    bool metadataStarted = false;
    auto section = [&](const QString& title) {
        auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
        grid->addWidget(heading, row++, 0, 1, 3);
    };
    section(tr("Rules and factors of the plan"));
    for (const SettingInfo& info : settingInfos()) {
        if (info.name == QLatin1String("alpha_q1"))
            section(tr("Load model of the estimated demands (docs/load-model.md)"));
        if (info.name == QLatin1String("plan_start")) section(tr("Planning in time"));
        if (info.type == SettingType::Text && !metadataStarted) {
            metadataStarted = true;
            section(tr("Project and report"));
        }
        const QString value = settingValue(settings, info.name);
        QWidget* editor = nullptr;
        if (info.type == SettingType::Boolean) {
            auto* box = new QCheckBox(tr("yes"), this);
            box->setObjectName(info.name);
            box->setChecked(value == QLatin1String("true"));
            checks_.insert(info.name, box);
            editor = box;
        } else {
            auto* f = new FieldEdit(info.unit, this);
            f->setObjectName(info.name);
            if (info.type == SettingType::Real) {
                f->setText(editableNumber(value.toDouble()));
            } else if (info.type == SettingType::Date) {
                f->setText(value);
                f->lineEdit()->setPlaceholderText(tr("YYYY-MM-DD; empty: today"));
            } else {
                f->setText(value);
            }
            connect(f, &FieldEdit::edited, this, &SettingsDialog::validate);
            fields_.insert(info.name, f);
            editor = f;
        }
        auto* label = new QLabel(info.label() + QLatin1Char(':'), this);
        label->setBuddy(editor);
        label->setToolTip(info.name);  // the key, as respan-cli set names it
        QString meaning = info.description();
        if (!info.source().isEmpty())
            meaning += QLatin1Char('\n') + tr("Source of the default: %1").arg(info.source());
        auto* note = new QLabel(meaning, this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        editor->setToolTip(meaning);
        editor->setMinimumWidth(160);
        grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(editor, row, 1, Qt::AlignVCenter);
        grid->addWidget(note, row, 2);
        ++row;
    }
    // The rows scroll when the screen is lower than the dialog (1280 x 720).
    auto* rows = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addLayout(grid);
    rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    fitToScreen(*this, QSize(940, rows->sizeHint().height() + buttons_->sizeHint().height() + 40));
}

ProjectSettings SettingsDialog::settings() const {
    ProjectSettings s = original_;
    for (const SettingInfo& info : settingInfos()) {
        if (QCheckBox* box = checks_.value(info.name)) {
            applySetting(s, info.name,
                         box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (const auto value = canonical(info, fields_.value(info.name)->text())) {
            applySetting(s, info.name, *value);
        }
    }
    return s;
}

bool SettingsDialog::isValid() const {
    return std::none_of(fields_.cbegin(), fields_.cend(),
                        [](const FieldEdit* f) { return f->hasError(); });
}

void SettingsDialog::validate() {
    for (const SettingInfo& info : settingInfos()) {
        FieldEdit* f = fields_.value(info.name);
        if (f == nullptr) continue;
        const auto value = canonical(info, f->text());
        if (!value) {
            f->setError(info.type == SettingType::Integer ? tr("not a whole number")
                                                          : FieldEdit::notANumberMessage());
            continue;
        }
        ProjectSettings probe = original_;
        const auto error = applySetting(probe, info.name, *value);
        f->setError(error ? error->message : QString());
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
