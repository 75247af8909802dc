#include "core/io/importmessage.h"

#include <QCoreApplication>
#include <QStringList>

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ImportMessage)
};

/// A value on one line: line breaks inside a quoted field would break the message apart.
QString oneLine(QString value) {
    value.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    value.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    value.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return value;
}

}  // namespace

QString ImportMessage::toString() const {
    QStringList place;
    if (row > 0) place << Tr::tr("row %1").arg(row);
    if (!column.isEmpty()) place << Tr::tr("column %1").arg(column);
    if (!value.isEmpty()) place << Tr::tr("value \"%1\"").arg(oneLine(value));
    const QString where = place.join(QStringLiteral(", "));
    const QString what = rule.isEmpty() ? message : Tr::tr("%1 (%2)").arg(message, rule);
    return where.isEmpty() ? what : Tr::tr("%1: %2").arg(where, what);
}

}  // namespace respan::io
