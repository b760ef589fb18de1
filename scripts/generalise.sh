#!/usr/bin/env bash
# Measures how restoration generalises: runs ../shared/eval/attack.py for many
# seeds (each draws its own look-alike table from the whole confusable
# universe) over the dev brown and UDHR texts, and prints charonly_exact and
# clean_changed per seed, then the characters left unrestored or wrongly
# changed, by Unicode block. A developer's yardstick, not needed to build or test.
# Usage: scripts/generalise.sh [FIRST [LAST]]   (default seeds 1..20)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-20}
out=${OUT:-/tmp/unspin-generalise-$(basename "$PWD")}; mkdir -p "$out"
bin=$out/unspin
go build -o "$bin" ./cmd/unspin
one() {
  local s=$1
  python3 "$shared/eval/attack.py" "$s" "$out/gold-$s.jsonl" "$shared/eval/dev/brown.jsonl" "$shared/eval/dev/udhr.jsonl"
  "$bin" clean --jsonl --explain < "$out/gold-$s.jsonl" > "$out/out-$s.jsonl" 2>/dev/null || true
  printf 'seed %2d  %s\n' "$s" "$(python3 "$shared/eval/score.py" "$out/gold-$s.jsonl" "$out/out-$s.jsonl" | tr ' ' '\n' | grep -E '^(charonly_exact|clean_changed|cer|cer_input)=' | tr '\n' ' ')"
}
export -f one; export shared out bin
seq "$first" "$last" | xargs -P "$(nproc)" -I{} bash -c 'one {}' | sort -n -k2
python3 scripts/residuals.py "$out" "$first" "$last"
