#!/usr/bin/env python3
"""Builds the link-spam training and measurement sets from real text.

Usage: scripts/spam/build.py [DATA]   (DATA from scripts/spam/fetch.sh; default /tmp/unspin-spam)

Hosts are real prose nobody attacked: the ham e-mail of the SpamAssassin public corpus (bodies) and the
Brown texts the development set does not use, each split in two by a hash of its id (train / test).
Into them go calls to action spun from families.txt (or heldout.txt) with an anchor keyword from
keywords.txt, and the keyword pushed into other sentences, whole or in part, as link spinners do; and
keyword-only documents (no call to action). Writes, in DATA/sets:

  hosts.jsonl    id, text, source, split (every host, clean)
  train.jsonl    training documents: families x [train] keywords x train hosts, train hosts clean, and
                 some with a call to action of their own (legit.txt: no keyword, or their own subject)
  lofo.jsonl     families x [train] keywords x test hosts (field family), keyword-only, test hosts clean
  heldout.jsonl  heldout.txt shapes x [heldout] keywords x test hosts, keyword-only, test hosts clean
  fresh.jsonl    fresh.txt shapes x [fresh] keywords x test hosts, keyword-only, test hosts clean (a second
                 held-out set, written after the first had been read)
  fresh3.jsonl   fresh3.txt shapes x [fresh3] keywords x test hosts, keyword-only, test hosts clean (a third,
                 written after the second had guided rules)
  fresh4.jsonl   fresh4.txt shapes x [fresh4] keywords: a fourth, written with the third, run once after the
                 changes the third guided
  fresh5.jsonl   fresh5.txt shapes x [fresh5] keywords: a fifth, written by a helper that saw no code or set
  fresh6.jsonl   fresh6.txt shapes x [fresh6] keywords: a sixth, the classic spun kind, written the same way
  fresh7.jsonl   fresh7.txt shapes x [fresh7] keywords: a seventh, written by a helper that saw no code or set,
                 prompted with shapes that also guided rules (see the README), so not wholly unseen

Lines are in the development set's format (id, text, expected, attacks, keyword, spam) plus family,
source, cta: the call to action's [start, end) in text, and kws: each inserted keyword's (Python string
offsets).
The same DATA gives the same files (seeded).
"""
import glob, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('SPAMDATA', '/tmp/unspin-spam')
OUT = os.path.join(DATA, 'sets')
REPO = os.path.dirname(os.path.dirname(HERE))


def families(name):
    out = []
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        fam, tpl = line.rstrip('\n').split('\t', 1)
        out.append((fam, tpl))
    return out


def keywords():
    sets, cur = {}, None
    for line in open(os.path.join(HERE, 'keywords.txt'), encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('['):
            cur = line[1:-1]
            sets[cur] = []
            continue
        sets[cur].append(line)
    return sets


def spin(tpl, rng):
    """Expands {a|b|c} choices, innermost first; {K} (the keyword) and {T} (a topic) are kept."""
    pat = re.compile(r'\{([^{}]*)\}')
    while True:
        m = None
        for m in pat.finditer(tpl):
            if m.group(1) not in ('K', 'T'):
                break
        else:
            return tpl
        if m is None or m.group(1) in ('K', 'T'):
            return tpl
        tpl = tpl[:m.start()] + rng.choice(m.group(1).split('|')) + tpl[m.end():]


def split_of(id_):
    return 'train' if int(hashlib.md5(id_.encode()).hexdigest(), 16) % 2 == 0 else 'test'


def brown_hosts():
    dev = {json.loads(l)['id'][6:] for l in open(os.path.join(REPO, 'testdata/dev/brown.jsonl'))}
    out = []
    for f in sorted(glob.glob(os.path.join(DATA, 'brown/package/c[a-r][0-9][0-9]'))):
        name = os.path.basename(f)
        if name in dev:
            continue
        paras = []
        for line in open(f):
            s, glue = '', True
            for t in (w.rsplit('/', 1)[0] for w in line.split()):
                if t == '``': s += ('' if glue else ' ') + '“'; glue = True
                elif t == "''": s += '”'; glue = False
                elif t in ('.', ',', ';', ':', '?', '!', ')', ']'): s += t; glue = False
                elif t in ('(', '['): s += ('' if glue else ' ') + t; glue = True
                else: s += ('' if glue else ' ') + t; glue = False
            if s:
                paras.append(s)
        # Brown gives a sentence a line; paragraphs of three to six.
        rng = random.Random(name)
        text, cur = [], []
        for s in paras:
            cur.append(s)
            if len(cur) >= rng.randint(3, 6):
                text.append(' '.join(cur)); cur = []
        if cur:
            text.append(' '.join(cur))
        out.append({'id': 'brown-' + name, 'text': '\n\n'.join(text), 'source': 'brown'})
    return out


def ham_hosts():
    out = []
    for f in sorted(glob.glob(os.path.join(DATA, 'sa/package/data/*ham*/*.txt'))):
        t = open(f, encoding='utf-8', errors='replace').read()
        body = t[t.find('\n\n') + 2:] if '\n\n' in t else ''
        if '<html' in body.lower() or len(body.strip()) < 200 or '\ufffd' in body:
            continue
        out.append({'id': 'ham-' + f.split('/data/')[1][:-4].replace('/', '-'), 'text': body, 'source': 'ham'})
    return out


SENT_END = re.compile(r'(?<=[a-z][.!?]) (?=[A-Z])')
WORD_GAP = re.compile(r'(?<=[A-Za-z]) (?=[A-Za-z])')


def insert_cta(text, cta, rng):
    """Puts a call to action where spinners put it: its own paragraph, the end or start of a paragraph,
    or after a sentence inside one. Returns the text and the CTA's span."""
    paras = [m.start() for m in re.finditer(r'\n\n(?=\S)', text)]
    ends = [m.start() for m in re.finditer(r'\S\n\n', text)]
    sents = [m.start() for m in SENT_END.finditer(text)]
    r = rng.random()
    if not cta.endswith(('.', '!', '?')):
        # A signature without a full stop stands at the end of a paragraph or text, on its own line.
        r = 0.3 if rng.random() < 0.5 or not paras else 0.0
    if r < 0.3 and paras:
        p = rng.choice(paras) + 2
        return text[:p] + cta + '\n\n' + text[p:], (p, p + len(cta))
    if r < 0.45:
        t = text.rstrip('\n')
        return t + '\n\n' + cta + text[len(t):], (len(t) + 2, len(t) + 2 + len(cta))
    if r < 0.7 and ends:
        p = rng.choice(ends) + 1
        return text[:p] + ' ' + cta + text[p:], (p + 1, p + 1 + len(cta))
    if sents:
        p = rng.choice(sents) + 1
        return text[:p] + cta + ' ' + text[p:], (p, p + len(cta))
    t = text.rstrip('\n')
    return t + ' ' + cta + text[len(t):], (len(t) + 1, len(t) + 1 + len(cta))


def piece(kw, rng):
    w = kw.split()
    if len(w) >= 3 and rng.random() < 0.3:
        n = rng.randint(2, len(w) - 1)
        s = rng.randint(0, len(w) - n)
        return ' '.join(w[s:s + n])
    return kw


def insert_keyword(text, kw, avoid, rng, taken):
    """Pushes kw (or a piece) between two words of a line, outside the span avoid and away from earlier
    insertions (taken, updated); quoted lines and addresses left alone."""
    gaps = []
    for m in WORD_GAP.finditer(text):
        p = m.start()
        if avoid[0] - 1 <= p <= avoid[1] + 1 or any(a - 1 <= p <= b + 1 for a, b in taken):
            continue
        ls = text.rfind('\n', 0, p) + 1
        if text.startswith('>', ls):
            continue
        a = text[max(0, p - 40):p].split()[-1:] + text[p + 1:p + 40].split()[:1]
        if any(re.search(r'[@/:]|www\.|\.com', x) for x in a):
            continue
        gaps.append(p)
    if not gaps:
        return text, avoid
    p = rng.choice(gaps)
    k = piece(kw, rng)
    text = text[:p] + ' ' + k + text[p:]
    n = len(k) + 1
    if p < avoid[0]:
        avoid = (avoid[0] + n, avoid[1] + n)
    taken[:] = [(a + n, b + n) if a > p else (a, b) for a, b in taken] + [(p + 1, p + n)]
    return text, avoid


def make(host, fam, tpl, kw, rng, n_kw):
    text = host['text']
    span = (len(text) + 10, len(text) + 10)
    attacks = []
    if tpl is not None:
        cta = spin(tpl, rng).replace('{K}', kw)
        cta = re.sub(r'\s+([.,:;])$', r'\1', cta).strip()
        text, span = insert_cta(text, cta, rng)
        attacks.append('template')
    taken = []
    for _ in range(n_kw):
        text, span = insert_keyword(text, kw, span, rng, taken)
    if n_kw:
        attacks.append('keyword')
    d = {'id': f"{fam}/{host['id']}", 'text': text, 'expected': host['text'], 'attacks': attacks,
         'keyword': kw, 'spam': True, 'family': fam, 'source': host['source']}
    if tpl is not None:
        d['cta'] = list(span)
    if taken:
        d['kws'] = sorted(list(t) for t in taken)
    return d


def legit(host, fams, rng):
    """A clean host with a call to action of its own appended (no anchor keyword, or its own subject):
    a negative for the models, kept in expected."""
    fam, tpl = rng.choice(fams)
    words = re.findall(r'\b[a-z]{5,}\b', host['text'])
    topic = 'the ' + rng.choice(words) if words else 'this'
    cta = spin(tpl, rng).replace('{T}', topic)
    text = host['text'].rstrip('\n') + '\n\n' + cta + '\n'
    return {'id': f"{fam}/{host['id']}", 'text': text, 'expected': text, 'attacks': [], 'keyword': None,
            'spam': False, 'family': 'legit', 'source': host['source']}


def clean(host):
    return {'id': 'clean/' + host['id'], 'text': host['text'], 'expected': host['text'], 'attacks': [],
            'keyword': None, 'spam': False, 'family': 'clean', 'source': host['source']}


def write(name, docs):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f'{name}: {len(docs)} documents', file=sys.stderr)


def spam_docs(fams, kws, hosts, rng, per_family, kw_only):
    docs = []
    for fam, tpl in fams:
        for host in rng.sample(hosts, per_family):
            docs.append(make(host, fam, tpl, rng.choice(kws), rng, rng.choice([0, 0, 1, 1, 2, 3])))
    for host in rng.sample(hosts, kw_only):
        docs.append(make(host, 'kw-only', None, rng.choice(kws), rng, rng.choice([1, 2, 2, 3])))
    return docs


def main():
    os.makedirs(OUT, exist_ok=True)
    hosts = brown_hosts() + ham_hosts()
    for h in hosts:
        h['split'] = split_of(h['id'])
    write('hosts.jsonl', hosts)
    train = [h for h in hosts if h['split'] == 'train']
    test = [h for h in hosts if h['split'] == 'test']
    kws = keywords()
    fams = families('families.txt')
    rng = random.Random(25)
    legit_fams = families('legit.txt')
    write('train.jsonl', spam_docs(fams, kws['train'], train, rng, 40, 300) + [clean(h) for h in train] +
          [legit(h, legit_fams, rng) for h in rng.sample(train, 300)])
    rng = random.Random(2025)
    write('lofo.jsonl', spam_docs(fams, kws['train'], test, rng, 20, 60) + [clean(h) for h in test])
    # The held-out sets: each its own shapes, keywords and seed.
    for name, seed in (('heldout', 1025), ('fresh', 3025), ('fresh3', 4025), ('fresh4', 5025), ('fresh5', 6025), ('fresh6', 7025), ('fresh7', 8025)):
        rng = random.Random(seed)
        write(f'{name}.jsonl', spam_docs(families(f'{name}.txt'), kws[name], test, rng, 10, 60) +
              [clean(h) for h in test])


if __name__ == '__main__':
    main()
