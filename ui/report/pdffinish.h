#pragma once
// What Qt's PDF writer cannot write, added with qpdf (Debian's libqpdf): the document
// information (author, subject, keywords, language) in both the Info dictionary and the XMP
// packet (PDF/A-1b wants the two to agree), bookmarks from the table of contents, and clickable
// contents entries.

#include <QByteArray>
#include <QString>

#include <vector>

#include "ui/report/reportcanvas.h"

namespace respan::ui {

struct PdfInfo {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString language;  ///< BCP 47, "nl-NL" or "en-GB"
};

/// `pdf` as written by QPdfWriter, with `info`, an outline of `headings` (level 1 and 2, each
/// leading to its heading's place) and `links`. Page coordinates are points from the top left
/// of an A4 page of `pageHeight` points. Returns the new file, or an empty array with `error`
/// set when qpdf refuses the input.
QByteArray finishPdf(const QByteArray& pdf, const PdfInfo& info,
                     const std::vector<TocEntry>& headings, const std::vector<PageLink>& links,
                     double pageHeight, QString* error);

}  // namespace respan::ui
