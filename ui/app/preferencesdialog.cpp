#include "ui/app/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/storage/projectlock.h"
#include "ui/app/translations.h"

namespace respan::ui {

namespace {
const QString kAutosave = QStringLiteral("files/autosaveMinutes");
const QString kUser = QStringLiteral("user/name");
}  // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent),
      language_(new QComboBox(this)),
      autosave_(new QSpinBox(this)),
      user_(new QLineEdit(this)) {
    setWindowTitle(tr("Preferences"));
    language_->addItem(tr("System language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    language_->setCurrentIndex(std::max(0, language_->findData(Translations::preference())));
    autosave_->setRange(0, 60);
    autosave_->setSuffix(tr(" min"));
    autosave_->setSpecialValueText(tr("off"));
    autosave_->setValue(autosaveMinutes());
    user_->setText(userName());

    auto* note = new QLabel(tr("A new language takes effect when ReSpan is started again."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    form->addRow(QString(), note);
    form->addRow(tr("Autosave unsaved changes every:"), autosave_);
    form->addRow(tr("Your name in status histories:"), user_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PreferencesDialog::store() const {
    QSettings settings;
    settings.setValue(kAutosave, autosave_->value());
    settings.setValue(kUser, user_->text().trimmed());
    const QString language = language_->currentData().toString();
    const bool changed = language != Translations::preference();
    Translations::setPreference(language);
    return changed;
}

int PreferencesDialog::autosaveMinutes() {
    return QSettings().value(kAutosave, 2).toInt();
}

QString PreferencesDialog::userName() {
    const QString stored = QSettings().value(kUser).toString();
    return stored.isEmpty() ? ProjectLock::currentProcess().user : stored;
}

}  // namespace respan::ui
