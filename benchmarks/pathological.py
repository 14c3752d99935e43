"""Pathological articles: the loader's time per MB at two sizes, so anything worse than linear shows.

    .venv/bin/python benchmarks/pathological.py [--sizes 1 2] [--cases bang dots ...] [--timeout 120]

Each case is one article (a headline, then one line of the given size in MB) loaded by `load_briefing`
(cache off, automatic extraction on, the bundled gazetteer) in a fresh process, under a time limit.
A linear pass costs the same per MB at both sizes; a quadratic one doubles from the first size to the
second. Sizes are in MB (fractions allowed: `--sizes 0.02 0.04` to measure code that is quadratic
without waiting hours). The article cap is 16 MB, so the largest size is just under it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024
#: name -> the unit repeated to fill the line
CASES = {
    "bang": "!",
    "question": "?",
    "ellipsis": "…",
    "dots": ".",
    "bang-spaced": "Yes! ",
    "names": "The President of Russia ",
    "names-dense": "Vladimir Putin Donald Trump Marco Rubio Sergei Lavrov ",
    "fuzzy-names": "Vladimir Putn met Sergey Lavrov and Marko Rubio. ",
    "run-together": "it was unrealistic.He said ",
    "quotes": "“Yes,” Lavrov said. ",
    "words": "the talks went on and on ",
    "capitals": "A ",
    "dates": "On February 18, 2025 and on Tuesday ",
}

PROBE = """
import sys, time
from briefing.load import load_briefing
t = time.perf_counter()
b = load_briefing(sys.argv[1], use_cache=False)
print(time.perf_counter() - t, len(b.sources))
"""


def article(unit: str, size_mb: float) -> str:
    size = int(size_mb * MB)
    body = unit * max(1, size // len(unit.encode()))
    limit = 16 * MB - 64  # stay under the 16 MB article cap
    return "A pathological article\n\n" + body.encode()[:limit].decode(errors="ignore") + "\n"


def measure(unit: str, size_mb: float, timeout: float) -> tuple[float | None, int]:
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources"
        sources.mkdir()
        text = article(unit, size_mb)
        (sources / "case.txt").write_text(text, encoding="utf-8")
        env = {**os.environ, "BRIEFING_CACHE_DIR": str(Path(tmp) / "cache")}
        try:
            run = subprocess.run([sys.executable, "-c", PROBE, tmp], capture_output=True, text=True,
                                 timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return None, len(text.encode())
        if run.returncode != 0:
            raise SystemExit(f"load failed:\n{run.stderr}")
        seconds, count = run.stdout.split()
        if count != "1":
            raise SystemExit(f"the article was not loaded ({count} sources)")
        return float(seconds), len(text.encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs=2, default=[1.0, 2.0], metavar="MB")
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--big", action="store_true", help="also one line just under the 16 MB cap, per case")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per load before it counts as a hang")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    sizes = list(args.sizes) + ([16.0] if args.big else [])
    header = "".join(f"{f'{s:g} MB: s/MB':>16}" for s in sizes)
    print(f"{'case':<14}{header}{'ratio':>8}")
    for name in args.cases:
        per_mb: list[float | None] = []
        for size in sizes:
            seconds, nbytes = measure(CASES[name], size, args.timeout)
            per_mb.append(None if seconds is None else seconds / (nbytes / MB))
        cells = "".join(f"{'> ' + str(int(args.timeout)) + ' s':>16}" if v is None else f"{v:>16.2f}" for v in per_mb)
        ratio = f"{per_mb[1] / per_mb[0]:>8.2f}" if None not in per_mb[:2] and per_mb[0] else f"{'-':>8}"
        print(f"{name:<14}{cells}{ratio}", flush=True)
    print("ratio: s/MB at the second size over the first; about 1 is linear, about 2 quadratic")


if __name__ == "__main__":
    main()
