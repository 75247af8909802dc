#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

#include "core/model/element.h"

namespace respan {
class ProjectDocument;
}

namespace respan::passport {

/// Supplies the bytes of an attached document: ProjectSession::attachmentContent for a project
/// opened from a file; pendingContentSource() for a document that lives only in memory.
using ContentSource = std::function<QByteArray(const AttachedDocument&)>;

/// The documents' pending (not yet saved) content; empty for a document that is in the file.
ContentSource pendingContentSource();

struct ExportOptions {
    /// Embed every attached document's bytes (base64). Without them the passport is smaller and
    /// still lists name, type, size and SHA-256, but cannot be imported with its documents.
    bool includeContent = true;
    /// "created_utc" of the header; the current time when invalid (tests fix it).
    QDateTime created;
};

/// Builds a materials passport of the elements with `elementIds` (all elements, a "batch", when
/// the list is empty; project order, each once), with the donor structures they came from.
/// Throws PassportError naming every id that is not in the project, and when a document's
/// content cannot be read or does not match its recorded size and SHA-256 (with
/// includeContent; ProjectFileError from `content` passes through).
QJsonObject buildPassport(const ProjectDocument& doc, const QStringList& elementIds,
                          const ContentSource& content, const ExportOptions& options = {});

/// buildPassport as UTF-8 JSON text (see passportjson.h for the layout).
QByteArray writePassport(const ProjectDocument& doc, const QStringList& elementIds,
                         const ContentSource& content, const ExportOptions& options = {});

/// Passport of one element.
inline QByteArray writeElementPassport(const ProjectDocument& doc, const QString& elementId,
                                       const ContentSource& content,
                                       const ExportOptions& options = {}) {
    return writePassport(doc, QStringList{elementId}, content, options);
}

}  // namespace respan::passport
