#!/usr/bin/env bash
# Downloads Debian's wamerican (SCOWL's American English words, size 50),
# keeps its words of small ASCII letters only (no names, no possessives) and
# writes internal/lexicon/scowl.txt.gz, with the list's copyright beside it
# (internal/lexicon/scowl-copyright.txt). Not needed to build or test.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/unspin-scowl}
mkdir -p "$dir"
(cd "$dir" && { ls wamerican_*.deb >/dev/null 2>&1 || apt-get download wamerican >&2; } && dpkg-deb -x wamerican_*.deb x)
grep -x '[a-z]*' "$dir/x/usr/share/dict/american-english" | LC_ALL=C sort -u | gzip -9n > internal/lexicon/scowl.txt.gz
cp "$dir/x/usr/share/doc/wamerican/copyright" internal/lexicon/scowl-copyright.txt
