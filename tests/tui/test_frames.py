"""How often a key makes Textual lay the screen out and paint it: the structure of the latency, not its time
(benchmarks/interaction.py measures that). A cursor move or a filter key updates every pane in one paint,
with no layout pass: each layout repaints every pane and asks for more paints a frame later."""

from __future__ import annotations

import asyncio

import pytest
from rich.text import Text

from briefing.tui.app import create_app
from briefing.tui.widgets import PaintHold
from tests.tui.conftest import screen_text
from tests.tui.test_timeline import many_events


class Frames:
    """Counts the screen's layout passes and its paints (compositor updates that reach the terminal)."""

    def __init__(self, screen) -> None:  # noqa: ANN001
        self.layouts = self.paints = 0
        refresh_layout, render_update = screen._refresh_layout, screen._compositor.render_update

        def counted_layout(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.layouts += 1
            return refresh_layout(*args, **kwargs)

        def counted_paint(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            update = render_update(*args, **kwargs)
            self.paints += update is not None
            return update

        screen._refresh_layout = counted_layout
        screen._compositor.render_update = counted_paint

    def reset(self) -> None:
        self.layouts = self.paints = 0


@pytest.fixture(scope="module")
def hundreds(fixture_briefing):
    return many_events(fixture_briefing, 300)


async def settle(pilot) -> None:  # noqa: ANN001 - Pilot
    await pilot.pause(0.1)  # (several frames: a paint that a key caused late would be counted)


async def test_a_cursor_move_updates_every_pane_in_one_paint_without_a_layout(hundreds):
    app = create_app(briefing=hundreds)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await settle(pilot)
        screen = app.main_screen
        frames = Frames(screen)
        for key in ("j", "j", "k", "j"):
            frames.reset()
            await pilot.press(key)
            await settle(pilot)
            event = screen.timeline.current_event
            assert (frames.layouts, frames.paints) == (0, 1), key
            assert event is not None and event.title in screen.timeline.detail.text.plain  # the detail followed
            assert screen.source.file == event.evidence[0].source  # and the source, in that same paint
            assert screen.source.highlight == event.evidence[0]


async def test_a_filter_key_updates_every_pane_in_one_paint_without_a_layout(hundreds):
    app = create_app(briefing=hundreds)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "r", "r")  # (the first filter moves the matrix's cursor to another cell: its
        await settle(pilot)               # detail box follows the height of its text, a layout then)
        frames = Frames(app.main_screen)
        for shown in (True, False, True, False):
            frames.reset()
            await pilot.press("r")
            await settle(pilot)
            assert (frames.layouts, frames.paints) == (0, 1)
            assert ("filter: Russia" in screen_text(app)) is shown
        frames.reset()
        await pilot.press("j")  # (a paint the filter key left pending would show up here)
        await settle(pilot)
        assert (frames.layouts, frames.paints) == (0, 1)


async def test_the_timeline_detail_scrolls_itself_and_takes_the_focus_only_when_it_must(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        detail = app.main_screen.timeline.detail
        detail.update(Text("\n".join(f"line {n}" for n in range(12))))  # longer than its 5 rows
        await pilot.pause()
        assert detail.max_scroll_y > 0 and detail.can_focus
        await pilot.press("tab")
        assert app.focused is detail
        await pilot.press("j", "j")
        assert detail.scroll_y == 2 and "line 2" in screen_text(app) and "line 0" not in screen_text(app)
        detail.update(Text("one line"))  # from its first row again; nothing to scroll: Tab passes it by
        await pilot.pause()
        assert detail.scroll_y == 0 and detail.max_scroll_y == 0 and not detail.can_focus
        assert "one line" in screen_text(app)


async def test_a_paint_hold_nobody_releases_lets_go_by_itself(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hold = PaintHold(app.main_screen.timeline)
        assert hold.held and app._batch_count == 1  # the screen does not paint meanwhile
        await asyncio.sleep(PaintHold.LIMIT * 3)
        await pilot.pause()
        assert not hold.held and app._batch_count == 0
        hold.release()  # (idempotent)
        await pilot.pause()
        assert app._batch_count == 0
        await pilot.press("j")  # and the app still paints a key
        assert app.main_screen.timeline.event_list.cursor == 1


async def test_a_cell_move_in_the_matrix_updates_its_detail_and_the_source_in_one_paint_without_a_layout():
    """The positions pane: ↓ / → move to another cell; its detail (a box whose height follows its text), its
    evidence and the source opened on the first of it reach the screen together, without a layout unless a
    box's height changed (every move was a layout and 3-4 paints, a frame or two apart)."""
    app = create_app()  # the bundled briefing: cells with positions on most rows
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = app.main_screen
        frames = Frames(screen)
        detail, header = screen.positions.query_one("#positions-detail"), screen.source.query_one("#source-header")
        unchanged = changed = 0
        for key in ("down", "down", "down", "right", "down", "down", "down", "right", "up", "up"):
            heights = detail.size.height, header.size.height
            frames.reset()
            await pilot.press(key)
            await settle(pilot)
            side, issue = screen.positions.current_cell
            positions = screen.briefing.cell(side, issue)
            assert screen.briefing.side(side).label in str(detail.render())  # the detail followed
            if positions:  # and the source
                assert screen.source.highlight == positions[0].evidence[0]
            if (detail.size.height, header.size.height) == heights:  # (else the screen is laid out again)
                unchanged += 1
                assert (frames.layouts, frames.paints) == (0, 1), key
            else:  # once: the sizes that layout gives are final (Textual laid the screen out again a frame later)
                changed += 1
                assert (frames.layouts, frames.paints) == (1, 1), key
        assert unchanged >= 3 and changed >= 2
