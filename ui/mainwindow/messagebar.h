#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace respan::ui {

/// A coloured bar across the top of the window for a lasting state the user must not miss,
/// e.g. "Read-only: anna on ws-042 has this project open", with an optional action button.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, const QString& actionText = {});
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton* actionButton() const { return action_; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel* label_;
    QPushButton* action_;
};

}  // namespace respan::ui
