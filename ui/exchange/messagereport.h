#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/io/importmessage.h"
#include "core/passport/passportimport.h"

namespace respan::ui {

/// A table of messages about an imported file, as the report dialog shows it: every error and
/// warning with its place (row, column, value, rule), or every field in which a passport
/// disagrees with the project.
struct MessageReport {
    QString title;         ///< window title
    QString summary;       ///< one or two sentences above the table
    bool refused = false;  ///< nothing was imported
    QStringList columns;
    QList<QStringList> rows;

    /// The table as tab-separated text with a header line (what Copy puts on the clipboard).
    [[nodiscard]] QString toTsv() const;
};

/// Errors and warnings of an elements.csv or design.csv import. `added` says what was added
/// when the import went through ("12 elements"); empty when it was refused.
MessageReport csvImportReport(const QString& fileName, const io::ImportMessages& errors,
                              const io::ImportMessages& warnings, const QString& added);
/// Errors and warnings of a passport.
MessageReport passportMessageReport(const QString& fileName,
                                    const passport::PassportMessages& errors,
                                    const passport::PassportMessages& warnings,
                                    const QString& added);
/// Elements and donors of a passport that exist in the project with other data: one row per
/// field that differs. Nothing is imported then.
MessageReport passportConflictReport(const QString& fileName,
                                     const std::vector<passport::PassportConflict>& conflicts);

}  // namespace respan::ui
