#pragma once

#include <QByteArray>
#include <QWidget>

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

#include "core/model/element.h"

class QPushButton;
class QTableWidget;
class QUndoStack;

namespace respan {
class ProjectDocument;
class UndoTransaction;
}  // namespace respan

namespace respan::ui {

/// The Documents tab of the element editor: files attached to the element (name, MIME type,
/// size, SHA-256), attach / open / export / remove. Changes stay in the dialog until OK.
class DocumentsTab : public QWidget {
    Q_OBJECT
public:
    /// Reads the stored content of an attached document (from the project file); may throw
    /// ProjectFileError.
    using ContentReader = std::function<QByteArray(const AttachedDocument&)>;
    /// Opens a local file in the desktop's viewer; returns false when that failed.
    using FileOpener = std::function<bool(const QString& path)>;

    DocumentsTab(std::vector<AttachedDocument> documents, ContentReader reader,
                 QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    void setFileOpener(FileOpener opener) { opener_ = std::move(opener); }
    /// Folder for files opened for viewing (kept after the dialog closes, for the viewer).
    void setTemporaryFolder(const QString& folder) { tempFolder_ = folder; }

    /// Current list: kept documents and new ones (new ones have negative uids and their content
    /// in pendingContent).
    [[nodiscard]] const std::vector<AttachedDocument>& documents() const { return documents_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }

    /// Attaches a file; returns an empty string or the reason it could not be read.
    QString attachFile(const QString& path);
    /// Writes the document's content, unchanged, to `path`; returns an empty string or the reason.
    QString exportDocument(Uid documentUid, const QString& path);
    /// Writes the content to a temporary file and opens it; returns an empty string or the reason.
    QString openDocument(Uid documentUid);
    void removeDocument(Uid documentUid);

    /// Shows a check box before each name: the documents that prove something (the evidence of
    /// a recertification step); `checked` are ticked at first.
    void setEvidence(const QSet<Uid>& checked);
    /// The ticked documents (new ones with their negative uids).
    [[nodiscard]] QSet<Uid> evidence() const { return evidence_; }
    /// Ticks or clears one document (as a click on its check box does).
    void setEvidenceChecked(Uid documentUid, bool checked);

Q_SIGNALS:
    void changed();

private:
    void refresh();
    [[nodiscard]] Uid selectedUid() const;
    [[nodiscard]] const AttachedDocument* find(Uid uid) const;
    QByteArray content(const AttachedDocument& d, QString* error) const;
    void report(const QString& error);

    std::vector<AttachedDocument> documents_;
    ContentReader reader_;
    FileOpener opener_;
    QString tempFolder_;
    Uid nextTemporaryUid_ = -1;
    bool evidenceMode_ = false;
    QSet<Uid> evidence_;
    bool readOnly_ = false;
    QTableWidget* table_;
    QPushButton* attach_;
    QPushButton* open_;
    QPushButton* export_;
    QPushButton* remove_;
};

/// Brings the element's attached documents in the document to `documents` inside `tx`: removed
/// ones leave (their content kept by the command for undo, read through `reader` when it is in
/// the project file only), new ones (negative uids) are attached. Returns new uid -> real uid.
/// Throws as the commands do (std::invalid_argument, ProjectFileError).
QHash<Uid, Uid> applyDocumentChanges(UndoTransaction& tx, ProjectDocument& doc,
                                     const Element& original,
                                     const std::vector<AttachedDocument>& documents,
                                     const DocumentsTab::ContentReader& reader);

}  // namespace respan::ui
