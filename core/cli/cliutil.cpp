#include "core/cli/cliutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <sys/stat.h>

#include "core/document/projectdocument.h"
#include "core/storage/outputguard.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectlock.h"
#include "core/storage/projectsession.h"

namespace respan::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};
}  // namespace

int editProject(const QString& path, QTextStream& out, QTextStream& err,
                const std::function<int(ProjectDocument&, QTextStream&)>& edit) {
    ProjectDocument doc;
    ProjectSession session(doc);
    try {
        session.open(path, ProjectSession::LockPolicy::FailIfLocked);
        QString done;
        QTextStream report(&done);
        const int status = edit(doc, report);
        if (status != kOk) return status;
        session.save();
        session.close();
        report.flush();
        out << done;
        out.flush();
        return kOk;
    } catch (const ProjectFileError& e) {
        err << Tr::tr("error: %1").arg(e.message()) << Qt::endl;
        return e.isRefusal() ? kBadInput : kFailure;
    }
}

int readProject(const QString& path, QTextStream& err,
                const std::function<int(ProjectDocument&, ProjectSession&)>& read) {
    ProjectDocument doc;
    ProjectSession session(doc);
    try {
        // Reading needs no lock of its own, and must work while the GUI has the file open.
        session.open(path, ProjectSession::LockPolicy::ReadOnlyNoLock);
        return read(doc, session);
    } catch (const ProjectFileError& e) {
        err << Tr::tr("error: %1").arg(e.message()) << Qt::endl;
        return e.isRefusal() ? kBadInput : kFailure;
    }
}

bool readInputFile(const QString& path, QByteArray& bytes, QTextStream& err) {
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // Not refused: pipes (`<(command)`) and FIFOs. Devices never end (/dev/zero).
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 &&
            (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
            err << Tr::tr("error: %1: is a device, not a file").arg(path) << Qt::endl;
            return false;
        }
    }
    if (info.isDir()) {
        err << Tr::tr("error: %1: is a folder, not a file").arg(path) << Qt::endl;
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << Tr::tr("error: %1: cannot read (%2)").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    // Read in pieces up to a limit, so that an endless or enormous input is refused instead of
    // filling the memory.
    bytes.clear();
    while (true) {
        const QByteArray piece = f.read(1 << 20);
        if (piece.isEmpty()) break;
        if (bytes.size() + piece.size() > kMaxInputBytes) {
            err << Tr::tr("error: %1: larger than %2 MiB; no ReSpan input is that large")
                       .arg(path)
                       .arg(kMaxInputBytes >> 20)
                << Qt::endl;
            bytes.clear();
            return false;
        }
        bytes += piece;
    }
    if (f.error() != QFileDevice::NoError) {
        err << Tr::tr("error: %1: cannot read (%2)").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

bool writeOutputFile(const QString& path, const QByteArray& bytes, QTextStream& err) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err << Tr::tr("error: %1: cannot write (%2)").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

bool outputAllowed(const QString& output, const QString& project, QTextStream& err) {
    const QString refusal = outputRefusal(output, project);
    if (refusal.isEmpty()) return true;
    err << Tr::tr("error: %1").arg(refusal) << Qt::endl;
    return false;
}

QString currentUser() {
    return ProjectLock::currentProcess().user;
}

FileAndJson parseFileAndJson(const QStringList& args, const QStringList& valueOptions) {
    FileAndJson r;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json")) {
            if (++i >= args.size()) throw UsageError{Tr::tr("--json needs an output file")};
            r.json = args.at(i);
        } else if (valueOptions.contains(a)) {
            if (++i >= args.size()) throw UsageError{Tr::tr("%1 needs a value").arg(a)};
            if (r.options.contains(a)) throw UsageError{Tr::tr("%1 is given twice").arg(a)};
            r.options.insert(a, args.at(i));
        } else if (a.startsWith(QLatin1String("--"))) {
            throw UsageError{Tr::tr("unknown option \"%1\"").arg(a)};
        } else if (r.file.isEmpty()) {
            r.file = a;
        } else {
            throw UsageError{Tr::tr("unexpected argument \"%1\"").arg(a)};
        }
    }
    if (r.file.isEmpty()) throw UsageError{Tr::tr("missing project file")};
    return r;
}

}  // namespace respan::cli
