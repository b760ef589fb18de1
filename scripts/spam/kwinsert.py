#!/usr/bin/env python3
"""Measures the keyword search without a call to action: each of thirty anchor keywords of the link-spam
niches (ten of them also in keywords.txt; -dev: the development set's eight instead) pushed N times into
its own clean Brown text of testdata/dev, at random gaps inside sentences (after no sentence end, before a
small letter), as link spinners do; prints how many texts each binary restores exactly. Seeds draw other
gaps and texts. A developer's yardstick, not needed to build or test.

Usage: scripts/spam/kwinsert.py [-dev] [-n N] [-seeds S] UNSPIN_BINARY...
"""
import argparse, json, os, random, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BROWN = os.path.join(HERE, '..', '..', 'testdata', 'dev', 'brown.jsonl')
DEV = ["best CBD gummies", "online casino Malaysia", "in Turkey Lawyer Law Firm", "weight loss pills",
       "Kitchen Remodeling Near Me", "Roofing Contractor Denver", "buy instagram followers", "payday loans online"]
OTHER = ["cheap flights to Bali", "best CBD oil", "forex trading signals", "Toronto wedding photographer",
         "Miami divorce attorney", "dental implants Mexico", "personal injury lawyer Chicago", "crypto trading bot",
         "buy cheap viagra", "essay writing service", "replica Rolex watches", "SEO agency London",
         "moving company Brooklyn", "sports betting tips", "emergency plumber Houston", "hair transplant Istanbul",
         "keto diet pills", "car accident attorney", "student loan forgiveness", "Dubai escort service",
         "bitcoin casino bonus", "garage door repair Phoenix", "water damage restoration", "teeth whitening kit",
         "buy TikTok likes", "HVAC repair near me", "bail bonds Las Vegas", "rehab center Florida",
         "term paper help", "luxury car rental Dubai"]


def documents(keywords, seed, n):
    rng = random.Random(seed)
    hosts = [d['expected'] for d in map(json.loads, open(BROWN, encoding='utf-8')) if not d['attacks']]
    docs = []
    for i, kw in enumerate(keywords):
        text = hosts[(i * 7 + seed) % len(hosts)]
        words = text.split(' ')
        gaps = [p for p in range(15, len(words) - 15)
                if not words[p - 1].endswith(('.', '!', '?', ':', ';', '"', '\n')) and words[p][:1].islower()
                and '\n' not in words[p - 1] + words[p]]
        for p in sorted(rng.sample(gaps, n), reverse=True):
            words.insert(p, kw)
        docs.append({'id': kw, 'text': ' '.join(words), 'expected': text})
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-dev', action='store_true')
    ap.add_argument('-n', type=int, default=2)
    ap.add_argument('-seeds', type=int, default=6)
    ap.add_argument('binaries', nargs='+')
    a = ap.parse_args()
    keywords = DEV if a.dev else OTHER
    total = {b: 0 for b in a.binaries}
    for seed in range(1, a.seeds + 1):
        docs = documents(keywords, seed, a.n)
        inp = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in docs)
        for b in a.binaries:
            out = subprocess.run([b, 'clean', '--jsonl', '-q'], input=inp, capture_output=True, text=True).stdout
            total[b] += sum(json.loads(o)['text'] == d['expected'] for d, o in zip(docs, out.splitlines()))
    for b in a.binaries:
        print(f'{b}: {total[b]}/{len(keywords) * a.seeds} restored exactly')


main()
