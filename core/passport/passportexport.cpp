#include "core/passport/passportexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "core/document/projectdocument.h"
#include "core/passport/passporterror.h"
#include "core/passport/passportformat.h"
#include "core/passport/passportjson.h"

namespace respan::passport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Passport)
};

std::vector<const Element*> select(const ProjectDocument& doc, const QStringList& ids) {
    std::vector<const Element*> out;
    if (ids.isEmpty()) {
        out.reserve(doc.elements().size());
        for (const Element& e : doc.elements()) out.push_back(&e);
        return out;
    }
    QStringList missing;
    QSet<Uid> chosen;
    for (const QString& id : ids) {
        const Element* e = doc.elementById(id);
        if (e == nullptr) {
            if (!missing.contains(id)) missing << id;
        } else {
            chosen.insert(e->uid);
        }
    }
    if (!missing.isEmpty()) {
        throw PassportError(Tr::tr("no element with this id in the project: %1")
                                .arg(missing.join(QStringLiteral(", "))));
    }
    for (const Element& e : doc.elements()) {
        if (chosen.contains(e.uid)) out.push_back(&e);
    }
    return out;
}

QJsonObject cb23Levels() {
    auto list = [](std::initializer_list<const char*> items) {
        QJsonArray a;
        for (const char* s : items) a.append(QString::fromLatin1(s));
        return a;
    };
    return QJsonObject{
        {QStringLiteral("structure"), list({"donors", "elements[].origin"})},
        {QStringLiteral("element"),
         list({"elements[].id", "elements[].resistance", "elements[].condition",
               "elements[].present", "elements[].documents", "elements[].history",
               "elements[].notes"})},
        {QStringLiteral("product"),
         list({"elements[].type", "elements[].geometry", "elements[].mass_t"})},
        {QStringLiteral("material"), list({"elements[].composition"})},
    };
}

QJsonObject entryWithContent(const Element& e, const ContentSource& content, bool include) {
    QJsonObject entry = elementToJson(e);
    if (include && !e.documents.empty()) {
        QJsonArray docs = entry.value(QStringLiteral("documents")).toArray();
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const AttachedDocument& d = e.documents[static_cast<std::size_t>(i)];
            const QByteArray bytes = d.size == 0 ? QByteArray() : content(d);
            // What goes out must be what the project says it holds: a passport is evidence.
            if (bytes.size() != d.size || sha256Hex(bytes) != d.sha256) {
                throw PassportError(
                    Tr::tr("document %1 of element %2: its content (%3 bytes) does not match the "
                           "recorded size (%4 bytes) and SHA-256; the project file may be damaged")
                        .arg(d.name, e.id)
                        .arg(bytes.size())
                        .arg(d.size));
            }
            QJsonObject o = docs.at(i).toObject();
            o.insert(QStringLiteral("content_base64"), QString::fromLatin1(bytes.toBase64()));
            docs.replace(i, o);
        }
        entry.insert(QStringLiteral("documents"), docs);
    }
    entry.insert(QStringLiteral("content_sha256"), elementContentHash(entry));
    return entry;
}

}  // namespace

ContentSource pendingContentSource() {
    return [](const AttachedDocument& d) { return d.pendingContent; };
}

QJsonObject buildPassport(const ProjectDocument& doc, const QStringList& elementIds,
                          const ContentSource& content, const ExportOptions& options) {
    const std::vector<const Element*> elements = select(doc, elementIds);
    QSet<QString> donorNames;
    QJsonArray entries;
    for (const Element* e : elements) {
        donorNames.insert(e->donorStructure);
        entries.append(entryWithContent(*e, content, options.includeContent));
    }
    QJsonArray donors;
    for (const DonorStructure& d : doc.donors()) {
        if (donorNames.contains(d.name)) donors.append(donorToJson(d));
    }
    const QDateTime created =
        options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    return QJsonObject{
        {QStringLiteral("$schema"), QString::fromLatin1(kSchemaUri)},
        {QStringLiteral("schema"), QString::fromLatin1(kSchemaId)},
        {QStringLiteral("schema_version"), kSchemaVersion},
        {QStringLiteral("producer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("ReSpan")},
                     {QStringLiteral("version"), QStringLiteral(RESPAN_VERSION)}}},
        {QStringLiteral("created_utc"), formatTime(created)},
        {QStringLiteral("source_project"), doc.settings().projectName},
        {QStringLiteral("document_content"),
         options.includeContent ? QStringLiteral("embedded") : QStringLiteral("omitted")},
        {QStringLiteral("cb23_levels"), cb23Levels()},
        {QStringLiteral("donors"), donors},
        {QStringLiteral("elements"), entries},
    };
}

QByteArray writePassport(const ProjectDocument& doc, const QStringList& elementIds,
                         const ContentSource& content, const ExportOptions& options) {
    return toPrettyJson(buildPassport(doc, elementIds, content, options));
}

}  // namespace respan::passport
