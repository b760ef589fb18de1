#!/usr/bin/env bash
# Measures cost at scale (a developer's yardstick, not needed to build or
# test): time and peak RSS of `unspin clean` on plain text of 1×, 4× and 16×
# a size, on one JSON line of 1 MB and 10 MB (cleaned) and 100 MB (over the
# document cap, passed through), and optionally on a large plain file.
# Usage: scripts/scale.sh [BIG_MB]   (BIG_MB: also clean a plain file that
# large, e.g. 1000; default none)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/unspin-scale-$(basename "$PWD")}; mkdir -p "$out"
bin=$out/unspin
go build -o "$bin" ./cmd/unspin
# Text: the example article, repeated as paragraphs.
make_text() { python3 - "$1" "$2" <<'PY'
import sys
unit = open('testdata/example.txt').read().strip() + '\n\n'
n = int(sys.argv[1])
with open(sys.argv[2], 'w') as f:
    while n > 0:
        f.write(unit); n -= len(unit.encode())
PY
}
make_line() { python3 - "$1" "$2" <<'PY'
import json, sys
unit = open('testdata/example.txt').read().strip() + '\n\n'
n = int(sys.argv[1])
s = (unit * (n // len(unit.encode()) + 1))[:n]
open(sys.argv[2], 'w').write(json.dumps({"id": "big", "text": s}) + '\n')
PY
}
measure() { # name, then the command
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" > "$out/result" 2> "$out/stderr" || true
  read -r secs kb < <(tail -n 1 "$out/time")
  printf '%-28s %8.2f s  %6d MB peak RSS  %s\n' "$name" "$secs" $((kb / 1024)) "$(tail -c 100 "$out/stderr" | tr '\n' ' ')"
}
for mb in ${SIZES:-1 4 16}; do
  make_text $((mb << 20)) "$out/text-$mb"
  measure "plain ${mb} MiB" "$bin" clean "$out/text-$mb"
done
for mb in 1 10 100; do
  make_line $((mb << 20)) "$out/line-$mb.jsonl"
  measure "one JSON line of ${mb} MiB" "$bin" clean --jsonl -j 1 "$out/line-$mb.jsonl"
done
if [ -n "${1:-}" ]; then
  make_text $(($1 << 20)) "$out/text-big"
  measure "plain ${1} MiB" "$bin" clean "$out/text-big"
fi
