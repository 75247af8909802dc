// The folders of ui/ include each other without a cycle (issue 10: "no loop through the main
// window"): a controller that includes the main window while the main window includes it is the
// service locator architecture.md warns about. The graph is read from the sources themselves.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <vector>

namespace {

using Graph = std::map<QString, std::set<QString>>;

/// folder -> folders it includes, for the files under `root` (one level of folders).
Graph folderGraph(const QString& root, const QString& library) {
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"") + library +
                                            QStringLiteral("/([^/\"]+)/"));
    Graph graph;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString folder = QDir(root).relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        graph[folder];
        for (const QByteArray& line : f.readAll().split('\n')) {
            const auto m = include.match(QString::fromUtf8(line));
            if (m.hasMatch() && m.captured(1) != folder) graph[folder].insert(m.captured(1));
        }
    }
    return graph;
}

/// One cycle of `graph` as "a -> b -> a", or an empty string when there is none.
QString findCycle(const Graph& graph) {
    std::map<QString, int> state;  // 0 new, 1 on the path, 2 done
    std::vector<QString> path;
    QString cycle;
    std::function<bool(const QString&)> visit = [&](const QString& node) {
        state[node] = 1;
        path.push_back(node);
        const auto edges = graph.find(node);
        if (edges != graph.end()) {
            for (const QString& next : edges->second) {
                if (state[next] == 1) {
                    QStringList names;
                    bool on = false;
                    for (const QString& p : path) {
                        if (p == next) on = true;
                        if (on) names << p;
                    }
                    cycle = (names << next).join(QStringLiteral(" -> "));
                    return true;
                }
                if (state[next] == 0 && visit(next)) return true;
            }
        }
        path.pop_back();
        state[node] = 2;
        return false;
    };
    for (const auto& [node, edges] : graph) {
        if (state[node] == 0 && visit(node)) return cycle;
    }
    return QString();
}

}  // namespace

TEST(Architecture, TheCycleFinderFindsAPlantedCycle) {
    Graph g{{QStringLiteral("mainwindow"), {QStringLiteral("planning")}},
            {QStringLiteral("planning"), {QStringLiteral("common"), QStringLiteral("mainwindow")}},
            {QStringLiteral("common"), {}}};
    EXPECT_EQ(findCycle(g), QStringLiteral("mainwindow -> planning -> mainwindow"));
    g[QStringLiteral("planning")].erase(QStringLiteral("mainwindow"));
    EXPECT_EQ(findCycle(g), QString());
}

TEST(Architecture, UiFoldersIncludeEachOtherWithoutACycle) {
    const Graph ui = folderGraph(QStringLiteral(RESPAN_SOURCE_DIR "/ui"), QStringLiteral("ui"));
    ASSERT_GT(ui.size(), 5u);
    EXPECT_EQ(findCycle(ui), QString());
}

namespace {

/// Files under `root` (relative to the repository) with a line including `prefix`.
QStringList filesIncluding(const QString& root, const QString& prefix) {
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"") +
                                     QRegularExpression::escape(prefix));
    QStringList found;
    const QDir repo(QStringLiteral(RESPAN_SOURCE_DIR));
    QDirIterator it(repo.filePath(root), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (include.match(QString::fromUtf8(line)).hasMatch()) {
                found << repo.relativeFilePath(path);
                break;
            }
        }
    }
    found.sort();
    return found;
}

}  // namespace

// The matching engine has three rooms (docs/matching-engine.md): the API and rules in
// core/matching, the solver internals in core/matching/solver, the judging of plans (check,
// explanation, evaluation, comparison) in core/matching/judging. The solver is reached only
// through optimiser.h and design.h (the optimiser over span lengths and plans,
// docs/design-around-stock.md); judging a plan never needs the solver.
TEST(Architecture, TheSolverIsReachedOnlyThroughTheOptimiser) {
    QStringList outside;
    for (const QString& root :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        for (const QString& file : filesIncluding(root, QStringLiteral("core/matching/solver/"))) {
            if (file.startsWith(QLatin1String("core/matching/solver/"))) continue;
            if (file == QLatin1String("core/matching/optimiser.cpp")) continue;
            if (file == QLatin1String("core/matching/design.cpp")) continue;
            outside << file;
        }
    }
    EXPECT_EQ(outside.join(QStringLiteral(", ")).toStdString(), "");
}
