#!/bin/sh
# Fetches Debian's fonts-noto-core (the version internal/unidata/data/glyphs-noto.txt names) and
# unpacks it without root, for re-rendering the glyph comparison:
#
#   scripts/fetch-noto.sh [DIR]                  # default /tmp/unspin-noto; prints the unpacked root
#   cd internal/unidata && go run ./gen -noto /tmp/unspin-noto/x
#
# Needs apt-get with Debian's package lists (apt-get update, as root, if they are missing) and dpkg.
set -eu
version=20201225-1
sha256=58f4f0bb6720f919f92096b3508e1412a0f1544424ade6c5b5bf1eb694dd64ba
dir=${1:-/tmp/unspin-noto}
mkdir -p "$dir"
cd "$dir"
deb=fonts-noto-core_${version}_all.deb
[ -f "$deb" ] || apt-get download "fonts-noto-core=$version"
echo "$sha256  $deb" | sha256sum -c - >&2
rm -rf x
dpkg -x "$deb" x
echo "$dir/x"
