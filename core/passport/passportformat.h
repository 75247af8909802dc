#pragma once
// The materials passport format, version 1 (docs/materials-passport.md,
// resources/passport/respan-passport-1.schema.json): constants and the mapping of model values
// to JSON that export, import and the conflict report share, so that all three name and write a
// field the same way.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/model/contenthash.h"
#include "core/model/element.h"

namespace respan::passport {

/// Value of the "schema" key: identifies a ReSpan materials passport.
inline constexpr char kSchemaId[] = "respan-passport";
/// Highest schema version this build writes and reads.
inline constexpr int kSchemaVersion = 1;
/// Value of "$schema": where the JSON Schema of this version is published.
inline constexpr char kSchemaUri[] =
    "https://respan.example.org/schemas/respan-passport-1.schema.json";
/// Written where ReSpan holds no data for a field (material data): stated, never invented.
inline constexpr char kNotRecorded[] = "not recorded";

/// One element as a passport entry, without "content_sha256" and without document contents:
/// identity, origin, geometry, mass, composition, resistance, condition, present state, notes,
/// documents (metadata) and history.
QJsonObject elementToJson(const Element& element);
/// A donor structure as an entry of "donors".
QJsonObject donorToJson(const DonorStructure& donor);

/// SHA-256 (lower-case hex) of an element entry's canonical JSON, leaving out "content_sha256"
/// itself and every "documents[].content_base64" (each document's own "sha256" covers its content,
/// so the element hash is the same whether or not contents are embedded).
QString elementContentHash(const QJsonObject& entry);

/// Time as the passport writes it: UTC, milliseconds, "Z" ("2024-03-15T14:00:00.000Z").
QString formatTime(const QDateTime& time);

}  // namespace respan::passport
