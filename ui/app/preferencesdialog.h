#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace respan::ui {

/// Preferences kept per user (QSettings): language, autosave interval, the name written into
/// element histories. The language takes effect when ReSpan is started again (said in the dialog).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// Stores the choices; returns true when the language changed (a restart is needed).
    bool store() const;

    static int autosaveSeconds();
    /// Name used in status histories; defaults to the operating-system user.
    static QString userName();

private:
    QComboBox* language_;
    QSpinBox* autosave_;
    QLineEdit* user_;
};

}  // namespace respan::ui
