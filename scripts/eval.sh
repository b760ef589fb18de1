#!/usr/bin/env bash
# Scores the current tree on the development set in ../shared/eval/dev (not
# needed to build or test; a developer's yardstick). Usage: scripts/eval.sh [NAME...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
bin=$(mktemp -d)/unspin
go build -o "$bin" ./cmd/unspin
out=${OUT:-/tmp/unspin-eval-$(basename "$PWD")}; mkdir -p "$out"
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(brown udhr legit legacy seed)
if "$bin" clean "$shared/seed/seed.txt" | cmp -s - "$shared/seed/seed.expected.txt"; then echo "seed.txt: exact"; else echo "seed.txt: differs"; fi
for n in "${names[@]}"; do
  "$bin" clean --jsonl < "$shared/eval/dev/$n.jsonl" > "$out/$n.jsonl"
  echo "$n: $(python3 "$shared/eval/score.py" "$shared/eval/dev/$n.jsonl" "$out/$n.jsonl")"
done
