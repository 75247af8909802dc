#include "ui/editors/elementeditordialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

#include "core/commands/cmdelementadd.h"
#include "core/commands/cmdelementedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/projectdocument.h"
#include "core/loads/loadclass.h"
#include "core/model/fields.h"
#include "core/model/validation.h"
#include "core/storage/projectfileerror.h"
#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/fieldform.h"
#include "ui/editors/historytab.h"

namespace respan::ui {

namespace {
const QString kStatusNote = QStringLiteral("status_note");
}

ElementEditorDialog::ElementEditorDialog(const ProjectDocument& doc, Element element, QString user,
                                         DocumentsTab::ContentReader reader, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      original_(std::move(element)),
      user_(std::move(user)),
      reader_(reader) {
    setObjectName(QStringLiteral("ElementEditorDialog"));
    setWindowTitle(isNew() ? tr("New element") : tr("Element %1").arg(original_.id));
    tabs_ = new QTabWidget(this);
    tabs_->addTab(buildGeneralTab(), tr("General"));
    documents_ = new DocumentsTab(original_.documents, std::move(reader), this);
    tabs_->addTab(documents_, tr("Documents (%1)").arg(original_.documents.size()));
    history_ = new HistoryTab(original_.history, this);
    tabs_->addTab(history_, tr("History (%1)").arg(original_.history.size()));
    connect(documents_, &DocumentsTab::changed, this, [this] {
        tabs_->setTabText(1, tr("Documents (%1)").arg(documents_->documents().size()));
    });

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons_);
    load(original_);
    validate();
    fitToScreen(*this, QSize(980, 620));
}

FieldEdit* ElementEditorDialog::addField(const QString& name, const QString& unit) {
    auto* f = new FieldEdit(unit, this);
    f->setObjectName(name);
    fields_.insert(name, f);
    connect(f, &FieldEdit::edited, this, &ElementEditorDialog::validate);
    return f;
}

QWidget* ElementEditorDialog::buildGeneralTab() {
    auto* page = new QWidget(this);
    auto form = [page](const QString& title) {
        auto* box = new QGroupBox(title, page);
        auto* f = new QFormLayout(box);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignRight);
        return std::make_pair(box, f);
    };
    // One box per group of the field table, its fields in the table's order.
    const std::pair<FieldGroup, QString> groups[] = {
        {FieldGroup::Identity, tr("Identity and origin")},
        {FieldGroup::Geometry, tr("Geometry and resistance")},
        {FieldGroup::State, tr("Condition and status")},
        {FieldGroup::Place, tr("Location and availability")},
    };
    std::vector<QGroupBox*> boxes;
    for (const auto& [group, title] : groups) {
        auto [box, layout] = form(title);
        boxes.push_back(box);
        for (const ElementField& f : elementFields()) {
            if (f.group != group) continue;
            const QString key = QString::fromLatin1(f.key);
            const QString label = tr("%1:").arg(fieldLabel(f));
            if (f.choices != nullptr) {
                auto* combo = new QComboBox(this);
                combo->setObjectName(key);
                for (int v = f.choices->first; v < f.choices->first + f.choices->count; ++v)
                    combo->addItem(choiceName(*f.choices, v), v);
                if (f.description != nullptr) combo->setToolTip(translatedFieldText(f.description));
                connect(combo, &QComboBox::currentIndexChanged, this,
                        &ElementEditorDialog::validate);
                choices_.insert(key, combo);
                layout->addRow(label, combo);
            } else {
                FieldEdit* edit = addField(key, QString::fromUtf8(f.unit));
                if (f.placeholder != nullptr)
                    edit->lineEdit()->setPlaceholderText(translatedFieldText(f.placeholder));
                if (f.description != nullptr) edit->setToolTip(translatedFieldText(f.description));
                layout->addRow(label, edit);
            }
        }
        // Where the resistances R2 uses come from: entered, or estimated from the class.
        if (group == FieldGroup::Geometry) {
            resistanceMethod_ = new QLabel(this);
            resistanceMethod_->setObjectName(QStringLiteral("resistanceMethod"));
            resistanceMethod_->setWordWrap(true);
            layout->addRow(tr("Resistance used:"), resistanceMethod_);
        }
        // A change of status is recorded in the history, with its reason.
        if (group == FieldGroup::State)
            layout->addRow(tr("Reason for the change:"), addField(kStatusNote, {}));
    }
    QStringList donors;
    for (const DonorStructure& d : doc_.donors()) donors << d.name;
    auto* completer = new QCompleter(donors, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    fields_.value(QStringLiteral("donor_structure"))->lineEdit()->setCompleter(completer);

    notes_ = new QPlainTextEdit(this);
    notes_->setPlaceholderText(tr("Notes: inspections, damage, agreements…"));
    notes_->setMinimumHeight(60);

    auto* grid = new QGridLayout(page);
    grid->addWidget(boxes[0], 0, 0);
    grid->addWidget(boxes[1], 0, 1);
    grid->addWidget(boxes[2], 1, 0);
    grid->addWidget(boxes[3], 1, 1);
    grid->addWidget(notes_, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // Extra height goes to the notes, not into empty space inside the forms.
    grid->setRowStretch(2, 1);
    return page;
}

void ElementEditorDialog::load(const Element& e) {
    // A new element shows empty number fields, not zeros to type over.
    const bool fresh = isNew();
    for (const ElementField& f : elementFields()) {
        const QString key = QString::fromLatin1(f.key);
        const FieldValue v = f.get(e);
        if (QComboBox* combo = choices_.value(key)) {
            combo->setCurrentIndex(combo->findData(fieldInt(v).value_or(f.choices->first)));
            continue;
        }
        // Full precision, shortest form, in the UI locale (editText): what was stored is shown
        // unrounded; a new element's zeros are left empty to type into.
        const double* number = std::get_if<double>(&v);
        const QString text =
            fresh && number != nullptr && *number == 0.0 ? QString() : editText(f, e);
        fields_.value(key)->setText(text);
    }
    // Show the beginning of long texts (donor names), not their end.
    for (FieldEdit* f : std::as_const(fields_)) f->lineEdit()->setCursorPosition(0);
    notes_->setPlainText(e.notes);
}

namespace {

/// The value typed into an editor field, by its type, in `value` (monostate when empty); false
/// when the text cannot be read, with the reason in `message`. (Not std::optional<FieldValue>:
/// GCC 12 takes a variant inside an optional for uninitialised.)
bool typedValue(const ElementField& f, const FieldEdit& edit, FieldValue* value, QString* message) {
    const QString text = edit.text().trimmed();
    *value = FieldValue();
    if (f.type == FieldType::Text) {
        *value = text;
        return true;
    }
    if (text.isEmpty()) {
        if (!f.required) return true;
        *message = requiredMessage();
        return false;
    }
    switch (f.type) {
        case FieldType::Number:
            if (const auto d = edit.number()) {
                *value = *d;
                return true;
            }
            *message = FieldEdit::notANumberMessage();
            return false;
        case FieldType::WholeNumber:
            if (const auto i = parseInteger(text)) {
                *value = *i;
                return true;
            }
            *message = ElementEditorDialog::tr("not a whole number");
            return false;
        case FieldType::Date: {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid()) {
                *value = d;
                return true;
            }
            *message = ElementEditorDialog::tr("not a valid date (use YYYY-MM-DD)");
            return false;
        }
        default:
            return true;
    }
}

}  // namespace

Element ElementEditorDialog::editedFields() const {
    Element e = original_;
    for (const ElementField& f : elementFields()) {
        const QString key = QString::fromLatin1(f.key);
        if (key == QLatin1String("status")) continue;  // below, with its history entry
        if (const QComboBox* combo = choices_.value(key)) {
            f.set(e, combo->currentData().toInt());
            continue;
        }
        QString ignored;
        FieldValue v;
        // Unreadable text leaves a number at 0, which validation refuses.
        if (!typedValue(f, *fields_.value(key), &v, &ignored) && f.type == FieldType::Number)
            v = 0.0;
        f.set(e, v);
    }
    e.notes = notes_->toPlainText();
    auto text = [this](const QString& name) { return fields_.value(name)->text().trimmed(); };
    const auto status = static_cast<ElementStatus>(statusBox()->currentData().toInt());
    if (isNew()) {
        // A new element starts its history with its first status.
        e.status = status;
        e.history.clear();
        StatusChange first;
        first.time = QDateTime::currentDateTimeUtc();
        first.user = user_;
        first.to = status;
        first.note =
            text(kStatusNote).isEmpty() ? tr("entered in the element editor") : text(kStatusNote);
        e.history.push_back(first);
    } else {
        e = withStatus(e, status, user_, QDateTime::currentDateTimeUtc(), text(kStatusNote));
    }
    e.documents = original_.documents;
    return e;
}

const std::vector<AttachedDocument>& ElementEditorDialog::documents() const {
    return documents_->documents();
}

QHash<QString, QString> ElementEditorDialog::fieldErrors() const {
    QHash<QString, QString> errors;
    // Text that cannot be read as its field's type is reported as such, before any range check.
    for (const ElementField& f : elementFields()) {
        const QString key = QString::fromLatin1(f.key);
        const FieldEdit* edit = fields_.value(key);
        if (edit == nullptr) continue;
        QString message;
        FieldValue ignored;
        if (!typedValue(f, *edit, &ignored, &message)) errors.insert(key, message);
    }
    const Element e = editedFields();
    for (const FieldError& err : validateElement(e)) {
        if (!errors.contains(err.field)) errors.insert(err.field, err.message);
    }
    if (!isNew()) {
        const QString why = refusedStatusChange(original_.status, e.status);
        if (!why.isEmpty()) errors.insert(kStatusNote, why);
    }
    const int row = doc_.elementRowById(e.id);
    if (!e.id.isEmpty() && row >= 0 && doc_.element(row).uid != original_.uid &&
        !errors.contains(QStringLiteral("id")))
        errors.insert(QStringLiteral("id"),
                      tr("the id %1 is already used by another element").arg(e.id));
    return errors;
}

void ElementEditorDialog::validate() {
    const QHash<QString, QString> errors = fieldErrors();
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it)
        it.value()->setError(errors.value(it.key()));
    const bool statusChanged =
        !isNew() && statusBox()->currentData().toInt() != static_cast<int>(original_.status);
    fields_.value(kStatusNote)->setEnabled(statusChanged && !readOnly_);
    if (statusChanged) {
        const Element e = editedFields();
        history_->setPending(e.history.back());
    } else {
        history_->setPending(std::nullopt);
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty() && !readOnly_);
    showResistanceMethod(editedFields());
}

void ElementEditorDialog::showResistanceMethod(const Element& e) {
    if (resistanceMethod_ == nullptr) return;
    const loads::LoadFactors f = loads::LoadFactors::from(doc_.settings());
    const loads::ElementResistance r = loads::elementResistance(e, f);
    QString text;
    switch (r.source) {
        case loads::ResistanceSource::Entered:
            text = tr("Entered: MRd %1 kNm, VRd %2 kN (%3)")
                       .arg(formatNumber(r.momentKnm, 0), formatNumber(r.shearKn, 0),
                            capacityBasisName(e.capacityBasis));
            break;
        case loads::ResistanceSource::FromClass:
            text = tr("<i>Estimated from %1</i>: MRd %2 kNm%3, VRd %4 kN%5; a lower bound, to be "
                      "recalculated")
                       .arg(loads::classifyLoadClass(e.originalLoadClass).name.toHtmlEscaped(),
                            formatNumber(r.momentKnm, 0),
                            r.momentEstimated ? QString() : tr(" (entered)"),
                            formatNumber(r.shearKn, 0),
                            r.shearEstimated ? QString() : tr(" (entered)"));
            break;
        case loads::ResistanceSource::Unknown:
            text = tr("<b>Unknown</b>: %1. The girder fails rule R2 until resistances are "
                      "entered.")
                       .arg(loads::classRefusal(e.originalLoadClass).toHtmlEscaped());
            break;
    }
    resistanceMethod_->setText(text);
    resistanceMethod_->setToolTip(loads::resistanceMethod(e, f));
    // The empty fields say what the estimate is.
    const std::optional<loads::ClassEstimate> est = loads::estimateFromClass(e, f);
    const auto placeholder = [&](const char* key, double value) {
        FieldEdit* edit = fields_.value(QString::fromLatin1(key));
        if (edit == nullptr) return;
        edit->lineEdit()->setPlaceholderText(est ? tr("≈ %1 (class)").arg(formatNumber(value, 0))
                                                 : tr("empty: from the class"));
    };
    placeholder("moment_capacity_knm", est ? est->momentKnm : 0.0);
    placeholder("shear_capacity_kn", est ? est->shearKn : 0.0);
}

void ElementEditorDialog::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    for (FieldEdit* f : std::as_const(fields_)) f->lineEdit()->setReadOnly(readOnly);
    for (QComboBox* c : std::as_const(choices_)) c->setEnabled(!readOnly);
    notes_->setReadOnly(readOnly);
    documents_->setReadOnly(readOnly);
    if (readOnly) setWindowTitle(windowTitle() + tr(" (read-only)"));
    validate();
}

QString ElementEditorDialog::apply(QUndoStack& stack, ProjectDocument& doc) const {
    if (!fieldErrors().isEmpty()) return tr("The element has errors; see the marked fields.");
    Element e = editedFields();
    try {
        if (isNew()) {
            e.documents = documents();
            for (AttachedDocument& d : e.documents) d.uid = doc.allocateUid();
            const PushResult r =
                pushCommand(stack, std::make_unique<CmdElementAdd>(doc, std::move(e)));
            return r ? QString() : r.error;
        }
        UndoTransaction tx(stack, doc, tr("Edit element %1").arg(e.id));
        e = withResistanceNote(original_, std::move(e), user_, QDateTime::currentDateTimeUtc());
        if (e != original_)
            tx.execute(std::make_unique<CmdElementEdit>(doc, original_.uid, e, QString()));
        applyDocumentChanges(tx, doc, original_, documents(), reader_);
        tx.commit();
    } catch (const ProjectFileError& err) {
        return err.message();
    } catch (const std::exception& err) {
        return QString::fromUtf8(err.what());
    }
    return {};
}

}  // namespace respan::ui
