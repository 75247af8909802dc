// readPassport and applyPassportImport: the passport compared with and merged into a project.
#include "core/passport/passportimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/passport/jsonfieldreader.h"
#include "core/passport/passportformat.h"
#include "core/passport/passportparser.h"

namespace respan::passport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Passport)
};

QString oneLine(QString s) {
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return s;
}

QStringList unionOfKeys(const QJsonObject& a, const QJsonObject& b) {
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!a.contains(k)) keys << k;
    }
    return keys;
}

/// Field-by-field differences of two JSON values, with paths relative to `path`.
void diffJson(const QJsonValue& project, const QJsonValue& passport, const QString& path,
              std::vector<Difference>& out) {
    if (project == passport) return;
    if (project.isObject() && passport.isObject()) {
        const QJsonObject a = project.toObject();
        const QJsonObject b = passport.toObject();
        for (const QString& key : unionOfKeys(a, b)) {
            diffJson(a.value(key), b.value(key), childPath(path, key), out);
        }
        return;
    }
    if (project.isArray() && passport.isArray()) {
        const QJsonArray a = project.toArray();
        const QJsonArray b = passport.toArray();
        if (a.size() != b.size()) {
            out.push_back({path, Tr::tr("%n entries", nullptr, static_cast<int>(a.size())),
                           Tr::tr("%n entries", nullptr, static_cast<int>(b.size()))});
        }
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            diffJson(a.at(i), b.at(i), itemPath(path, i), out);
        }
        return;
    }
    auto text = [](const QJsonValue& v) {
        return v.isUndefined() ? Tr::tr("(absent)") : jsonText(v);
    };
    out.push_back({path, text(project), text(passport)});
}

struct DonorMerge {
    std::vector<DonorStructure> merged;
    QStringList updates;
    std::vector<PassportConflict> conflicts;
};

/// Donors merged by name: new names are appended, empty fields of existing donors filled in,
/// differing values are conflicts (never overwritten).
DonorMerge mergeDonors(const std::vector<DonorStructure>& project,
                       const std::vector<DonorStructure>& passport) {
    DonorMerge m;
    m.merged = project;
    for (std::size_t i = 0; i < passport.size(); ++i) {
        const DonorStructure& incoming = passport[i];
        auto it = std::find_if(m.merged.begin(), m.merged.end(),
                               [&](const DonorStructure& d) { return d.name == incoming.name; });
        if (it == m.merged.end()) {
            DonorStructure added = incoming;
            added.uid = kNoUid;
            m.merged.push_back(added);
            m.updates << Tr::tr("donor %1: added").arg(incoming.name);
            continue;
        }
        const QJsonObject mine = donorToJson(*it);
        const QJsonObject theirs = donorToJson(incoming);
        PassportConflict conflict{PassportConflict::Kind::Donor,
                                  incoming.name,
                                  itemPath(QStringLiteral("donors"), static_cast<qsizetype>(i)),
                                  {}};
        auto field = [&](const char* key, bool projectEmpty, bool passportEmpty, auto fill) {
            const QString k = QString::fromLatin1(key);
            if (mine.value(k) == theirs.value(k) || passportEmpty) return;
            if (projectEmpty) {
                fill();
                m.updates << Tr::tr("donor %1: %2 %3 taken from the passport")
                                 .arg(incoming.name, k, jsonText(theirs.value(k)));
            } else {
                conflict.differences.push_back(
                    {k, jsonText(mine.value(k)), jsonText(theirs.value(k))});
            }
        };
        field("location", !it->location.has_value(), !incoming.location.has_value(),
              [&] { it->location = incoming.location; });
        field("harvest_date", !it->harvestDate.has_value(), !incoming.harvestDate.has_value(),
              [&] { it->harvestDate = incoming.harvestDate; });
        field("notes", it->notes.isEmpty(), incoming.notes.isEmpty(),
              [&] { it->notes = incoming.notes; });
        if (!conflict.differences.empty()) m.conflicts.push_back(std::move(conflict));
    }
    return m;
}

}  // namespace

QString PassportMessage::toString() const {
    const QString what = rule.isEmpty() ? message : Tr::tr("%1 (%2)").arg(message, rule);
    if (path.isEmpty()) return what;
    const QString where = value.isEmpty() ? path : Tr::tr("%1 = %2").arg(path, oneLine(value));
    return Tr::tr("%1: %2").arg(where, what);
}

QString Difference::toString() const {
    return Tr::tr("%1: %2 in the project, %3 in the passport")
        .arg(path, oneLine(projectValue), oneLine(passportValue));
}

QString PassportConflict::toString() const {
    QStringList parts;
    for (const Difference& d : differences) parts << d.toString();
    const QString list = parts.join(QStringLiteral("; "));
    return kind == Kind::Element
               ? Tr::tr("element %1 (%2) is in the project with different data: %3")
                     .arg(key, path, list)
               : Tr::tr("donor structure %1 (%2) is in the project with different data: %3")
                     .arg(key, path, list);
}

std::vector<Difference> elementDifferences(const Element& project, const Element& passport) {
    std::vector<Difference> out;
    diffJson(elementToJson(project), elementToJson(passport), QString(), out);
    return out;
}

PassportImport readPassport(const QByteArray& bytes, const ProjectDocument& project) {
    PassportImport out;
    ParsedPassport parsed = parsePassport(bytes, out.errors, out.warnings);
    out.schemaVersion = parsed.schemaVersion;
    out.sourceProject = parsed.sourceProject;
    out.producer = parsed.producer;
    if (!out.errors.empty()) return out;

    for (std::size_t i = 0; i < parsed.elements.size(); ++i) {
        Element& e = parsed.elements[i];
        if (const Element* existing = project.elementById(e.id)) {
            std::vector<Difference> differences = elementDifferences(*existing, e);
            if (differences.empty()) {
                out.alreadyPresent << e.id;
            } else {
                out.conflicts.push_back(
                    {PassportConflict::Kind::Element, e.id,
                     itemPath(QStringLiteral("elements"), static_cast<qsizetype>(i)),
                     std::move(differences)});
            }
            continue;
        }
        out.elements.push_back(std::move(e));
    }
    DonorMerge merge = mergeDonors(project.donors(), parsed.donors);
    for (PassportConflict& c : merge.conflicts) out.conflicts.push_back(std::move(c));
    out.donorUpdates = merge.updates;
    out.donors = std::move(parsed.donors);
    return out;
}

void applyPassportImport(ProjectDocument& doc, PassportImport&& import) {
    if (!import.errors.empty() || !import.conflicts.empty()) {
        throw std::invalid_argument(
            Tr::tr("the passport has errors or conflicts; nothing was imported").toStdString());
    }
    for (const Element& e : import.elements) {
        if (doc.elementById(e.id) != nullptr) {
            throw std::invalid_argument(
                Tr::tr("element id %1 is already used").arg(e.id).toStdString());
        }
    }
    DonorMerge merge = mergeDonors(doc.donors(), import.donors);
    if (!merge.conflicts.empty()) {
        throw std::invalid_argument(merge.conflicts.front().toString().toStdString());
    }
    for (Element& e : import.elements) {
        e.uid = kNoUid;  // uids are internal to the project the passport came from
        for (AttachedDocument& d : e.documents) d.uid = kNoUid;
    }
    doc.appendElements(std::move(import.elements));
    if (!merge.updates.isEmpty()) doc.setDonors(std::move(merge.merged));
}

}  // namespace respan::passport
