#!/bin/sh
# GreenDoor quick start. From a fresh clone on Debian 12, as root (or with sudo):
#   sh packaging/quickstart.sh run    installs what is missing, builds, opens the console on the demo workspace
#   sh packaging/quickstart.sh test   installs what is missing, builds, runs every test
set -eu
cd "$(dirname "$0")/.."
mode=${1:-run}
case "$mode" in
run | test) ;;
*)
    echo "usage: sh packaging/quickstart.sh run|test" >&2
    exit 2
    ;;
esac

sh packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "quickstart: no display found. Start the console from a desktop session, or use the headless tool:" >&2
        echo "  ./build/bin/greendoor-cli --help" >&2
        exit 1
    fi
    exec ./build/bin/greendoor --demo
fi

# Fuzzing smoke run: the libFuzzer targets (tests/fuzz) in a second build with clang and the
# sanitizers, each for about 30 s, two at a time (GREENDOOR_FUZZ_SECONDS changes it; 0 skips).
fuzz_seconds=${GREENDOOR_FUZZ_SECONDS:-30}
fuzz_status=0
if [ "$fuzz_seconds" != 0 ]; then
    clangxx=$(command -v clang++-14 || command -v clang++)
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clangxx" \
        -DGREENDOOR_FUZZ=ON -DGREENDOOR_WERROR=OFF
    cmake --build build-fuzz --target fuzz_all
    sh tests/fuzz/smoke.sh build-fuzz "$fuzz_seconds" || fuzz_status=$?
fi

# Tests run inside a private session bus with a real Secret Service (gnome-keyring) whose
# keyring lives in a temporary folder, so keychain tests never touch the user's own keyring;
# GUI tests run offscreen.
export QT_QPA_PLATFORM=offscreen
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export GREENDOOR_KEYRING_HOME="$keyring_home"
dbus-run-session -- sh -c \
    'echo -n greendoor-test | XDG_DATA_HOME="$GREENDOOR_KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true;
     ctest --test-dir build --output-on-failure --timeout 600' || exit $?
if [ "$fuzz_status" -ne 0 ]; then
    echo "quickstart: the fuzzing smoke run found a problem (see above)" >&2
    exit "$fuzz_status"
fi
