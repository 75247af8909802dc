#pragma once

#include "core/document/projectdocument.h"

namespace respan::test {

/// The state a project reaches after `generation` deterministic edits from the crash test's
/// initial project. Edit g changes elements, documents, structures, assignments and settings;
/// every 10th edit is saved as a whole-file rewrite (Save As to the same path) instead of an
/// incremental save. Uids are chosen by formula, so replaying gives identical documents.
void crashTestInitialProject(ProjectDocument& doc);
void applyCrashTestEdit(ProjectDocument& doc, int generation);
/// Generation recorded in a document (settings.author = "generation N").
int crashTestGeneration(const ProjectDocument& doc);

/// Child mode "crash-driver": opens the project, then edits and saves it forever, printing
/// "SAVED <generation>" after every save that returned.
[[noreturn]] void runCrashDriver(const QString& path);

}  // namespace respan::test
