#pragma once

#include <QDialog>
#include <QHash>

#include "core/model/element.h"
#include "ui/editors/documentstab.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

class FieldEdit;
class HistoryTab;

/// Editor of one element: every field with its unit and validation at the field (ranges and
/// messages of core/model/validation.h; numbers in the UI locale), its attached documents and
/// its status history. Nothing changes in the document until apply(), which makes the whole
/// edit one undo step.
class ElementEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// `element.uid == kNoUid` makes a new element. `user` is written into the history when the
    /// status is changed.
    ElementEditorDialog(const ProjectDocument& doc, Element element, QString user,
                        DocumentsTab::ContentReader reader, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isNew() const { return original_.uid == kNoUid; }

    /// The element as edited (documents not included; see documents()).
    [[nodiscard]] Element editedFields() const;
    [[nodiscard]] const std::vector<AttachedDocument>& documents() const;
    /// Errors per field name ("length_m" -> message); empty when the element can be stored.
    [[nodiscard]] QHash<QString, QString> fieldErrors() const;

    /// Makes the edit in `doc` as one undo step; returns an empty string or the reason it was
    /// refused (nothing changed then).
    QString apply(QUndoStack& stack, ProjectDocument& doc) const;

    [[nodiscard]] FieldEdit* field(const QString& name) const { return fields_.value(name); }
    [[nodiscard]] QComboBox* statusBox() const { return choices_.value(QStringLiteral("status")); }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] DocumentsTab* documentsTab() const { return documents_; }
    [[nodiscard]] HistoryTab* historyTab() const { return history_; }

private:
    QWidget* buildGeneralTab();
    FieldEdit* addField(const QString& name, const QString& unit);
    void load(const Element& e);
    void showResistanceMethod(const Element& e);
    void validate();

    const ProjectDocument& doc_;
    Element original_;
    QString user_;
    DocumentsTab::ContentReader reader_;
    bool readOnly_ = false;
    QHash<QString, FieldEdit*> fields_;
    QHash<QString, QComboBox*> choices_;  ///< fields shown as a list of their values
    QLabel* resistanceMethod_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    DocumentsTab* documents_ = nullptr;
    HistoryTab* history_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace respan::ui
