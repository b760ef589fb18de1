#!/usr/bin/env python3
"""Measures calls to action in phrasings and with keywords no rule was written from: each of fourteen
link-spam templates (the seed's and the WordPress comment spinner's among them, signatures, offers,
imperatives) filled with each of twenty keywords (place names with an article, "near me", numbers, brand
shapes, long phrases), pushed after the first sentence of a middle paragraph of a clean Brown text of
testdata/dev; prints how many texts each binary restores exactly, and the misses by template and keyword.
A developer's yardstick, not needed to build or test.

Usage: scripts/spam/ctaprobe.py UNSPIN_BINARY...
"""
import collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BROWN = os.path.join(HERE, '..', '..', 'testdata', 'dev', 'brown.jsonl')
TEMPLATES = [
    "If you have any questions concerning where and how to use {k}, you can contact us at our own web page.",
    "Here is more info in regards to {k} visit our webpage.",
    "For more information about {k}, check out our website.",
    "Take a look at my homepage: {k}.",
    "If you want to learn more about {k}, please stop by our site.",
    "Also visit my web blog; {k}.",
    "My website is about {k}.",
    "I was recommended this web site by my cousin; check out {k} on our page.",
    "Look at my web page - {k}.",
    "Have a look at my site: {k}.",
    "Check out our site for the best {k} deals.",
    "You can read more about {k} on our blog.",
    "Visit our website to learn about {k}.",
    "Should you have any inquiries regarding wherever and how to utilize {k}, you can e-mail us from our web-page.",
]
KEYWORDS = ["roofing contractor Denver", "CBD oil for dogs", "24 hour locksmith", "Miami divorce attorney",
            "buy instagram followers", "HVAC repair near me", "cheap flights to Bali", "SEO agency London",
            "water damage restoration", "teeth whitening kit", "New York car accident lawyer", "St. Louis plumber",
            "bail bonds Las Vegas", "dentist El Paso", "plumber Los Angeles", "hotels Las Palmas",
            "weight loss pills", "personal injury lawyer Chicago", "realtor La Jolla", "1xBet promo code"]


def documents():
    hosts = [d['expected'] for d in map(json.loads, open(BROWN, encoding='utf-8')) if not d['attacks']]
    docs = []
    for ti, t in enumerate(TEMPLATES):
        for ki, k in enumerate(KEYWORDS):
            text = hosts[(ti * 13 + ki * 7) % len(hosts)]
            paras = text.split('\n\n')
            j = len(paras) // 2
            p = paras[j]
            i = p.find('. ')
            if i < 0:
                continue
            paras[j] = p[:i + 1] + ' ' + t.format(k=k) + p[i + 1:]
            docs.append({'id': f'{ti}-{ki}', 'text': '\n\n'.join(paras), 'expected': text})
    return docs


def main():
    docs = documents()
    inp = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in docs)
    for b in sys.argv[1:]:
        out = subprocess.run([b, 'clean', '--jsonl', '-q'], input=inp, capture_output=True, text=True).stdout.splitlines()
        miss = [d['id'] for d, o in zip(docs, out) if json.loads(o)['text'] != d['expected']]
        print(f'{b}: {len(docs) - len(miss)}/{len(docs)} restored exactly')
        for name, k in (('template', 0), ('keyword', 1)):
            c = collections.Counter(int(m.split('-')[k]) for m in miss)
            print(f'  misses by {name}:', ', '.join(f'{x}: {n}' for x, n in sorted(c.items())))


if __name__ == '__main__':
    main()
