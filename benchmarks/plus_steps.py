"""Where the dashboard's +1 goes, step by step, on the CPU clock: a folder that gained files since its briefing.

    BRIEFING_CACHE_DIR=C python benchmarks/plus_steps.py FOLDER

Runs, in this one process and in order, what the dashboard's two processes do (tui/loading.py, tui/updating.py,
background.py): the app reads the folder, misses the cache and reads the previous briefing (the first panes);
the helper folds the new files in and writes the cache; the app reads the new briefing. Each step's `time.process_time`, and
inside them a few functions' totals (wrapped here). No Textual, no panes: tui_load.py times those, on the wall
clock. Give it a scratch copy of the cache: the helper's step writes into it.
"""

from __future__ import annotations

import gc
import sys
import time

CLOCK = time.process_time
_marks: list[tuple[str, float]] = []
_totals: dict[str, float] = {}


def mark(name: str) -> None:
    _marks.append((name, CLOCK()))


def wrap(owner: object, name: str, label: str) -> None:
    real = getattr(owner, name)

    def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        start = CLOCK()
        try:
            return real(*args, **kwargs)
        finally:
            _totals[label] = _totals.get(label, 0.0) + CLOCK() - start

    setattr(owner, name, timed)


def main() -> None:
    start = CLOCK()
    import briefing.load as loader
    import briefing.load.merge as merge
    from briefing.load import cache, fold, load_briefing, load_cached, read_folder, sealed
    from briefing.load.last import previous_briefing
    from briefing.load.store import LoadCache

    mark("imports")
    folder = sys.argv[1]
    wrap(loader, "_read", "the folder's files read (both reads)")
    wrap(cache, "read", "cached briefings unsealed and decoded (both)")
    wrap(fold, "attempt", "helper: the fold (fold.attempt)")
    wrap(fold, "save", "helper: its state written (fold.save)")
    wrap(merge, "combine", "helper: combine")
    wrap(LoadCache, "keep", "helper: the briefing written (store.keep)")
    wrap(sealed, "write_parts", "sealed writes (state and briefing)")
    read = read_folder(folder)
    mark("app: the folder read")
    assert load_cached(folder, read=read) is None, "the folder is cached: add a file first"
    mark("app: the cache missed")
    previous = previous_briefing(read)
    assert previous is not None, "no previous briefing for this folder"
    mark("app: the previous briefing read (first panes)")
    del previous
    gc.collect()
    load_briefing(folder)
    mark("helper: folded, the cache written")
    new = load_briefing(folder, read=read)
    mark("app: the new briefing read from the cache")
    last = start
    for name, at in _marks:
        print(f"{name:50s} {at - last:7.3f}")
        last = at
    print(f"{'total (' + str(len(new.sources)) + ' sources)':50s} {last - start:7.3f}")
    for label, total in _totals.items():
        print(f"    {label:46s} {total:7.3f}")


if __name__ == "__main__":
    main()
