#!/usr/bin/env bash
# The package as a workstation gets it (run as root on the CI machine, from the repository):
#  1. builds build/commanddesk_<version>_amd64.deb (packaging/build-deb.sh) and runs lintian
#     (no error or warning allowed; README "Install on a workstation" has the result);
#  2. `apt-get install ./commanddesk_*.deb`, then checks the desktop entry, the AppStream
#     metadata, the manual pages and the bash completion as installed;
#  3. runs the installed programs: commanddesk-cli plans, grade, incident new against a fresh
#     journal, verify, and the GUI with --screenshot on the offscreen platform;
#  4. `apt-get purge commanddesk` and checks that nothing it installed is left in /usr or /etc.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$SECONDS
step() { echo "test-deb: $*"; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb: must run as root (installs the package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' commanddesk 2>/dev/null | grep -q 'install ok installed'; then
  echo "test-deb: commanddesk is already installed; remove it first" >&2
  exit 1
fi

deb=$(bash packaging/build-deb.sh | tail -n 1)
step "built $deb ($((SECONDS - t0)) s)"
dpkg-deb --field "$deb" Package Version Architecture Depends
# Errors and warnings fail the test: fix a new one, or suppress it in packaging/lintian-suppressed
# with its reason (and say so in the README).
lintian --fail-on error,warning --tag-display-limit 0 --profile debian --suppress-tags-from-file packaging/lintian-suppressed "$deb"
step "lintian: no errors, no warnings"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
snapshot() { find /usr /etc -xdev \( -path /usr/lib/python3/dist-packages -prune \) -o -print 2>/dev/null | sort; }
snapshot > "$work/before"

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
step "installed ($((SECONDS - t0)) s)"
purged=0
cleanup() {
  if [ $purged -eq 0 ]; then apt-get purge -y -qq commanddesk >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

test -x /usr/bin/commanddesk && test -x /usr/bin/commanddesk-cli
desktop-file-validate /usr/share/applications/org.commanddesk.CommandDesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.commanddesk.CommandDesk.metainfo.xml
for page in /usr/share/man/man1/commanddesk.1.gz /usr/share/man/man1/commanddesk-cli.1.gz \
            /usr/share/man/zh_CN/man1/commanddesk.1.gz /usr/share/man/zh_CN/man1/commanddesk-cli.1.gz; do
  # groff breaks Chinese text between characters but still says "can't break line" where
  # a line ends next to full-width punctuation; the page renders well, so that one is allowed.
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null | grep -v "can't break line" || true)
  [ -z "$warnings" ] || { echo "test-deb: $page: $warnings" >&2; exit 1; }
done
for size in 16 22 24 32 48 64 128 256; do test -s /usr/share/icons/hicolor/${size}x${size}/apps/commanddesk.png; done
test -s /usr/share/icons/hicolor/scalable/apps/commanddesk.svg
grep -q 'Expat' /usr/share/doc/commanddesk/copyright
bash -c 'source /usr/share/bash-completion/bash_completion
         COMP_WORDS=(commanddesk-cli incident n); COMP_CWORD=2; COMP_LINE="commanddesk-cli incident n"; COMP_POINT=${#COMP_LINE}
         _completion_loader commanddesk-cli; _commanddesk_cli
         [ "${COMPREPLY[*]}" = new ] || { echo "completion: ${COMPREPLY[*]}" >&2; exit 1; }'
step "desktop entry, metainfo, manual pages, icons, copyright and completion checked"

# The installed programs, as a fresh user would run them.
export HOME=$work/home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"
commanddesk-cli --version
commanddesk --version
# Captured first: grep -q stops reading early, and a help text longer than the pipe would then
# end its writer with SIGPIPE (exit 141 under pipefail).
commanddesk-cli --help --lang en >"$work/help.txt"
grep -q '^usage: commanddesk-cli' "$work/help.txt"
commanddesk-cli help incident >"$work/help-incident.txt"
grep -q -- '--exercise' "$work/help-incident.txt"
commanddesk-cli plans | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["plans"], d'
echo '{"cause":"wage_arrears","participants":250,"blockage":{"kind":"urban_traffic","hours":2}}' \
  | commanddesk-cli grade --facts - | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["plans"], d'
journal=$work/journal.sqlite
echo '{"cause":"wage_arrears","participants":60,"county":"莲都区"}' \
  | commanddesk-cli incident new --db "$journal" --init --facts - | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["id"] == 1, d'
commanddesk-cli verify --db "$journal" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["intact"] and d["events"] >= 1, d'
commanddesk --db "$journal" --screenshot "$work/desk.png" --size 1280x800
python3 -c 'import sys; b=open(sys.argv[1],"rb").read(24); assert b[:8]==b"\x89PNG\r\n\x1a\n" and int.from_bytes(b[16:20],"big")==1280, b' "$work/desk.png"
if [ -n "${CD_KEEP_SCREENSHOT:-}" ]; then cp "$work/desk.png" "$CD_KEEP_SCREENSHOT"; fi
step "installed programs ran ($((SECONDS - t0)) s)"

apt-get purge -y -qq commanddesk >/dev/null
purged=1
snapshot > "$work/after"
if ! diff -u "$work/before" "$work/after"; then
  echo "test-deb: the purge left the files above" >&2
  exit 1
fi
step "purged; /usr and /etc as before. Passed in $((SECONDS - t0)) s"
