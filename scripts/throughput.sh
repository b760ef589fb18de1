#!/usr/bin/env bash
# Times `unspin clean --jsonl` against `iconv -f UTF-8 -t UTF-8` (a pass
# that must decode every character) on the same files, in the same run, in
# CPU seconds (the machine is shared: wall time would measure the others):
#   fortunes  every Debian fortune cookie, one document each (needs the
#             fortunes packages: scripts/fortunes.sh installs them)
#   english   long clean English: the Brown articles as their authors wrote
#             them, from testdata/dev
#   mixed     the dev set: Brown articles spun and clean, UDHR texts in every
#             script, from testdata/dev
#   attacked  only attacked documents: attack.py (../shared) over the dev
#             texts with no clean fraction, or the dev set's attacked texts
# each repeated to about SIZE_MB (default 20). Prints MB/s on one core
# (GOMAXPROCS=1, -j 1; best of RUNS+1 runs, iconv best of 3) and the ratio to iconv, on all cores the ratio to one
# core in wall time (median and range of RUNS pairs, default 3) and in CPU
# seconds, the cores the all-core run kept busy, and the peak resident
# memory. A developer's yardstick, not needed to build or test.
# Usage: scripts/throughput.sh [SIZE_MB [CORPUS...]]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}; shift || true
corpora=("$@"); [ ${#corpora[@]} -gt 0 ] || corpora=(fortunes english mixed attacked)
out=${OUT:-/tmp/unspin-throughput-$(basename "$PWD")}; mkdir -p "$out"
go build -o "$out/unspin" ./cmd/unspin
if [ -f ../shared/eval/attack.py ] && [ ! -f "$out/attack-src.jsonl" ]; then
  python3 ../shared/eval/attack.py 7 "$out/attack-src.jsonl" testdata/dev/brown.jsonl testdata/dev/udhr.jsonl --clean-frac 0
fi
python3 - "$out" "$size" "${corpora[@]}" <<'PY'
import json, os, resource, subprocess, sys
out, size, names = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3:]
def lines(path, key, only=lambda d: True):
    for l in open(path, encoding='utf-8'):
        d = json.loads(l)
        if only(d):
            yield json.dumps({'id': d['id'], 'text': d[key]}, ensure_ascii=False) + '\n'
def fortunes():
    path = os.environ.get('FORTUNES', '/tmp/unspin-fortunes/fortunes.jsonl')
    return list(open(path, encoding='utf-8')) if os.path.exists(path) else []
def attacked():
    src = f'{out}/attack-src.jsonl'
    if os.path.exists(src):
        return list(lines(src, 'text', lambda d: d['attacks']))
    return list(lines('testdata/dev/brown.jsonl', 'text', lambda d: d['attacks']))
make = {
    'fortunes': fortunes,
    'english': lambda: list(lines('testdata/dev/brown.jsonl', 'expected')),
    'mixed': lambda: list(lines('testdata/dev/brown.jsonl', 'text')) + list(lines('testdata/dev/udhr.jsonl', 'text')),
    'attacked': attacked,
}
def cpu(cmd, path, env=None, runs=1):
    best, rss = 1e9, 0
    for _ in range(runs):
        a = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdin=open(path, 'rb'), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        b = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, b.ru_utime - a.ru_utime + b.ru_stime - a.ru_stime)
        rss = max(rss, b.ru_maxrss)
    return max(best, 1e-3), rss
for name in names:
    ls = make[name]()
    if not ls:
        print(f'{name:9} (no documents: see the header of this script)')
        continue
    path = f'{out}/{name}.jsonl'
    with open(path, 'w', encoding='utf-8') as f:
        n = 0
        while n < size:
            for l in ls:
                f.write(l); n += len(l.encode())
    mb = os.path.getsize(path) / 1e6
    ti, _ = cpu(['iconv', '-f', 'UTF-8', '-t', 'UTF-8'], path, runs=3)
    bin_ = f'{out}/unspin'
    t1, rss1 = cpu([bin_, 'clean', '-q', '--jsonl', '-j', '1'], path, dict(os.environ, GOMAXPROCS='1'))
    # All cores: CPU seconds would not show the gain; wall time does, and
    # varies with whatever else the machine runs: RUNS (default 3) pairs,
    # interleaved, their median and range. The CPU seconds all cores take
    # over one core's is the cost of going parallel, whatever the load.
    import time
    # Busy is the cores the all-core run kept busy (its CPU seconds over
    # its wall seconds): the workers are fed faster than they clean (the
    # reader waits on them, never they on it), so a figure well below the
    # core count is other work on the machine, and the wall ratio with it.
    ratios, cpus, busy, ones = [], [], [], [t1]
    for _ in range(int(os.environ.get('RUNS', 3))):
        w0 = time.perf_counter(); cn, _ = cpu([bin_, 'clean', '-q', '--jsonl'], path); wn = time.perf_counter() - w0
        w0 = time.perf_counter(); c1, _ = cpu([bin_, 'clean', '-q', '--jsonl', '-j', '1'], path, dict(os.environ, GOMAXPROCS='1')); w1 = time.perf_counter() - w0
        ratios.append(w1 / wn); cpus.append(cn / c1); busy.append(cn / wn); ones.append(c1)
    # iconv's figure is its best of 3; unspin's one-core figure is its best
    # of every one-core run, so neither side is judged on an unlucky run.
    t1 = min(ones)
    ratios.sort(); cpus.sort(); busy.sort()
    print(f'{name:9} {mb:6.1f} MB  iconv {mb/ti:7.1f} MB/s  unspin 1 core {mb/t1:6.1f} MB/s ({ti/t1:.3f}x iconv)  '
          f'{os.cpu_count()} cores {ratios[len(ratios)//2]:.2f}x one core (wall, {ratios[0]:.2f}-{ratios[-1]:.2f} in {len(ratios)} runs; '
          f'CPU {cpus[len(cpus)//2]:.2f}x; busy {busy[len(busy)//2]:.2f} cores)  peak RSS {rss1 >> 10} MB')
PY
