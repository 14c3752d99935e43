"""The dashboard's own load of a large folder: from starting the app until its panes are up, cold and warm.

    .venv/bin/python benchmarks/tui_load.py /tmp/corpus/10000 [--no-helper]

Runs the app headless (Pilot, 120x40) the way the CLI does: `Preforked.start()` before the app, then
`create_app(folder, preforked=...)`, which opens on the loading screen and loads in a worker thread.
Cold: an empty cache directory (the helper process extracts, with worker processes, and writes the cache;
the app then reads it). Warm: the cache the cold run left. `--no-helper` loads in the app's thread alone
(what a thread may do: no forking, one process). Each run is a fresh process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

PROBE = """
import asyncio, sys, time
from briefing.background import Preforked
from briefing.tui.app import create_app
from briefing.tui.main import MainScreen

helper = Preforked.start() if sys.argv[2] == "helper" else None
start = time.perf_counter()

async def main():
    app = create_app(sys.argv[1], preforked=helper)
    async with app.run_test(size=(120, 40)):
        while not isinstance(app.screen, MainScreen):
            await asyncio.sleep(0.01)
        print(time.perf_counter() - start, len(app.main_screen.briefing.sources))

asyncio.run(main())
"""


def run(folder: str, mode: str, cache: str) -> float:
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, "-c", PROBE, folder, mode], env=env, capture_output=True, text=True,
                         check=True)
    return float(out.stdout.split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--no-helper", action="store_true")
    args = parser.parse_args()
    mode = "thread" if args.no_helper else "helper"
    with tempfile.TemporaryDirectory() as cache:
        cold = run(args.folder, mode, cache)
        warm = run(args.folder, mode, cache)
    print(f"{args.folder} ({mode}): panes up after {cold:.2f} s cold, {warm:.2f} s warm")


if __name__ == "__main__":
    main()
