"""The timeline's detail box with a very long text (an event dated by hundreds of sources, each naming its
clue): the reader sees the right rows at the top, after scrolling, and at the end, and a cursor move wraps
only the rows on screen and a few pages more (issue 12: ~700 rows were wrapped for a 5-row box)."""

from __future__ import annotations

import random

from rich.text import Text
from textual.app import App, ComposeResult
from textual.visual import Visual, visualize

from briefing.tui.app import create_app
from briefing.tui.textbox import TextBox
from tests.tui.conftest import screen_text, with_changes


def long_basis(sources: int) -> str:
    """An invented date basis naming `sources` sources, one clause each (~100 characters a clause)."""
    return "; ".join(f"{n:05d}: 'on Tuesday' → 2025-02-18, source dated 2025-02-{18 + n % 3}; the Tuesday before it"
                     for n in range(sources))


async def test_a_detail_of_hundreds_of_rows_wraps_what_is_shown_and_scrolls_to_its_last_row(fixture_briefing):
    basis = long_basis(600)
    events = tuple(e.model_copy(update={"date_basis": basis}) if n == 0 else e
                   for n, e in enumerate(fixture_briefing.events))
    app = create_app(briefing=with_changes(fixture_briefing, events=events))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "g", "j")
        await pilot.pause()
        box = app.main_screen.timeline.detail
        box.wrapped_rows = 0
        await pilot.press("k")  # to the event with the long basis
        page = box.scrollable_content_region.height
        assert "Date:" in str(box.render()) and box.can_focus  # the whole text is the box's; Tab reaches it
        # ~800 rows long: a few pages wrapped (twice when the scrollbar comes and takes a column)
        assert 0 < box.wrapped_rows <= 4 * page * (1 + box.AHEAD)
        assert events[0].title[:20] in screen_text(app)  # its first row on screen
        await pilot.press("tab", "j", "j", "j")
        assert app.focused is box and box.scroll_y == 3
        box.scroll_to(y=box.max_scroll_y, animate=False, immediate=True)  # (the scrollbar dragged down)
        await pilot.pause()
        for _ in range(5):  # each look wraps on to the rows it shows, and the scroll size follows
            box.scroll_to(y=box.max_scroll_y, animate=False, immediate=True)
            await pilot.pause()
        whole = Visual.to_strips(box, visualize(box, box.text, markup=False), box.scrollable_content_region.width,
                                 None, box.visual_style)
        assert box.virtual_size.height == len(whole)  # at the end, exactly the text's rows
        assert "00599: 'on Tuesday' = 18 Feb 2025" in " ".join(screen_text(app).split())  # the last clause
        await pilot.press("2", "1", "j")  # another event: from its first row, wrapped a few pages at a time
        await pilot.pause()
        assert box.scroll_y == 0 and box.virtual_size.height < len(whole)


class OneBox(App):
    CSS = "TextBox { height: 5; width: 31; }"

    def compose(self) -> ComposeResult:
        yield TextBox()


async def test_rows_wrapped_a_piece_at_a_time_are_the_rows_of_the_whole_text():
    """Styles, wide characters, tabs, runs of spaces, words longer than the box, blank lines: each row the
    same as Textual's wrap of the whole text gives (and the same text offsets, which mouse selection reads)."""
    words = ["a", "bb", "ccc", "dddd", "naïve", "x" * 40, "日本語", "tab\there", "  ", "end."]
    rng = random.Random(12)
    app = OneBox()
    async with app.run_test(size=(60, 12)) as pilot:
        box = app.query_one(TextBox)
        for _ in range(25):
            text = Text()
            for _line in range(rng.randint(1, 5)):
                # (a line with a tab is wrapped whole: half the lines have none, to be cut into pieces)
                some = words if rng.random() < 0.5 else [w for w in words if "\t" not in w]
                for _word in range(rng.choice([0, 3, 60, 300])):  # (300: several pieces)
                    text.append(rng.choice(some) + rng.choice([" ", " ", "  ", ", "]),
                                style=rng.choice(["", "bold", "dim", "italic"]))
                text.append("\n")
            box.update(text)
            await pilot.pause()
            width = box.scrollable_content_region.width
            while box._rest[0] < len(box._lines or []):  # on to the end a few rows at a time, as scrolling does
                box._extend(len(box._strips) + rng.randint(1, 30), width)
            whole = Visual.to_strips(box, visualize(box, text, markup=False), width, None, box.visual_style)
            assert [list(strip) for strip in box._strips] == [list(strip) for strip in whole]
