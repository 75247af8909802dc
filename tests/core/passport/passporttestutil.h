#pragma once
// Helpers shared by the passport tests.

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"

namespace respan::test {

inline QString sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Fixed creation time, so that two exports of the same data are byte-identical.
inline passport::ExportOptions fixedOptions(bool includeContent = true) {
    passport::ExportOptions o;
    o.includeContent = includeContent;
    o.created = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return o;
}

inline QJsonObject parseObject(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

inline QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Every message of an import, one per line, for failure output.
inline std::string describe(const passport::PassportImport& import) {
    QString s;
    for (const auto& m : import.errors) s += QStringLiteral("error: ") + m.toString() + u'\n';
    for (const auto& m : import.warnings) s += QStringLiteral("warning: ") + m.toString() + u'\n';
    for (const auto& c : import.conflicts) s += QStringLiteral("conflict: ") + c.toString() + u'\n';
    return s.toStdString();
}

/// True when some error is at `path` with `rule`.
inline bool hasError(const passport::PassportImport& import, const QString& path,
                     const QString& rule) {
    for (const auto& m : import.errors) {
        if (m.path == path && m.rule == rule) return true;
    }
    return false;
}

}  // namespace respan::test
