"""Random key floods at both sizes: nothing may crash, and the status line must agree with the filter.

Two floods in CI (one per size); more with `BRIEFING_FLOOD_SEEDS=40 python -m pytest tests/tui/test_key_flood.py`.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.keyburst import burst

KEYS = ["j", "k", "g", "G", "home", "end", "ctrl+d", "ctrl+u", "pageup", "pagedown", "left", "right", "tab",
        "shift+tab", "1", "2", "3", "4", "enter", ".", "[", "]",
        "u", "r", "K", "e", "m", "o", "x", "f", "z", "escape", "n", "N", "c", "a", "/", "?",
        "p", "space"]


SEEDS = int(os.environ.get("BRIEFING_FLOOD_SEEDS", "2"))
#: Keys pressed a seed; raise both for a long fuzz run: BRIEFING_FLOOD_SEEDS=20 BRIEFING_FLOOD_KEYS=500 pytest …
KEY_COUNT = int(os.environ.get("BRIEFING_FLOOD_KEYS", "50"))


@pytest.mark.parametrize("seed,size", [(s, (80, 24) if s % 2 else (120, 40)) for s in range(1, SEEDS + 1)])
async def test_key_flood(app, seed, size):
    rng = random.Random(seed)
    async with app.run_test(size=size) as pilot:
        await burst(pilot, *(rng.choice(KEYS) for _ in range(KEY_COUNT)))  # all at once, as a flood comes
        while len(app.screen_stack) > 1:
            await pilot.press("escape")
        await pilot.pause()
        main = app.main_screen
        shown = [name for name, pane in main.panes.items() if pane.region.area and pane.display]
        assert shown and main.active_pane in shown, (shown, main.active_pane, main.maximized)  # never hatch alone
        status = str(app.main_screen.status.render())
        assert status.startswith("filter:") == app.main_screen.filter.active, status
        for _ in range(3):
            await pilot.press("escape")
        assert not app.main_screen.filter.active and app.main_screen.chosen_actor is None
