#pragma once
// Form rows for the fields of the field table (core/model/fields.h): the editors take label,
// unit, tooltip, placeholder and the checks of a field from its entry, as the CSV files and
// validation do.

#include <QCoreApplication>
#include <QLineEdit>

#include "core/model/fields.h"
#include "core/model/validation.h"
#include "ui/common/numberformat.h"
#include "ui/editors/fieldedit.h"

namespace respan::ui {

/// The field `key` of a table; the editors name fields the table has.
template <class Record>
const FieldSpec<Record>& fieldOf(std::span<const FieldSpec<Record>> fields, QStringView key) {
    const FieldSpec<Record>* f = findField(fields, key);
    Q_ASSERT(f != nullptr);
    return *f;
}

/// "Required element length:", in the interface's language.
template <class Record>
QString formLabel(const FieldSpec<Record>& f) {
    return QCoreApplication::translate("respan::ui::FieldForm", "%1:").arg(fieldLabel(f));
}

/// A FieldEdit for `f`: its unit, tooltip and placeholder from the table; named by its key.
template <class Record>
FieldEdit* makeFieldEdit(const FieldSpec<Record>& f, QWidget* parent) {
    auto* edit = new FieldEdit(QString::fromUtf8(f.unit), parent);
    edit->setObjectName(QString::fromLatin1(f.key));
    if (f.description != nullptr) edit->setToolTip(translatedFieldText(f.description));
    if (f.placeholder != nullptr)
        edit->lineEdit()->setPlaceholderText(translatedFieldText(f.placeholder));
    return edit;
}

/// The record's value of `f` as an edit shows it: numbers unrounded in the interface's locale,
/// dates as ISO 8601.
template <class Record>
QString editText(const FieldSpec<Record>& f, const Record& record) {
    const FieldValue v = f.get(record);
    if (const auto d = std::get_if<double>(&v)) return editableNumber(*d);
    if (const auto i = std::get_if<int>(&v)) return QString::number(*i);
    if (const auto date = std::get_if<QDate>(&v)) return formatDate(*date);
    return fieldText(v);
}

/// Sets the edit's error for `f`: required, a number within the field's range, a valid date.
template <class Record>
void checkFieldEdit(FieldEdit& edit, const FieldSpec<Record>& f) {
    const QString text = edit.text().trimmed();
    if (text.isEmpty()) return edit.setError(f.required ? requiredMessage() : QString());
    const QString key = QString::fromLatin1(f.key);
    switch (f.type) {
        case FieldType::Number:
            if (f.range != nullptr) return edit.checkRequiredNumber(key, *f.range);
            return edit.setError(edit.number() ? QString() : FieldEdit::notANumberMessage());
        case FieldType::Date: {
            const auto err = checkDate(key, QDate::fromString(text, Qt::ISODate));
            return edit.setError(err ? err->message : QString());
        }
        default:
            return edit.setError(QString());
    }
}

}  // namespace respan::ui
