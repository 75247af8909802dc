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
      calculationSpan_(makeFieldEdit(spanField(u"span_length_m"), this)),
      lengthMin_(makeFieldEdit(spanField(u"required_length_min_m"), this)),
      lengthMax_(makeFieldEdit(spanField(u"required_length_max_m"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const int s = doc.structureIndex(structureUid);
    const QString structureName = s >= 0 ? doc.structure(s).name : QString();
    auto* form = new QFormLayout;
    form->addRow(formLabel(spanField(u"span")), name_);
    form->addRow(formLabel(spanField(u"required_length_m")), length_);
    form->addRow(formLabel(spanField(u"install_date")), date_);
    form->addRow(formLabel(spanField(u"span_length_m")), calculationSpan_);
    calculationSpan_->lineEdit()->setPlaceholderText(tr("default: required length − 0.6"));
    form->addRow(formLabel(spanField(u"required_length_min_m")), lengthMin_);
    form->addRow(formLabel(spanField(u"required_length_max_m")), lengthMax_);
    lengthMin_->lineEdit()->setPlaceholderText(tr("empty: the length stays as it is"));
    lengthMax_->lineEdit()->setPlaceholderText(tr("empty: the length stays as it is"));
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
        // Empty: estimated from the structure's load model (docs/load-model.md).
        moment_->lineEdit()->setPlaceholderText(tr("empty: estimated"));
        shear_->lineEdit()->setPlaceholderText(tr("empty: estimated"));
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
        for (FieldEdit* edit : {name_, length_, date_, calculationSpan_, lengthMin_, lengthMax_})
            edit->setText(editText(spanField(edit->objectName()), span));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FieldEdit* f : {name_, length_, date_, calculationSpan_, lengthMin_, lengthMax_})
        connect(f, &FieldEdit::edited, this, &SpanDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

Span SpanDialog::span() const {
    const QString name = name_->text().trimmed();
    const Metres length(length_->number().value_or(0.0));
    const QDate date = QDate::fromString(date_->text().trimmed(), Qt::ISODate);
    const auto calc = calculationSpan_->number();
    const std::optional<Metres> calculation =
        calc ? std::optional<Metres>(Metres(*calc)) : std::nullopt;
    const auto metres = [](const FieldEdit* f) {
        const auto d = f->number();
        return d ? std::optional<Metres>(Metres(*d)) : std::nullopt;
    };
    if (!isNew()) {
        Span p;
        p.uid = spanUid_;
        p.name = name;
        p.requiredLength = length;
        p.installDate = date;
        p.calculationSpan = calculation;
        p.requiredLengthMin = metres(lengthMin_);
        p.requiredLengthMax = metres(lengthMax_);
        return p;
    }
    Span p = makeSpan(name, length, date, count_->value(), prefix_->text().trimmed(),
                      KiloNewtonMetres(moment_->number().value_or(0.0)),
                      KiloNewtons(shear_->number().value_or(0.0)));
    p.calculationSpan = calculation;
    p.requiredLengthMin = metres(lengthMin_);
    p.requiredLengthMax = metres(lengthMax_);
    for (Slot& k : p.slots) {
        if (!moment_->number()) k.momentDemand.reset();
        if (!shear_->number()) k.shearDemand.reset();
    }
    return p;
}

bool SpanDialog::isValid() const {
    for (const FieldEdit* f : {name_, length_, date_, calculationSpan_, lengthMin_, lengthMax_,
                               prefix_, moment_, shear_}) {
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
    checkFieldEdit(*calculationSpan_, spanField(u"span_length_m"));
    const auto calc = calculationSpan_->number();
    const auto required = length_->number();
    if (!calculationSpan_->hasError() && calc && required && *calc > *required) {
        calculationSpan_->setError(
            tr("longer than the required length %1 m").arg(formatNumber(*required, 2)));
    }
    checkFieldEdit(*lengthMin_, spanField(u"required_length_min_m"));
    checkFieldEdit(*lengthMax_, spanField(u"required_length_max_m"));
    if (!length_->hasError() && !lengthMin_->hasError() && !lengthMax_->hasError()) {
        const Span probe = span();
        if (const auto e = checkLengthBounds(probe)) {
            FieldEdit* at = e->field == QLatin1String("required_length_m")       ? length_
                            : e->field == QLatin1String("required_length_max_m") ? lengthMax_
                                                                                 : lengthMin_;
            at->setError(e->message);
        } else if (s >= 0) {
            // The structure's fixed total must stay within reach of the spans' candidates.
            Structure whole = doc_.structure(s);
            bool replaced = false;
            for (Span& other : whole.spans) {
                if (other.uid == spanUid_ && !isNew()) {
                    other.requiredLength = probe.requiredLength;
                    other.requiredLengthMin = probe.requiredLengthMin;
                    other.requiredLengthMax = probe.requiredLengthMax;
                    replaced = true;
                }
            }
            if (!replaced) whole.spans.push_back(probe);
            if (const auto t = validateFixedTotal(whole, doc_.settings().designLengthStepM))
                (probe.requiredLengthMin ? lengthMin_ : length_)->setError(t->message);
        }
    }
    if (isNew()) {
        prefix_->setError(prefix_->text().trimmed().isEmpty() ? requiredMessage() : QString());
        checkFieldEdit(*moment_, slotField(u"moment_demand_knm"));
        checkFieldEdit(*shear_, slotField(u"shear_demand_kn"));
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

}  // namespace respan::ui
