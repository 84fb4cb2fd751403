#!/usr/bin/env bash
# Start-up and memory benchmark: a bare JavaFX window (a Label in a Stage, same JavaFX, same JVM) and the wizard,
# started alternately N times on a virtual display, as a user starts them:
#   jar        target/athena-wizard (the launcher `./mvnw package` leaves), and plain
#              `java -jar target/athena-wizard.jar`
#   app-image  target/packaging/app-image/athena-wizard/bin/athena-wizard (packaging/build.sh), if built
#   installed  /opt/athena-wizard/bin/athena-wizard (the .deb), if installed
# Each bare window runs on the same Java as the wizard it is compared with (the app-image's runtime for the
# app-image). Prints medians of the time from launch to the first frame and of resident memory.
#
#   packaging/bench/startup.sh [--runs N] [--settle-ms MS] [--realtime] [--extra GROUP:NAME=COMMAND]...
#     --runs N        starts of each (default 10)          --settle-ms MS   memory MS after the window shows (5000)
#     --realtime      runs Xvfb and every start at round-robin real-time priority (chrt -r 10; root): on a busy
#                     shared machine this comes close to a quiet one, where it changes nothing
#     --extra ...     one more command to compare, e.g. jar:before='java -jar /tmp/old/athena-wizard.jar'
# Needs Xvfb and xdotool; run ./mvnw package (and packaging/build.sh for the app-image) first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
bench=$target/startup-bench
runs=10
settle_ms=5000
priority=()
extra=()
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --settle-ms) settle_ms=$2; shift 2 ;;
        --realtime) priority=(chrt -r 10); shift ;;
        --extra) extra+=("$2"); shift 2 ;;
        *) echo "usage: $0 [--runs N] [--settle-ms MS] [--realtime] [--extra GROUP:NAME=COMMAND]..." >&2; exit 2 ;;
    esac
done
[ -x "$target/athena-wizard" ] || { echo "no target/athena-wizard: run ./mvnw package first" >&2; exit 1; }

mkdir -p "$bench/bare"
javac --release 17 --module-path "$target/javafx" --add-modules javafx.controls -d "$bench/bare" \
    "$root/packaging/bench/BareWindow.java"

n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
${priority[@]+"${priority[@]}"} Xvfb ":$n" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
export DISPLAY=":$n"

bare="-cp $bench/bare BareWindow"
candidates=(
    "jar:bare=java --module-path $target/javafx --add-modules javafx.controls $bare"
    "jar:athena-wizard=$target/athena-wizard"
    "jar:java -jar=java -jar $target/athena-wizard.jar"
)
image=$target/packaging/app-image/athena-wizard
if [ -x "$image/bin/athena-wizard" ]; then
    candidates+=("app-image:bare=$image/lib/runtime/bin/java $bare" "app-image:athena-wizard=$image/bin/athena-wizard")
fi
if [ -x /opt/athena-wizard/bin/athena-wizard ]; then
    candidates+=("installed:bare=/opt/athena-wizard/lib/runtime/bin/java $bare"
                 "installed:athena-wizard=/opt/athena-wizard/bin/athena-wizard")
fi
candidates+=(${extra[@]+"${extra[@]}"})
echo "Java: $(java -version 2>&1 | head -1); display :$n (Xvfb); $(nproc) cores;" \
    "load $(cut -d' ' -f1-3 /proc/loadavg)${priority[*]:+; real-time priority}"
${priority[@]+"${priority[@]}"} java "$root/packaging/bench/StartupBench.java" --runs "$runs" \
    --settle-ms "$settle_ms" "${candidates[@]}"
