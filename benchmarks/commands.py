"""Whole commands as a user runs them, each in a fresh process: wall time, CPU (the process and every
process it waited for: extraction workers included) and peak RSS (the largest of those processes).

    python benchmarks/commands.py /tmp/corpus/long-10000 [--commands export check] [--scenarios cold warm ...]
        [--cache DIR]

Scenarios, run in this order on a copy of the folder (the original is never touched), with a cache
directory of their own:
    cold      empty cache
    warm      the cache the cold run left
    moved     the copy renamed to another path, then the command again
    plus1     one new article added (a copy of an existing one with a new first line)
    plus100   a hundred more added
    person    one new article (written for this benchmark) that introduces a person no other article names
    minister  one more, introducing a person whose title holds a role the corpus names often (a foreign minister)
Commands: `export` (`briefing export --format json -o /dev/null`), `check` (`briefing check`, output to
/dev/null). Prints one row per (scenario, command) and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = {
    "export": ["export", "--format", "json", "-o", os.devnull],
    "check": ["check"],
}


def run(command: str, folder: Path, cache: Path) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MB, exit code) of one command in a fresh process."""
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache), TERM="dumb")
    args = [sys.executable, "-m", "briefing", *COMMANDS[command][:1], "--data", str(folder), *COMMANDS[command][1:]]
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(args, env=env, stdout=null, stderr=null)
        _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def _add(folder: Path, count: int, tag: str) -> None:
    sources = sorted((folder / "sources").glob("*.txt"))
    for n in range(count):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        (folder / "sources" / f"zz_{tag}_{n:04d}.txt").write_text(f"Added {tag} {n}\n{text}", encoding="utf-8")


#: Introduces a person no article of the corpora names, with a title none of their role phrases holds.
PERSON = ("Ferry talks in Oslo\n\nOSLO, March 12, 2025 (Wire) -- Norwegian State Secretary Ingrid Solvang said on "
          "Wednesday that Norway would lend two ferries to carry monitors across the Black Sea.\n\n"
          "\"Monitors need a way to get there,\" Solvang told reporters in Oslo.\n")

#: Introduces a person whose title ("Polish Foreign Minister") holds a role most articles name.
MINISTER = ("Ministers meet on patrol plan\n\nWARSAW, March 4, 2025 (Wire) -- Polish Foreign Minister Marta "
            "Kowalczyk said on Tuesday that Europe must sit at the table when Washington and Moscow discuss a "
            "ceasefire.\n\n\"We will not accept a deal made over our heads,\" Kowalczyk told reporters in Warsaw.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--commands", nargs="+", default=["export", "check"], choices=list(COMMANDS))
    parser.add_argument("--scenarios", nargs="+", default=["cold", "warm", "moved", "plus1", "plus100"])
    parser.add_argument("--cache", type=Path, default=None,
                        help="the cache directory to use (and keep), e.g. to measure `check` warm after `export` cold")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as scratch:
        root = Path(scratch)
        folder = root / "a" / "data"
        shutil.copytree(args.folder, folder)
        files = len(list((folder / "sources").glob("*.txt")))
        print(f"{args.folder} ({files:,} files)")
        print(f"{'scenario':<9} {'command':<7} {'wall s':>8} {'CPU s':>8} {'RSS MB':>8}")
        for command in args.commands:
            cache = args.cache or root / f"cache-{command}"
            for scenario in args.scenarios:
                if scenario == "moved":
                    target = root / "b" / "moved"
                    target.parent.mkdir(exist_ok=True)
                    folder.rename(target)
                    folder = target
                elif scenario == "plus1":
                    _add(folder, 1, command)
                elif scenario == "plus100":
                    _add(folder, 100, command + "h")
                elif scenario == "person":
                    (folder / "sources" / f"zz_{command}_person.txt").write_text(PERSON, encoding="utf-8")
                elif scenario == "minister":
                    (folder / "sources" / f"zz_{command}_minister.txt").write_text(MINISTER, encoding="utf-8")
                elif scenario == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                wall, cpu, rss, code = run(command, folder, cache)
                flag = "" if code in (0, 1) else f"  exit {code}"
                print(f"{scenario:<9} {command:<7} {wall:8.2f} {cpu:8.2f} {rss:8.0f}{flag}", flush=True)
            shutil.rmtree(folder)
            folder = root / "a" / "data"
            shutil.copytree(args.folder, folder)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
