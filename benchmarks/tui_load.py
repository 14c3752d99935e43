"""The dashboard's own load of a large folder: from starting the app until its panes are up, cold and warm.

    .venv/bin/python benchmarks/tui_load.py /tmp/corpus/10000 [--no-helper] [--cache DIR]

Runs the app headless (Pilot, 120x40) the way the CLI does: `Preforked.start()` before the app, then
`create_app(folder, preforked=...)`, which opens on the loading screen and loads in a worker thread.
Cold: an empty cache directory (the helper process extracts, with worker processes, and writes the cache;
the app then reads it). Warm: the cache the cold run left. `--no-helper` loads in the app's thread alone
(what a thread may do: no forking, one process). Each run is a fresh process. `--cache DIR`: that cache
directory (kept), and only the warm run when it already holds the folder (e.g. after `commands.py --cache`).
The clock starts after the imports (see startup_pty.py for the whole process) and stops when the main screen
is mounted with its panes filled (before 6 Dec: when it was pushed, ~0.15 s earlier at 10,000 articles); RSS
is the process's peak.
With `--cache`, a folder that only gained files since its last briefing opens on that briefing, marked, while
the helper folds the new files in: both times are printed, to the first panes (the previous briefing) and to
the updated panes (the new one in its place).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

PROBE = """
import asyncio, sys, time, weakref
from briefing.background import Preforked
from briefing.tui.app import create_app
from briefing.tui.main import MainScreen

helper = Preforked.start() if sys.argv[2] == "helper" else None
start = time.perf_counter()

async def shown(screen):  # mounted, its panes filled (the status line is written last)
    while not (screen.is_mounted and screen.status.content):
        await asyncio.sleep(0.01)

def main_screen(app):  # (None while a reading screen stands between the previous briefing and the new one)
    return next((s for s in reversed(app.screen_stack) if isinstance(s, MainScreen)), None)

async def main():
    app = create_app(sys.argv[1], preforked=helper)
    async with app.run_test(size=(120, 40)):
        while not isinstance(app.screen, MainScreen):
            await asyncio.sleep(0.01)
        await shown(app.screen)
        first = weakref.ref(app.screen)  # (not held here: the app frees it, and its briefing, before the new one)
        print(time.perf_counter() - start, len(app.screen.briefing.sources), flush=True)
        # the folder's previous briefing, marked "Updating": then the new one replaces it (tui/updating.py)
        pending = getattr(app.screen, "pending", None)
        while pending is not None and not pending.failed and main_screen(app) in (first(), None):
            await asyncio.sleep(0.01)
        if pending is not None and not pending.failed:
            await shown(main_screen(app))
            print(time.perf_counter() - start, len(main_screen(app).briefing.sources), flush=True)

asyncio.run(main())
"""


def run(folder: str, mode: str, cache: str) -> tuple[float, float, float, str]:
    """(seconds to the first panes, peak RSS MB of the app's process, its CPU s to the end, and what came
    after: when the first panes showed the folder's previous briefing, the seconds to the updated panes) of
    one fresh process."""
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache)
    process = subprocess.Popen([sys.executable, "-c", PROBE, folder, mode], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    out = process.stdout.read()  # type: ignore[union-attr]
    _pid, _status, usage = os.wait4(process.pid, 0)
    try:  # (the exit status is not the figure: the app may leave with its own code)
        lines = [line.split() for line in out.splitlines()]
        after = ""
        if len(lines) > 1:
            after = (f" showing the previous briefing ({lines[0][1]} sources, marked); updated panes "
                     f"({lines[1][1]} sources) after {float(lines[1][0]):.2f} s")
        return float(lines[0][0]), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, after
    except (IndexError, ValueError):
        raise SystemExit(f"the probe printed no time: {out!r}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--no-helper", action="store_true")
    parser.add_argument("--cache", help="the cache directory to use (and keep); warm only")
    args = parser.parse_args()
    mode = "thread" if args.no_helper else "helper"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.cache:
        warm, rss, cpu, after = run(args.folder, mode, args.cache)
        print(f"{args.folder} ({mode}): first panes after {warm:.2f} s{after}; {rss:.0f} MB, {cpu:.2f} CPU s "
              "in all")
        return
    with tempfile.TemporaryDirectory() as cache:
        cold, cold_rss, _cpu, _after = run(args.folder, mode, cache)
        warm, rss, _cpu, _after = run(args.folder, mode, cache)
    print(f"{args.folder} ({mode}): panes up after {cold:.2f} s cold ({cold_rss:.0f} MB), {warm:.2f} s warm "
          f"({rss:.0f} MB)")


if __name__ == "__main__":
    main()
