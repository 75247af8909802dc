#include "support/orlibrary.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace respan::test {

namespace {

std::vector<long long> readNumbers(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + path.toStdString());
    const QByteArray bytes = f.readAll();
    std::vector<long long> numbers;
    numbers.reserve(static_cast<std::size_t>(bytes.size() / 3));
    long long value = 0;
    bool inNumber = false;
    for (const char ch : bytes) {
        if (ch >= '0' && ch <= '9') {
            value = value * 10 + (ch - '0');
            inNumber = true;
        } else {
            if (inNumber) numbers.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber) numbers.push_back(value);
    return numbers;
}

}  // namespace

matching::SparseCostMatrix readOrLibraryInstance(const QString& path) {
    const std::vector<long long> v = readNumbers(path);
    if (v.empty()) throw std::runtime_error("empty instance " + path.toStdString());
    const auto n = static_cast<int>(v[0]);
    matching::SparseCostMatrix m;
    m.cols = n;
    m.rowStart.assign(1, 0);
    if (v.size() == static_cast<std::size_t>(n) * static_cast<std::size_t>(n) + 1) {
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                m.addArc(j, v[1 + static_cast<std::size_t>(i) * static_cast<std::size_t>(n) +
                              static_cast<std::size_t>(j)]);
            }
            m.endRow();
        }
        return m;
    }
    if ((v.size() - 1) % 3 != 0) throw std::runtime_error("unknown format " + path.toStdString());
    std::vector<std::tuple<int, int, long long>> arcs;
    for (std::size_t k = 1; k + 2 < v.size(); k += 3) {
        const auto i = static_cast<int>(v[k]) - 1;
        const auto j = static_cast<int>(v[k + 1]) - 1;
        if (i < 0 || i >= n || j < 0 || j >= n) throw std::runtime_error("index out of range");
        arcs.emplace_back(i, j, v[k + 2]);
    }
    std::sort(arcs.begin(), arcs.end());
    std::size_t k = 0;
    for (int i = 0; i < n; ++i) {
        for (; k < arcs.size() && std::get<0>(arcs[k]) == i; ++k) {
            m.addArc(std::get<1>(arcs[k]), std::get<2>(arcs[k]));
        }
        m.endRow();
    }
    return m;
}

long long orLibraryOptimum(const QString& name) {
    QFile f(QStringLiteral(RESPAN_TEST_DATA_DIR "/or-library/optima.txt"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList parts = line.simplified().split(QLatin1Char(' '));
        if (parts.size() == 2 && parts[0] == name) return parts[1].toLongLong();
    }
    return -1;
}

}  // namespace respan::test
