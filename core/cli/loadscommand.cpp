// respan-cli loads FILE [--json OUT] (docs/contract/planning.md section 2.4).
#include <QCoreApplication>
#include <QTextStream>

#include "core/cli/cli.h"
#include "core/cli/clicommands.h"
#include "core/cli/cliutil.h"
#include "core/document/projectdocument.h"
#include "core/loads/loadclass.h"
#include "core/loads/loadmodel.h"
#include "core/loads/loadsjson.h"

namespace respan::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::cli)
};

QString fixed(double v, int decimals) {
    return QString::number(v, 'f', decimals);
}

void printLoads(QTextStream& out, const ProjectDocument& doc) {
    const loads::LoadFactors f = loads::LoadFactors::from(doc.settings());
    for (const Structure& st : doc.structures()) {
        out << Tr::tr("Structure %1: load model %2, %3")
                   .arg(st.name, loads::loadModelKey(st.deck.loadModel),
                        loads::consequenceClassKey(st.deck.consequenceClass))
            << '\n';
        for (const Span& span : st.spans) {
            const loads::SpanLoads l = loads::estimateSpan(st.deck, span, f);
            const std::vector<loads::SlotDemand> d = loads::spanDemands(st.deck, span, f);
            out << "  "
                << Tr::tr("Span %1: L = %2 m, w = %3 m, %4 lanes, g_deck = %5 kN/m")
                       .arg(span.name, fixed(l.inputs.spanLengthM, 2),
                            fixed(l.inputs.carriagewayWidthM, 2))
                       .arg(l.lanes ? l.lanes->count : 0)
                       .arg(fixed(l.gDeckKnM, 2))
                << '\n';
            for (std::size_t k = 0; k < span.slots.size(); ++k) {
                out << "    " << span.slots[k].name << "  "
                    << Tr::tr("MEd %1 kNm (%2), VEd %3 kN (%4)")
                           .arg(fixed(d[k].momentKnm, 1),
                                d[k].momentEstimated ? Tr::tr("estimated") : Tr::tr("entered"),
                                fixed(d[k].shearKn, 1),
                                d[k].shearEstimated ? Tr::tr("estimated") : Tr::tr("entered"))
                    << '\n';
            }
        }
    }
    out << Tr::tr("Demands exclude the girder's own weight; R2 adds it per girder.") << '\n';
    out << '\n' << Tr::tr("Elements:") << '\n';
    for (const Element& e : doc.elements()) {
        const loads::ElementResistance r = loads::elementResistance(e, f);
        out << "  " << e.id << "  ";
        if (r.known()) {
            out << Tr::tr("MRd %1 kNm, VRd %2 kN").arg(fixed(r.momentKnm, 1), fixed(r.shearKn, 1))
                << "  ";
        }
        out << loads::resistanceMethod(e, f) << '\n';
    }
    out.flush();
}

}  // namespace

int runLoads(const QStringList& args, QTextStream& out, QTextStream& err) {
    const FileAndJson cmd = parseFileAndJson(args);
    const QString& file = cmd.file;
    const QString& jsonPath = cmd.json;
    if (!jsonPath.isEmpty() && !outputAllowed(jsonPath, file, err)) return kBadInput;
    return readProject(file, err, [&](ProjectDocument& doc, ProjectSession&) {
        if (jsonPath.isEmpty()) {
            printLoads(out, doc);
            return int(kOk);
        }
        if (!writeOutputFile(jsonPath,
                             loads::loadsToJson(doc.structures(), doc.elements(), doc.settings()),
                             err))
            return int(kFailure);
        out << Tr::tr("loads of %1 structures and %2 elements written to %3")
                   .arg(doc.structureCount())
                   .arg(doc.elementCount())
                   .arg(jsonPath)
            << Qt::endl;
        return int(kOk);
    });
}

}  // namespace respan::cli
