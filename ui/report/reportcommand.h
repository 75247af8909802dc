#pragma once

#include <QString>

#include <vector>

#include "core/cli/cli.h"

namespace respan::ui {

/// The respan-cli commands that live in ReSpan::Ui: `report FILE -o OUT.pdf [--lang nl|en]`.
std::vector<cli::ExternalCommand> reportCommands();

/// Whether respan-cli's `command` paints, and so needs a QApplication (fonts, Qt Charts) where
/// the other commands need only a QCoreApplication.
bool commandNeedsGui(const QString& command);

}  // namespace respan::ui
