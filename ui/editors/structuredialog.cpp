#include "ui/editors/structuredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/document/projectdocument.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/fieldform.h"

namespace respan::ui {

namespace {
QString plain(double v) {
    return editableNumber(v);
}
}  // namespace

StructureDialog::StructureDialog(const ProjectDocument& doc, Uid structureUid, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      uid_(structureUid),
      name_(makeFieldEdit(fieldOf(structureFields(), u"structure"), this)),
      lat_(makeFieldEdit(fieldOf(structureFields(), u"site_lat"), this)),
      lon_(makeFieldEdit(fieldOf(structureFields(), u"site_lon"), this)),
      notes_(new QPlainTextEdit(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const int index = doc.structureIndex(structureUid);
    setWindowTitle(index < 0 ? tr("New structure")
                             : tr("Structure %1").arg(doc.structure(index).name));
    if (index >= 0) {
        const Structure& s = doc.structure(index);
        name_->setText(s.name);
        lat_->setText(plain(s.site.latitude));
        lon_->setText(plain(s.site.longitude));
        notes_->setPlainText(s.notes);
    }
    lat_->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(plain(52.2486)));
    lon_->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(plain(4.5687)));
    notes_->setMaximumHeight(80);
    auto* form = new QFormLayout;
    form->addRow(formLabel(fieldOf(structureFields(), u"structure")), name_);
    form->addRow(formLabel(fieldOf(structureFields(), u"site_lat")), lat_);
    form->addRow(formLabel(fieldOf(structureFields(), u"site_lon")), lon_);
    form->addRow(tr("Notes:"), notes_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FieldEdit* f : {name_, lat_, lon_})
        connect(f, &FieldEdit::edited, this, &StructureDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

StructureHeader StructureDialog::header() const {
    return {name_->text().trimmed(),
            GeoPoint{lat_->number().value_or(0.0), lon_->number().value_or(0.0)},
            notes_->toPlainText()};
}

bool StructureDialog::isValid() const {
    return !name_->hasError() && !lat_->hasError() && !lon_->hasError();
}

void StructureDialog::validate() {
    const QString name = name_->text().trimmed();
    const int other = doc_.structureIndexByName(name);
    if (name.isEmpty()) {
        name_->setError(requiredMessage());
    } else if (other >= 0 && doc_.structure(other).uid != uid_) {
        name_->setError(tr("a structure named %1 already exists").arg(name));
    } else {
        name_->setError({});
    }
    checkFieldEdit(*lat_, fieldOf(structureFields(), u"site_lat"));
    checkFieldEdit(*lon_, fieldOf(structureFields(), u"site_lon"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
