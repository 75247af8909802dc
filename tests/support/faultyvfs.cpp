#include "support/faultyvfs.h"

#include <sqlite3.h>

#include <cstring>

namespace respan::test {

namespace {

struct ShimFile {
    sqlite3_file base;   // must be first: SQLite sees this
    sqlite3_file* real;  // the unix VFS's file object, allocated right after this struct
    const char* path;    // owned by SQLite, valid while the file is open
};

sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs shimVfs;
sqlite3_io_methods shimMethods;
FaultyVfs* instance = nullptr;

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<ShimFile*>(f)->real;
}

int xClose(sqlite3_file* f) {
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (const int rc = instance->onOperation(FaultyVfs::Operation::Write,
                                             reinterpret_cast<ShimFile*>(f)->path))
        return rc;
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags) {
    if (const int rc =
            instance->onOperation(FaultyVfs::Operation::Sync, reinterpret_cast<ShimFile*>(f)->path))
        return rc;
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    // No memory-mapped or WAL shared-memory paths: ReSpan uses neither.
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->path = name;
    const int rc = realVfs->xOpen(realVfs, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so leave it null when the open failed.
    file->pMethods = (rc == SQLITE_OK && shim->real->pMethods) ? &shimMethods : nullptr;
    return rc;
}

}  // namespace

FaultyVfs& FaultyVfs::install() {
    static FaultyVfs vfs;
    if (instance == nullptr) {
        instance = &vfs;
        realVfs = sqlite3_vfs_find("unix");
        shimVfs = *realVfs;
        shimVfs.zName = "respan-faulty";
        shimVfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + realVfs->szOsFile;
        shimVfs.xOpen = xOpen;
        shimVfs.pNext = nullptr;
        std::memset(&shimMethods, 0, sizeof(shimMethods));
        shimMethods.iVersion = 1;
        shimMethods.xClose = xClose;
        shimMethods.xRead = xRead;
        shimMethods.xWrite = xWrite;
        shimMethods.xTruncate = xTruncate;
        shimMethods.xSync = xSync;
        shimMethods.xFileSize = xFileSize;
        shimMethods.xLock = xLock;
        shimMethods.xUnlock = xUnlock;
        shimMethods.xCheckReservedLock = xCheckReservedLock;
        shimMethods.xFileControl = xFileControl;
        shimMethods.xSectorSize = xSectorSize;
        shimMethods.xDeviceCharacteristics = xDeviceCharacteristics;
        sqlite3_vfs_register(&shimVfs, 1);
    }
    return vfs;
}

void FaultyVfs::arm(Operation op, int nth, int errorCode, const QString& pathPrefix,
                    bool persistent) {
    armed_ = true;
    op_ = op;
    nth_ = nth;
    error_ = errorCode;
    persistent_ = persistent;
    prefix_ = pathPrefix;
    seen_ = 0;
}

void FaultyVfs::disarm() {
    armed_ = false;
}

int FaultyVfs::onOperation(Operation op, const char* path) {
    if (!armed_ || op != op_ || path == nullptr || !QString::fromUtf8(path).startsWith(prefix_))
        return SQLITE_OK;
    ++seen_;
    if (seen_ < nth_ || (!persistent_ && seen_ > nth_)) return SQLITE_OK;
    ++faults_;
    return error_;
}

}  // namespace respan::test
