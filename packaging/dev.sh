#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pizhu developer script: set up what is missing, build, then run, test or bench.
#
#   packaging/dev.sh run [FILE]   set up, build, start the app (default: bundled sample)
#   packaging/dev.sh test         set up, build, run every test (ctest, offscreen)
#   packaging/dev.sh bench        set up, build (Release), run the benchmarks
#   packaging/dev.sh asan         build with AddressSanitizer + UBSan, run every test
#   packaging/dev.sh fuzz         build the libFuzzer targets (clang), run each for
#                                 PIZHU_FUZZ_SECONDS (default 60) on a copy of its seeds
#   packaging/dev.sh package      build (Release) and make the platform package (a .deb here)
#   packaging/dev.sh setup        only install what is missing
#
# Environment: PIZHU_BUILD_DIR (default build/dev), PIZHU_JOBS (default nproc).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
verb=${1:-}
[ $# -gt 0 ] && shift

# Debian package names; on Debian 12 the Qt 6.8 / KF6 / Poppler-Qt6 ones come from trixie.
# lld: links the test executables in a quarter of GNU ld's time (CMakeLists.txt, PIZHU_LLD).
base_pkgs=(cmake ninja-build g++ pkg-config git lld)
fuzz_pkgs=(clang libclang-rt-dev)
# The tests open .doc files through a real LibreOffice, read the exported notes PDF back with
# Poppler's pdftotext/pdffonts/pdfinfo, and check the radical table against Unicode's data.
test_pkgs=(libreoffice-writer-nogui desktop-file-utils appstream poppler-utils unicode-data)
pinned_pkgs=(qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
             qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
             libkf6syntaxhighlighting-dev libkf6archive-dev libpoppler-qt6-dev
             libuchardet-dev libsqlite3-dev extra-cmake-modules fonts-noto-cjk qt6-charts-dev)

missing() {
    local p out=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || out+=("$p")
    done
    echo "${out[@]:-}"
}

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "dev.sh: need root (or sudo) to run: $*" >&2; exit 1; fi
}

setup_trixie_pin() {
    # Debian 12 lacks Qt 6.8 and KF6: take them from Debian 13 at low priority so
    # nothing else is upgraded unless asked for with -t trixie.
    local list=/etc/apt/sources.list.d/pizhu-trixie.sources
    local pref=/etc/apt/preferences.d/pizhu-trixie
    if [ ! -f "$list" ]; then
        local uri
        # The mirror the system already uses (deb822 "URIs:" or one-line "deb URI suite").
        uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
              | awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit}
                     /^deb / && $2 ~ /\/debian\/?$/ {print $2; exit}' || true)
        uri=${uri:-http://deb.debian.org/debian}
        as_root tee "$list" >/dev/null <<SRC
Types: deb
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    fi
    if [ ! -f "$pref" ]; then
        as_root tee "$pref" >/dev/null <<PREF
Package: *
Pin: release n=trixie
Pin-Priority: 100
PREF
    fi
}

setup() {
    local extra=("$@")
    if ! command -v apt-get >/dev/null || [ ! -r /etc/os-release ]; then
        echo "dev.sh: this system is not Debian/Ubuntu. Please install: CMake >= 3.25, Ninja, a C++20" >&2
        echo "  compiler, Qt >= 6.8 (Base, Tools, Svg, SQLite driver), KF6 SyntaxHighlighting," >&2
        echo "  KF6 Archive, Poppler-Qt6, uchardet, SQLite 3 and Noto Sans CJK fonts; then run cmake." >&2
        exit 1
    fi
    . /etc/os-release
    local need_base need_pinned
    need_base=$(missing "${base_pkgs[@]}" "${extra[@]}")
    need_pinned=$(missing "${pinned_pkgs[@]}")
    [ -z "$need_base$need_pinned" ] && return 0
    export DEBIAN_FRONTEND=noninteractive
    case "${ID:-}:${VERSION_CODENAME:-}" in
        debian:bookworm)
            setup_trixie_pin
            as_root apt-get update -qq
            [ -n "$need_base" ] && as_root apt-get install -y --no-install-recommends $need_base
            [ -n "$need_pinned" ] && as_root apt-get install -y --no-install-recommends -t trixie $need_pinned
            ;;
        ubuntu:*)
            # Qt >= 6.8 and KF6 arrived in Ubuntu 25.04; 24.04 has Qt 6.4 and no KF6.
            if dpkg --compare-versions "${VERSION_ID:-0}" lt 25.04; then
                echo "dev.sh: Ubuntu ${VERSION_ID:-?} lacks Qt >= 6.8 and KF6 packages. Use Ubuntu 25.04 or later," >&2
                echo "  or install Qt 6.8 (Qt online installer) and build KF6 SyntaxHighlighting and KArchive" >&2
                echo "  from source, then configure with CMAKE_PREFIX_PATH pointing at them." >&2
                exit 1
            fi
            as_root apt-get update -qq
            as_root apt-get install -y --no-install-recommends $need_base $need_pinned
            ;;
        debian:*)
            as_root apt-get update -qq
            as_root apt-get install -y --no-install-recommends $need_base $need_pinned
            ;;
        *)
            echo "dev.sh: unsupported distribution '${ID:-?}'. Please install:$need_base $need_pinned" >&2
            exit 1
            ;;
    esac
}

build() {
    local type=$1 dir=$2
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${@:3}" >/dev/null
    cmake --build "$dir" -j "${PIZHU_JOBS:-$(nproc)}"
}

case "$verb" in
    setup) setup ;;
    run)
        setup
        dir=${PIZHU_BUILD_DIR:-$here/build/dev}
        build RelWithDebInfo "$dir"
        exec "$dir/app/pizhu" "$@"
        ;;
    test)
        setup "${test_pkgs[@]}"
        dir=${PIZHU_BUILD_DIR:-$here/build/dev}
        build RelWithDebInfo "$dir"
        export QT_QPA_PLATFORM=offscreen
        cd "$dir" && ctest --output-on-failure -j "${PIZHU_JOBS:-$(nproc)}" "$@"
        ;;
    bench)
        setup
        dir=${PIZHU_BUILD_DIR:-$here/build/bench}
        build Release "$dir" -DPIZHU_BENCHMARKS=ON
        export QT_QPA_PLATFORM=offscreen
        for b in "$dir"/bench/*_bench; do echo "== $(basename "$b")"; "$b" "$@"; done
        ;;
    package)
        setup
        dir=${PIZHU_BUILD_DIR:-$here/build/release}
        build Release "$dir" -DBUILD_TESTING=OFF
        (cd "$dir" && cpack)
        ls "$dir"/*.deb 2>/dev/null || true
        ;;
    asan)
        setup "${test_pkgs[@]}"
        dir=${PIZHU_BUILD_DIR:-$here/build/asan}
        # Debug: quicker to build, and sanitizer reports read better without inlining.
        build Debug "$dir" -DPIZHU_SANITIZE=ON
        # Leak checking is off: Qt's and fontconfig's caches live until exit by design.
        export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        cd "$dir" && ctest --output-on-failure -j "${PIZHU_JOBS:-$(nproc)}" "$@"
        ;;
    fuzz)
        setup "${fuzz_pkgs[@]}"
        dir=${PIZHU_BUILD_DIR:-$here/build/fuzz}
        cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DPIZHU_FUZZ=ON -DPIZHU_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
        cmake --build "$dir" -j "${PIZHU_JOBS:-$(nproc)}"
        export QT_QPA_PLATFORM=offscreen
        for pair in reportparser:text htmlimporter:html docximporter:docx; do
            target=${pair%%:*}_fuzz corpus=${pair##*:}
            # Work on a copy: new inputs the fuzzer finds must not land in the repository.
            work=$(mktemp -d)
            cp "$here/fuzz/corpus/$corpus"/* "$work/"
            echo "== $target (${PIZHU_FUZZ_SECONDS:-60} s)"
            status=0
            "$dir/fuzz/$target" -max_total_time="${PIZHU_FUZZ_SECONDS:-60}" -rss_limit_mb=2048 -max_len=262144 \
                -timeout=10 -print_final_stats=1 -artifact_prefix="$work/" "$work" >"$work.log" 2>&1 || status=$?
            grep -E "^(Done|stat::number_of_executed_units)" "$work.log" || true
            if [ "$status" -ne 0 ]; then
                tail -n 60 "$work.log" >&2
                echo "dev.sh: $target found a failure (exit $status); the input is in $work" >&2
                exit 1
            fi
            rm -rf "$work" "$work.log"
        done
        ;;
    *)
        sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
