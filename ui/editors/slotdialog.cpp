#include "ui/editors/slotdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/document/projectdocument.h"
#include "core/loads/loadmodel.h"
#include "core/matching/rules.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/fieldform.h"

namespace respan::ui {

SlotDialog::SlotDialog(const ProjectDocument& doc, Uid slotUid, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      original_(*doc.slotByUid(slotUid)),
      name_(makeFieldEdit(fieldOf(slotFields(), u"slot"), this)),
      moment_(makeFieldEdit(fieldOf(slotFields(), u"moment_demand_knm"), this)),
      shear_(makeFieldEdit(fieldOf(slotFields(), u"shear_demand_kn"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Slot %1").arg(original_.name));
    auto* form = new QFormLayout;
    const std::pair<const char16_t*, FieldEdit*> rows[] = {
        {u"slot", name_}, {u"moment_demand_knm", moment_}, {u"shear_demand_kn", shear_}};
    for (const auto& [key, edit] : rows) {
        const SlotField& f = fieldOf(slotFields(), key);
        edit->setText(editText(f, original_));
        form->addRow(formLabel(f), edit);
    }
    // An empty demand is estimated: the placeholder says what the estimate is.
    const SlotPosition pos = doc.slotPosition(slotUid);
    if (pos.isValid()) {
        const Structure& st = doc.structure(pos.structure);
        const Span& span = st.spans.at(static_cast<std::size_t>(pos.span));
        const loads::SlotDemand d = matching::slotDemand(
            st, span, span.slots.at(static_cast<std::size_t>(pos.slot)), doc.settings());
        Slot estimated = original_;
        estimated.momentDemand.reset();
        estimated.shearDemand.reset();
        Span probe = span;
        probe.slots.at(static_cast<std::size_t>(pos.slot)) = estimated;
        const loads::SlotDemand e = matching::slotDemand(
            st, probe, probe.slots.at(static_cast<std::size_t>(pos.slot)), doc.settings());
        moment_->lineEdit()->setPlaceholderText(
            tr("empty: estimated %1 (%2)")
                .arg(formatNumber(e.momentKnm, 0), loads::loadModelKey(d.model)));
        shear_->lineEdit()->setPlaceholderText(
            tr("empty: estimated %1 (%2)")
                .arg(formatNumber(e.shearKn, 0), loads::loadModelKey(d.model)));
    }
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
    // An empty field means "estimate it from the load model".
    const auto m = moment_->number();
    const auto v = shear_->number();
    s.momentDemand = m ? std::optional(KiloNewtonMetres(*m)) : std::nullopt;
    s.shearDemand = v ? std::optional(KiloNewtons(*v)) : std::nullopt;
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
    checkFieldEdit(*moment_, fieldOf(slotFields(), u"moment_demand_knm"));
    checkFieldEdit(*shear_, fieldOf(slotFields(), u"shear_demand_kn"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
