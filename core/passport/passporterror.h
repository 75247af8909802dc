#pragma once

#include <QString>

#include <exception>
#include <string>

namespace respan::passport {

/// A passport could not be written: an element id that is not in the project, or an attached
/// document whose content is missing or no longer matches its recorded SHA-256. The message is
/// translated and names the element and document.
class PassportError : public std::exception {
public:
    explicit PassportError(QString message)
        : message_(std::move(message)), what_(message_.toStdString()) {}
    [[nodiscard]] const QString& message() const { return message_; }
    [[nodiscard]] const char* what() const noexcept override { return what_.c_str(); }

private:
    QString message_;
    std::string what_;
};

}  // namespace respan::passport
