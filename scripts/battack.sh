#!/usr/bin/env bash
# Measures restoration on text unlike the dev set's: runs
# ../shared/eval/attack.py for seeds FIRST..LAST over every battery text
# (testdata/battery: mail, pages, technical and legacy text, many languages
# and scripts, all legitimate), every text attacked (--clean-frac 0), and
# prints score.py's exact, attacked_exact and clean_changed per seed (a
# battery text the attacker left as it was must come back unchanged). A
# developer's yardstick, not needed to build or test.
# Usage: scripts/battack.sh [FIRST [LAST]]   (default seeds 1..3)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-3}
out=${OUT:-/tmp/unspin-battack-$(basename "$PWD")}; mkdir -p "$out"
go build -o "$out/unspin" ./cmd/unspin
cat testdata/battery/*.jsonl > "$out/battery.jsonl"
for s in $(seq "$first" "$last"); do
  python3 "$shared/eval/attack.py" "$s" "$out/gold-$s.jsonl" "$out/battery.jsonl" --clean-frac 0
  "$out/unspin" clean -q --jsonl < "$out/gold-$s.jsonl" > "$out/out-$s.jsonl"
  printf 'seed %2d  %s\n' "$s" "$(python3 "$shared/eval/score.py" "$out/gold-$s.jsonl" "$out/out-$s.jsonl" | tr ' ' '\n' | grep -E '^(exact|attacked_exact|clean_changed)=' | tr '\n' ' ')"
done
