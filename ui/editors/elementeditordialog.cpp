#include "ui/editors/elementeditordialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

#include "core/commands/cmddocumentattach.h"
#include "core/commands/cmddocumentremove.h"
#include "core/commands/cmdelementadd.h"
#include "core/commands/cmdelementedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/projectdocument.h"
#include "core/model/validation.h"
#include "core/storage/projectfileerror.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"
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
    resize(980, 620);
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

    auto [identity, idForm] = form(tr("Identity and origin"));
    idForm->addRow(tr("Id:"), addField(QStringLiteral("id"), {}));
    idForm->addRow(tr("Type:"), addField(QStringLiteral("type"), {}));
    idForm->addRow(tr("Donor structure:"), addField(QStringLiteral("donor_structure"), {}));
    idForm->addRow(tr("Position in donor:"), addField(QStringLiteral("donor_position"), {}));
    idForm->addRow(tr("Year built:"), addField(QStringLiteral("year_built"), {}));
    idForm->addRow(tr("Original load class:"), addField(QStringLiteral("original_load_class"), {}));
    QStringList donors;
    for (const DonorStructure& d : doc_.donors()) donors << d.name;
    auto* completer = new QCompleter(donors, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    fields_.value(QStringLiteral("donor_structure"))->lineEdit()->setCompleter(completer);
    fields_.value(QStringLiteral("original_load_class"))
        ->lineEdit()
        ->setPlaceholderText(QStringLiteral("BK-60-1963"));

    auto [geometry, geoForm] = form(tr("Geometry and resistance"));
    geoForm->addRow(tr("Length:"), addField(QStringLiteral("length_m"), QStringLiteral("m")));
    geoForm->addRow(tr("Height:"), addField(QStringLiteral("height_mm"), QStringLiteral("mm")));
    geoForm->addRow(tr("Width:"), addField(QStringLiteral("width_mm"), QStringLiteral("mm")));
    geoForm->addRow(tr("Mass:"), addField(QStringLiteral("mass_t"), QStringLiteral("t")));
    geoForm->addRow(tr("Bending resistance MRd:"),
                    addField(QStringLiteral("moment_capacity_knm"), QStringLiteral("kNm")));
    geoForm->addRow(tr("Shear resistance VRd:"),
                    addField(QStringLiteral("shear_capacity_kn"), QStringLiteral("kN")));
    basis_ = new QComboBox(this);
    basis_->addItem(capacityBasisName(CapacityBasis::Estimated), 0);
    basis_->addItem(capacityBasisName(CapacityBasis::Verified), 1);
    geoForm->addRow(tr("Resistances are:"), basis_);

    auto [state, stateForm] = form(tr("Condition and status"));
    condition_ = new QComboBox(this);
    const QStringList conditions = {tr("1 – excellent"), tr("2 – good"), tr("3 – reasonable"),
                                    tr("4 – mediocre"),  tr("5 – poor"), tr("6 – very poor")};
    for (int c = 1; c <= 6; ++c) condition_->addItem(conditions[c - 1], c);
    condition_->setToolTip(tr("Condition score according to NEN 2767"));
    stateForm->addRow(tr("Condition (NEN 2767):"), condition_);
    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("status"));
    for (int s = 0; s < kElementStatusCount; ++s)
        status_->addItem(elementStatusName(static_cast<ElementStatus>(s)), s);
    stateForm->addRow(tr("Status:"), status_);
    stateForm->addRow(tr("Reason for the change:"), addField(kStatusNote, {}));

    auto [place, placeForm] = form(tr("Location and availability"));
    placeForm->addRow(tr("Latitude:"),
                      addField(QStringLiteral("location_lat"), QStringLiteral("°")));
    placeForm->addRow(tr("Longitude:"),
                      addField(QStringLiteral("location_lon"), QStringLiteral("°")));
    placeForm->addRow(tr("Available from:"), addField(QStringLiteral("available_from"), {}));
    fields_.value(QStringLiteral("available_from"))
        ->lineEdit()
        ->setPlaceholderText(tr("YYYY-MM-DD; empty: available now"));

    notes_ = new QPlainTextEdit(this);
    notes_->setPlaceholderText(tr("Notes: inspections, damage, agreements…"));
    notes_->setMinimumHeight(60);

    auto* grid = new QGridLayout(page);
    grid->addWidget(identity, 0, 0);
    grid->addWidget(geometry, 0, 1);
    grid->addWidget(state, 1, 0);
    grid->addWidget(place, 1, 1);
    grid->addWidget(notes_, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // Extra height goes to the notes, not into empty space inside the forms.
    grid->setRowStretch(2, 1);

    connect(basis_, &QComboBox::currentIndexChanged, this, &ElementEditorDialog::validate);
    connect(condition_, &QComboBox::currentIndexChanged, this, &ElementEditorDialog::validate);
    connect(status_, &QComboBox::currentIndexChanged, this, &ElementEditorDialog::validate);
    return page;
}

void ElementEditorDialog::load(const Element& e) {
    auto set = [this](const QString& name, const QString& text) {
        fields_.value(name)->setText(text);
    };
    set(QStringLiteral("id"), e.id);
    set(QStringLiteral("type"), e.type);
    set(QStringLiteral("donor_structure"), e.donorStructure);
    set(QStringLiteral("donor_position"), e.donorPosition);
    set(QStringLiteral("year_built"), e.yearBuilt ? QString::number(*e.yearBuilt) : QString());
    set(QStringLiteral("original_load_class"), e.originalLoadClass);
    // Full precision, shortest form, in the UI locale: what was stored is shown unrounded.
    const bool fresh = isNew();
    auto value = [fresh](double v) { return fresh && v == 0.0 ? QString() : editableNumber(v); };
    set(QStringLiteral("length_m"), value(e.length.value()));
    set(QStringLiteral("height_mm"), value(e.height.value()));
    set(QStringLiteral("width_mm"), value(e.width.value()));
    set(QStringLiteral("mass_t"), value(e.mass.value()));
    set(QStringLiteral("moment_capacity_knm"), value(e.momentCapacity.value()));
    set(QStringLiteral("shear_capacity_kn"), value(e.shearCapacity.value()));
    set(QStringLiteral("location_lat"),
        fresh && e.location.latitude == 0.0 ? QString() : value(e.location.latitude));
    set(QStringLiteral("location_lon"),
        fresh && e.location.longitude == 0.0 ? QString() : value(e.location.longitude));
    set(QStringLiteral("available_from"),
        e.availableFrom ? formatDate(*e.availableFrom) : QString());
    // Show the beginning of long texts (donor names), not their end.
    for (FieldEdit* f : std::as_const(fields_)) f->lineEdit()->setCursorPosition(0);
    basis_->setCurrentIndex(basis_->findData(static_cast<int>(e.capacityBasis)));
    condition_->setCurrentIndex(condition_->findData(e.condition));
    status_->setCurrentIndex(status_->findData(static_cast<int>(e.status)));
    notes_->setPlainText(e.notes);
}

Element ElementEditorDialog::editedFields() const {
    Element e = original_;
    auto text = [this](const QString& name) { return fields_.value(name)->text().trimmed(); };
    auto number = [this](const QString& name) {
        return fields_.value(name)->number().value_or(0.0);
    };
    e.id = text(QStringLiteral("id"));
    e.type = text(QStringLiteral("type"));
    e.donorStructure = text(QStringLiteral("donor_structure"));
    e.donorPosition = text(QStringLiteral("donor_position"));
    const QString year = text(QStringLiteral("year_built"));
    e.yearBuilt = year.isEmpty() ? std::nullopt : parseInteger(year);
    e.originalLoadClass = text(QStringLiteral("original_load_class"));
    e.length = Metres(number(QStringLiteral("length_m")));
    e.height = Millimetres(number(QStringLiteral("height_mm")));
    e.width = Millimetres(number(QStringLiteral("width_mm")));
    e.mass = Tonnes(number(QStringLiteral("mass_t")));
    e.momentCapacity = KiloNewtonMetres(number(QStringLiteral("moment_capacity_knm")));
    e.shearCapacity = KiloNewtons(number(QStringLiteral("shear_capacity_kn")));
    e.capacityBasis =
        basis_->currentData().toInt() == 1 ? CapacityBasis::Verified : CapacityBasis::Estimated;
    e.condition = condition_->currentData().toInt();
    e.location =
        GeoPoint{number(QStringLiteral("location_lat")), number(QStringLiteral("location_lon"))};
    const QString from = text(QStringLiteral("available_from"));
    e.availableFrom =
        from.isEmpty() ? std::nullopt : std::optional<QDate>(QDate::fromString(from, Qt::ISODate));
    e.notes = notes_->toPlainText();
    const auto status = static_cast<ElementStatus>(status_->currentData().toInt());
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
    // Text that is not a number at all is reported as such, before any range check.
    for (const QString& name :
         {QStringLiteral("length_m"), QStringLiteral("height_mm"), QStringLiteral("width_mm"),
          QStringLiteral("mass_t"), QStringLiteral("moment_capacity_knm"),
          QStringLiteral("shear_capacity_kn"), QStringLiteral("location_lat"),
          QStringLiteral("location_lon")}) {
        const FieldEdit* f = fields_.value(name);
        if (f->text().trimmed().isEmpty()) {
            errors.insert(name, requiredMessage());
        } else if (!f->number()) {
            errors.insert(name, FieldEdit::notANumberMessage());
        }
    }
    const QString year = fields_.value(QStringLiteral("year_built"))->text().trimmed();
    if (!year.isEmpty() && !parseInteger(year))
        errors.insert(QStringLiteral("year_built"), tr("not a whole number"));
    const QString from = fields_.value(QStringLiteral("available_from"))->text().trimmed();
    if (!from.isEmpty() && !QDate::fromString(from, Qt::ISODate).isValid())
        errors.insert(QStringLiteral("available_from"), tr("not a valid date (use YYYY-MM-DD)"));
    const Element e = editedFields();
    for (const FieldError& err : validateElement(e)) {
        if (!errors.contains(err.field)) errors.insert(err.field, err.message);
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
        !isNew() && status_->currentData().toInt() != static_cast<int>(original_.status);
    fields_.value(kStatusNote)->setEnabled(statusChanged && !readOnly_);
    if (statusChanged) {
        const Element e = editedFields();
        history_->setPending(e.history.back());
    } else {
        history_->setPending(std::nullopt);
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty() && !readOnly_);
}

void ElementEditorDialog::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    for (FieldEdit* f : std::as_const(fields_)) f->lineEdit()->setReadOnly(readOnly);
    for (QComboBox* c : {basis_, condition_, status_}) c->setEnabled(!readOnly);
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
        if (e != original_)
            tx.execute(std::make_unique<CmdElementEdit>(doc, original_.uid, e, QString()));
        for (const AttachedDocument& d : original_.documents) {
            const bool kept =
                std::any_of(documents().begin(), documents().end(),
                            [&d](const AttachedDocument& x) { return x.uid == d.uid; });
            if (kept) continue;
            // The command keeps the content, so that undo after a save brings the file back.
            QByteArray content = d.pendingContent;
            if (content.isEmpty() && d.size > 0) {
                if (!reader_) return tr("The content of %1 cannot be read.").arg(d.name);
                content = reader_(d);
            }
            tx.execute(std::make_unique<CmdDocumentRemove>(doc, original_.uid, d.uid, content));
        }
        for (AttachedDocument d : documents()) {
            if (d.uid >= 0) continue;
            d.uid = kNoUid;
            tx.execute(std::make_unique<CmdDocumentAttach>(doc, original_.uid, std::move(d)));
        }
        tx.commit();
    } catch (const ProjectFileError& err) {
        return err.message();
    } catch (const std::exception& err) {
        return QString::fromUtf8(err.what());
    }
    return {};
}

}  // namespace respan::ui
