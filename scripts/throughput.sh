#!/usr/bin/env bash
# Times `unspin clean --jsonl` against `iconv -f UTF-8 -t UTF-8` (a pass
# that must decode every character) on the same files, in the same run:
#   mixed  the dev set's Brown articles (spun and clean) and UDHR texts in
#          every script, from testdata/dev
#   ascii  the Brown articles as their authors wrote them, quotes and dashes
#          made ASCII
# each repeated to about SIZE_MB (default 20). Prints MB/s with one core
# (GOMAXPROCS=1, -j 1) and with all, and the ratios to iconv. A developer's
# yardstick, not needed to build or test.
# Usage: scripts/throughput.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
out=${OUT:-/tmp/unspin-throughput}; mkdir -p "$out"
go build -o "$out/unspin" ./cmd/unspin
python3 - "$out" "$size" <<'EOF'
import json, sys
out, size = sys.argv[1], int(sys.argv[2]) << 20
table = str.maketrans({'“': '"', '”': '"', '‘': "'", '’': "'", '—': '--', '–': '-', '…': '...'})
def lines(path, key, fold=False):
    for l in open(path, encoding='utf-8'):
        d = json.loads(l)
        t = d[key].translate(table) if fold else d[key]
        if not fold or t.isascii():
            yield json.dumps({'id': d['id'], 'text': t}, ensure_ascii=False) + '\n'
mixed = list(lines('testdata/dev/brown.jsonl', 'text')) + list(lines('testdata/dev/udhr.jsonl', 'text'))
ascii_ = list(lines('testdata/dev/brown.jsonl', 'expected', fold=True))
for name, ls in (('mixed', mixed), ('ascii', ascii_)):
    with open(f'{out}/{name}.jsonl', 'w', encoding='utf-8') as f:
        n = 0
        while n < size:
            for l in ls:
                f.write(l); n += len(l.encode())
EOF
secs() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
for name in mixed ascii; do
  f=$out/$name.jsonl
  mb=$(echo "$(stat -c %s "$f") / 1000000" | bc -l)
  ti=$(secs iconv -f UTF-8 -t UTF-8 "$f")
  t1=$(GOMAXPROCS=1 secs "$out/unspin" clean -q --jsonl -j 1 "$f")
  tn=$(secs "$out/unspin" clean -q --jsonl "$f")
  printf '%-6s %6.1f MB  iconv %7.1f MB/s  unspin 1 core %6.1f MB/s (%.3f× iconv)  %d cores %6.1f MB/s (%.2f× one core)\n' \
    "$name" "$mb" "$(echo "$mb/$ti" | bc -l)" "$(echo "$mb/$t1" | bc -l)" "$(echo "$ti/$t1" | bc -l)" \
    "$(nproc)" "$(echo "$mb/$tn" | bc -l)" "$(echo "$t1/$tn" | bc -l)"
done
