#include "ui/mainwindow/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace respan::ui {

namespace {
const QString kKey = QStringLiteral("files/recent");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    files_ = QSettings().value(kKey).toStringList();
    while (files_.size() > kMaximum) files_.removeLast();
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files_.removeAll(absolute);
    files_.prepend(absolute);
    while (files_.size() > kMaximum) files_.removeLast();
    store();
}

void RecentFiles::remove(const QString& path) {
    if (files_.removeAll(QFileInfo(path).absoluteFilePath()) > 0) store();
}

void RecentFiles::clear() {
    files_.clear();
    store();
}

void RecentFiles::store() {
    QSettings().setValue(kKey, files_);
    Q_EMIT changed();
}

}  // namespace respan::ui
