"""Stress the dashboard as an impatient user would: resize storms, key floods, filters toggled everywhere.

The suite presses 50 keys and makes 8 random resizes after the 8 fixed ones; a long run raises both:
`BRIEFING_FLOOD_KEYS=1000 BRIEFING_RESIZES=200 python -m pytest tests/test_tui_stress.py -q`.
"""

from __future__ import annotations

import os
import random

import pytest

from briefing.load import load_briefing
from briefing.tui.app import create_app
from tests.keyburst import burst

KEYS = ["j", "k", "down", "up", "g", "G", "home", "end", "ctrl+d", "ctrl+u", "pagedown", "pageup", "tab",
        "shift+tab", "1", "2", "3", "4", "enter", ".", "[", "]",
        "u", "r", "K", "e", "m", "o", "x", "f", "z", "escape", "n", "N", "left", "right"]


@pytest.fixture(scope="module")
def briefing():
    return load_briefing()


def assert_consistent(app) -> None:
    """What the status line says matches the filter state, and the timeline shows only matching events."""
    status = str(app.main_screen.status.render())
    if app.main_screen.filter.active:
        assert status.startswith("filter:"), status
        for side in app.main_screen.filter.sides:
            assert app.main_screen.briefing.side(side).label in status
    else:
        assert status.startswith("no filter"), status
    for event in app.main_screen.timeline.shown_events:
        if app.main_screen.filter.active:  # a side of the filter, or one of its actors
            sides = {app.main_screen.briefing.side_of(a) for a in event.actors}
            assert sides & app.main_screen.filter.sides or app.main_screen.filter.actors & set(event.actors), event.id
        assert app.main_screen.filter.show_auto or event.origin != "auto", event.id
        assert app.main_screen.chosen_actor is None or app.main_screen.chosen_actor in event.actors, event.id


async def test_resize_storm(briefing) -> None:
    app = create_app(briefing=briefing)
    rng = random.Random(7)
    sizes = [(20, 5), (250, 80), (80, 24), (59, 17), (60, 18), (120, 40), (30, 50), (200, 10)]
    sizes += [(rng.randint(20, 250), rng.randint(5, 80)) for _ in range(int(os.environ.get("BRIEFING_RESIZES", "8")))]
    async with app.run_test(size=(80, 24)) as pilot:
        for width, height in sizes:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert app.size == (width, height)
            too_small = width < 60 or height < 18
            assert app.main_screen.too_small.display is too_small, (width, height)
            if too_small:
                assert f"{width}×{height}" in str(app.main_screen.too_small.render()) or f"{width}x{height}" in str(app.main_screen.too_small.render())
        await pilot.resize_terminal(20, 5)
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


async def test_keys_as_fast_as_they_come(briefing) -> None:
    app = create_app(briefing=briefing)
    rng = random.Random(2025)
    async with app.run_test(size=(120, 40)) as pilot:
        keys = [rng.choice(KEYS) for _ in range(int(os.environ.get("BRIEFING_FLOOD_KEYS", "50")))]
        await burst(pilot, *keys)  # all queued at once: Pilot.press waits for idle after each one
        while len(app.screen_stack) > 1:  # a key may have opened a picker or a list
            await pilot.press("escape")
            await pilot.pause()
        assert_consistent(app)
        for _ in range(3):  # Esc first restores a zoomed pane, then clears the filters
            if not app.main_screen.filter.active:
                break
            await pilot.press("escape")
            await pilot.pause()
        assert not app.main_screen.filter.active
        assert str(app.main_screen.status.render()).startswith("no filter")


@pytest.mark.parametrize("pane", ["1", "2", "3", "4"])
async def test_filters_toggled_in_every_pane(briefing, pane: str) -> None:
    app = create_app(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(pane)
        for keys in (["u"], ["r"], ["u", "r"], ["y", "e"], ["m", "o"], ["x"], ["x"], ["j", "f"], ["escape"]):
            await burst(pilot, *keys)  # a group's keys together, as a quick typist sends them
            assert_consistent(app)
        await burst(pilot, *(side_key for side_key in "uryemo" for _ in range(2)))
        assert_consistent(app)
