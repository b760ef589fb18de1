#!/usr/bin/env bash
# Proves the screen (internal/screen) on more text than the tests carry: for
# every document of attack.py seeds FIRST..LAST and of any JSON Lines files
# given, every pass the screen rules out proposes nothing, and the report is
# the same with the screen as with every pass run (TestScreenOnCorpus).
# A developer's yardstick, not needed to build or test.
# Usage: scripts/screen-proof.sh [FIRST LAST] [FILE.jsonl...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
first=${1:-1}; last=${2:-5}; shift $(( $# >= 2 ? 2 : $# )) || true
out=${OUT:-/tmp/unspin-screen-$(basename "$PWD")}; mkdir -p "$out"
go test -c -o "$out/unspin.test" .
files=("$@")
for s in $(seq "$first" "$last"); do
  python3 "$shared/eval/attack.py" "$s" "$out/seed-$s.jsonl" "$shared/eval/dev/brown.jsonl" "$shared/eval/dev/udhr.jsonl"
  files+=("$out/seed-$s.jsonl")
done
for f in "${files[@]}"; do
  printf '%s: ' "$f"
  "$out/unspin.test" -test.run 'TestScreenOnCorpus$' -test.v -screen.corpus "$(realpath "$f")" 2>&1 | grep -E 'documents|FAIL|differs|proposes' | head -5 | tr '\n' ' '
  echo
done
