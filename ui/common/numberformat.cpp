#include "ui/common/numberformat.h"

#include <QDate>

#include <cmath>

namespace respan::ui {

namespace {
QLocale strict(const QLocale& locale) {
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return l;
}
}  // namespace

QString formatNumber(double value, int decimals, const QLocale& locale) {
    return strict(locale).toString(value, 'f', decimals);
}

QString editableNumber(double value, const QLocale& locale) {
    return strict(locale).toString(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(const QString& text, const QLocale& locale) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    const double v = strict(locale).toDouble(t, &ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<int> parseInteger(const QString& text, const QLocale& locale) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    const int v = strict(locale).toInt(t, &ok);
    if (!ok) return std::nullopt;
    return v;
}

QString formatQuantity(double value, int decimals, const QString& unit, const QLocale& locale) {
    return formatNumber(value, decimals, locale) + QChar(0x00A0) + unit;
}

QString formatEuros(double eur, const QLocale& locale) {
    return QStringLiteral("€") + QChar(0x00A0) + locale.toString(eur, 'f', 0);
}

QString formatDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

}  // namespace respan::ui
