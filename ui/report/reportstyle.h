#pragma once

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QString>

namespace respan::ui {

/// Typography, colours and number formats of the matching report, in one place. Lengths are
/// points (1/72 inch): the report is laid out in points on A4 and painted on devices whose
/// logical resolution is 72 dpi (see MatchingReport), so a font of N points is N units high.
namespace ReportStyle {

// --- page ------------------------------------------------------------------------------------
inline constexpr double kPageWidth = 595.276;   ///< A4, 210 mm
inline constexpr double kPageHeight = 841.890;  ///< A4, 297 mm
inline constexpr double kMarginLeft = 56.0;     ///< about 20 mm
inline constexpr double kMarginRight = 56.0;
inline constexpr double kMarginTop = 72.0;  ///< room for the running header
inline constexpr double kMarginBottom = 62.0;
inline constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;
inline constexpr double kDpi = 72.0;  ///< logical resolution of every device the report paints on

// --- colours (those of the planning board, DrawingStyle, plus text and rules) -----------------
inline const QColor kInk{0x1b, 0x22, 0x2b};         ///< body text
inline const QColor kMuted{0x5f, 0x6b, 0x78};       ///< secondary text, the deck grey
inline const QColor kAccent{0x1c, 0x3d, 0x70};      ///< headings, the pinned outline
inline const QColor kAccentFill{0x2f, 0x5f, 0xa7};  ///< the pinned fill
inline const QColor kGreen{0x3c, 0x8d, 0x62};       ///< the proposed outline
inline const QColor kGreenFill{0xa8, 0xdc, 0xbf};   ///< the proposed fill
inline const QColor kRed{0x9b, 0x1c, 0x1c};         ///< the conflict outline
inline const QColor kRedFill{0xe5, 0x73, 0x73};     ///< the conflict fill
inline const QColor kRule{0xc9, 0xd1, 0xda};        ///< table rules
inline const QColor kHeaderFill{0xe8, 0xed, 0xf3};  ///< table header
inline const QColor kZebra{0xf5, 0xf7, 0xfa};       ///< every other table row
inline const QColor kPanel{0xf1, 0xf4, 0xf8};       ///< key figure cards

// --- fonts ----------------------------------------------------------------------------------
enum class Face { Body, Bold, Condensed, CondensedBold, Mono };
/// Registers the DejaVu fonts (fonts-dejavu-core) when fontconfig does not know them already;
/// false when they cannot be found (the report then uses the default sans serif).
bool ensureFonts();
/// A font of `points` size; metrics without hinting, so that text measures the same on every
/// device (PDF, preview image).
QFont font(Face face, double points);

inline constexpr double kBody = 9.0;
inline constexpr double kSmall = 7.5;
inline constexpr double kTable = 7.6;
inline constexpr double kH1 = 17.0;
inline constexpr double kH2 = 12.5;
inline constexpr double kH3 = 10.0;

}  // namespace ReportStyle

/// Numbers as the report's language writes them: its decimal separator, and group separators
/// from 10 000 up (four-digit numbers read better without).
class ReportNumbers {
public:
    explicit ReportNumbers(QLocale locale);

    [[nodiscard]] const QLocale& locale() const { return locale_; }
    [[nodiscard]] QString number(double value, int decimals) const;
    [[nodiscard]] QString integer(long long value) const;
    /// "17.40 m" with a no-break space.
    [[nodiscard]] QString quantity(double value, int decimals, const QString& unit) const;
    [[nodiscard]] QString percent(double value, int decimals) const;

private:
    QLocale locale_;
};

}  // namespace respan::ui
