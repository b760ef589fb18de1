#!/usr/bin/env bash
# Downloads Debian's unicode-cldr-core (CLDR 41) and unpacks it; prints the
# CLDR root for `go run ./gen -cldr DIR` in internal/unidata, which writes
# internal/unidata/exemplars-cldr.txt from it. Not needed to build or test.
set -euo pipefail
dir=${1:-/tmp/unspin-cldr}
mkdir -p "$dir" && cd "$dir"
ls unicode-cldr-core_*.deb >/dev/null 2>&1 || apt-get download unicode-cldr-core >&2
dpkg-deb -x unicode-cldr-core_*.deb x
echo "$dir/x/usr/share/unicode/cldr"
