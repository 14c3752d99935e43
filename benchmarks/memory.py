"""Where a load's memory goes: traced memory at the stages of one load, and the lines that allocated what is
alive at the largest of them.

    .venv/bin/python benchmarks/memory.py FOLDER            # cold: an empty cache directory of its own
    .venv/bin/python benchmarks/memory.py FOLDER --warm     # a cold load first, then the measured warm one
    .venv/bin/python benchmarks/memory.py FOLDER --rss      # no tracemalloc: resident memory at each stage

With tracemalloc the load is ~3× slower and its RSS is not the real one (tracemalloc's own tables); use
--rss for that (it also prints the loading process's CPU, the finished workers' CPU and the wall clock). Worker processes stop tracing when they start (their memory is reported by load.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def _rss() -> tuple[float, float]:
    """(current, peak) resident memory of this process, MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


class Stages:
    def __init__(self, trace: bool, top: int) -> None:
        self.trace, self.top = trace, top
        self.largest: tuple[float, str, tracemalloc.Snapshot | None] = (0.0, "", None)

    def __call__(self, label: str) -> None:
        if not self.trace:
            current, peak = _rss()
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            print(f"{label:44s} RSS {current:7.0f} MB   peak so far {peak:7.0f} MB   cpu {time.process_time():6.2f} s"
                  f"   workers' cpu {children.ru_utime + children.ru_stime:6.2f} s   wall {time.perf_counter():8.2f} s")
            return
        current, peak = (value / 1e6 for value in tracemalloc.get_traced_memory())
        tracemalloc.reset_peak()
        print(f"{label:44s} traced {current:7.1f} MB   peak since the stage before {peak:7.1f} MB")
        if current > self.largest[0]:
            self.largest = (current, label, None)
            self.largest = (current, label, tracemalloc.take_snapshot())

    def report(self) -> None:
        current, label, snapshot = self.largest
        if snapshot is None:
            return
        print(f"\nalive at '{label}' ({current:.0f} MB traced), by the line that allocated it:")
        for stat in snapshot.statistics("lineno")[:self.top]:
            frame = stat.traceback[0]
            where = frame.filename.split("site-packages/")[-1].split("/briefing/", 1)[-1]
            print(f"{stat.size / 1e6:8.1f} MB {stat.count:9d} blocks  {where}:{frame.lineno}")


def instrument(stage: Stages) -> None:
    """Report at the load's stages (wrapping the loader's own functions)."""
    import briefing.load as loader
    import briefing.load.extract as extract
    from briefing.load import cache
    from briefing.load.extract import parallel

    def wrap(owner: object, name: str, before: str | None, after: str | None) -> None:
        real = getattr(owner, name)

        def wrapped(*args: object, **kwargs: object) -> object:
            if before:
                stage(before)
            result = real(*args, **kwargs)
            if after:
                stage(after)
            return result

        setattr(owner, name, wrapped)

    from briefing.load import fold, merge

    wrap(loader, "_scan", "files read: date clues and regions", "date clues and regions found")
    wrap(loader, "run_extraction", "read, metadata made: extraction starts", "extraction returned")
    wrap(extract, "_second_passes", "first passes taken: undated sources", "second passes taken")
    wrap(fold, "save", "fold state: writing", "fold state written")
    wrap(extract, "events_by_day", "every source extracted: events merge", None)
    wrap(merge, "briefing_of", "every record built", "Briefing built (indexes)")
    wrap(cache, "write", None, "cache written")
    wrap(cache, "read", "cache: key checked, decoding", "cache read (Briefing built)")
    real_pool = parallel.pool

    def pool(workers: int, initializer=None):  # noqa: ANN001, ANN202
        def start() -> None:
            if tracemalloc.is_tracing():
                tracemalloc.stop()
            if initializer is not None:
                initializer()

        return real_pool(workers, start)

    parallel.pool = pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--warm", action="store_true", help="measure a warm load (a cold one runs first)")
    parser.add_argument("--rss", action="store_true", help="resident memory instead of tracemalloc")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--cache", type=Path, help="cache directory (default: a temporary one)")
    args = parser.parse_args()
    if args.cache is None:
        with tempfile.TemporaryDirectory() as cache:
            sys.exit(subprocess.call([sys.executable, *sys.argv, "--cache", cache]))
    os.environ["BRIEFING_CACHE_DIR"] = str(args.cache)
    from briefing.load import load_briefing

    if args.warm and not any(args.cache.iterdir()):
        subprocess.check_call([sys.executable, "-c", "import sys; from briefing.load import load_briefing; "
                               "load_briefing(sys.argv[1])", str(args.folder)])
    stage = Stages(trace=not args.rss, top=args.top)
    instrument(stage)
    if not args.rss:
        tracemalloc.start()
    start = time.process_time()
    briefing = load_briefing(args.folder)
    stage("load returned")
    print(f"load: {time.process_time() - start:.2f} s of CPU; {len(briefing.mentions)} mentions")
    stage.report()


if __name__ == "__main__":
    main()
