#include "fuzzentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectstore.h"

namespace respan::fuzz {

namespace {

QString scratchPath() {
    static const QString path =
        QDir::tempPath() +
        QStringLiteral("/respan-fuzz-%1.respan").arg(QCoreApplication::applicationPid());
    return path;
}

void removeScratch(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const QString& name :
         dir.entryList({QFileInfo(path).fileName() + QStringLiteral(".v*.bak")}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

[[noreturn]] void fail(const char* what) {
    std::fputs(what, stderr);
    std::abort();
}

QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
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
            if (doc.elementRow(a.elementUid) < 0 || !doc.slotPosition(a.slotUid).isValid())
                std::abort();
        }
    } catch (const ProjectFileError&) {
    }
    removeScratch(path);
}

void elementsCsv(const std::uint8_t* data, std::size_t size) {
    ProjectDocument doc;
    io::ElementImport first =
        io::parseElementsCsv(bytesOf(data, size), doc, QStringLiteral("fuzz"));
    if (!first.ok()) {
        if (!first.elements.empty()) fail("elements returned together with errors\n");
        return;
    }
    const std::vector<Element> imported = first.elements;
    io::applyElementImport(doc, std::move(first));
    for (const auto dialect : {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        ProjectDocument empty;
        const io::ElementImport again =
            io::parseElementsCsv(io::writeElementsCsv(doc, dialect), empty, QStringLiteral("fuzz"));
        if (!again.ok() || again.elements.size() != imported.size())
            fail("exported elements do not re-import\n");
        for (std::size_t i = 0; i < imported.size(); ++i) {
            Element a = imported[i];
            Element b = again.elements[i];
            a.history.clear();
            b.history.clear();
            if (!(a == b)) fail("element changed in the round trip\n");
        }
    }
}

void designCsv(const std::uint8_t* data, std::size_t size) {
    ProjectDocument doc;
    io::DesignImport first = io::parseDesignCsv(bytesOf(data, size), doc);
    if (!first.ok()) {
        if (!first.structures.empty()) fail("structures returned together with errors\n");
        return;
    }
    io::applyDesignImport(doc, std::move(first));
    for (const auto dialect : {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        ProjectDocument copy;
        io::DesignImport again = io::parseDesignCsv(io::writeDesignCsv(doc, dialect), copy);
        if (!again.ok()) fail("exported design does not re-import\n");
        io::applyDesignImport(copy, std::move(again));
        // Same structures, spans and slots with the same values (uids are new, so compare fields).
        if (copy.structureCount() != doc.structureCount())
            fail("structure count changed in the round trip\n");
        for (int s = 0; s < doc.structureCount(); ++s) {
            const Structure& a = doc.structure(s);
            const Structure& b = copy.structure(s);
            if (a.name != b.name || !(a.site == b.site) || a.spans.size() != b.spans.size())
                fail("structure changed in the round trip\n");
            for (std::size_t p = 0; p < a.spans.size(); ++p) {
                const Span& x = a.spans[p];
                const Span& y = b.spans[p];
                if (x.name != y.name || x.requiredLength != y.requiredLength ||
                    x.installDate != y.installDate || x.slots.size() != y.slots.size())
                    fail("span changed in the round trip\n");
                for (std::size_t k = 0; k < x.slots.size(); ++k) {
                    if (x.slots[k].name != y.slots[k].name ||
                        x.slots[k].momentDemand != y.slots[k].momentDemand ||
                        x.slots[k].shearDemand != y.slots[k].shearDemand)
                        fail("slot changed in the round trip\n");
                }
            }
        }
    }
}

void passport(const std::uint8_t* data, std::size_t size) {
    ProjectDocument doc;
    passport::PassportImport first = passport::readPassport(bytesOf(data, size), doc);
    if (!first.errors.empty()) {
        if (!first.elements.empty()) fail("passport elements returned together with errors\n");
        return;
    }
    if (!first.conflicts.empty() || !first.alreadyPresent.isEmpty())
        fail("conflict or duplicate against an empty project\n");
    const std::vector<Element> imported = first.elements;
    passport::applyPassportImport(doc, std::move(first));
    if (doc.elementCount() != static_cast<int>(imported.size())) fail("elements lost on apply\n");

    const QByteArray again = passport::writePassport(doc, {}, passport::pendingContentSource());
    ProjectDocument copy;
    const passport::PassportImport second = passport::readPassport(again, copy);
    if (!second.ok() || !second.warnings.empty() || second.elements.size() != imported.size())
        fail("exported passport does not re-import cleanly\n");
    for (std::size_t i = 0; i < imported.size(); ++i) {
        if (!passport::elementDifferences(imported[i], second.elements[i]).empty())
            fail("element changed in the passport round trip\n");
        for (std::size_t k = 0; k < imported[i].documents.size(); ++k) {
            if (imported[i].documents[k].pendingContent !=
                second.elements[i].documents[k].pendingContent)
                fail("document content changed in the passport round trip\n");
        }
    }
    const passport::PassportImport third = passport::readPassport(again, doc);
    if (!third.ok() || third.changesProject() ||
        third.alreadyPresent.size() != static_cast<qsizetype>(imported.size()))
        fail("re-importing an export into its own project is not a no-op\n");
}

}  // namespace respan::fuzz
