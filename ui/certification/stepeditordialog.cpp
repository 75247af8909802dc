#include "ui/certification/stepeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "core/certification/schedule.h"
#include "core/certification/steprecords.h"
#include "core/commands/cmdelementedit.h"
#include "core/commands/undotransaction.h"
#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "ui/common/numberformat.h"
#include "ui/common/screenfit.h"

namespace respan::ui {

namespace {

QString dateText(const QDate& d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString optionalNumber(const std::optional<double>& v) {
    return v ? formatNumber(*v, 0, QLocale()) : QString();
}

}  // namespace

StepEditorDialog::StepEditorDialog(const ProjectDocument& doc, Uid element, int step, QString user,
                                   DocumentsTab::ContentReader reader, QWidget* parent)
    : QDialog(parent),
      protocol_(doc.protocol()),
      user_(std::move(user)),
      reader_(std::move(reader)) {
    if (const Element* e = doc.elementByUid(element)) original_ = *e;
    // What the schedule plans for the girder with the records as they are in the project (the
    // dialog's edits count once applied): computed once, shown per step.
    if (const certification::GirderSchedule* g = certification::scheduleDocument(doc).find(element))
        plan_ = *g;
    setObjectName(QStringLiteral("stepEditor"));
    setWindowTitle(tr("Recertification of %1").arg(original_.id));

    records_.reserve(protocol_.size());
    for (const ProtocolStep& s : protocol_) {
        StepRecord r;
        if (const StepRecord* old = original_.stepRecord(s.id)) r = *old;
        r.step = s.id;
        records_.push_back(std::move(r));
    }

    auto* layout = new QVBoxLayout(this);
    addStepHeader(*layout);
    addRecordForm(*layout);
    addEvidence(*layout);
    problems_ = new QLabel(this);
    problems_->setObjectName(QStringLiteral("stepProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problems_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connectEdits();

    int first = step;
    if (first < 0 || first >= static_cast<int>(protocol_.size())) {
        const auto open = std::find_if(records_.begin(), records_.end(),
                                       [](const StepRecord& r) { return !r.done(); });
        first = open == records_.end() ? 0 : static_cast<int>(open - records_.begin());
    }
    if (!protocol_.empty()) showStep(first);
    validate();
    fitToScreen(*this, QSize(640, 720));
}

void StepEditorDialog::addStepHeader(QVBoxLayout& layout) {
    auto* top = new QFormLayout;
    stepList_ = new QComboBox(this);
    stepList_->setObjectName(QStringLiteral("stepList"));
    for (const ProtocolStep& s : protocol_) stepList_->addItem(s.name, s.id);
    auto* stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(stepList_);
    top->addRow(stepLabel, stepList_);
    stepInfo_ = new QLabel(this);
    stepInfo_->setObjectName(QStringLiteral("stepInfo"));
    stepInfo_->setWordWrap(true);
    top->addRow(QString(), stepInfo_);
    planInfo_ = new QLabel(this);
    planInfo_->setObjectName(QStringLiteral("planInfo"));
    planInfo_->setWordWrap(true);
    top->addRow(tr("Schedule:"), planInfo_);
    layout.addLayout(top);
}

void StepEditorDialog::addRecordForm(QVBoxLayout& layout) {
    auto* record = new QGroupBox(tr("What happened"), this);
    auto* form = new QFormLayout(record);
    status_ = new QComboBox(record);
    status_->setObjectName(QStringLiteral("stepStatus"));
    for (int i = 0; i < kStepStatusCount; ++i) {
        const auto s = static_cast<StepStatus>(i);
        status_->addItem(stepStatusName(s), stepStatusKey(s));
    }
    auto* statusLabel = new QLabel(tr("St&atus:"), record);
    statusLabel->setBuddy(status_);
    form->addRow(statusLabel, status_);
    const auto addDate = [&](DateField field, const QString& label) {
        auto* row = new QHBoxLayout;
        row->addWidget(field.known);
        row->addWidget(field.date, 1);
        form->addRow(label, row);
    };
    actualStart_ = dateField(tr("&Began"), QStringLiteral("actualStart"));
    addDate(actualStart_, tr("Actual start:"));
    actualEnd_ = dateField(tr("&Ended"), QStringLiteral("actualEnd"));
    addDate(actualEnd_, tr("Actual end:"));
    plannedStart_ = dateField(tr("Start no earlier &than"), QStringLiteral("plannedStart"));
    plannedStart_.known->setToolTip(
        tr("The planner's own start for a step not yet begun; the schedule starts it no earlier "
           "(what dragging its bar in the Gantt view sets)"));
    addDate(plannedStart_, tr("Planned start:"));
    result_ = new QLineEdit(record);
    result_->setObjectName(QStringLiteral("stepResult"));
    result_->setPlaceholderText(tr("e.g. fck 58 MPa, cover 35 mm"));
    auto* resultLabel = new QLabel(tr("&Result:"), record);
    resultLabel->setBuddy(result_);
    form->addRow(resultLabel, result_);
    moment_ = new QLineEdit(record);
    moment_->setObjectName(QStringLiteral("stepMoment"));
    moment_->setToolTip(
        tr("MRd found by the step (a recalculation); replaces the girder's own and "
           "marks it verified when the step passed"));
    auto* momentLabel = new QLabel(tr("MRd (k&Nm):"), record);
    momentLabel->setBuddy(moment_);
    form->addRow(momentLabel, moment_);
    shear_ = new QLineEdit(record);
    shear_->setObjectName(QStringLiteral("stepShear"));
    auto* shearLabel = new QLabel(tr("&VRd (kN):"), record);
    shearLabel->setBuddy(shear_);
    form->addRow(shearLabel, shear_);
    note_ = new QLineEdit(record);
    note_->setObjectName(QStringLiteral("stepNote"));
    auto* noteLabel = new QLabel(tr("N&ote:"), record);
    noteLabel->setBuddy(note_);
    form->addRow(noteLabel, note_);
    layout.addWidget(record);
}

void StepEditorDialog::addEvidence(QVBoxLayout& layout) {
    auto* evidence =
        new QGroupBox(tr("Evidence (the girder's documents; tick what proves this step)"), this);
    auto* evidenceLayout = new QVBoxLayout(evidence);
    documents_ = new DocumentsTab(original_.documents, reader_, evidence);
    documents_->setObjectName(QStringLiteral("stepEvidence"));
    documents_->setEvidence({});
    for (const AttachedDocument& d : original_.documents) known_.insert(d.uid);
    evidenceLayout->addWidget(documents_);
    layout.addWidget(evidence, 1);
}

void StepEditorDialog::connectEdits() {
    connect(stepList_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (loading_) return;
        storeCurrent();
        current_ = index;
        loadCurrent();
    });
    const auto edited = [this] {
        if (loading_) return;
        storeCurrent();
        validate();
    };
    connect(status_, &QComboBox::currentIndexChanged, this, edited);
    for (const DateField& f : {actualStart_, actualEnd_, plannedStart_}) {
        connect(f.known, &QCheckBox::toggled, this, [this, f, edited](bool on) {
            f.date->setEnabled(on && !readOnly_);
            edited();
        });
        connect(f.date, &QDateEdit::dateChanged, this, edited);
    }
    for (QLineEdit* e : {result_, moment_, shear_, note_})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(documents_, &DocumentsTab::changed, this, [this] {
        if (loading_) return;
        // A removed document leaves every step's evidence; the ticks belong to the shown step.
        QSet<Uid> present;
        for (const AttachedDocument& d : documents_->documents()) present.insert(d.uid);
        for (StepRecord& r : records_)
            std::erase_if(r.evidence, [&present](Uid u) { return !present.contains(u); });
        // A document attached here is attached for the step shown: it is ticked as its evidence.
        for (Uid u : present) {
            if (!known_.contains(u)) {
                known_.insert(u);
                loading_ = true;
                documents_->setEvidenceChecked(u, true);
                loading_ = false;
            }
        }
        storeCurrent();
        validate();
    });
}

StepEditorDialog::DateField StepEditorDialog::dateField(const QString& label,
                                                        const QString& objectName) {
    DateField f;
    f.known = new QCheckBox(label, this);
    f.known->setObjectName(objectName + QStringLiteral("Known"));
    f.date = new QDateEdit(this);
    f.date->setObjectName(objectName);
    f.date->setCalendarPopup(true);
    f.date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    f.date->setEnabled(false);
    return f;
}

void StepEditorDialog::showStep(int step) {
    if (step < 0 || step >= static_cast<int>(protocol_.size())) return;
    if (current_ >= 0) storeCurrent();
    current_ = step;
    loading_ = true;
    stepList_->setCurrentIndex(step);
    loading_ = false;
    loadCurrent();
}

StepRecord StepEditorDialog::record(int step) const {
    if (step < 0 || step >= static_cast<int>(records_.size())) return {};
    return records_[static_cast<std::size_t>(step)];
}

void StepEditorDialog::storeCurrent() {
    if (current_ < 0 || current_ >= static_cast<int>(records_.size())) return;
    StepRecord& r = records_[static_cast<std::size_t>(current_)];
    r.status = static_cast<StepStatus>(std::max(0, status_->currentIndex()));
    const auto date = [](const DateField& f) -> std::optional<QDate> {
        if (!f.known->isChecked()) return std::nullopt;
        return f.date->date();
    };
    r.actualStart = date(actualStart_);
    r.actualEnd = date(actualEnd_);
    r.plannedStart = date(plannedStart_);
    r.result = result_->text().trimmed();
    r.note = note_->text().trimmed();
    // Unreadable numbers keep the text in the field and are reported by validate(); the record
    // keeps no value for them.
    const auto number = [](const QLineEdit* e) -> std::optional<double> {
        if (e->text().trimmed().isEmpty()) return std::nullopt;
        return parseNumber(e->text());
    };
    const std::optional<double> m = number(moment_);
    const std::optional<double> v = number(shear_);
    r.momentCapacity = m ? std::optional(KiloNewtonMetres(*m)) : std::nullopt;
    r.shearCapacity = v ? std::optional(KiloNewtons(*v)) : std::nullopt;
    const QSet<Uid> ticked = documents_->evidence();
    r.evidence.assign(ticked.cbegin(), ticked.cend());
    std::sort(r.evidence.begin(), r.evidence.end());
}

void StepEditorDialog::loadCurrent() {
    if (current_ < 0 || current_ >= static_cast<int>(records_.size())) return;
    loading_ = true;
    const ProtocolStep& s = protocol_[static_cast<std::size_t>(current_)];
    const StepRecord& r = records_[static_cast<std::size_t>(current_)];
    QStringList info;
    info << tr("%1, %n day(s)", nullptr, s.durationDays).arg(protocolPhaseName(s.phase));
    if (!s.predecessors.isEmpty()) {
        QStringList names;
        for (const QString& p : s.predecessors) {
            const auto it = std::find_if(protocol_.begin(), protocol_.end(),
                                         [&p](const ProtocolStep& x) { return x.id == p; });
            names << (it == protocol_.end() ? p : it->name);
        }
        info << tr("after %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!s.resource.isEmpty())
        info << tr("resource %1 (%n girder(s) at once)", nullptr, s.resourceCapacity.value_or(0))
                    .arg(s.resource);
    if (!s.party.isEmpty()) info << tr("by %1").arg(s.party);
    if (!s.evidence.isEmpty()) info << tr("evidence: %1").arg(s.evidence);
    stepInfo_->setText(info.join(QStringLiteral("; ")));

    status_->setCurrentIndex(static_cast<int>(r.status));
    const QDate today = QDate::currentDate();
    const auto setDate = [this, today](const DateField& f, const std::optional<QDate>& d) {
        f.known->setChecked(d.has_value());
        f.date->setDate(d.value_or(today));
        f.date->setEnabled(d.has_value() && !readOnly_);
    };
    setDate(actualStart_, r.actualStart);
    setDate(actualEnd_, r.actualEnd);
    setDate(plannedStart_, r.plannedStart);
    result_->setText(r.result);
    moment_->setText(r.momentCapacity ? optionalNumber(r.momentCapacity->value()) : QString());
    shear_->setText(r.shearCapacity ? optionalNumber(r.shearCapacity->value()) : QString());
    note_->setText(r.note);
    documents_->setEvidence(QSet<Uid>(r.evidence.cbegin(), r.evidence.cend()));
    loading_ = false;
    updatePlan();
    validate();
}

void StepEditorDialog::updatePlan() {
    // What the schedule makes of this step with the records as they are in the project (the
    // dialog's edits count once applied).
    const certification::GirderSchedule* g = plan_ ? &*plan_ : nullptr;
    if (g == nullptr) {
        planInfo_->setText(
            tr("Not scheduled: the girder is %1.").arg(elementStatusName(original_.status)));
        return;
    }
    const auto it = std::find_if(g->steps.begin(), g->steps.end(),
                                 [this](const auto& s) { return s.step == current_; });
    if (it == g->steps.end()) {
        planInfo_->setText(tr("Not scheduled."));
        return;
    }
    QString text = it->actual ? tr("%1 to %2 (actual)") : tr("%1 to %2");
    text = text.arg(dateText(it->start), dateText(it->end));
    if (it->latestStart) {
        text += QLatin1String("; ") + tr("latest start %1").arg(dateText(*it->latestStart));
        if (!it->done && it->start > *it->latestStart)
            text += QLatin1String(" ") + tr("<b>%n day(s) late</b>", nullptr,
                                            static_cast<int>(it->latestStart->daysTo(it->start)));
    }
    if (g->deadline)
        text += QLatin1String("; ") + tr("girder needed by %1").arg(dateText(*g->deadline));
    planInfo_->setText(text);
}

QStringList StepEditorDialog::problems() const {
    QStringList out;
    for (std::size_t i = 0; i < records_.size(); ++i) {
        const bool shown = static_cast<int>(i) == current_;
        if (shown) {
            const auto bad = [](const QLineEdit* e) {
                return !e->text().trimmed().isEmpty() && !parseNumber(e->text());
            };
            if (bad(moment_)) out << tr("MRd: \"%1\" is not a number.").arg(moment_->text());
            if (bad(shear_)) out << tr("VRd: \"%1\" is not a number.").arg(shear_->text());
        }
        for (const certification::RecordProblem& p : certification::checkStepRecord(records_[i]))
            out << tr("%1: %2").arg(protocol_[i].name, p.message);
    }
    return out;
}

void StepEditorDialog::validate() {
    const QStringList p = problems();
    problems_->setText(p.join(QLatin1Char('\n')));
    problems_->setVisible(!p.isEmpty());
    const bool done = current_ >= 0 && records_[static_cast<std::size_t>(current_)].done();
    moment_->setEnabled(!readOnly_ && (done || !moment_->text().isEmpty()));
    shear_->setEnabled(!readOnly_ && (done || !shear_->text().isEmpty()));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!readOnly_ && p.isEmpty());
}

void StepEditorDialog::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    stepList_->setEnabled(true);
    status_->setEnabled(!readOnly);
    for (const DateField& f : {actualStart_, actualEnd_, plannedStart_}) {
        f.known->setEnabled(!readOnly);
        f.date->setEnabled(!readOnly && f.known->isChecked());
    }
    for (QLineEdit* e : {result_, note_}) e->setReadOnly(readOnly);
    documents_->setReadOnly(readOnly);
    if (readOnly) setWindowTitle(windowTitle() + tr(" (read-only)"));
    validate();
}

QString StepEditorDialog::apply(QUndoStack& stack, ProjectDocument& doc) const {
    if (!problems().isEmpty()) return tr("The step has errors; see the list under the fields.");
    try {
        UndoTransaction tx(stack, doc, tr("Edit recertification of %1").arg(original_.id));
        const QHash<Uid, Uid> added =
            applyDocumentChanges(tx, doc, original_, documents_->documents(), reader_);
        const Element* now = doc.elementByUid(original_.uid);
        if (now == nullptr) return tr("The girder is no longer in the project.");
        Element e = *now;
        const QDateTime when = QDateTime::currentDateTimeUtc();
        for (std::size_t i = 0; i < records_.size(); ++i) {
            StepRecord r = records_[i];
            for (Uid& u : r.evidence) u = added.value(u, u);
            std::erase_if(r.evidence, [](Uid u) { return u < 0; });
            std::sort(r.evidence.begin(), r.evidence.end());
            StepRecord before;
            if (const StepRecord* old = original_.stepRecord(r.step)) before = *old;
            before.step = r.step;
            if (r == before) continue;
            e = certification::withStepRecord(std::move(e), protocol_, std::move(r), user_, when,
                                              tr("step editor"));
        }
        if (e != *now)
            tx.execute(std::make_unique<CmdElementEdit>(doc, original_.uid, e, QString()));
        tx.commit();
    } catch (const ProjectFileError& err) {
        return err.message();
    } catch (const std::exception& err) {
        return QString::fromUtf8(err.what());
    }
    return {};
}

}  // namespace respan::ui
