#pragma once

#include <QObject>
#include <QStringList>

namespace respan::ui {

/// The most recently opened or saved projects, newest first, kept in QSettings.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    [[nodiscard]] QStringList files() const { return files_; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();
    QStringList files_;
};

}  // namespace respan::ui
