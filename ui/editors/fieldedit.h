#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace respan {
struct FieldRange;
}

namespace respan::ui {

/// One input of a form: a line edit with its unit after it and the field's error under it
/// (red, hidden when there is none). Numbers are read in the UI locale (decimal comma in Dutch).
class FieldEdit : public QWidget {
    Q_OBJECT
public:
    explicit FieldEdit(const QString& unit = {}, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* lineEdit() const { return edit_; }
    [[nodiscard]] QString text() const;
    void setText(const QString& text);
    /// Shows `message` under the field (empty: hides it) and marks the field.
    void setError(const QString& message);
    [[nodiscard]] QString error() const;
    [[nodiscard]] bool hasError() const;

    /// The text as a number in the UI locale; empty when it is not one.
    [[nodiscard]] std::optional<double> number() const;
    /// Message for text that is not a number, naming the decimal separator of the UI locale.
    static QString notANumberMessage();
    /// Sets the error of a required number field: empty, not a number, or outside `range` (with
    /// the message of core validation for `field`, e.g. "moment_demand_knm"); clears it if valid.
    void checkRequiredNumber(const QString& field, const FieldRange& range);

Q_SIGNALS:
    void edited();

private:
    QLineEdit* edit_;
    QLabel* unit_;
    QLabel* error_;
};

}  // namespace respan::ui
