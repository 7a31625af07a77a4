#!/usr/bin/env bash
# Installs every Debian 12 package CommandDesk needs to build, test and be looked at
# (clang and its runtime: the libFuzzer targets of the `fuzz` preset, tests/fuzz/; dpkg-dev,
# librsvg2-bin, lintian, appstream, desktop-file-utils, bash-completion, man-db: building and
# checking the Debian package, packaging/test-deb.sh).
# Idempotent: packages already present are skipped, so a second run does no network I/O.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  libspdlog-dev libfmt-dev
  libsqlite3-dev sqlite3 libssl-dev
  libqt6sql6-psql postgresql-15 postgresql-client-15 libpq-dev
  fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-arphic-gbsn00lp
  xvfb xauth x11-utils
  poppler-utils libxml2-utils
  clang libclang-rt-14-dev
  dpkg-dev fakeroot file librsvg2-bin lintian appstream desktop-file-utils bash-completion man-db
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
