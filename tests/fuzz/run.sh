#!/bin/sh
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs each for SECONDS (default 60) from its checked-in seed corpus and dictionary.
# A finding stops the run with a non-zero status; its input is written to build-fuzz/artifacts/:
# add it to tests/fuzz/regressions/<target>/ so that core_tests replays it from then on.
set -eu
seconds="${1:-60}"
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRESPAN_FUZZ=ON -DRESPAN_BUILD_GUI=OFF -DRESPAN_BUILD_TESTS=OFF -DRESPAN_WERROR=ON >/dev/null
targets=$(sed -n 's/^set(RESPAN_FUZZ_TARGETS \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt")
for t in $targets; do
  cmake --build "$build" --target "fuzz_$t"
done
mkdir -p "$build/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for t in $targets; do
  work="$build/corpus/$t"
  mkdir -p "$work"
  echo "== fuzzing $t for $seconds s"
  if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -dict="$root/tests/fuzz/dict/$t.dict" -artifact_prefix="$build/artifacts/$t-" \
      -print_final_stats=1 "$work" "$root/tests/fuzz/corpus/$t" 2>"$build/fuzz-$t.log"; then
    status=1
    tail -n 60 "$build/fuzz-$t.log"
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$build/fuzz-$t.log" | sed "s/^/  $t /"
done
exit $status
