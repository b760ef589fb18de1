#!/usr/bin/env bash
# Measures restoration on real text unlike the dev set's, attacked: samples
# documents of the never-attacked corpora scripts/realtext.sh builds in
# $CORPORA (Debian package descriptions in 33 languages, legacy text,
# /usr/share/doc files, translation catalogues; the sample is fixed, random
# seed 7, each text cut to 20,000 characters), runs ../shared/eval/attack.py
# for seeds FIRST..LAST over each sample and prints score.py's charonly_exact
# and clean_changed per corpus and seed. A developer's yardstick, not
# needed to build or test.
# Usage: scripts/corpattack.sh [FIRST [LAST]]   (default seeds 1..2)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-2}
corpora=${CORPORA:-/work/corpora}
[ -s "$corpora/descriptions.jsonl" ] || scripts/realtext.sh >/dev/null
out=${OUT:-/tmp/unspin-corpattack-$(basename "$PWD")}; mkdir -p "$out"
go build -o "$out/unspin" ./cmd/unspin
python3 - "$corpora" "$out" <<'PY'
import json, random, sys
corpora, out = sys.argv[1:]
random.seed(7)
for name, n in [('descriptions', 2000), ('legacy', 2000), ('docs', 1000), ('catalogues', 600)]:
    lines = open(f'{corpora}/{name}.jsonl', encoding='utf-8').readlines()
    with open(f'{out}/{name}.jsonl', 'w', encoding='utf-8') as f:
        for l in random.sample(lines, min(n, len(lines))):
            d = json.loads(l)
            f.write(json.dumps({'id': f"{name}-{d.get('id')}", 'text': d['text'][:20000]}, ensure_ascii=False) + '\n')
PY
for name in descriptions legacy docs catalogues; do
  for s in $(seq "$first" "$last"); do
    python3 "$shared/eval/attack.py" "$s" "$out/$name-gold-$s.jsonl" "$out/$name.jsonl" >/dev/null
    "$out/unspin" clean -q --jsonl < "$out/$name-gold-$s.jsonl" > "$out/$name-out-$s.jsonl"
    printf '%-12s seed %3d  %s\n' "$name" "$s" "$(python3 "$shared/eval/score.py" "$out/$name-gold-$s.jsonl" "$out/$name-out-$s.jsonl" --no-cer | tr ' ' '\n' | grep -E '^(charonly_exact|clean_changed)=' | tr '\n' ' ')"
  done
done
