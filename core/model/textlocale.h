#pragma once

#include <QLocale>

namespace respan {

/// The locale numbers in texts follow on the calling thread: the locale of its innermost
/// TextLanguageScope (core/model/textlanguage.h) while a report is written, else QLocale().
QLocale textLocale();

}  // namespace respan
