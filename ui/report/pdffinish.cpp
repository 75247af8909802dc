// qpdf 11: use std::shared_ptr throughout, without its PointerHolder compatibility layer.
#define POINTERHOLDER_TRANSITION 4

#include "ui/report/pdffinish.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <stdexcept>
#include <string>

namespace respan::ui {

namespace {

using Obj = QPDFObjectHandle;

std::string utf8(const QString& s) {
    return s.toStdString();
}

Obj text(const QString& s) {
    return Obj::newUnicodeString(utf8(s));
}

QString xmlEscaped(const QString& s) {
    return s.toHtmlEscaped();
}

/// A destination: the page at `top` points from its top, left edge, zoom unchanged.
Obj destination(const std::vector<QPDFPageObjectHelper>& pages, int page, double top,
                double pageHeight) {
    Obj dest = Obj::newArray();
    dest.appendItem(pages.at(static_cast<std::size_t>(page)).getObjectHandle());
    dest.appendItem(Obj::newName("/XYZ"));
    dest.appendItem(Obj::newInteger(0));
    dest.appendItem(Obj::newReal(pageHeight - top + 6.0, 2));  // a little above the heading
    dest.appendItem(Obj::newNull());
    return dest;
}

/// The XMP packet with the author, subject, language and keywords added to what Qt wrote.
std::string withXmp(std::string xmp, const PdfInfo& info) {
    const QString dc =
        QStringLiteral(
            "<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li>"
            "</rdf:Alt></dc:description>"
            "<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>")
            .arg(xmlEscaped(info.author), xmlEscaped(info.subject), xmlEscaped(info.language));
    const std::string titleEnd = "</dc:title>";
    if (const auto at = xmp.find(titleEnd); at != std::string::npos)
        xmp.insert(at + titleEnd.size(), utf8(dc));
    const std::string producer = "pdf:Producer=";
    if (const auto at = xmp.find(producer); at != std::string::npos) {
        xmp.insert(at, utf8(QStringLiteral("pdf:Keywords=\"%1\" ")
                                .arg(xmlEscaped(info.keywords)
                                         .replace(QLatin1Char('"'), QStringLiteral("&quot;")))));
    }
    return xmp;
}

void setInfo(QPDF& pdf, const PdfInfo& info) {
    Obj trailer = pdf.getTrailer();
    Obj dict = trailer.getKey("/Info");
    if (!dict.isDictionary()) {
        dict = pdf.makeIndirectObject(Obj::newDictionary());
        trailer.replaceKey("/Info", dict);
    }
    dict.replaceKey("/Title", text(info.title));
    dict.replaceKey("/Author", text(info.author));
    dict.replaceKey("/Subject", text(info.subject));
    dict.replaceKey("/Keywords", text(info.keywords));
    Obj root = pdf.getRoot();
    root.replaceKey("/Lang", text(info.language));
    Obj metadata = root.getKey("/Metadata");
    if (metadata.isStream()) {
        const std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_all);
        std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        metadata.replaceStreamData(withXmp(std::move(xmp), info), Obj::newNull(), Obj::newNull());
    }
}

void addOutline(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages,
                const std::vector<TocEntry>& headings, double pageHeight) {
    if (headings.empty()) return;
    Obj outlines = pdf.makeIndirectObject(Obj::newDictionary());
    outlines.replaceKey("/Type", Obj::newName("/Outlines"));
    // Level 1 entries under the outline root, level 2 under the level 1 before them.
    struct Node {
        Obj item;
        std::vector<Obj> children;
    };
    std::vector<Node> top;
    for (const TocEntry& e : headings) {
        if (e.page < 0 || e.page >= static_cast<int>(pages.size())) continue;
        Obj item = pdf.makeIndirectObject(Obj::newDictionary());
        item.replaceKey("/Title", text(e.title));
        item.replaceKey("/Dest", destination(pages, e.page, e.y, pageHeight));
        if (e.level == 1 || top.empty()) {
            top.push_back({item, {}});
        } else {
            top.back().children.push_back(item);
        }
    }
    auto link = [](Obj parent, const std::vector<Obj>& items) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            Obj item = items[i];
            item.replaceKey("/Parent", parent);
            if (i > 0) item.replaceKey("/Prev", items[i - 1]);
            if (i + 1 < items.size()) item.replaceKey("/Next", items[i + 1]);
        }
        if (!items.empty()) {
            parent.replaceKey("/First", items.front());
            parent.replaceKey("/Last", items.back());
        }
    };
    std::vector<Obj> level1;
    for (Node& n : top) {
        link(n.item, n.children);
        // Closed entries show their children's count negated; open ones (here: all) positive.
        if (!n.children.empty())
            n.item.replaceKey("/Count", Obj::newInteger(static_cast<long long>(n.children.size())));
        level1.push_back(n.item);
    }
    link(outlines, level1);
    outlines.replaceKey("/Count", Obj::newInteger(static_cast<long long>(headings.size())));
    Obj root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", Obj::newName("/UseOutlines"));
}

void addLinks(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages,
              const std::vector<PageLink>& links, double pageHeight) {
    for (const PageLink& l : links) {
        if (l.page < 0 || l.page >= static_cast<int>(pages.size()) || l.targetPage < 0 ||
            l.targetPage >= static_cast<int>(pages.size()))
            continue;
        Obj annot = pdf.makeIndirectObject(Obj::newDictionary());
        annot.replaceKey("/Type", Obj::newName("/Annot"));
        annot.replaceKey("/Subtype", Obj::newName("/Link"));
        annot.replaceKey("/Rect", Obj::newArray(QPDFObjectHandle::Rectangle(
                                      l.rect.left(), pageHeight - l.rect.bottom(), l.rect.right(),
                                      pageHeight - l.rect.top())));
        Obj border = Obj::newArray();
        for (int i = 0; i < 3; ++i) border.appendItem(Obj::newInteger(0));
        annot.replaceKey("/Border", border);
        annot.replaceKey("/F", Obj::newInteger(4));  // printable: PDF/A wants it set
        annot.replaceKey("/Dest", destination(pages, l.targetPage, l.targetY, pageHeight));
        Obj page = pages[static_cast<std::size_t>(l.page)].getObjectHandle();
        Obj annots = page.getKey("/Annots");
        if (!annots.isArray()) {
            annots = Obj::newArray();
            page.replaceKey("/Annots", annots);
        }
        annots.appendItem(annot);
    }
}

}  // namespace

QByteArray finishPdf(const QByteArray& input, const PdfInfo& info,
                     const std::vector<TocEntry>& headings, const std::vector<PageLink>& links,
                     double pageHeight, QString* error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("report.pdf", input.constData(),
                              static_cast<std::size_t>(input.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        setInfo(pdf, info);
        addOutline(pdf, pages, headings, pageHeight);
        addLinks(pdf, pages, links, pageHeight);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // PDF/A-1 is PDF 1.4: no object streams, the input's version kept.
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(out->getBuffer()),
                          static_cast<qsizetype>(out->getSize()));
    } catch (const std::exception& e) {
        if (error != nullptr) *error = QString::fromUtf8(e.what());
        return {};
    }
}

}  // namespace respan::ui
