"""Residuals of scripts/generalise.sh: for every attacked or clean document whose
output differs from the expected text, the characters left unrestored or changed
wrongly, counted by Unicode block (Debian's unicode-data Blocks.txt when present,
else the first word of the character's name).

Usage: python3 scripts/residuals.py DIR FIRST LAST   (reads DIR/gold-S.jsonl, DIR/out-S.jsonl)
"""
import bisect, collections, difflib, json, os, sys, unicodedata

BLOCKS = []
for path in ('/usr/share/unicode/Blocks.txt', '/usr/share/unicode-data/Blocks.txt'):
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            line = line.split('#', 1)[0].strip()
            if line:
                rng, name = line.split(';')
                lo, hi = (int(x, 16) for x in rng.split('..'))
                BLOCKS.append((lo, hi, name.strip()))
        break
STARTS = [b[0] for b in BLOCKS]


def block(c):
    if BLOCKS:
        i = bisect.bisect_right(STARTS, ord(c)) - 1
        if i >= 0 and BLOCKS[i][0] <= ord(c) <= BLOCKS[i][1]:
            return BLOCKS[i][2]
    return unicodedata.name(c, '?').split()[0]


def diffs(exp, out):
    """(expected, got) character pairs, aligned on space-separated words."""
    ew, ow = exp.split(' '), out.split(' ')
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, ew, ow, autojunk=False).get_opcodes():
        if op == 'equal':
            continue
        a, b = ' '.join(ew[a1:a2]), ' '.join(ow[b1:b2])
        if len(a) == len(b):
            yield from ((x, y) for x, y in zip(a, b) if x != y)
        else:
            yield (a[:24], b[:24])


def main():
    d, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    left, wrong, examples = collections.Counter(), collections.Counter(), {}
    for s in range(first, last + 1):
        gold = [json.loads(l) for l in open(os.path.join(d, 'gold-%d.jsonl' % s), encoding='utf-8')]
        outs = {o['id']: o['text'] for o in map(json.loads, open(os.path.join(d, 'out-%d.jsonl' % s), encoding='utf-8'))}
        for g in gold:
            out = outs.get(g['id'], '')
            if out == g['expected']:
                continue
            for exp, got in diffs(g['expected'], out):
                if len(exp) == 1 and len(got) == 1 and not got.isascii():
                    key = block(got)
                    left[key] += 1
                    examples.setdefault(key, set()).add(got)
                else:
                    wrong[(exp, got)] += 1
    print('left unrestored, by block:')
    for k, n in left.most_common(25):
        print('  %6d  %-40s %s' % (n, k, ' '.join(sorted(examples[k])[:12])))
    print('other differences (expected -> got):')
    for (e, g), n in wrong.most_common(25):
        print('  %6d  %r -> %r' % (n, e, g))


if __name__ == '__main__':
    main()
