#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace respan::test {

QString dataPath(const QString& relative) {
    return QStringLiteral(RESPAN_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QByteArray fileSha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return f.write(bytes) == bytes.size();
}

QByteArray oneElementCsv(const QString& id) {
    return "id,donor_structure,donor_position,type,length_m,height_mm,width_mm,mass_t,year_built,"
           "original_load_class,moment_capacity_knm,shear_capacity_kn,capacity_basis,condition,"
           "status,location_lat,location_lon,available_from\n" +
           id.toUtf8() +
           ",A9 viaduct West,span 1,inverted-T rail girder,17.92,900,1180,23.7,1976,BK-60-1963,"
           "3020,640,verified,2,in_storage,52.4628,4.6012,\n";
}

}  // namespace respan::test
