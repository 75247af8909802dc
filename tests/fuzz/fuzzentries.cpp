#include "fuzzentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>

#include "document/projectdocument.h"
#include "storage/projectfileerror.h"
#include "storage/projectstore.h"

namespace respan::fuzz {

namespace {

QString scratchPath() {
    static const QString path =
        QDir::tempPath() + QStringLiteral("/respan-fuzz-%1.respan").arg(QCoreApplication::applicationPid());
    return path;
}

void removeScratch(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const QString& name : dir.entryList({QFileInfo(path).fileName() + QStringLiteral(".v*.bak")}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

}  // namespace

void projectLoader(const std::uint8_t* data, std::size_t size) {
    const QString path = scratchPath();
    removeScratch(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) std::abort();
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    try {
        ProjectStore::check(path);
    } catch (const ProjectFileError&) {
    }
    try {
        ProjectDocument doc;
        ProjectStore::load(path, doc);
        // What loaded must be consistent enough to save again and load back identically.
        for (const Element& e : doc.elements()) {
            if (doc.elementById(e.id) != &e) std::abort();
        }
        for (const Assignment& a : doc.assignments()) {
            if (doc.elementRow(a.elementUid) < 0 || !doc.slotPosition(a.slotUid).isValid()) std::abort();
        }
    } catch (const ProjectFileError&) {
    }
    removeScratch(path);
}

}  // namespace respan::fuzz
