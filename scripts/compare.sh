#!/usr/bin/env bash
# Compares what two trees make of the same text: builds unspin at git ref
# BASE (default HEAD) and from the working tree, cleans the dev set,
# attack.py seeds 1..SEEDS (default 3) and any JSON Lines files given (e.g.
# /work/corpora/*.jsonl, fortunes), and prints, per file, "identical" or the
# number of lines that differ and the first few documents' edits. Use it to
# show that a change meant to keep output (speed, structure) keeps it.
# A developer's yardstick, not needed to build or test.
# Usage: scripts/compare.sh [-b BASE] [-s SEEDS] [FILE.jsonl...]
set -euo pipefail
cd "$(dirname "$0")/.."
base=HEAD seeds=3
while getopts b:s: o; do case $o in b) base=$OPTARG ;; s) seeds=$OPTARG ;; *) exit 2 ;; esac; done
shift $((OPTIND - 1))
out=${OUT:-/tmp/unspin-compare-$(basename "$PWD")}; rm -rf "$out"; mkdir -p "$out"
git worktree add -q --detach "$out/base" "$base"
trap 'git worktree remove --force "$out/base"' EXIT
(cd "$out/base" && go build -o "$out/old" ./cmd/unspin)
go build -o "$out/new" ./cmd/unspin
files=(testdata/dev/*.jsonl "$@")
if [ -f ../shared/eval/attack.py ]; then
  for s in $(seq 1 "$seeds"); do
    python3 ../shared/eval/attack.py "$s" "$out/seed-$s.jsonl" testdata/dev/brown.jsonl testdata/dev/udhr.jsonl
    files+=("$out/seed-$s.jsonl")
  done
fi
for f in "${files[@]}"; do
  "$out/old" clean -q --jsonl --explain "$f" > "$out/a.jsonl" 2>/dev/null || true
  "$out/new" clean -q --jsonl --explain "$f" > "$out/b.jsonl" 2>/dev/null || true
  if cmp -s "$out/a.jsonl" "$out/b.jsonl"; then
    echo "$f: identical"
  else
    python3 - "$f" "$out/a.jsonl" "$out/b.jsonl" <<'PY'
import json, sys
f, a, b = sys.argv[1:]
diff = [(x, y) for x, y in zip(open(a), open(b)) if x != y]
print(f'{f}: {len(diff)} lines differ')
for x, y in diff[:3]:
    x, y = json.loads(x), json.loads(y)
    ex = {(e['start'], e['kind'], e['after']) for e in x['unspin']['edits']}
    ey = {(e['start'], e['kind'], e['after']) for e in y['unspin']['edits']}
    print('  ', x.get('id'), 'only base:', sorted(ex - ey)[:4], 'only new:', sorted(ey - ex)[:4],
          'spam', x['unspin'].get('spam'), '->', y['unspin'].get('spam'))
PY
  fi
done
