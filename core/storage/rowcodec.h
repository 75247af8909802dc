#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

#include "core/model/assignment.h"
#include "core/model/element.h"
#include "core/model/impactfactor.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"
#include "core/storage/sqlitestatement.h"

namespace respan {

class SqliteConnection;

/// Reads the tables of a project file into domain values. Every value is checked for its type
/// and range as it is read; anything impossible throws ProjectFileError(Corrupt) naming the
/// table, the row and the column, so a damaged or tampered file never reaches the document.
class RowReader {
public:
    explicit RowReader(SqliteConnection& db) : db_(db) {}

    ProjectSettings readSettings();
    std::vector<DonorStructure> readDonors();
    std::vector<Element> readElements();
    std::vector<Structure> readStructures();
    std::vector<Assignment> readAssignments();
    std::vector<ProtocolStep> readProtocol();
    std::vector<StorageSite> readSites();
    /// The impact factor table, complete: keys the file lacks get their defaults, keys only a
    /// newer build knows are ignored; the settings-backed values come from the settings.
    std::vector<ImpactFactor> readFactors();

private:
    void readCertification(std::vector<Element>& elements, const QHash<Uid, int>& index);

    SqliteConnection& db_;
};

/// Writes domain values into the tables of a project file, inside the caller's transaction.
/// Statements are prepared once per writer and reused for every row.
class RowWriter {
public:
    explicit RowWriter(SqliteConnection& db);
    ~RowWriter();

    void writeSettings(const ProjectSettings& settings);
    void writeDonors(const std::vector<DonorStructure>& donors);
    /// Inserts an element with its history and document metadata. Document contents held in
    /// memory are written; others are copied from the attached database `src` when
    /// `copyContentFromSource`, and otherwise assumed to be in the file already.
    void insertElement(const Element& element, bool copyContentFromSource);
    /// Deletes an element row with its history and document metadata (not the contents).
    void deleteElement(Uid uid);
    /// Uids of the documents the file holds for these elements.
    QSet<Uid> documentUidsOf(const QList<Uid>& elementUids);
    void deleteContent(Uid documentUid);
    void writeStructures(const std::vector<Structure>& structures);
    void writeAssignments(const std::vector<Assignment>& assignments);
    void writeProtocol(const std::vector<ProtocolStep>& protocol);
    void writeSites(const std::vector<StorageSite>& sites);
    void writeFactors(const std::vector<ImpactFactor>& factors);

private:
    void insertCertification(const Element& element);
    SqliteStatement& prepared(int key, const char* sql);

    SqliteConnection& db_;
    std::vector<std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace respan
