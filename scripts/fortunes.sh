#!/usr/bin/env bash
# A real-world precision check (a developer's yardstick, not needed to build
# or test): every fortune cookie of Debian's fortunes packages, text nobody
# attacked, run through `unspin clean --jsonl`; prints how many changed and
# by which kind of edit, with a sample. Needs apt (installs the packages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/unspin-fortunes}; mkdir -p "$out"
if [ ! -d /usr/share/games/fortunes/zh ]; then
  apt-get install -y fortunes fortunes-min fortunes-de fortunes-it fortunes-es fortunes-ru fortunes-pl \
    fortunes-cs fortunes-eo fortunes-ga fortunes-bg fortunes-br fortunes-zh fortunes-mario fortunes-bofh-excuses \
    fortunes-debian-hints fortunes-es-off fortunes-it-off fortunes-eo-ascii > "$out/apt.log"
fi
go build -o "$out/unspin" ./cmd/unspin
python3 - "$out/fortunes.jsonl" <<'PY'
import json, os, sys
seen, n = set(), 0
with open(sys.argv[1], 'w') as out:
    for dp, _, fn in os.walk('/usr/share/games/fortunes', followlinks=True):
        for f in sorted(fn):
            p = os.path.realpath(os.path.join(dp, f))
            if f.endswith(('.dat', '.u8')) or p in seen or not os.path.isfile(p):
                continue
            seen.add(p)
            raw = open(p, 'rb').read()
            try:
                t = raw.decode('utf-8')
            except UnicodeDecodeError:
                t = raw.decode('latin-1')
            for k, piece in enumerate(t.split('\n%\n')):
                piece = piece.strip('\n%')
                if piece.strip():
                    out.write(json.dumps({'id': '%s#%d' % (p, k), 'text': piece}, ensure_ascii=False) + '\n')
                    n += 1
print(n, 'fortunes from', len(seen), 'files')
PY
"$out/unspin" clean --jsonl --explain "$out/fortunes.jsonl" > "$out/out.jsonl" 2> "$out/stderr" || true
python3 - "$out/out.jsonl" <<'PY'
import collections, json, sys
changed, kinds, sample = 0, collections.Counter(), []
for line in open(sys.argv[1]):
    d = json.loads(line)
    es = d['unspin']['edits']
    if es:
        changed += 1
        kinds.update(e['kind'] for e in es)
        sample.append((d['id'], es[0]))
print('changed:', changed, dict(kinds))
for i, e in sample[:: max(1, len(sample) // 15)]:
    print(' ', i.split('/games/')[-1], e['kind'], repr(e['before'])[:40], '->', repr(e['after'])[:30])
PY
