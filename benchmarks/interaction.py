"""Interaction latency: from a key press to the app's repaint for it, at 10,000 events.

    .venv/bin/python benchmarks/interaction.py [--events 10000] [--reps 30] [--corpus DIR]

Two briefings:

- **scaled** (always): the bundled briefing's curated events repeated with shifted dates (their evidence and
  actors unchanged) until there are --events of them, so every event still opens a real passage;
- **corpus** (with --corpus, e.g. /tmp/corpus/10000 from make_corpus.py): a real generated folder, loaded
  through the on-disk cache (set BRIEFING_CACHE_DIR to keep it private; the first run extracts, ~25 s at
  10,000 articles). Fewer events (941), but ~49,000 positions and quotes and ~445,000 mentions, which is what
  the actors, positions and source panes read.

Method. The app runs headless under Pilot at 120x40 (all four panes on screen). The clock starts just before
Pilot sends the key. A probe records, while the key is handled, the end of

- every `App._check_bindings` call (the key's action is awaited inside it: the filter and every pane's
  update, or the cursor move), and
- every screen compositor `render_update` (the repaint: it calls the render of every widget with a dirty
  region), each followed by `render_segments(console)`, which makes the bytes a terminal would be sent
  (headless, `App._display` returns before doing that itself); the probe notes whether it drew the
  timeline's rows.

Two figures per key: **timeline repainted**, the end of the first repaint that drew the timeline after the
key's action had run (the new rows, or the moved cursor, on screen); **every pane settled**, the end of the
last action or repaint the key caused (the source pane, the scrollbars: Textual repaints at most 60 times a
second, so a chain of updates spans several frames). Pilot then waits until the app is idle; that wait is
not counted. (The previous method timed `pilot.press` + `pilot.pause` from outside: both sleep in 20 ms
granules, so a key that does nothing measured 64 ms.) Writing the bytes to a real terminal is not included.

A third figure, **CPU to settled**: the process's CPU time (`time.process_time`) from sending the key to
that last repaint: what the key cost, steadier than wall times on a shared host.

Rows: a no-op key (bound to nothing: the floor of the method, key dispatch alone); the filter key `r`
(Russia), toggled on and off; `j`/`k`, moving the timeline cursor, which opens the event's evidence in the
source pane; then, in the positions pane, → and ← in turn on the matrix's first row (the cell's detail and
its evidence list rewritten; the timeline column is the settled one there). Median and worst of --reps
presses each.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import time
from pathlib import Path

from dateutil.relativedelta import relativedelta
from textual._wait import wait_for_idle
from textual.app import App

from briefing.load import load_briefing
from briefing.model import Briefing, PartialDate
from briefing.tui.app import create_app

SIZE = (120, 40)
ROWS = {"no-op key (floor)": "f12", "filter key (r) -> repaint": "r", "cursor move (j/k) -> source": "j"}
CELL_ROW = "cell move (→/←) -> evidence"  # (measured after the others, in the positions pane)


def scaled(briefing: Briefing, count: int) -> Briefing:
    day_events = [e for e in briefing.events if e.date.precision == "day"]
    events = list(briefing.events)
    n = 0
    while len(events) < count:
        base = day_events[n % len(day_events)]
        shifted = dt.date(base.date.year, base.date.month, base.date.day) + relativedelta(days=n // len(day_events) + 1)
        events.append(base.model_copy(update={
            "id": f"{base.id}-x{n}",
            "date": PartialDate(year=shifted.year, month=shifted.month, day=shifted.day),
        }))
        n += 1
    events.sort(key=lambda e: (e.date.sort_key, e.id))
    fields = {name: getattr(briefing, name) for name in type(briefing).model_fields}
    fields["events"] = tuple(events)
    return Briefing(**fields)


class Probe:
    """Records, while armed, when each key action ends and when each repaint ends (and whether it drew the
    timeline's rows)."""

    def __init__(self, app: App, timeline) -> None:  # noqa: ANN001
        self.app = app
        self.armed = False
        self.log: list[tuple[float, str, float]] = []  # (wall clock, kind, CPU clock)
        self._drew_timeline = False
        check_bindings = app._check_bindings

        async def timed_check_bindings(key: str, priority: bool = False) -> bool:
            handled = await check_bindings(key, priority)
            self._note("action")
            return handled

        app._check_bindings = timed_check_bindings  # type: ignore[method-assign]
        render_lines = timeline.render_lines

        def noted_render_lines(crop):  # noqa: ANN001, ANN202
            self._drew_timeline = True
            return render_lines(crop)

        timeline.render_lines = noted_render_lines

    def attach(self, screen) -> None:  # noqa: ANN001
        compositor = screen._compositor
        if getattr(compositor, "_probed", False):
            return
        render_update = compositor.render_update
        app = self.app

        def timed_render_update(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self._drew_timeline = False
            update = render_update(*args, **kwargs)
            if update is not None:
                update.render_segments(app.console)  # what `_display` would write to a terminal
            self._note("timeline" if self._drew_timeline else "repaint")
            return update

        compositor.render_update = timed_render_update
        compositor._probed = True

    def _note(self, kind: str) -> None:
        if self.armed:
            self.log.append((time.perf_counter(), kind, time.process_time()))

    async def key(self, pilot, key: str) -> tuple[float, float, float]:  # noqa: ANN001
        """Seconds from sending `key` until (1) the first repaint of the timeline after the key's action,
        (2) the app's last action or repaint for it; (3) the CPU seconds the process spent until (2)."""
        self.attach(self.app.screen)
        self.log = []
        self.armed = True
        start, cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)  # sends the key, then waits until idle
        await pilot._wait_for_screen()
        await wait_for_idle(0)
        self.armed = False
        await pilot.pause()  # anything left over is flushed here, outside the measurement
        acted = max((t for t, kind, _ in self.log if kind == "action"), default=start)
        drawn = [t for t, kind, _ in self.log if kind == "timeline" and t > acted]
        settled, settled_cpu = max(((t, c) for t, _, c in self.log), default=(start, cpu))
        return (drawn[0] if drawn else settled) - start, settled - start, settled_cpu - cpu


async def measure(briefing: Briefing, reps: int) -> dict[str, list[tuple[float, float, float]]]:
    app = create_app(briefing=briefing)
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in [*ROWS, CELL_ROW]}
    async with app.run_test(size=SIZE) as pilot:
        probe = Probe(app, app.main_screen.timeline.event_list)
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        for rep in range(reps):
            for name, key in ROWS.items():
                if key == "j" and rep % 2:
                    key = "k"
                times[name].append(await probe.key(pilot, key))
        await pilot.press("3")  # the positions matrix: a cell move rewrites the detail and the evidence list
        await pilot.pause()
        for rep in range(reps):
            times[CELL_ROW].append(await probe.key(pilot, "left" if rep % 2 else "right"))
    return times


def report(title: str, times: dict[str, list[tuple[float, float, float]]]) -> None:
    print(title)
    print(f"  {'':30} {'timeline repainted':>24}   {'every pane settled':>24}   {'CPU to settled':>24}")
    print(f"  {'':30} {'median':>11} {'worst':>12}   {'median':>11} {'worst':>12}   {'median':>11} {'worst':>12}")
    for name, values in times.items():
        cells = []
        for column in (0, 1, 2):
            ms = [v[column] * 1000 for v in values]
            cells.append(f"{statistics.median(ms):8.1f} ms {max(ms):9.1f} ms")
        print(f"  {name:30} {'   '.join(cells)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--corpus", type=Path, default=None, help="also measure on this data folder")
    args = parser.parse_args()
    briefing = scaled(load_briefing(), args.events)
    report(f"scaled: {len(briefing.events)} events, {args.reps} repetitions each, {SIZE[0]}x{SIZE[1]}, headless",
           asyncio.run(measure(briefing, args.reps)))
    if args.corpus is not None:
        corpus = load_briefing(args.corpus)
        report(f"corpus {args.corpus}: {len(corpus.sources)} sources, {len(corpus.events)} events, "
               f"{len(corpus.positions)} positions, {len(corpus.quotes)} quotes, {len(corpus.mentions)} mentions",
               asyncio.run(measure(corpus, args.reps)))


if __name__ == "__main__":
    main()
