#include "ui/mainwindow/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace respan::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), label_(new QLabel(this)), action_(new QPushButton(this)) {
    setObjectName(QStringLiteral("messageBar"));
    setStyleSheet(
        QStringLiteral("#messageBar { background: #fff4ce; border-bottom: 1px solid #e0c36a; }"
                       "#messageBar QLabel { color: #4a3b00; }"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(label_, 1);
    layout->addWidget(action_);
    connect(action_, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    hide();
}

void MessageBar::showMessage(const QString& text, const QString& actionText) {
    label_->setText(text);
    action_->setText(actionText);
    action_->setVisible(!actionText.isEmpty());
    setVisible(!text.isEmpty());
}

QString MessageBar::text() const {
    return isHidden() ? QString() : label_->text();
}

}  // namespace respan::ui
