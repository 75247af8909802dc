#include "ui/editors/slotdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/document/projectdocument.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"

namespace respan::ui {

namespace {
QString plain(double v) {
    return editableNumber(v);
}
}  // namespace

SlotDialog::SlotDialog(const ProjectDocument& doc, Uid slotUid, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      original_(*doc.slotByUid(slotUid)),
      name_(new FieldEdit({}, this)),
      moment_(new FieldEdit(QStringLiteral("kNm"), this)),
      shear_(new FieldEdit(QStringLiteral("kN"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Slot %1").arg(original_.name));
    name_->setText(original_.name);
    moment_->setText(plain(original_.momentDemand.value()));
    shear_->setText(plain(original_.shearDemand.value()));
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("Design moment MEd:"), moment_);
    form->addRow(tr("Design shear VEd:"), shear_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FieldEdit* f : {name_, moment_, shear_})
        connect(f, &FieldEdit::edited, this, &SlotDialog::validate);
    validate();
}

Slot SlotDialog::slot() const {
    Slot s = original_;
    s.name = name_->text().trimmed();
    s.momentDemand = KiloNewtonMetres(moment_->number().value_or(0.0));
    s.shearDemand = KiloNewtons(shear_->number().value_or(0.0));
    return s;
}

bool SlotDialog::isValid() const {
    return !name_->hasError() && !moment_->hasError() && !shear_->hasError();
}

void SlotDialog::validate() {
    const QString name = name_->text().trimmed();
    bool clash = false;
    const SlotPosition pos = doc_.slotPosition(original_.uid);
    if (pos.isValid()) {
        for (const Slot& k :
             doc_.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span)).slots)
            clash = clash || (k.name == name && k.uid != original_.uid);
    }
    name_->setError(name.isEmpty() ? requiredMessage()
                    : clash        ? tr("slot %1 already exists in this span").arg(name)
                                   : QString());
    moment_->checkRequiredNumber(QStringLiteral("moment_demand_knm"), ranges::kMomentDemand);
    shear_->checkRequiredNumber(QStringLiteral("shear_demand_kn"), ranges::kShearDemand);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
