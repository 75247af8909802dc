// Materials passport speed: export and import (parse, validate, compare with the project, apply)
// of batches of 1,000 and 10,000 elements from the large synthetic project, without documents
// (second argument 0) and with every tenth element carrying a 100 kB attached document (1),
// embedded as base64.
#include <QCoreApplication>
#include <QCryptographicHash>

#include <benchmark/benchmark.h>

#include "core/document/projectdocument.h"
#include "core/passport/passportexport.h"
#include "core/passport/passportimport.h"
#include "support/sampleproject.h"

namespace {

using namespace respan;

void fill(ProjectDocument& doc, int elements, bool documents) {
    test::fillLargeProject(doc, elements, 0);
    if (!documents) return;
    for (int row = 0; row < doc.elementCount(); row += 10) {
        Element e = doc.element(row);
        AttachedDocument d;
        d.name = QStringLiteral("report-%1.pdf").arg(e.id);
        d.mimeType = QStringLiteral("application/pdf");
        d.pendingContent = QByteArray(100 * 1024, static_cast<char>('A' + row % 26));
        d.size = d.pendingContent.size();
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(d.pendingContent, QCryptographicHash::Sha256).toHex());
        d.added = QDateTime(QDate(2024, 4, 2), QTime(9, 30), Qt::UTC);
        e.documents.push_back(d);
        doc.updateElement(row, e);
    }
}

void BM_PassportExport(benchmark::State& state) {
    ProjectDocument doc;
    fill(doc, static_cast<int>(state.range(0)), state.range(1) != 0);
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray json = passport::writePassport(doc, {}, passport::pendingContentSource());
        bytes = json.size();
        benchmark::DoNotOptimize(json.constData());
    }
    state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_PassportImport(benchmark::State& state) {
    ProjectDocument source;
    fill(source, static_cast<int>(state.range(0)), state.range(1) != 0);
    const QByteArray json = passport::writePassport(source, {}, passport::pendingContentSource());
    for (auto _ : state) {
        ProjectDocument target;
        passport::PassportImport import = passport::readPassport(json, target);
        if (!import.ok()) state.SkipWithError("import failed");
        passport::applyPassportImport(target, std::move(import));
        benchmark::DoNotOptimize(target.elementCount());
    }
}

void BM_PassportReimportIdentical(benchmark::State& state) {
    // The conflict check: every element already present, compared field by field.
    ProjectDocument source;
    fill(source, static_cast<int>(state.range(0)), state.range(1) != 0);
    const QByteArray json = passport::writePassport(source, {}, passport::pendingContentSource());
    for (auto _ : state) {
        const passport::PassportImport import = passport::readPassport(json, source);
        if (!import.ok() || import.changesProject()) state.SkipWithError("not identical");
    }
}

}  // namespace

BENCHMARK(BM_PassportExport)->ArgsProduct({{1000, 10000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassportImport)->ArgsProduct({{1000, 10000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PassportReimportIdentical)
    ->ArgsProduct({{1000, 10000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
