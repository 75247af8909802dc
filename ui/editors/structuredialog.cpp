#include "ui/editors/structuredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/document/projectdocument.h"
#include "core/loads/loadmodel.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/crosssectionsketch.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/fieldform.h"

namespace respan::ui {

namespace {
QString plain(double v) {
    return editableNumber(v);
}

enum Column { Slot, Moment, Shear, Basis, Permanent, Tandem, Udl, Shares, Offset, ColumnCount };

std::optional<Metres> metresOf(const FieldEdit* edit) {
    const auto d = edit->number();
    if (!d) return std::nullopt;
    return Metres(*d);
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
      fixedTotal_(makeFieldEdit(fieldOf(structureFields(), u"fixed_total_length_m"), this)),
      loadModel_(new QComboBox(this)),
      consequence_(new QComboBox(this)),
      carriageway_(makeFieldEdit(fieldOf(structureFields(), u"carriageway_width_m"), this)),
      spacing_(makeFieldEdit(fieldOf(structureFields(), u"girder_spacing_m"), this)),
      deckThickness_(makeFieldEdit(fieldOf(structureFields(), u"deck_thickness_m"), this)),
      surfacing_(makeFieldEdit(fieldOf(structureFields(), u"surfacing_m"), this)),
      span_(new QComboBox(this)),
      table_(new QTableWidget(this)),
      sketch_(new CrossSectionSketch(this)),
      estimateNote_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const int index = doc.structureIndex(structureUid);
    setWindowTitle(index < 0 ? tr("New structure")
                             : tr("Structure %1").arg(doc.structure(index).name));
    loadModel_->setObjectName(QStringLiteral("load_model"));
    consequence_->setObjectName(QStringLiteral("consequence_class"));
    loadModel_->addItem(tr("LM1 (EN 1991-2 Load Model 1)"), static_cast<int>(LoadModel::LM1));
    consequence_->addItem(tr("CC2"), static_cast<int>(ConsequenceClass::CC2));
    consequence_->addItem(tr("CC3 (RWS bridges)"), static_cast<int>(ConsequenceClass::CC3));
    consequence_->setCurrentIndex(1);
    carriageway_->lineEdit()->setPlaceholderText(tr("default: slots × spacing"));
    spacing_->lineEdit()->setPlaceholderText(
        tr("default: %1").arg(plain(loads::kDefaultGirderSpacingM)));
    deckThickness_->lineEdit()->setPlaceholderText(
        tr("default: %1").arg(plain(loads::kDefaultDeckThicknessM)));
    surfacing_->lineEdit()->setPlaceholderText(
        tr("default: %1").arg(plain(loads::kDefaultSurfacingM)));
    if (index >= 0) {
        const Structure& s = doc.structure(index);
        name_->setText(s.name);
        lat_->setText(plain(s.site.latitude));
        lon_->setText(plain(s.site.longitude));
        notes_->setPlainText(s.notes);
        if (s.fixedTotalLength) fixedTotal_->setText(plain(s.fixedTotalLength->value()));
        consequence_->setCurrentIndex(s.deck.consequenceClass == ConsequenceClass::CC2 ? 0 : 1);
        const auto set = [](FieldEdit* e, const std::optional<Metres>& m) {
            if (m) e->setText(plain(m->value()));
        };
        set(carriageway_, s.deck.carriagewayWidth);
        set(spacing_, s.deck.girderSpacing);
        set(deckThickness_, s.deck.deckThickness);
        set(surfacing_, s.deck.surfacing);
        for (const Span& p : s.spans) span_->addItem(tr("Span %1").arg(p.name));
    }
    lat_->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(plain(52.2486)));
    lon_->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(plain(4.5687)));
    notes_->setMaximumHeight(60);

    auto* form = new QFormLayout;
    form->addRow(formLabel(fieldOf(structureFields(), u"structure")), name_);
    form->addRow(formLabel(fieldOf(structureFields(), u"site_lat")), lat_);
    form->addRow(formLabel(fieldOf(structureFields(), u"site_lon")), lon_);
    form->addRow(tr("Notes:"), notes_);
    form->addRow(formLabel(fieldOf(structureFields(), u"fixed_total_length_m")), fixedTotal_);
    fixedTotal_->lineEdit()->setPlaceholderText(tr("empty: no fixed total"));

    auto* deckBox = new QGroupBox(tr("Load model and deck"), this);
    auto* deckForm = new QFormLayout(deckBox);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"load_model")), loadModel_);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"consequence_class")), consequence_);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"carriageway_width_m")), carriageway_);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"girder_spacing_m")), spacing_);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"deck_thickness_m")), deckThickness_);
    deckForm->addRow(formLabel(fieldOf(structureFields(), u"surfacing_m")), surfacing_);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(deckBox, 1);

    auto* estimateBox = new QGroupBox(tr("Estimated demand per slot"), this);
    auto* estimate = new QVBoxLayout(estimateBox);
    auto* spanRow = new QHBoxLayout;
    spanRow->addWidget(new QLabel(tr("Span:"), this));
    spanRow->addWidget(span_);
    spanRow->addStretch(1);
    estimate->addLayout(spanRow);
    table_->setObjectName(QStringLiteral("estimateTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Slot"), tr("MEd (kNm)"), tr("VEd (kN)"), tr("Basis"),
                                       tr("Permanent (kNm)"), tr("Tandem (kNm)"), tr("UDL (kNm)"),
                                       tr("η per lane"), tr("x (m)")});
    table_->horizontalHeaderItem(Permanent)->setToolTip(
        tr("γG × g_deck × L² / 8: compression layer and surfacing"));
    table_->horizontalHeaderItem(Tandem)->setToolTip(tr("γQ × Σ η × tandem moment of each lane"));
    table_->horizontalHeaderItem(Udl)->setToolTip(
        tr("γQ × Σ η × distributed-load moment of each lane and the remaining area"));
    table_->horizontalHeaderItem(Shares)->setToolTip(
        tr("Courbon share of lane 1, 2, ... and the remaining area on this girder"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* body = new QHBoxLayout;
    body->addWidget(table_, 5);
    body->addWidget(sketch_, 3);
    estimate->addLayout(body, 1);
    estimateNote_->setWordWrap(true);
    estimate->addWidget(estimateNote_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(estimateBox, 1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FieldEdit* f :
         {name_, lat_, lon_, fixedTotal_, carriageway_, spacing_, deckThickness_, surfacing_})
        connect(f, &FieldEdit::edited, this, &StructureDialog::validate);
    connect(span_, &QComboBox::currentIndexChanged, this, &StructureDialog::refreshEstimate);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { selectSlot(row); });
    connect(sketch_, &CrossSectionSketch::girderClicked, this,
            [this](int slot) { table_->selectRow(slot); });
    validate();
    resize(900, 600);
}

DeckDesign StructureDialog::deck() const {
    DeckDesign d;
    d.loadModel = static_cast<LoadModel>(loadModel_->currentData().toInt());
    d.consequenceClass = static_cast<ConsequenceClass>(consequence_->currentData().toInt());
    d.carriagewayWidth = metresOf(carriageway_);
    d.girderSpacing = metresOf(spacing_);
    d.deckThickness = metresOf(deckThickness_);
    d.surfacing = metresOf(surfacing_);
    return d;
}

StructureHeader StructureDialog::header() const {
    return {name_->text().trimmed(),
            GeoPoint{lat_->number().value_or(0.0), lon_->number().value_or(0.0)},
            notes_->toPlainText(), deck(), metresOf(fixedTotal_)};
}

bool StructureDialog::isValid() const {
    for (const FieldEdit* f :
         {name_, lat_, lon_, fixedTotal_, carriageway_, spacing_, deckThickness_, surfacing_}) {
        if (f->hasError()) return false;
    }
    return true;
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
    checkFieldEdit(*carriageway_, fieldOf(structureFields(), u"carriageway_width_m"));
    checkFieldEdit(*spacing_, fieldOf(structureFields(), u"girder_spacing_m"));
    checkFieldEdit(*deckThickness_, fieldOf(structureFields(), u"deck_thickness_m"));
    checkFieldEdit(*surfacing_, fieldOf(structureFields(), u"surfacing_m"));
    checkFieldEdit(*fixedTotal_, fieldOf(structureFields(), u"fixed_total_length_m"));
    if (const int index = doc_.structureIndex(uid_); index >= 0 && !fixedTotal_->hasError()) {
        // The spans' candidate lengths must be able to meet the total.
        Structure probe = doc_.structure(index);
        probe.fixedTotalLength = metresOf(fixedTotal_);
        if (const auto e = validateFixedTotal(probe, doc_.settings().designLengthStepM))
            fixedTotal_->setError(e->message);
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(isValid());
    refreshEstimate();
}

void StructureDialog::refreshEstimate() {
    const int index = doc_.structureIndex(uid_);
    const int spanIndex = span_->currentIndex();
    table_->setRowCount(0);
    if (index < 0 || spanIndex < 0) {
        sketch_->setLoads({}, -1);
        estimateNote_->setText(tr("Add spans and slots to see their estimated demands."));
        return;
    }
    if (!isValid()) {
        estimateNote_->setText(tr("Correct the marked fields to see the estimate."));
        return;
    }
    const Span& span = doc_.structure(index).spans.at(static_cast<std::size_t>(spanIndex));
    const DeckDesign d = deck();
    const loads::LoadFactors f = loads::LoadFactors::from(doc_.settings());
    const loads::SpanLoads l = loads::estimateSpan(d, span, f);
    const std::vector<loads::SlotDemand> used = loads::spanDemands(d, span, f);
    table_->setRowCount(static_cast<int>(span.slots.size()));
    QFont italic = table_->font();
    italic.setItalic(true);
    QFont bold = table_->font();
    bold.setBold(true);
    for (std::size_t k = 0; k < span.slots.size(); ++k) {
        const int row = static_cast<int>(k);
        const loads::SlotLoads& sl = l.slots[k];
        QStringList shares;
        for (const loads::LoadShare& s : sl.shares) shares << formatNumber(s.eta, 2);
        const auto cell = [&](int column, const QString& text, bool right = true) {
            auto* item = new QTableWidgetItem(text);
            if (right) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, item);
            return item;
        };
        cell(Slot, span.slots[k].name, false);
        cell(Offset, formatNumber(sl.offsetM, 2));
        cell(Permanent, formatNumber(sl.permanentMomentKnm, 0));
        cell(Tandem, formatNumber(sl.tandemMomentKnm, 0));
        cell(Udl, formatNumber(sl.udlMomentKnm, 0));
        cell(Shares, shares.join(QStringLiteral(" · ")), false);
        const bool estimated = used[k].momentEstimated || used[k].shearEstimated;
        QTableWidgetItem* m = cell(Moment, formatNumber(used[k].momentKnm, 0));
        QTableWidgetItem* v = cell(Shear, formatNumber(used[k].shearKn, 0));
        m->setFont(used[k].momentEstimated ? italic : bold);
        v->setFont(used[k].shearEstimated ? italic : bold);
        if (!used[k].momentEstimated) {
            m->setToolTip(
                tr("Entered; the estimate would be %1 kNm").arg(formatNumber(sl.momentKnm(), 0)));
        }
        if (!used[k].shearEstimated) {
            v->setToolTip(
                tr("Entered; the estimate would be %1 kN").arg(formatNumber(sl.shearKn(), 0)));
        }
        QTableWidgetItem* b =
            cell(Basis,
                 !estimated                                          ? tr("entered")
                 : used[k].momentEstimated && used[k].shearEstimated ? tr("estimated")
                                                                     : tr("partly entered"),
                 false);
        if (estimated) b->setForeground(QColor(0x8a, 0x5a, 0x00));
    }
    const int lanes = l.lanes ? l.lanes->count : 0;
    estimateNote_->setText(
        tr("L = %1 m, %2 lanes, g_deck = %3 kN/m. Design values without the girder's own weight "
           "(rule R2 adds it per girder). Courbon's method: straight decks without skew, with "
           "cross girders; see docs/load-model.md.")
            .arg(formatNumber(l.inputs.spanLengthM, 2))
            .arg(lanes)
            .arg(formatNumber(l.gDeckKnM, 2)));
    const int selected =
        std::clamp(sketch_->selected(), 0, static_cast<int>(span.slots.size()) - 1);
    sketch_->setLoads(l, selected);
    table_->selectRow(selected);
}

void StructureDialog::selectSlot(int slot) {
    const int index = doc_.structureIndex(uid_);
    const int spanIndex = span_->currentIndex();
    if (index < 0 || spanIndex < 0 || slot < 0 || !isValid()) return;
    const Span& span = doc_.structure(index).spans.at(static_cast<std::size_t>(spanIndex));
    sketch_->setLoads(loads::estimateSpan(deck(), span, loads::LoadFactors::from(doc_.settings())),
                      slot);
}

}  // namespace respan::ui
