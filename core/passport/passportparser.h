#pragma once
// Reading and validating the JSON of a passport into model values (no project involved).
// Internal to core/passport; readPassport() adds the comparison with the project.

#include <QByteArray>
#include <QString>

#include <vector>

#include "core/model/element.h"
#include "core/passport/passportimport.h"

namespace respan::passport {

struct ParsedPassport {
    int schemaVersion = 0;
    QString sourceProject;
    QString producer;
    std::vector<Element> elements;  ///< with pendingContent; uids kNoUid
    std::vector<DonorStructure> donors;
};

/// Parses `bytes` completely, appending every problem to `errors` (and ignored keys to
/// `warnings`). The result is only meaningful when `errors` stayed empty.
ParsedPassport parsePassport(const QByteArray& bytes, PassportMessages& errors,
                             PassportMessages& warnings);

}  // namespace respan::passport
