#!/usr/bin/python3
"""OR-Library assignment instances: ReSpan's assignment core and SciPy side by side, one run.

    /usr/bin/python3 tests/benchmarks/orlibrary_peer.py BUILD_DIR [--repetitions N]

(Debian's interpreter: python3-scipy installs into it, not into another python3 on the PATH.)

Runs `bench_matching --benchmark_filter=orLibrary` (solve only, file reading excluded) and, when
Debian's python3-scipy is installed, times SciPy on the same instances, solve only as well:
`scipy.optimize.linear_sum_assignment` on the dense cost matrix of the dense instances
(assign100..800) and `scipy.sparse.csgraph.min_weight_full_bipartite_matching` on the CSR matrix
of the sparse ones (assignp800..5000), plus the dense routine on the sparse ones with absent arcs
at a prohibitive cost (what a user of the dense routine would do). Every optimum is checked
against OR-Library's published value. Medians over the repetitions; the table's last column is
ours / SciPy's best (below 1: ReSpan is faster).
"""

import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "or-library")
DENSE = ["assign100", "assign400", "assign800"]
SPARSE = ["assignp800", "assignp1500", "assignp3000", "assignp5000"]


def published():
    optima = {}
    with open(os.path.join(DATA, "optima.txt"), encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                optima[parts[0]] = int(parts[1])
    return optima


def read_dense(name):
    with open(os.path.join(DATA, name + ".txt"), encoding="ascii") as f:
        numbers = [int(x) for x in f.read().split()]
    n = numbers[0]
    values = numbers[1:]
    if len(values) != n * n:
        raise ValueError(f"{name}: {len(values)} costs for a {n} x {n} matrix")
    return n, values


def read_sparse(name):
    with open(os.path.join(DATA, name + ".txt"), encoding="ascii") as f:
        numbers = [int(x) for x in f.read().split()]
    n = numbers[0]
    triples = numbers[1:]
    if len(triples) % 3 != 0:
        raise ValueError(f"{name}: arcs are not triples")
    return n, [(triples[k] - 1, triples[k + 1] - 1, triples[k + 2])
               for k in range(0, len(triples), 3)]


def median_seconds(solve, repetitions):
    times = []
    result = None
    for _ in range(repetitions):
        start = time.perf_counter()
        result = solve()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def scipy_times(repetitions, optima):
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import min_weight_full_bipartite_matching
        import scipy
    except ImportError:
        return None, None
    rows = {}
    for name in DENSE:
        n, values = read_dense(name)
        cost = np.array(values, dtype=np.int64).reshape(n, n)
        seconds, (r, c) = median_seconds(lambda: linear_sum_assignment(cost), repetitions)
        value = int(cost[r, c].sum())
        rows[name] = {"dense": seconds, "dense_value": value}
    for name in SPARSE:
        n, arcs = read_sparse(name)
        i = np.array([a[0] for a in arcs])
        j = np.array([a[1] for a in arcs])
        w = np.array([a[2] for a in arcs], dtype=np.float64)
        graph = csr_matrix((w, (i, j)), shape=(n, n))
        seconds, (r, c) = median_seconds(
            lambda: min_weight_full_bipartite_matching(graph), repetitions)
        value = int(sum(graph[r[k], c[k]] for k in range(len(r))))
        dense = np.full((n, n), 10**9, dtype=np.int64)
        dense[i, j] = w.astype(np.int64)
        dense_seconds, (rd, cd) = median_seconds(lambda: linear_sum_assignment(dense),
                                                 repetitions)
        rows[name] = {"sparse": seconds, "sparse_value": value, "dense": dense_seconds,
                      "dense_value": int(dense[rd, cd].sum())}
    for name, row in rows.items():
        for key in ("dense_value", "sparse_value"):
            if key in row and row[key] != optima[name]:
                raise SystemExit(f"SciPy's {key} on {name} is {row[key]}, published "
                                 f"{optima[name]}")
    return rows, scipy.__version__


def ours(build_dir, repetitions):
    binary = os.path.join(build_dir, "tests", "benchmarks", "bench_matching")
    out = subprocess.run(
        [binary, "--benchmark_filter=orLibrary", f"--benchmark_repetitions={repetitions}",
         "--benchmark_report_aggregates_only=true", "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    rows = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"].split("/")[1]
        scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[b["time_unit"]]
        rows[name] = {"seconds": b["real_time"] * scale, "cost": int(b["cost"]),
                      "published": int(b["published"])}
    return rows


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    build_dir = sys.argv[1]
    repetitions = 9
    if len(sys.argv) == 4 and sys.argv[2] == "--repetitions":
        repetitions = int(sys.argv[3])
    optima = published()
    mine = ours(build_dir, repetitions)
    for name, row in mine.items():
        if row["cost"] != optima[name]:
            raise SystemExit(f"ReSpan's optimum on {name} is {row['cost']}, published "
                             f"{optima[name]}")
    theirs, version = scipy_times(repetitions, optima)
    print(f"OR-Library, medians of {repetitions} runs, solve only; every optimum = published")
    if theirs is None:
        print("python3-scipy is not installed: ReSpan only")
    else:
        print(f"SciPy {version}: linear_sum_assignment (dense) and "
              "min_weight_full_bipartite_matching (sparse)")
    print(f"{'instance':<12} {'optimum':>8} {'ReSpan ms':>10} {'SciPy dense ms':>15} "
          f"{'SciPy sparse ms':>16} {'ratio':>6}")
    for name in DENSE + SPARSE:
        row = mine[name]
        line = f"{name:<12} {row['cost']:>8} {row['seconds'] * 1e3:>10.2f}"
        if theirs is not None:
            peer = theirs[name]
            dense = peer.get("dense")
            sparse = peer.get("sparse")
            best = min(x for x in (dense, sparse) if x is not None)
            line += f" {dense * 1e3:>15.2f}"
            line += f" {sparse * 1e3:>16.2f}" if sparse is not None else f" {'-':>16}"
            line += f" {row['seconds'] / best:>6.2f}"
        print(line)


if __name__ == "__main__":
    main()
