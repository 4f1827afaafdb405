#!/usr/bin/env bash
# CI: install the package `make deb` built, use it as a person would from a neutral folder with a
# throwaway home, then remove it and check that only the user's data is left.
#
# The GUI check runs the installed app offscreen with HIREAPP_BUNDLE_CHECK=quit-when-loaded, which
# only the bundle's entry point (packaging/hireapp_main.py) reads: the app prints one line and
# quits once the main window shows the database's candidates. `timeout` stops a hung window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="$root/.venv/bin/python"   # the development environment's, to read the PDF back
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/hireapp/__init__.py")"
deb="$root/dist/hireapp_${version}_amd64.deb"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
started=$SECONDS

fail() { echo "ci_install_test: $*" >&2; exit 1; }
leftovers() {
    for path in /opt/hireapp /usr/bin/hireapp /usr/share/applications/hireapp.desktop \
        /usr/share/icons/hicolor/scalable/apps/hireapp.svg /usr/share/doc/hireapp; do
        if [ -e "$path" ] || [ -L "$path" ]; then echo "$path"; fi
    done
}

[ -f "$deb" ] || fail "no package at $deb: run make deb first"
if dpkg -s hireapp >/dev/null 2>&1; then
    echo "ci_install_test: removing a hireapp package left installed before"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hireapp
fi
[ -z "$(leftovers)" ] || fail "hireapp files exist before installing: $(leftovers)"

echo "ci_install_test: installing $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/neutral"
cd "$work/neutral"
# A user's environment: no virtual environment, no project settings, a home of its own.
export HOME="$work/home" PATH="/usr/local/bin:/usr/bin:/bin" QT_QPA_PLATFORM=offscreen
unset VIRTUAL_ENV PYTHONPATH PYTHONHOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME \
    HIREAPP_DATABASE_URL

[ "$(command -v hireapp)" = /usr/bin/hireapp ] || fail "hireapp on the PATH is $(command -v hireapp)"
[ "$(readlink -f /usr/bin/hireapp)" = /opt/hireapp/hireapp ] || fail "/usr/bin/hireapp points elsewhere"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/hireapp.desktop
fi

out="$(hireapp --version)"
[ "$out" = "hireapp $version" ] || fail "--version said: $out"
echo "ci_install_test: $out"

hireapp demo --candidates 50
database="$HOME/.local/share/hireapp/hireapp.sqlite3"
[ -f "$database" ] || fail "the demo database is not in the user's data folder ($database)"

# The first candidate of the list, by id and name, for a summary PDF read back below.
row="$(hireapp candidates list | sed -n 2p)"
candidate="$(awk '{print $1}' <<<"$row")"
name="$(awk -F '  +' '{print $2}' <<<"$row")"
hireapp report "$candidate" -o "$work/neutral/summary.pdf"
"$python" - "$work/neutral/summary.pdf" "$name" <<'PY'
import sys

from pypdf import PdfReader

reader = PdfReader(sys.argv[1])
text = "".join(page.extract_text() for page in reader.pages)
assert len(reader.pages) >= 1 and sys.argv[2] in text, (len(reader.pages), text[:300])
print(f"ci_install_test: summary.pdf, {len(reader.pages)} pages, names {sys.argv[2]}")
PY

# One PDF per candidate of a position, written by worker processes: in the bundle each worker is
# the program started again (multiprocessing's spawn), which must render, not parse a command.
hireapp report --position 1 -o "$work/neutral/position"
count="$(find "$work/neutral/position" -name '*.pdf' | wc -l)"
[ "$count" -gt 0 ] || fail "report --position wrote no PDF"
echo "ci_install_test: report --position wrote $count PDFs"

HIREAPP_BUNDLE_CHECK=quit-when-loaded timeout 120 hireapp > "$work/gui.log" 2>&1 \
    || { cat "$work/gui.log"; fail "the app did not open and quit (status $?)"; }
grep -q "main window loaded: .*, 50 candidates" "$work/gui.log" \
    || { cat "$work/gui.log"; fail "the main window did not show the 50 candidates"; }
grep "main window loaded" "$work/gui.log"

echo "ci_install_test: removing the package"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hireapp
[ -z "$(leftovers)" ] || fail "left after purge: $(leftovers)"
[ -f "$database" ] || fail "purging removed the user's database"
[ -f "$work/neutral/summary.pdf" ] || fail "purging removed the user's PDF"
echo "ci_install_test: installed, ran and removed in $((SECONDS - started)) s; the user's data stays"
