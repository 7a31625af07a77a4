#!/usr/bin/env bash
# Builds the Debian package of CommandDesk: build/commanddesk_<version>_amd64.deb, and prints
# its path. The same as `cmake --build --preset default --target package`. On a shared build
# machine the steps wait for /tmp/cd-build.lock (flock) so builds do not run side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=${CD_BUILD_LOCK:-/tmp/cd-build.lock}
locked() { flock "$lock" "$@"; }
locked cmake --preset default >/dev/null
locked cmake --build --preset default
rm -f build/commanddesk_*_amd64.deb
locked cmake --build --preset default --target package >/dev/null
ls "$PWD"/build/commanddesk_*_amd64.deb
