#!/usr/bin/env python3
"""Counts, per generated set, the documents whose cleaned text lost words of the author's.

A removal that takes a word the expected text keeps removed what the author wrote (the worst failure),
even in a spam document: this counts such documents (the words of expected, as a multiset, missing from
the output) and prints a few. A developer's yardstick, not needed to build or test.

Usage: scripts/spam/lostwords.py UNSPIN_BINARY SET... (sets from scripts/spam/build.py, in
$SPAMDATA/sets, default /tmp/unspin-spam/sets; e.g. heldout fresh fresh3 lofo)
"""
import collections, json, os, re, subprocess, sys

sets_dir = os.path.join(os.environ.get('SPAMDATA', '/tmp/unspin-spam'), 'sets')
binary = sys.argv[1]
for name in sys.argv[2:]:
    docs = [json.loads(l) for l in open(os.path.join(sets_dir, name + '.jsonl'), encoding='utf-8')]
    inp = ''.join(json.dumps({'id': d['id'], 'text': d['text']}, ensure_ascii=False) + '\n' for d in docs)
    out = subprocess.run([binary, 'clean', '--jsonl', '-q'], input=inp.encode(), capture_output=True, check=True)
    lost = []
    for d, line in zip(docs, out.stdout.decode().splitlines()):
        got = json.loads(line)['text']
        missing = collections.Counter(re.findall(r'\w+', d['expected'])) - collections.Counter(re.findall(r'\w+', got))
        if missing:
            lost.append((d['id'], sorted(missing)[:6]))
    print(f'{name}: {len(docs)} documents, {len(lost)} lost words of the author\'s')
    for doc_id, words in lost[:5]:
        print(f'   {doc_id[:60]} {words}')
