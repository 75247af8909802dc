#pragma once
// JSON text as the materials passport writes it. QJsonDocument::toJson would do for parsing's
// counterpart, but it orders keys alphabetically (the passport reads better with "id" first) and
// its number format is not specified anywhere; both matter here: the file is read by people, and
// the per-element content hash must be reproducible from its documented rules.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace respan::passport {

/// Indented JSON (2 spaces, LF) with keys in the passport's reading order (identity first,
/// documents and history last; keys the format does not know come after, sorted).
QByteArray toPrettyJson(const QJsonObject& object);

/// Canonical compact form for content hashes: no white space, keys of every object sorted by
/// UTF-16 code units, numbers as formatNumber(), strings escaped as in toPrettyJson.
QByteArray toCanonicalJson(const QJsonValue& value);

/// Shortest text that reads back as exactly the same double: whole numbers below 1e15 without
/// fraction or exponent ("900"), others in the shortest round-trip form ("17.92", "1e-07").
QByteArray formatNumber(double value);

}  // namespace respan::passport
