#pragma once

#include <QString>

namespace respan {

/// The form in which identifiers (element ids, structure, span and slot names) are compared and
/// stored: Unicode NFC, so that "Brücke" typed with a precomposed ü and "Brücke" pasted with
/// u + combining diaeresis are one identifier, not two that look the same.
inline QString identifierKey(const QString& identifier) {
    return identifier.normalized(QString::NormalizationForm_C);
}

}  // namespace respan
