#pragma once

#include <QDialog>
#include <QHash>

#include "core/model/projectsettings.h"

class QCheckBox;
class QDialogButtonBox;

namespace respan::ui {

class FieldEdit;

/// The project settings of docs/contract/matching.md sections 2-3 (rule limits, carbon factors) and
/// the project's name and author: one field per setting with its unit, range and source, validated
/// by the same code as `respan-cli set`.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const ProjectSettings& settings, QWidget* parent = nullptr);

    /// The settings as entered (valid only when isValid()).
    [[nodiscard]] ProjectSettings settings() const;
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] FieldEdit* field(const QString& name) const { return fields_.value(name); }

private:
    void validate();
    ProjectSettings original_;
    QHash<QString, FieldEdit*> fields_;
    QHash<QString, QCheckBox*> checks_;
    QDialogButtonBox* buttons_;
};

}  // namespace respan::ui
