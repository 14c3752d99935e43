"""Load + extract time and peak memory for corpora of 5, 100, 1,000 and 10,000 articles, cold and warm.

    .venv/bin/python benchmarks/load.py [--sizes 5 100 1000 10000] [--corpus DIR]

Corpora come from benchmarks/make_corpus.py (generated into --corpus if missing). Each measurement runs in
a fresh Python process so peak RSS is that of one load: "cold" with an empty cache directory, "warm" with
the cache the cold run left (BRIEFING_CACHE_DIR points both at a temporary folder). "worker RSS" is the
largest peak of the extraction worker processes a large folder forks (each is a copy-on-write fork of
the loading process, so most of its pages are shared with it, not extra). "cpu s" is the loading
process's CPU time over the load, "workers" the worker processes' (user + system): on a shared machine
they vary far less than the wall-clock times.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import generate  # noqa: E402

PROBE = """
import json, resource, sys, time
t0 = time.perf_counter()
from briefing.load import load_briefing
t1, c1 = time.perf_counter(), time.process_time()
b = load_briefing(sys.argv[1])
t2, c2 = time.perf_counter(), time.process_time()
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "cpu": c2 - c1, "workers_cpu": children.ru_utime + children.ru_stime,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "workers_rss_mb": children.ru_maxrss / 1024,
                  "sources": len(b.sources), "events": len(b.events), "mentions": len(b.mentions),
                  "quotes": len(b.quotes), "positions": len(b.positions), "problems": len(b.problems)}))
"""


def measure(folder: Path, cache: Path) -> dict:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, env=env,
                         check=True, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 100, 1000, 10000])
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'articles':>8} {'cold s':>8} {'cpu s':>6} {'workers':>8} {'warm s':>8} {'cpu s':>6} {'cold RSS MB':>12} "
          f"{'worker RSS MB':>14} {'warm RSS MB':>12} {'events':>7} {'mentions':>9} {'quotes':>7}")
    bundled = HERE.parent / "data"
    rows = [("bundled", bundled)] + [(str(n), args.corpus / str(n)) for n in args.sizes]
    for label, folder in rows:
        if label != "bundled" and not (folder / "sources").is_dir():
            generate(args.corpus, int(label))
        with tempfile.TemporaryDirectory() as cache:
            cold = measure(folder, Path(cache))
            warm = measure(folder, Path(cache))
        print(f"{label:>8} {cold['load']:8.3f} {cold['cpu']:6.2f} {cold['workers_cpu']:8.2f} {warm['load']:8.3f} "
              f"{warm['cpu']:6.2f} {cold['rss_mb']:12.0f} "
              f"{cold['workers_rss_mb']:14.0f} {warm['rss_mb']:12.0f} "
              f"{cold['events']:7d} {cold['mentions']:9d} {cold['quotes']:7d}", flush=True)


if __name__ == "__main__":
    main()
