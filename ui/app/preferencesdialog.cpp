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
// In seconds; earlier versions kept minutes under "files/autosaveMinutes", which is not read.
const QString kAutosave = QStringLiteral("files/autosaveSeconds");
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
    autosave_->setRange(0, 600);
    autosave_->setSingleStep(10);
    autosave_->setSuffix(tr(" s"));
    autosave_->setSpecialValueText(tr("off"));
    autosave_->setValue(autosaveSeconds());
    user_->setText(userName());

    auto* note = new QLabel(tr("A new language takes effect when ReSpan is started again."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), language_);
    form->addRow(QString(), note);
    form->addRow(tr("Autosave unsaved changes after:"), autosave_);
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

int PreferencesDialog::autosaveSeconds() {
    return QSettings().value(kAutosave, 30).toInt();
}

QString PreferencesDialog::userName() {
    const QString stored = QSettings().value(kUser).toString();
    return stored.isEmpty() ? ProjectLock::currentProcess().user : stored;
}

}  // namespace respan::ui
