"""Interaction latency at 10,000 events: a filter key to the repainted timeline, a cursor move to the updated source.

    .venv/bin/python benchmarks/interaction.py [--events 10000] [--reps 30]

The bundled briefing's curated events are repeated with shifted dates (their evidence and actors unchanged)
until there are --events of them, so every event still opens a real passage. Each measurement is driven by
Pilot (headless, 120x40): the time from sending the key until the app has processed it and the screen has
refreshed (`pilot.pause()` waits for both). Median and worst are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import time

from dateutil.relativedelta import relativedelta

from briefing.load import load_briefing
from briefing.model import Briefing, PartialDate
from briefing.tui.app import create_app


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


async def measure(briefing: Briefing, reps: int) -> dict[str, list[float]]:
    app = create_app(briefing=briefing)
    times: dict[str, list[float]] = {"no-op key (Pilot floor)": [], "filter key -> timeline": [],
                                     "cursor move -> source": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        for rep in range(reps):
            start = time.perf_counter()
            await pilot.press("f12")  # bound to nothing: what Pilot and one refresh cost by themselves
            await pilot.pause()
            times["no-op key (Pilot floor)"].append(time.perf_counter() - start)
            start = time.perf_counter()
            await pilot.press("r")  # toggle the Russia filter: the timeline is rebuilt
            await pilot.pause()
            times["filter key -> timeline"].append(time.perf_counter() - start)
            start = time.perf_counter()
            await pilot.press("j" if rep % 2 == 0 else "k")  # the next event: its evidence opens in the source
            await pilot.pause()
            times["cursor move -> source"].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=30)
    args = parser.parse_args()
    briefing = scaled(load_briefing(), args.events)
    print(f"{len(briefing.events)} events, {args.reps} repetitions each, 120x40, headless Pilot")
    for name, values in asyncio.run(measure(briefing, args.reps)).items():
        ms = [v * 1000 for v in values]
        print(f"{name:26} median {statistics.median(ms):7.1f} ms   worst {max(ms):7.1f} ms")


if __name__ == "__main__":
    main()
