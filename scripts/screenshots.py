"""Regenerate screenshots/*.svg from the real app on the bundled data (same factory as the CLI).

    .venv/bin/python scripts/screenshots.py [--data DIR] [--out screenshots]
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from briefing.load import load_briefing
from briefing.tui.app import create_app

WIDE, NARROW = (120, 40), (80, 24)

#: name -> (terminal size, keys to press; "~" waits for the app to settle)
SCENES: dict[str, tuple[tuple[int, int], list[str]]] = {
    "main-120x40": (WIDE, []),
    "main-80x24": (NARROW, []),
    "timeline-focused": (WIDE, ["1", "j", "j", "j"]),
    "actors-focused": (WIDE, ["2", "j", "j"]),
    "positions-focused": (WIDE, ["3", "j"]),
    "source-focused": (WIDE, ["4"]),
    "actor-filter": (WIDE, ["a", *"Lavrov", "~", "enter", "r"]),
    "actor-chosen": (WIDE, ["2", "j", "j", "enter"]),
    "position-evidence": (WIDE, ["3", "enter", "~", "enter", "3"]),
    "position-drift": (NARROW, ["3", "down", "down", "down", "right", "right"]),  # Ukraine on the ceasefire
    "source-highlight": (WIDE, ["1", "j", "j", ".", "4"]),
    "source-highlight-80x24": (NARROW, ["1", "j", "j", "4"]),
    "find": (WIDE, ["/", *"Riyadh", "enter"]),  # the list of hits
    "citations": (WIDE, ["1", "j", "j", "4", "c"]),
    "help": (WIDE, ["?"]),
    "zoomed": (WIDE, ["3", "z"]),
    "actor-quotes-80x24": (NARROW, ["a", *"Lavrov", "~", "enter"]),
    "discrepancies": (WIDE, ["d"]),
    "discrepancies-80x24": (NARROW, ["d"]),
    "sources": (WIDE, ["s"]),
    "too-small": ((50, 12), []),
}


async def shoot(briefing, name: str, size: tuple[int, int], keys: list[str], out: Path) -> None:  # noqa: ANN001
    app = create_app(briefing=briefing)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in keys:
            if key == "~":
                await pilot.pause(0.2)
            else:
                await pilot.press(key)
        await pilot.pause(0.2)
        app.save_screenshot(f"{name}.svg", str(out))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    briefing = load_briefing(args.data)
    for name, (size, keys) in SCENES.items():
        await shoot(briefing, name, size, keys, args.out)
        print(f"{args.out / name}.svg")


if __name__ == "__main__":
    asyncio.run(main())
