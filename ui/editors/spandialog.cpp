#include "ui/editors/spandialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/commands/cmdspanadd.h"
#include "core/document/projectdocument.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/fieldform.h"

namespace respan::ui {

namespace {
const SpanField& spanField(QStringView key) {
    return fieldOf(spanFields(), key);
}
const SlotField& slotField(QStringView key) {
    return fieldOf(slotFields(), key);
}
}  // namespace

SpanDialog::SpanDialog(const ProjectDocument& doc, Uid structureUid, Uid spanUid, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      structureUid_(structureUid),
      spanUid_(spanUid),
      name_(makeFieldEdit(spanField(u"span"), this)),
      length_(makeFieldEdit(spanField(u"required_length_m"), this)),
      date_(makeFieldEdit(spanField(u"install_date"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const int s = doc.structureIndex(structureUid);
    const QString structureName = s >= 0 ? doc.structure(s).name : QString();
    auto* form = new QFormLayout;
    form->addRow(formLabel(spanField(u"span")), name_);
    form->addRow(formLabel(spanField(u"required_length_m")), length_);
    form->addRow(formLabel(spanField(u"install_date")), date_);
    if (isNew()) {
        setWindowTitle(tr("New span in %1").arg(structureName));
        const int spans = s >= 0 ? static_cast<int>(doc.structure(s).spans.size()) : 0;
        name_->setText(QString::number(spans + 1));
        count_ = new QSpinBox(this);
        count_->setRange(1, 200);
        count_->setValue(8);
        prefix_ = new FieldEdit({}, this);
        prefix_->setText(QStringLiteral("L"));
        prefix_->setToolTip(tr("Slots are named prefix1, prefix2, …"));
        moment_ = makeFieldEdit(slotField(u"moment_demand_knm"), this);
        shear_ = makeFieldEdit(slotField(u"shear_demand_kn"), this);
        moment_->setText(QStringLiteral("0"));
        shear_->setText(QStringLiteral("0"));
        form->addRow(tr("Number of slots:"), count_);
        form->addRow(tr("Slot name prefix:"), prefix_);
        form->addRow(tr("Design moment MEd per slot:"), moment_);
        form->addRow(tr("Design shear VEd per slot:"), shear_);
        for (FieldEdit* f : {prefix_, moment_, shear_})
            connect(f, &FieldEdit::edited, this, &SpanDialog::validate);
        connect(count_, &QSpinBox::valueChanged, this, &SpanDialog::validate);
    } else {
        const SlotPosition pos = doc.spanPosition(spanUid);
        const Span& span =
            doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
        setWindowTitle(tr("Span %1 of %2").arg(span.name, structureName));
        for (FieldEdit* edit : {name_, length_, date_})
            edit->setText(editText(spanField(edit->objectName()), span));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FieldEdit* f : {name_, length_, date_})
        connect(f, &FieldEdit::edited, this, &SpanDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

Span SpanDialog::span() const {
    const QString name = name_->text().trimmed();
    const Metres length(length_->number().value_or(0.0));
    const QDate date = QDate::fromString(date_->text().trimmed(), Qt::ISODate);
    if (!isNew()) {
        Span p;
        p.uid = spanUid_;
        p.name = name;
        p.requiredLength = length;
        p.installDate = date;
        return p;
    }
    return makeSpan(name, length, date, count_->value(), prefix_->text().trimmed(),
                    KiloNewtonMetres(moment_->number().value_or(0.0)),
                    KiloNewtons(shear_->number().value_or(0.0)));
}

bool SpanDialog::isValid() const {
    for (const FieldEdit* f : {name_, length_, date_, prefix_, moment_, shear_}) {
        if (f != nullptr && f->hasError()) return false;
    }
    return true;
}

void SpanDialog::validate() {
    const QString name = name_->text().trimmed();
    const int s = doc_.structureIndex(structureUid_);
    bool clash = false;
    if (s >= 0) {
        for (const Span& p : doc_.structure(s).spans)
            clash = clash || (p.name == name && p.uid != spanUid_);
    }
    name_->setError(name.isEmpty() ? requiredMessage()
                    : clash        ? tr("span %1 already exists in this structure").arg(name)
                                   : QString());
    checkFieldEdit(*length_, spanField(u"required_length_m"));
    checkFieldEdit(*date_, spanField(u"install_date"));
    if (isNew()) {
        prefix_->setError(prefix_->text().trimmed().isEmpty() ? requiredMessage() : QString());
        checkFieldEdit(*moment_, slotField(u"moment_demand_knm"));
        checkFieldEdit(*shear_, slotField(u"shear_demand_kn"));
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
