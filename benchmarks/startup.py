"""Time to first interactive frame: the real app on the bundled data vs a bare Textual app with the same widgets.

Both are measured in the same run, alternating, several repetitions; the median of each and their ratio are
printed (aim: ratio <= 1.3). "Interactive" means: from building the app (the real one loads the briefing)
until the app is ready (mounted, laid out, first frame) and the screen has handled every message queued at
startup (headless, 120x40).

    .venv/bin/python benchmarks/startup.py [--reps 15] [--data DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Container, Vertical
from textual.widgets import DataTable, Footer, OptionList, Static, Tree

from briefing.load import load_briefing
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, create_app
from briefing.tui.main import MainScreen

SIZE = (120, 40)


class BareApp(App[None]):
    """The same widgets, filled with the same number of plain rows, and no briefing logic at all."""

    CSS = """
    #main { layout: grid; grid-size: 2 2; }
    #main > Vertical { border: round $panel; }
    """

    def __init__(self, shape: dict[str, int]) -> None:
        super().__init__()
        self.shape = shape

    def compose(self) -> ComposeResult:
        shape = self.shape
        yield Static("bar")
        with Container(id="main"):
            with Vertical():
                table = DataTable(cursor_type="row")
                table.add_columns("Date", "Side", "Src", "Event")
                table.add_rows([("12 Feb 2025", "UR", "2", f"event {n}")] for n in range(shape["events"]))
                yield table
                yield Static("detail")
            with Vertical():
                matrix = DataTable(cursor_type="cell")
                matrix.add_columns("Issue", "US", "Russia", "Ukraine", "Europe")
                matrix.add_rows([(f"issue {n}", "opposes", "·", "·", "demands") for n in range(shape["issues"])])
                yield matrix
                yield Static("detail")
                yield OptionList("evidence")
            with Vertical():
                tree: Tree[str] = Tree("actors")
                for side in range(6):
                    group = tree.root.add(f"side {side}", expand=True)
                    for n in range(shape["actors"] // 6):
                        actor = group.add(f"actor {n}", expand=True)
                        for a in range(shape["aliases"] // max(1, shape["actors"])):
                            actor.add_leaf(f"alias {a}")
                yield tree
                yield Static("quotes")
                yield OptionList()
            with Vertical():
                yield Static("header")
                yield OptionList(*(f"line {n} " * 8 for n in range(shape["lines"])))
        yield Static("status")
        yield Footer()


def _populated(app: App) -> bool:
    """The frame shows data: the real app's timeline has drawn its rows and the source has its text."""
    if not isinstance(app, BriefingApp):
        return True  # the bare app fills its widgets in compose
    if not isinstance(app.screen, MainScreen):  # create_app(folder) loads behind the LoadingScreen first
        return False
    timeline = app.main_screen.timeline
    rows = timeline.event_list
    return rows.row_count == len(timeline.events) > 0 and rows.rendered_rows > 0 and app.main_screen.source.file is not None


async def first_frame(factory) -> float:  # noqa: ANN001
    gc.collect()  # do not bill one app for the garbage of the previous one
    start = time.perf_counter()
    app = factory()
    async with app.run_test(size=SIZE) as pilot:
        # Ready (mounted, first layout) and then every message the startup queued on the screen handled.
        # Pilot.pause() would instead poll for CPU idleness in 10 ms steps, which is too coarse to compare.
        await pilot._wait_for_screen()
        while not _populated(app):  # never stop the clock on an empty frame
            await asyncio.sleep(0.001)
        elapsed = time.perf_counter() - start
    return elapsed


def shape_of(briefing: Briefing) -> dict[str, int]:
    first = briefing.sources[0].text if briefing.sources else ""
    return {
        "events": len(briefing.events),
        "issues": len(briefing.issues),
        "actors": len(briefing.actors),
        "aliases": sum(len(a.aliases) for a in briefing.actors),
        "lines": sum(1 for line in first.splitlines() if line.strip()),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    loaded = load_briefing(args.data)
    shape = shape_of(loaded)
    factories = {
        "real": lambda: create_app(args.data),  # the CLI's path: load in a worker behind the loading screen
        "real-cold": lambda: create_app(briefing=load_briefing(args.data, use_cache=False)),  # first run ever
        "real-preloaded": lambda: create_app(briefing=loaded),  # the TUI alone, briefing already in memory
        "bare": lambda: BareApp(shape),
    }
    for factory in factories.values():  # warm-up: imports, CSS parsing caches
        await first_frame(factory)
    times: dict[str, list[float]] = {name: [] for name in factories}
    for _ in range(args.reps):
        for name, factory in factories.items():
            times[name].append(await first_frame(factory))
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"shape: {shape}; {args.reps} runs each, interleaved, median")
    print(f"real app, load + first interactive frame:   {ms['real']:7.1f} ms  (loader's on-disk cache warm)")
    print(f"real app, cold load (no cache) + frame:     {ms['real-cold']:7.1f} ms")
    print(f"real app, briefing preloaded:               {ms['real-preloaded']:7.1f} ms")
    print(f"bare Textual app, same widgets:             {ms['bare']:7.1f} ms")
    print(f"ratio real/bare:           {ms['real'] / ms['bare']:.2f} (aim <= 1.3)")
    print(f"ratio real-cold/bare:      {ms['real-cold'] / ms['bare']:.2f}")
    print(f"ratio real-preloaded/bare: {ms['real-preloaded'] / ms['bare']:.2f} (the TUI's own overhead)")


if __name__ == "__main__":
    asyncio.run(main())
