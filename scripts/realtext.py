#!/usr/bin/env python3
"""Never-attacked real text from Debian's packages, and what unspin changes in it.

  realtext.py build DIR     writes DIR/man-overstrike.jsonl (man pages as
                            nroff prints them for a terminal: bold and
                            underline as backspace overstrike),
                            DIR/man-plain.jsonl (the same through col -bx)
                            DIR/catalogues.jsonl (every .mo file under
                            /usr/share/locale, msgunfmt'd, its msgstr texts
                            one paragraph each), DIR/docs.jsonl (the
                            READMEs, changelogs, NEWS, copyright and text
                            files under /usr/share/doc, UTF-8 ones, each
                            once), DIR/code.jsonl (Python and Perl
                            modules, C headers, the common licences) and
                            DIR/descriptions.jsonl (Debian's package
                            descriptions in every language it has them in,
                            from the archive's i18n/Translation-* files)
                            DIR/legacy.jsonl (long-lived plain-text
                            documentation: GNU info manuals node by node,
                            the Jargon File, Vim's help, perl's pods,
                            Python's reST sources, Debian's policy, FAQ
                            and Developer's Reference) and DIR/readmes.jsonl
                            (the READMEs and changelogs of npm packages:
                            popular ones and their dependencies, from the
                            registry)
  realtext.py report DIR    reads DIR/*.out.jsonl (unspin clean --jsonl
                            --explain) and writes DIR/changes.txt: every
                            changed document with its edits, classified

A developer's yardstick (scripts/realtext.sh runs it), not needed to build
or test. Every document here was written by its author as it stands: each
edit is a false one unless it is overstrike decoded as a pager shows it
(checked against col -b) or a genuine mixed-script repair (judged by hand;
see changes.txt).
"""
import collections
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

MAN_ROOT = '/usr/share/man'
LOCALE_ROOT = '/usr/share/locale'
DOC_ROOT = '/usr/share/doc'
ENV = dict(os.environ, LC_ALL='C.UTF-8', MANWIDTH='80', MAN_KEEP_FORMATTING='1',
           GROFF_NO_SGR='1', MANPAGER='cat', PAGER='cat')


def man_pages(per_lang):
    """(language, path) of the localised man pages, and of the English pages
    of the manpages package (the Linux man-pages project), without symbolic
    links and .so redirections: at most per_lang of each language, spread
    evenly over its sorted list (rendering is the slow part)."""
    by_lang = collections.defaultdict(list)
    for d in sorted(os.listdir(MAN_ROOT)):
        full = os.path.join(MAN_ROOT, d)
        if d.startswith('man') or not os.path.isdir(full):
            continue
        for p in sorted(glob.glob(f'{full}/man*/*')):
            if not os.path.islink(p) and os.path.isfile(p) and not is_redirect(p):
                by_lang[d].append(p)
    english = subprocess.run(['dpkg', '-L', 'manpages'], capture_output=True, text=True).stdout.split()
    for p in sorted(english):
        if re.match(r'/usr/share/man/man\d/', p) and os.path.isfile(p) and not os.path.islink(p) and not is_redirect(p):
            by_lang['en'].append(p)
    for lang, paths in by_lang.items():
        step = max(1, len(paths) / per_lang)
        for k in range(min(per_lang, len(paths))):
            yield lang, paths[int(k * step)]


def is_redirect(path):
    import gzip
    try:
        with (gzip.open(path) if path.endswith('.gz') else open(path, 'rb')) as f:
            head = f.read(512)
    except OSError:
        return True
    lines = [l for l in head.splitlines() if l.strip() and not l.startswith(b'.\\"')]
    return len(lines) <= 1 and (not lines or lines[0].startswith(b'.so '))


def render(job):
    lang, path = job
    r = subprocess.run(['man', '-l', path], capture_output=True, env=ENV, timeout=120)
    if r.returncode != 0 or not r.stdout.strip():
        return None
    plain = subprocess.run(['col', '-bx'], input=r.stdout, capture_output=True, env=ENV).stdout
    try:
        return lang, path, r.stdout.decode('utf-8'), plain.decode('utf-8')
    except UnicodeDecodeError:
        return None


def po_strings(po):
    """The msgstr texts of a PO file as msgunfmt writes it."""
    out, cur, inside = [], [], False

    escapes = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}

    def unquote(s):
        def one(m):
            e = m.group(1)
            if e[0] == 'x':
                return chr(int(e[1:], 16))
            if e[0] in '01234567':
                return chr(int(e, 8))
            return escapes.get(e, e)
        return re.sub(r'\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)', one, s)

    for line in po.splitlines():
        m = re.match(r'msgstr(?:\[\d+\])? "(.*)"$', line)
        if m:
            if inside:
                out.append(''.join(cur))
            cur, inside = [unquote(m.group(1))], True
        elif inside and line.startswith('"'):
            cur.append(unquote(line[1:-1]))
        else:
            if inside:
                out.append(''.join(cur))
            cur, inside = [], False
    if inside:
        out.append(''.join(cur))
    return [s for s in out if s.strip()]


def catalogue(path):
    r = subprocess.run(['msgunfmt', '--no-wrap', path], capture_output=True, env=ENV)
    if r.returncode != 0:
        return None
    try:
        po = r.stdout.decode('utf-8')
    except UnicodeDecodeError:
        return None
    strings = po_strings(po)
    # The header (msgstr of the empty msgid) is metadata, not text.
    strings = [s for s in strings if not re.match(r'(Project-Id-Version|Content-Type|MIME-Version):', s)]
    if not strings:
        return None
    lang = path[len(LOCALE_ROOT) + 1:].split('/')[0]
    return lang, path, '\n\n'.join(strings)


def build(out):
    """Builds what is missing of the corpora in out (delete a file to rebuild it)."""
    os.makedirs(out, exist_ok=True)
    langs, clangs = collections.Counter(), collections.Counter()
    if not os.path.exists(f'{out}/man-plain.jsonl'):
        build_man(out)
    for line in open(f'{out}/man-plain.jsonl'):
        langs[json.loads(line)['lang']] += 1
    if not os.path.exists(f'{out}/catalogues.jsonl'):
        build_catalogues(out)
    for line in open(f'{out}/catalogues.jsonl'):
        clangs[json.loads(line)['lang']] += 1
    if not os.path.exists(f'{out}/docs.jsonl'):
        build_docs(out)
    if not os.path.exists(f'{out}/descriptions.jsonl'):
        build_descriptions(out)
    if not os.path.exists(f'{out}/legacy.jsonl'):
        build_legacy(out)
    if not os.path.exists(f'{out}/readmes.jsonl'):
        build_readmes(out)
    if not os.path.exists(f'{out}/code.jsonl'):
        build_code(out)
    d = sum(1 for _ in open(f'{out}/docs.jsonl'))
    c = sum(1 for _ in open(f'{out}/code.jsonl'))
    n, m = sum(langs.values()), sum(clangs.values())
    base = {re.split('[_@.]', l)[0] for l in list(langs) + list(clangs)}
    print(f'man pages: {n} in {len(langs)} locales, each plain and overstruck ({2 * n} documents)')
    print(f'catalogues: {m} in {len(clangs)} locales')
    print(f'package documentation: {d} files')
    print(f'program source: {c} files')
    print(f'in all: {2 * n + m + d + c} documents, {len(base)} languages ({len(set(langs) | set(clangs))} locales)')


DOC_NAMES = ('readme', 'changelog', 'copyright', 'news', 'authors', 'thanks', 'todo', 'changes', 'faq',
             'history', 'credits')


CODE_ROOTS = ('/usr/lib/python3/dist-packages', '/usr/lib/python3.11', '/usr/share/perl', '/usr/share/common-licenses',
              '/usr/include')


def build_code(out):
    """Program source as its authors wrote it: Python and Perl modules, C
    headers (comments beside #defines), the common licences; each distinct
    UTF-8 file of 200 bytes to a megabyte once."""
    import hashlib
    seen = set()
    with open(f'{out}/code.jsonl.tmp', 'w') as fc:
        for top in CODE_ROOTS:
            for root, _, files in sorted(os.walk(top)):
                for f in sorted(files):
                    p = os.path.join(root, f)
                    if os.path.islink(p) or not (f.endswith(('.py', '.pod', '.pm', '.h')) or 'common-licenses' in p):
                        continue
                    try:
                        data = open(p, 'rb').read()
                        text = data.decode('utf-8')
                    except (OSError, UnicodeDecodeError):
                        continue
                    h = hashlib.sha1(data).hexdigest()
                    if 200 <= len(data) <= 1_000_000 and h not in seen:
                        seen.add(h)
                        fc.write(json.dumps({'id': p, 'text': text}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/code.jsonl.tmp', f'{out}/code.jsonl')


def build_docs(out):
    """Package documentation as its authors wrote it: changelogs, READMEs,
    NEWS, copyright files (names and addresses in many languages, code,
    ASCII art), each distinct file once, UTF-8 ones only."""
    import gzip
    import hashlib
    seen = set()
    with open(f'{out}/docs.jsonl.tmp', 'w') as fd:
        for root, _, files in sorted(os.walk(DOC_ROOT)):
            for f in sorted(files):
                p = os.path.join(root, f)
                low = f.lower()
                if os.path.islink(p) or not (low.startswith(DOC_NAMES) or low.endswith(('.txt', '.md', '.rst'))):
                    continue
                try:
                    data = gzip.open(p).read() if f.endswith('.gz') else open(p, 'rb').read()
                    text = data.decode('utf-8')
                except (OSError, EOFError, UnicodeDecodeError):
                    continue
                if len(data) > 2_000_000 or '\0' in text[:4096]:
                    continue
                h = hashlib.sha1(data).hexdigest()
                if h not in seen:
                    seen.add(h)
                    fd.write(json.dumps({'id': p, 'text': text}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/docs.jsonl.tmp', f'{out}/docs.jsonl')


MIRROR = os.environ.get('DEBIAN_MIRROR', 'http://deb.debian.org/debian')
DESCRIPTION_LANGS = ('en ca cs da de el eo es eu fi fr gl hr hu id it ja km ko nb nl pl pt pt_BR ro ru sk '
                     'sr sv tr uk vi zh_CN zh_TW').split()


def build_descriptions(out):
    """Debian's package descriptions, translated by people into many
    languages (Cyrillic, Greek, CJK, Khmer beside Latin names of programs):
    each distinct description of a language once, its short line, a blank
    line and its long text as the reader sees it."""
    import bz2
    import hashlib
    import lzma
    import urllib.request
    with open(f'{out}/descriptions.jsonl.tmp', 'w') as fd:
        for lang in DESCRIPTION_LANGS:
            data = None
            for ext, unpack in (('xz', lzma.decompress), ('bz2', bz2.decompress)):
                try:
                    url = f'{MIRROR}/dists/bookworm/main/i18n/Translation-{lang}.{ext}'
                    data = unpack(urllib.request.urlopen(url, timeout=120).read()).decode('utf-8')
                    break
                except OSError:
                    continue
            if data is None:
                print(f'no descriptions in {lang}', file=sys.stderr)
                continue
            seen = set()
            for para in data.split('\n\n'):
                pkg, text = None, None
                lines = para.split('\n')
                for i, l in enumerate(lines):
                    if l.startswith('Package:'):
                        pkg = l.split(':', 1)[1].strip()
                    elif l.startswith('Description-') and not l.startswith('Description-md5'):
                        body = []
                        for m in lines[i + 1:]:
                            if not m.startswith(' '):
                                break
                            body.append('' if m[1:] == '.' else m[1:])
                        text = l.split(':', 1)[1].strip() + '\n\n' + '\n'.join(body) + '\n'
                        break
                h = hashlib.sha1((text or '').encode()).hexdigest()
                if pkg and text and h not in seen:
                    seen.add(h)
                    fd.write(json.dumps({'id': f'{lang}/{pkg}', 'lang': lang, 'text': text}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/descriptions.jsonl.tmp', f'{out}/descriptions.jsonl')


def build_legacy(out):
    """Plain-text documentation written decades ago and kept since: each
    GNU info manual's nodes as a reader shows them (the tag tables and the
    index and image markers, which no reader shows, left out), the Jargon File in
    runs of thirty entries, Vim's help files and perl's pods whole."""
    import gzip

    def text_of(p):
        data = gzip.open(p).read() if p.endswith('.gz') else open(p, 'rb').read()
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return None

    with open(f'{out}/legacy.jsonl.tmp', 'w') as fd:
        def put(i, t):
            if t and t.strip():
                fd.write(json.dumps({'id': i, 'text': t}, ensure_ascii=False) + '\n')
        for p in sorted(glob.glob('/usr/share/info/*.info*.gz')):
            for k, node in enumerate((text_of(p) or '').split('\x1f')):
                node = re.sub('\x00\x08\\[.*?\x00\x08\\]', '', node.lstrip('\n'), flags=re.S)
                if not node.startswith(('Tag Table:', 'Indirect:', '\x08', 'Local Variables')):
                    put(f'info/{os.path.basename(p)}#{k}', node)
        paras = (text_of('/usr/share/doc/jargon-text/jargon.txt.gz') or '').split('\n\n')
        for k in range(0, len(paras), 30):
            put(f'jargon/{k}', '\n\n'.join(paras[k:k + 30]) + '\n')
        seen = set()
        for p in sorted(glob.glob('/usr/share/vim/vim*/doc/*.txt')) + sorted(glob.glob('/usr/share/perl/5*/pod/*.pod')):
            if os.path.realpath(p) not in seen:
                seen.add(os.path.realpath(p))
                put(p, text_of(p))
        # Python's documentation sources and Debian's policy, FAQ and
        # Developer's Reference, in runs of twenty paragraphs.
        debian = [p for p in sorted(glob.glob('/usr/share/doc/debian-policy/**/*', recursive=True) +
                                    glob.glob('/usr/share/doc/developers-reference/**/*', recursive=True) +
                                    glob.glob('/usr/share/doc/debian/**/*', recursive=True))
                  if p.endswith(('.txt', '.txt.gz')) or '/FAQ/' in p and p.endswith('.gz')]
        for p in sorted(glob.glob('/usr/share/doc/python3*/html/_sources/**/*.txt', recursive=True)) + debian:
            if os.path.realpath(p) in seen:
                continue  # (the same files under each python3 package's name)
            seen.add(os.path.realpath(p))
            paras = (text_of(p) or '').split('\n\n')
            for k in range(0, len(paras), 20):
                put(f'{p}#{k}', '\n\n'.join(paras[k:k + 20]) + '\n')
    os.rename(f'{out}/legacy.jsonl.tmp', f'{out}/legacy.jsonl')


NPM_REGISTRY = os.environ.get('NPM_REGISTRY', 'https://registry.npmjs.org')
NPM_SEEDS = (
    'express react lodash axios chalk commander debug moment webpack typescript eslint prettier jest mocha vue '
    'next nuxt svelte jquery bootstrap tailwindcss socket.io mongoose sequelize prisma knex pg mysql2 redis '
    'dotenv cors helmet morgan winston pino yargs inquirer ora cheerio puppeteer sharp uuid dayjs date-fns '
    'rxjs ramda async bluebird got node-fetch superagent handlebars ejs pug marked markdown-it d3 three '
    'chart.js leaflet stripe twilio nodemailer firebase graphql koa fastify electron zod joi ajv redux mobx '
    'immer styled-components sass postcss rollup vite esbuild parcel gulp nodemon pm2 rimraf glob minimist '
    'semver fs-extra chokidar ws sinon chai supertest cypress lerna algoliasearch hexo passport jsonwebtoken').split()


def build_readmes(out):
    """READMEs and changelogs of npm packages: developers' prose with
    calls to action of their own ("Visit our website", "Follow us"),
    Markdown, code and emoji. The seeds above, their dependencies and
    theirs, up to 2,500 packages, each tarball's top-level files."""
    import io
    import tarfile
    import urllib.request

    def meta(name):
        try:
            with urllib.request.urlopen(f'{NPM_REGISTRY}/{name.replace("/", "%2F")}/latest', timeout=60) as r:
                return json.load(r)
        except (OSError, ValueError):
            return None

    names, metas = set(NPM_SEEDS), {}
    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        for _ in range(2):
            todo = sorted(n for n in names if n not in metas)[:1200]
            for n, m in zip(todo, ex.map(meta, todo)):
                metas[n] = m
                names.update((m or {}).get('dependencies') or {})
    names = sorted(names)[:2500]

    def files(name):
        m = metas.get(name) or meta(name)
        try:
            with urllib.request.urlopen(m['dist']['tarball'], timeout=120) as r:
                tf = tarfile.open(fileobj=io.BytesIO(r.read()))
            got = []
            for mem in tf.getmembers():
                base = mem.name.split('/')[-1].lower()
                if mem.isfile() and mem.name.count('/') == 1 and \
                        re.match(r'(readme|changelog|history|contributing)(\.(md|txt|markdown))?$', base):
                    got.append((mem.name.split('/', 1)[1], tf.extractfile(mem).read().decode('utf-8')))
            return name, got
        except (OSError, KeyError, TypeError, UnicodeDecodeError, tarfile.TarError):
            return name, []

    with open(f'{out}/readmes.jsonl.tmp', 'w') as fd, concurrent.futures.ThreadPoolExecutor(8) as ex:
        for name, got in ex.map(files, names):
            for fn, text in got:
                if text.strip() and len(text) < 1_000_000:
                    fd.write(json.dumps({'id': f'npm/{name}/{fn}', 'text': text}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/readmes.jsonl.tmp', f'{out}/readmes.jsonl')


def build_man(out):
    jobs = list(man_pages(int(os.environ.get('MAN_PER_LANG', '120'))))
    with open(f'{out}/man-overstrike.jsonl', 'w') as fo, open(f'{out}/man-plain.jsonl.tmp', 'w') as fp, \
            concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        for res in ex.map(render, jobs, chunksize=8):
            if res is None:
                continue
            lang, path, over, plain = res
            doc = path[len(MAN_ROOT) + 1:]
            fo.write(json.dumps({'id': 'man-overstrike/' + doc, 'lang': lang, 'text': over}, ensure_ascii=False) + '\n')
            fp.write(json.dumps({'id': 'man-plain/' + doc, 'lang': lang, 'text': plain}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/man-plain.jsonl.tmp', f'{out}/man-plain.jsonl')


def build_catalogues(out):
    mos = sorted(glob.glob(f'{LOCALE_ROOT}/*/LC_MESSAGES/*.mo'))
    with open(f'{out}/catalogues.jsonl.tmp', 'w') as fc, concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        for res in ex.map(catalogue, mos, chunksize=16):
            if res is None:
                continue
            lang, path, text = res
            fc.write(json.dumps({'id': 'mo/' + path[len(LOCALE_ROOT) + 1:], 'lang': lang, 'text': text}, ensure_ascii=False) + '\n')
    os.rename(f'{out}/catalogues.jsonl.tmp', f'{out}/catalogues.jsonl')


def names(s):
    return ' '.join(unicodedata.name(c, 'U+%04X' % ord(c)) for c in s)


def classify(e):
    """A coarse class for an edit, for counting: the pass and what moved."""
    k = e['kind']
    if k == 'homoglyph':
        b = {unicodedata.name(c, '?').split()[0] for c in e['before'] if not c.isascii()} or {'LATIN'}
        a = {unicodedata.name(c, '?').split()[0] for c in e['after'] if not c.isascii()} or {'LATIN'}
        return f"homoglyph {'/'.join(sorted(b))}->{'/'.join(sorted(a))}"
    if k in ('invisible', 'bidi'):
        return f"{k} {names(e['before'])[:60]}"
    return k


def report(out):
    plain = {}
    for line in open(f'{out}/man-plain.jsonl'):
        d = json.loads(line)
        plain[d['id'][len('man-plain/'):]] = d['text']
    inputs = {}
    for name in ('man-overstrike', 'man-plain', 'catalogues', 'docs', 'code', 'descriptions', 'legacy', 'readmes'):
        for line in open(f'{out}/{name}.jsonl'):
            d = json.loads(line)
            inputs[d['id']] = d['text'].encode('utf-8')
    docs = changed = 0
    classes = collections.Counter()
    overstrike_as_pager = overstrike_differs = 0
    lines = []
    for f in sorted(glob.glob(f'{out}/*.out.jsonl')):
        for line in open(f):
            d = json.loads(line)
            docs += 1
            es = d['unspin']['edits']
            char_edits = [e for e in es if e['kind'] not in ('overstrike', 'deletion')]
            if d['id'].startswith('man-overstrike/'):
                # Overstrike is right where the decoded page is col -b's.
                if any(e['kind'] in ('overstrike', 'deletion') for e in es):
                    if not char_edits and as_col(d['text']) == as_col(plain.get(d['id'][len('man-overstrike/'):], '')):
                        overstrike_as_pager += 1
                    else:
                        overstrike_differs += 1
                        if not char_edits:
                            lines.append(f"\n## {d['id']}: overstrike decoded unlike col -b")
                            lines.append('   ' + first_difference(as_col(d['text']), as_col(plain.get(d['id'][len('man-overstrike/'):], ''))))
                es = char_edits
            if not es:
                continue
            changed += 1
            lines.append(f"\n## {d['id']} ({len(es)} edits)")
            for e in es:
                c = classify(e)
                classes[c] += 1
                src = inputs.get(d['id'], b'')
                ctx = (src[max(0, e['start'] - 40):e['start']].decode('utf-8', 'ignore') + '⟦' + e['before'] + '⟧' +
                       src[e['end']:e['end'] + 40].decode('utf-8', 'ignore'))
                lines.append(f"   [{c}] {e['start']}-{e['end']} {e['before']!r} -> {e['after']!r}: {e.get('reason', '')}")
                lines.append(f"        in {ctx!r}")
    head = [f'documents: {docs}', f'changed (other than overstrike): {changed}',
            f'overstrike documents decoded as col -b shows them: {overstrike_as_pager}, otherwise: {overstrike_differs}',
            'edits by class:'] + [f'  {n:6d} {c}' for c, n in classes.most_common()]
    with open(f'{out}/changes.txt', 'w') as w:
        w.write('\n'.join(head + lines) + '\n')
    print('\n'.join(head))
    print(f'list: {out}/changes.txt')


def as_col(s):
    """s as col -b writes it: col drops combining marks, format characters
    (zero-width space, joiners) and C1 controls, and writes an ideographic
    space as two spaces (what a pager shows is s)."""
    s = s.replace('\u3000', '  ')
    return ''.join(c for c in s if not (unicodedata.category(c) in ('Mn', 'Cf') or '\x80' <= c <= '\x9f'))


def first_difference(a, b):
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f'at {i}: unspin {a[max(0, i - 30):i + 30]!r} | col -b {b[max(0, i - 30):i + 30]!r}'


if __name__ == '__main__':
    {'build': build, 'report': report}[sys.argv[1]](sys.argv[2])
