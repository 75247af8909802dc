#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace respan::ui {

/// Language of the user interface: "" follows the system locale, "en" or "nl" force one.
/// Stored in QSettings under "ui/language"; a change takes effect at the next start.
namespace Translations {

QString preference();
void setPreference(const QString& language);
/// The languages ReSpan is translated into, as locale names ("en", "nl").
QStringList available();
/// The locale the UI uses for `preference` ("" = system), limited to available languages;
/// number formats follow it (decimal comma in Dutch).
QLocale uiLocale(const QString& preference, const QLocale& system = QLocale::system());
/// Sets the default locale and installs ReSpan's translator for it on `app` (Dutch: everything,
/// plus Qt's own texts when installed; English: the plural forms). False when none was found.
bool install(QCoreApplication& app, const QLocale& locale);

}  // namespace Translations

}  // namespace respan::ui
