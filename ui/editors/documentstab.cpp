#include "ui/editors/documentstab.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

#include "core/commands/cmddocumentattach.h"
#include "core/commands/cmddocumentremove.h"
#include "core/commands/undotransaction.h"
#include "core/model/contenthash.h"
#include "core/storage/outputguard.h"
#include "core/storage/projectfileerror.h"

namespace respan::ui {

namespace {
enum Col { Name, Type, Size, Hash, Added, Count };
}  // namespace

DocumentsTab::DocumentsTab(std::vector<AttachedDocument> documents, ContentReader reader,
                           QWidget* parent)
    : QWidget(parent),
      documents_(std::move(documents)),
      reader_(std::move(reader)),
      table_(new QTableWidget(this)),
      attach_(new QPushButton(tr("Attach…"), this)),
      open_(new QPushButton(tr("Open"), this)),
      export_(new QPushButton(tr("Export…"), this)),
      remove_(new QPushButton(tr("Remove"), this)) {
    opener_ = [](const QString& path) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    tempFolder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                      .filePath(QStringLiteral("respan-documents"));
    table_->setColumnCount(Count);
    table_->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Size"), tr("SHA-256"), tr("Added")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c : {Type, Size, Hash, Added})
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {attach_, open_, export_, remove_}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    connect(attach_, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach documents"));
        for (const QString& p : paths) report(attachFile(p));
    });
    connect(open_, &QPushButton::clicked, this, [this] { report(openDocument(selectedUid())); });
    connect(export_, &QPushButton::clicked, this, [this] {
        const AttachedDocument* d = find(selectedUid());
        if (d == nullptr) return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export document"), d->name);
        if (!path.isEmpty()) report(exportDocument(d->uid, path));
    });
    connect(remove_, &QPushButton::clicked, this, [this] { removeDocument(selectedUid()); });
    connect(table_, &QTableWidget::itemSelectionChanged, this, &DocumentsTab::refresh);
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!evidenceMode_ || item->column() != Name) return;
        const Uid uid = item->data(Qt::UserRole).toLongLong();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked == evidence_.contains(uid)) return;
        if (checked) {
            evidence_.insert(uid);
        } else {
            evidence_.remove(uid);
        }
        Q_EMIT changed();
    });
    connect(table_, &QTableWidget::cellDoubleClicked, this,
            [this] { report(openDocument(selectedUid())); });
    refresh();
}

void DocumentsTab::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    refresh();
}

void DocumentsTab::report(const QString& error) {
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Documents"), error);
}

const AttachedDocument* DocumentsTab::find(Uid uid) const {
    for (const AttachedDocument& d : documents_) {
        if (d.uid == uid) return &d;
    }
    return nullptr;
}

Uid DocumentsTab::selectedUid() const {
    const int row = table_->currentRow();
    if (row < 0 || !table_->item(row, Name) || table_->selectedItems().isEmpty()) return kNoUid;
    return table_->item(row, Name)->data(Qt::UserRole).toLongLong();
}

void DocumentsTab::refresh() {
    const Uid selected = selectedUid();
    const QSignalBlocker block(table_);
    table_->setRowCount(static_cast<int>(documents_.size()));
    const QLocale locale;
    for (int row = 0; row < static_cast<int>(documents_.size()); ++row) {
        const AttachedDocument& d = documents_[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(d.name);
        name->setData(Qt::UserRole, d.uid);
        if (d.uid < 0)
            name->setToolTip(tr("New: stored in the project file when the project is saved"));
        if (evidenceMode_) {
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(evidence_.contains(d.uid) ? Qt::Checked : Qt::Unchecked);
        }
        table_->setItem(row, Name, name);
        table_->setItem(row, Type, new QTableWidgetItem(d.mimeType));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(d.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, Size, size);
        auto* hash = new QTableWidgetItem(d.sha256.left(12) + QStringLiteral("…"));
        hash->setToolTip(d.sha256);
        table_->setItem(row, Hash, hash);
        table_->setItem(row, Added,
                        new QTableWidgetItem(
                            d.added.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (d.uid == selected) table_->selectRow(row);
    }
    const bool has = selectedUid() != kNoUid;
    attach_->setEnabled(!readOnly_);
    remove_->setEnabled(!readOnly_ && has);
    open_->setEnabled(has);
    export_->setEnabled(has);
}

QString DocumentsTab::attachFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
    const QByteArray bytes = f.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    AttachedDocument d =
        makeAttachment(QFileInfo(path).fileName(), mime, bytes, QDateTime::currentDateTimeUtc());
    d.uid = nextTemporaryUid_--;
    documents_.push_back(std::move(d));
    refresh();
    table_->selectRow(static_cast<int>(documents_.size()) - 1);
    Q_EMIT changed();
    return {};
}

void DocumentsTab::setEvidence(const QSet<Uid>& checked) {
    evidenceMode_ = true;
    evidence_ = checked;
    table_->horizontalHeaderItem(Name)->setToolTip(
        tr("Tick the documents that prove the step (its evidence)"));
    refresh();
}

void DocumentsTab::setEvidenceChecked(Uid documentUid, bool checked) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        QTableWidgetItem* item = table_->item(row, Name);
        if (item != nullptr && item->data(Qt::UserRole).toLongLong() == documentUid)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void DocumentsTab::removeDocument(Uid documentUid) {
    if (readOnly_) return;
    evidence_.remove(documentUid);
    const auto before = documents_.size();
    std::erase_if(documents_,
                  [documentUid](const AttachedDocument& d) { return d.uid == documentUid; });
    if (documents_.size() != before) {
        refresh();
        Q_EMIT changed();
    }
}

QByteArray DocumentsTab::content(const AttachedDocument& d, QString* error) const {
    if (!d.pendingContent.isEmpty() || d.size == 0) return d.pendingContent;
    try {
        return reader_ ? reader_(d) : QByteArray();
    } catch (const ProjectFileError& e) {
        *error = e.message();
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
    }
    return {};
}

QString DocumentsTab::exportDocument(Uid documentUid, const QString& path) {
    const AttachedDocument* d = find(documentUid);
    if (d == nullptr) return tr("No document selected.");
    QString error;
    const QByteArray bytes = content(*d, &error);
    if (!error.isEmpty()) return error;
    const QString sha = sha256Hex(bytes);
    if (sha != d->sha256 || bytes.size() != d->size) {
        return tr("The stored content of %1 does not match its SHA-256 checksum; it was not "
                  "exported.")
            .arg(d->name);
    }
    if (const QString refusal = outputRefusal(path, {}); !refusal.isEmpty()) return refusal;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), out.errorString());
    }
    return {};
}

QString DocumentsTab::openDocument(Uid documentUid) {
    const AttachedDocument* d = find(documentUid);
    if (d == nullptr) return tr("No document selected.");
    QDir dir(tempFolder_);
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("The folder %1 could not be created.").arg(tempFolder_);
    // A folder per document, so two documents with the same name do not overwrite each other.
    const QString sub = QStringLiteral("%1").arg(d->sha256.left(16));
    dir.mkpath(sub);
    const QString path = dir.filePath(sub + QLatin1Char('/') + QFileInfo(d->name).fileName());
    if (const QString error = exportDocument(documentUid, path); !error.isEmpty()) return error;
    if (!opener_(path)) return tr("No program was found to open %1.").arg(d->name);
    return {};
}

QHash<Uid, Uid> applyDocumentChanges(UndoTransaction& tx, ProjectDocument& doc,
                                     const Element& original,
                                     const std::vector<AttachedDocument>& documents,
                                     const DocumentsTab::ContentReader& reader) {
    for (const AttachedDocument& d : original.documents) {
        const bool kept = std::any_of(documents.begin(), documents.end(),
                                      [&d](const AttachedDocument& x) { return x.uid == d.uid; });
        if (kept) continue;
        // The command keeps the content, so that undo after a save brings the file back.
        QByteArray content = d.pendingContent;
        if (content.isEmpty() && d.size > 0) {
            if (!reader) {
                throw std::invalid_argument(DocumentsTab::tr("The content of %1 cannot be read.")
                                                .arg(d.name)
                                                .toStdString());
            }
            content = reader(d);
        }
        tx.execute(std::make_unique<CmdDocumentRemove>(doc, original.uid, d.uid, content));
    }
    QHash<Uid, Uid> added;
    for (AttachedDocument d : documents) {
        if (d.uid >= 0) continue;
        const Uid temporary = d.uid;
        d.uid = kNoUid;
        auto command = std::make_unique<CmdDocumentAttach>(doc, original.uid, std::move(d));
        CmdDocumentAttach* attach = command.get();
        tx.execute(std::move(command));
        added.insert(temporary, attach->documentUid());
    }
    return added;
}

}  // namespace respan::ui
