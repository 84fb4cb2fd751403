#!/usr/bin/env bash
# Memory benchmark: resident memory of the wizard's window after start, and with a 10,000-row × 50-column preview on
# screen in the result grid, for each set of JVM memory flags, on a virtual display. Each run is a fresh JVM started
# as the launchers start the window (JavaFX as modules, C1 only), running the test probe
# dev.athenawizard.ui.bench.MemoryProbe, which opens the real window, waits, shows the preview in the step's page and
# scrolls through it. "launcher" is the flags packaging/launcher/athena-wizard gives the window.
#
#   packaging/bench/memory.sh [--runs N] [--settle-ms MS] [--flags 'NAME=FLAGS']...
#     --runs N        runs of each flag set (default 3; medians)   --settle-ms MS  wait before each reading (5000)
#     --flags ...     a flag set to compare instead of the default ones (repeatable)
# Needs Xvfb; builds what it needs first (./mvnw -o package -DskipTests). About 10 minutes on two busy cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
runs=3
settle_ms=5000  # longer than the launcher's G1PeriodicGCInterval, so its idle collection is counted
sets=()
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --settle-ms) settle_ms=$2; shift 2 ;;
        --flags) sets+=("$2"); shift 2 ;;
        *) echo "usage: $0 [--runs N] [--settle-ms MS] [--flags 'NAME=FLAGS']..." >&2; exit 2 ;;
    esac
done
launcher_flags=$(sed -n 's/^memory="\(.*\)"$/\1/p' "$root/packaging/launcher/athena-wizard")
if [ ${#sets[@]} -eq 0 ]; then
    sets=("JVM defaults (G1)="
          "G1, heap given back=-XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
          "Serial, heap given back=-XX:+UseSerialGC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
          "launcher=$launcher_flags")
fi

(cd "$root" && ./mvnw -B -o -q package -DskipTests \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$target/memory-bench.classpath")
# JavaFX goes on the module path, as the launcher puts it
classpath=$target/test-classes:$target/classes:$(tr ':' '\n' <"$target/memory-bench.classpath" \
    | grep -v '/org/openjfx/' | paste -sd:)

n=94
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
export DISPLAY=":$n"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "Java: $(java -version 2>&1 | head -1); display :$n (Xvfb); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher's memory flags: ${launcher_flags:-none}; $runs runs each, medians, MB resident (VmRSS)"
echo
echo "| JVM flags | after start | after start, after GC | 10,000 × 50 preview shown | preview, after GC | heap committed / used |"
echo "|---|---:|---:|---:|---:|---:|"
for set in "${sets[@]}"; do
    name=${set%%=*}
    flags=${set#*=}
    results=()
    for _ in $(seq "$runs"); do
        # shellcheck disable=SC2086 # flags are several options
        line=$(java --module-path "$target/javafx" --add-modules javafx.controls \
            --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED -XX:TieredStopAtLevel=1 $flags \
            -cp "$classpath" dev.athenawizard.ui.bench.MemoryProbe "$settle_ms" 2>/dev/null | grep '^RESULT ' || true)
        [ -n "$line" ] || { echo "$name: the probe printed no result" >&2; exit 1; }
        results+=("$line")
    done
    col() { printf '%s\n' "${results[@]}" | awk -v c="$1" '{ print $c }' | median; }
    printf '| %s `%s` | %s | %s | %s | %s | %s / %s |\n' "$name" "${flags:-(none)}" "$(col 2)" "$(col 3)" \
        "$(col 4)" "$(col 5)" "$(col 6)" "$(col 7)"
done
