#include "ui/editors/fieldedit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include "core/model/validation.h"
#include "ui/common/numberformat.h"

namespace respan::ui {

FieldEdit::FieldEdit(const QString& unit, QWidget* parent)
    : QWidget(parent),
      edit_(new QLineEdit(this)),
      unit_(new QLabel(unit, this)),
      error_(new QLabel(this)) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(1);
    layout->addWidget(edit_, 0, 0);
    layout->addWidget(unit_, 0, 1);
    layout->addWidget(error_, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    unit_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("kNm")) + 4);
    unit_->setVisible(!unit.isEmpty());
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error_->hide();
    setFocusProxy(edit_);
    connect(edit_, &QLineEdit::textEdited, this, &FieldEdit::edited);
}

QString FieldEdit::text() const {
    return edit_->text();
}

void FieldEdit::setText(const QString& text) {
    edit_->setText(text);
}

void FieldEdit::setError(const QString& message) {
    if (message == error_->text() && error_->isVisible() == !message.isEmpty()) return;
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
    edit_->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
    edit_->setToolTip(message);
}

QString FieldEdit::error() const {
    return error_->text();
}

bool FieldEdit::hasError() const {
    return !error_->text().isEmpty();
}

std::optional<double> FieldEdit::number() const {
    return parseNumber(edit_->text());
}

QString FieldEdit::notANumberMessage() {
    return tr("not a number (decimal separator: \"%1\")").arg(QLocale().decimalPoint());
}

void FieldEdit::checkRequiredNumber(const QString& field, const FieldRange& range) {
    if (text().trimmed().isEmpty()) return setError(requiredMessage());
    const std::optional<double> v = number();
    if (!v) return setError(notANumberMessage());
    const auto err = checkRange(field, *v, range);
    setError(err ? err->message : QString());
}

}  // namespace respan::ui
