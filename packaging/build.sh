#!/bin/sh
# ReSpan set-up for a fresh Debian 12 machine. Two jobs (the README's two commands):
#   packaging/build.sh demo   install what is missing, build, write the bundled A9 -> A44 demo
#                             project and open it in ReSpan (headless without a display)
#   packaging/build.sh test   install what is missing, build with warnings as errors, run every test
# Both use the same build folder (build/), so the second command reuses the first one's build.
set -eu

job="${1:-}"
case "$job" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 1 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
jobs=$(nproc 2>/dev/null || echo 2)

"$root/packaging/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRESPAN_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$jobs"

if [ "$job" = test ]; then
  cd "$build"
  exec ctest --output-on-failure --timeout 1200
fi

demo_dir="$build/demo"
demo="$demo_dir/A9-A44-demo.respan"
mkdir -p "$demo_dir"
rm -f "$demo" "$demo.lock" "$demo.autosave"
"$build/app/respan-cli" demo "$demo"
# The main job: the optimiser's proven-optimal plan, stored in the demo project.
"$build/app/respan-cli" match "$demo" --apply
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/respan" ]; then
  echo "Opening the demo in ReSpan..."
  exec "$build/app/respan" "$demo"
fi
echo "No display: the demo runs headless."
"$build/app/respan-cli" check "$demo"
echo "The demo project is at: $demo"
echo "Open it with: $build/app/respan $demo"
