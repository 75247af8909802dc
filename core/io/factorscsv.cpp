// The factors CSV (docs/impact.md, "Factors").
#include "core/io/factorscsv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/csvwriter.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

enum FactorColumn { FKey, FValue, FUnit, FSource, FYear, FIllustrative, kFactorColumns };

constexpr std::array<CsvColumnSpec, kFactorColumns> kFactorSpec{{
    {"key", true},
    {"value", true},
    {"unit", false},
    {"source", false},
    {"year", false},
    {"illustrative", false},
}};

int columnOfField(const QString& field) {
    for (int c = 0; c < kFactorColumns; ++c) {
        if (field == QLatin1String(kFactorSpec[static_cast<std::size_t>(c)].name)) return c;
    }
    return FKey;
}

std::optional<bool> flag(const QString& text) {
    const QString v = text.trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("false") || v == QLatin1String("0") ||
        v == QLatin1String("no")) {
        return false;
    }
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
        return true;
    return std::nullopt;
}

}  // namespace

FactorsImport parseFactorsCsv(const QByteArray& bytes) {
    FactorsImport out;
    CsvTable table(bytes, kFactorSpec, out.errors, out.warnings);
    if (!table.canRead()) return out;
    CsvRowParser p(table);
    QHash<QString, int> rowOfKey;
    while (table.nextRow()) {
        p.startRow();
        ImpactFactor f;
        f.key = p.text(FKey).trimmed();
        const ImpactFactor* known = defaultImpactFactor(f.key);
        if (f.key.isEmpty()) {
            p.fail(FKey, QStringLiteral("required"), Tr::tr("required"));
        } else if (const auto it = rowOfKey.constFind(f.key); it != rowOfKey.cend()) {
            p.fail(FKey, QStringLiteral("unique"),
                   Tr::tr("factor %1 is also on row %2").arg(f.key).arg(*it));
        } else {
            rowOfKey.insert(f.key, table.row());
        }
        if (const auto v = p.number(FValue, true)) f.value = *v;
        f.unit = p.text(FUnit).trimmed();
        if (f.unit.isEmpty() && known != nullptr) f.unit = known->unit;
        f.source = p.text(FSource).trimmed();
        if (const auto y = p.wholeNumber(FYear, false)) f.year = *y;
        const std::optional<bool> illustrative = flag(p.text(FIllustrative));
        if (!illustrative) {
            p.fail(FIllustrative, QStringLiteral("boolean"), Tr::tr("must be true or false"));
        } else {
            f.illustrative = *illustrative;
        }
        for (const FactorProblem& pr : checkFactor(f)) {
            const int column = columnOfField(pr.field);
            // A column the file leaves out reads as failed; its problem is still reported (a
            // file without a source column gives no source).
            if ((table.hasColumn(column) && p.failed(column)) || (column != FKey && p.failed(FKey)))
                continue;
            p.fail(column,
                   pr.field == QLatin1String("key")      ? QStringLiteral("unknown")
                   : pr.field == QLatin1String("source") ? QStringLiteral("required")
                                                         : QStringLiteral("range"),
                   pr.message);
            if (column == FKey) break;  // an unknown key has no range to check
        }
        out.factors.push_back(std::move(f));
    }
    if (out.errors.empty() && out.factors.empty()) {
        out.errors.push_back(
            {0, QString(), QString(), QStringLiteral("empty"), Tr::tr("the file has no factors")});
    }
    if (!out.errors.empty()) out.factors.clear();
    return out;
}

QByteArray writeFactorsCsv(const std::vector<ImpactFactor>& factors, CsvDialect dialect) {
    CsvWriter w(dialect);
    for (const CsvColumnSpec& c : kFactorSpec) w.text(QString::fromLatin1(c.name));
    w.endRow();
    for (const ImpactFactor& f : factors) {
        w.text(f.key);
        w.number(f.value);
        w.text(f.unit);
        w.text(f.source);
        if (f.year != 0) {
            w.integer(f.year);
        } else {
            w.empty();
        }
        w.text(f.illustrative ? QStringLiteral("true") : QStringLiteral("false"));
        w.endRow();
    }
    return w.toUtf8();
}

std::vector<ImpactFactor> mergeFactors(const std::vector<ImpactFactor>& project,
                                       const std::vector<ImpactFactor>& imported) {
    std::vector<ImpactFactor> out = project;
    for (const ImpactFactor& f : imported) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const ImpactFactor& o) { return o.key == f.key; });
        if (it != out.end()) *it = f;
    }
    return out;
}

}  // namespace respan::io
