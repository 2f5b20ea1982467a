#!/bin/sh
# Installs GreenDoor's build, run and test dependencies from Debian 12's packages.
# clang-14 and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes, only recommended by
# clang-14) build the fuzz targets that the test command runs briefly. poppler-utils (pdftotext)
# lets tst_reports read the PDF reports back.
# Idempotent: installs only what is missing; does nothing (and needs no network) when all are present.
set -eu

PACKAGES="cmake ninja-build g++ ccache pkg-config
qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n libqt6svg6 libqt6sql6-sqlite qtkeychain-qt6-dev libcurl4-openssl-dev libsqlite3-dev sqlite3
libgl-dev libxkbcommon-dev fonts-dejavu-core
xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-1-0
appstream desktop-file-utils libbenchmark-dev python3
libgmime-3.0-dev libical-dev python3-icalendar openssl dovecot-imapd dovecot-lmtpd python3-aiosmtpd
clang-14 libclang-rt-14-dev
poppler-utils"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all dependencies present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
