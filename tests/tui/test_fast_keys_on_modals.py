"""Keys typed faster than the dashboard draws reach a modal that has already closed: a second Enter (or Escape)
in the same burst must not close the screen below it, and nothing may crash."""

from __future__ import annotations

import pytest

from tests.keyburst import burst


@pytest.mark.parametrize("keys", [["a", "enter", "enter"], ["a", "escape", "escape"], ["?", "escape", "escape"]])
async def test_a_second_close_in_one_burst_leaves_the_panes_working(app, keys):
    async with app.run_test(size=(120, 40)) as pilot:
        await burst(pilot, *keys)
        assert app.screen is app.main_screen, app.screen_stack
        await pilot.press("r")  # the dashboard still answers
        assert app.main_screen.filter.active
    assert app.return_code in (None, 0)
