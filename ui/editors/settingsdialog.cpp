#include "ui/editors/settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"

namespace respan::ui {

namespace {
/// The value as respan-cli would take it: numbers with a decimal point.
std::optional<QString> canonical(const SettingInfo& info, const QString& text) {
    if (info.type == SettingType::Text) return text.trimmed();
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
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    for (const SettingInfo& info : settingInfos()) {
        const QString value = settingValue(settings, info.name);
        QWidget* editor = nullptr;
        if (info.type == SettingType::Boolean) {
            auto* box = new QCheckBox(info.description(), this);
            box->setChecked(value == QLatin1String("true"));
            checks_.insert(info.name, box);
            editor = box;
        } else {
            auto* f = new FieldEdit(info.unit, this);
            f->setObjectName(info.name);
            if (info.type == SettingType::Real) {
                f->setText(editableNumber(value.toDouble()));
            } else {
                f->setText(value);
            }
            f->setToolTip(info.description());
            connect(f, &FieldEdit::edited, this, &SettingsDialog::validate);
            fields_.insert(info.name, f);
            editor = f;
        }
        auto* label = new QLabel(
            info.type == SettingType::Boolean ? info.name : info.description() + QLatin1Char(':'),
            this);
        label->setToolTip(info.name);
        label->setWordWrap(true);
        if (!info.source().isEmpty())
            editor->setToolTip(
                tr("%1\nSource of the default: %2").arg(info.description(), info.source()));
        form->addRow(label, editor);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(640, sizeHint().height());
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
