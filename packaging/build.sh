#!/usr/bin/env bash
# Builds the installable Athena Onboarding Wizard with jpackage from what `./mvnw package` leaves in target/:
# a Java runtime cut down by jlink with JavaFX linked in (the user needs no JDK), an app-image whose launcher is
# `athena-wizard`, on Linux a class-data-sharing archive for it, and an installer.
#
#   packaging/build.sh           Linux: app-image and .deb; macOS: app-image and .dmg
#   packaging/build.sh TYPE...   other jpackage types (pkg on macOS, rpm on Linux); app-image alone: app-image
#
# Everything lands in target/packaging/. Needs a JDK 17+ that has jmods/ (Debian's openjdk-17-jdk, Temurin 17/21);
# the .deb needs fakeroot and dpkg-deb; the class-data-sharing archive needs a display (Xvfb is started when DISPLAY
# is unset). MAVEN_ARGS=-o builds offline; APP_VERSION=1.2.3 overrides the version. See packaging/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=$root/target
out=$target/packaging
name=athena-wizard
main_class=dev.athenawizard.Main
description="Connects a model's data in Amazon Athena to Aporia's monitoring"
# jdeps cannot see these: TLS to AWS negotiates elliptic-curve keys through a security provider
extra_modules=jdk.crypto.ec
# What JavaFX's and DuckDB's native libraries link against (readelf -d on the .so files inside their jars, each
# library mapped to its package with dpkg -S). jpackage cannot see them: they sit inside jars. Debian 12 names.
linux_deps="libgtk-3-0, libgdk-pixbuf-2.0-0, libglib2.0-0, libpango-1.0-0, libpangocairo-1.0-0, libpangoft2-1.0-0,\
 libcairo2, libcairo-gobject2, libatk1.0-0, libfontconfig1, libfreetype6, libgl1, libx11-6, libxtst6, libxxf86vm1,\
 libstdc++6"

die() { echo "packaging: $*" >&2; exit 1; }
step() { echo "packaging: $*"; }

case $(uname -s) in
    Linux) os=linux; default_types=(deb) ;;
    Darwin) os=mac; default_types=(dmg) ;;
    *) die "this script builds on Linux and macOS; packaging/README.md shows the Windows commands" ;;
esac
types=("${@:-${default_types[@]}}")

javac_path=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac") || die "no JDK found: install a JDK 17+ or set JAVA_HOME"
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$javac_path")")")}
[ -x "$jdk/bin/jpackage" ] || die "$jdk has no jpackage: use a JDK 17 or newer"
[ -d "$jdk/jmods" ] || die "$jdk has no jmods/ to link a runtime from (Debian: apt-get install openjdk-17-jdk)"

step "building the jar (./mvnw package)"
(cd "$root" && ./mvnw -B -q package -DskipTests)
jar=$target/$name.jar

manifest() {  # prints a main attribute of the jar's manifest (continuation lines joined)
    unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' \
        | awk -v key="$1: " '/^ /{ if (hit) value = value substr($0, 2); next } { hit = index($0, key) == 1;
                                   if (hit) value = substr($0, length(key) + 1) } END { print value }'
}
version=${APP_VERSION:-$(manifest Implementation-Version | sed 's/-.*//')}

rm -rf "$out"
mkdir -p "$out"

step "finding the Java modules the program uses (jdeps)"
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$target/javafx" --class-path "$target/lib/*" "$jar")
modules="$modules,$extra_modules"

step "linking the runtime: $modules"
# the platform jars (javafx-base-21.0.11-linux.jar), not the empty ones beside them (javafx-base-21.0.11.jar)
javafx_jars=$(find "$target/javafx" -name 'javafx-*-[0-9]*-*.jar' | sort | tr '\n' ':')
"$jdk/bin/jlink" --module-path "$jdk/jmods:$javafx_jars" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime" \
    >/dev/null

step "collecting the application"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
cp -R "$target/lib" "$out/input/lib"
case $os/$(uname -m) in  # DuckDB's jar carries its native library for four platforms; keep this one's
    linux/x86_64) keep_duckdb=linux_amd64 ;;
    linux/aarch64) keep_duckdb=linux_arm64 ;;
    mac/arm64) keep_duckdb=macos_arm64 ;;
    *) keep_duckdb= ;;
esac
duckdb_jar=$(find "$out/input/lib" -name 'duckdb_jdbc-*.jar')
if [ -n "$keep_duckdb" ] && [ -n "$duckdb_jar" ] && command -v zip >/dev/null; then
    others=$(unzip -Z1 "$duckdb_jar" 'libduckdb_java.so_*' | grep -v "_$keep_duckdb\$" || true)
    [ -z "$others" ] || zip -q -d "$duckdb_jar" $others
fi

icon=$root/assets/icon/$name-256.png
image_options=()
if [ $os = mac ]; then
    # jpackage's launcher starts the JVM with these; on Linux packaging/linux/athena-wizard does it instead
    icon=$root/assets/icon/$name.icns
    for export in $(manifest Add-Exports); do
        image_options+=(--java-options "--add-exports=$export=ALL-UNNAMED")  # as `java -jar` reads the manifest
    done
    image_options+=(--java-options -XX:TieredStopAtLevel=1)  # packaging/README.md, "Start-up"
    for flag in $(sed -n 's/^memory="\(.*\)"$/\1/p' "$root/packaging/launcher/$name"); do
        image_options+=(--java-options "$flag")  # packaging/README.md, "Memory"
    done
fi

step "building the app-image"
"$jdk/bin/jpackage" --type app-image --name "$name" --app-version "$version" --description "$description" \
    --vendor "Athena Onboarding Wizard" --icon "$icon" --input "$out/input" --main-jar "$name.jar" \
    --main-class "$main_class" --runtime-image "$out/runtime" ${image_options[@]+"${image_options[@]}"} \
    --dest "$out/app-image"
image=$out/app-image/$name
[ $os = mac ] && image=$out/app-image/$name.app
app_dir=$image/lib/app
launcher=$image/bin/$name
if [ $os = linux ]; then
    # our launcher instead of jpackage's (packaging/linux/athena-wizard says why); the .cfg is then unused
    cp "$root/packaging/linux/$name" "$launcher"
    rm -f "$image/lib/libapplauncher.so"
fi

xvfb_pid=
stop_xvfb() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi; }
trap stop_xvfb EXIT
ensure_display() {
    [ -n "${DISPLAY:-}" ] && return 0
    command -v Xvfb >/dev/null || return 1
    local n=90
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    export DISPLAY=":$n"
}

classlist=
if [ $os = linux ]; then
    step "recording the classes the window loads up to its first frame (class-data sharing)"
    if ensure_display; then
        home=$(mktemp -d)
        if ATHENA_WIZARD_HOME=$home JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app_dir/$name.classlist \
-Dathena-wizard.measure-startup=true" timeout 300 "$launcher" 2>/dev/null | grep -q '^first-frame-ms'; then
            classlist=$app_dir/$name.classlist
        else
            rm -f "$app_dir/$name.classlist"
            echo "packaging: the window did not come up; no class-data-sharing archive" >&2
        fi
        rm -rf "$home"
    else
        echo "packaging: no display and no Xvfb; no class-data-sharing archive (the program starts slower)" >&2
    fi
fi

for type in "${types[@]}"; do
    [ "$type" = app-image ] && continue
    step "building the $type installer"
    installer_options=()
    if [ $os = linux ]; then
        mkdir -p "$out/resources"
        cp "$root/packaging/linux/$name.desktop" "$out/resources/"
        # deb only: the command on the PATH and the class-data-sharing archive (an rpm gets neither)
        cp "$root/packaging/linux/postinst" "$root/packaging/linux/prerm" "$out/resources/"
        installer_options+=(--linux-package-deps "$linux_deps" --linux-shortcut --linux-menu-group Development
                            --linux-app-category devel --install-dir /opt --resource-dir "$out/resources")
    fi
    "$jdk/bin/jpackage" --type "$type" --name "$name" --app-version "$version" --description "$description" \
        --vendor "Athena Onboarding Wizard" --app-image "$image" \
        ${installer_options[@]+"${installer_options[@]}"} --dest "$out"
done

if [ -n "$classlist" ]; then
    step "writing the class-data-sharing archive of the app-image"
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist -Xlog:cds=off -Xlog:cds+dynamic=off" \
        "$launcher" >/dev/null 2>&1 || echo "packaging: could not write the archive; the app-image starts slower" >&2
fi

step "done:"
shopt -s nullglob
du -sh "$image" "$out"/*.{deb,rpm,dmg,pkg} | sed 's/^/    /'
if [ $os = linux ]; then echo "    start it: $launcher"; fi
