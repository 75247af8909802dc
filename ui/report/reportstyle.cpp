#include "ui/report/reportstyle.h"

#include <QDir>
#include <QFontDatabase>

#include <cmath>

namespace respan::ui {

namespace ReportStyle {

namespace {
const QString kSans = QStringLiteral("DejaVu Sans");
const QString kCondensed = QStringLiteral("DejaVu Sans Condensed");
const QString kMono = QStringLiteral("DejaVu Sans Mono");
// Where Debian's fonts-dejavu-core puts them.
const QString kFontFolder = QStringLiteral("/usr/share/fonts/truetype/dejavu");
}  // namespace

bool ensureFonts() {
    static const bool ok = [] {
        const QStringList families = QFontDatabase::families();
        if (families.contains(kSans) && families.contains(kCondensed) && families.contains(kMono)) {
            return true;
        }
        const QDir dir(kFontFolder);
        for (const char* file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf",
                                 "DejaVuSansCondensed-Bold.ttf", "DejaVuSansMono.ttf"}) {
            QFontDatabase::addApplicationFont(dir.filePath(QString::fromLatin1(file)));
        }
        return QFontDatabase::families().contains(kSans);
    }();
    return ok;
}

QFont font(Face face, double points) {
    QString family = kSans;
    bool bold = false;
    switch (face) {
        case Face::Body:
            break;
        case Face::Bold:
            bold = true;
            break;
        case Face::Condensed:
            family = kCondensed;
            break;
        case Face::CondensedBold:
            family = kCondensed;
            bold = true;
            break;
        case Face::Mono:
            family = kMono;
            break;
    }
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(true);
    // Design metrics: widths do not depend on the device's pixel grid, so what is measured on
    // the reference device is what the PDF and the preview draw.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" stays two letters, so that text copied or searched in the PDF (and
    // pdftotext) reads as typed.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

}  // namespace ReportStyle

ReportNumbers::ReportNumbers(QLocale locale) : locale_(std::move(locale)) {}

QString ReportNumbers::number(double value, int decimals) const {
    QLocale l = locale_;
    l.setNumberOptions(std::abs(value) >= 10000.0 ? QLocale::DefaultNumberOptions
                                                  : QLocale::OmitGroupSeparator);
    QString s = l.toString(value, 'f', decimals);
    // No "-0.0" for a value that rounds to zero.
    if (s.startsWith(l.negativeSign()) && l.toDouble(s) == 0.0)
        s.remove(0, l.negativeSign().size());
    return s;
}

QString ReportNumbers::integer(long long value) const {
    return number(static_cast<double>(value), 0);
}

QString ReportNumbers::quantity(double value, int decimals, const QString& unit) const {
    return number(value, decimals) + QChar(0x00A0) + unit;
}

QString ReportNumbers::percent(double value, int decimals) const {
    return number(value, decimals) + QChar(0x00A0) + QLatin1Char('%');
}

}  // namespace respan::ui
