"""The timeline's row list as a user meets it: paging, first/last, a filter that keeps the cursor, clicks, the
wheel, an empty list, how rows look, and that only the rows on screen are ever drawn (10,000 events)."""

from __future__ import annotations

import datetime as dt

import pytest
from textual import events

from briefing.model import Briefing, PartialDate
from briefing.tui.app import create_app
from tests.tui.conftest import screen_text, with_changes


def many_events(briefing: Briefing, count: int) -> Briefing:
    """The fixture's events and day-by-day copies of them (same actors, evidence) up to `count`."""
    events = list(briefing.events)
    base = [e for e in briefing.events if e.date.precision == "day"]
    for n in range(count - len(events)):
        event = base[n % len(base)]
        day = dt.date(2025, 3, 1) + dt.timedelta(days=n // len(base))
        events.append(event.model_copy(update={
            "id": f"{event.id}-{n}", "title": f"{event.title} #{n}",
            "date": PartialDate(year=day.year, month=day.month, day=day.day)}))
    return with_changes(briefing, events=tuple(sorted(events, key=lambda e: (e.date.reading_key, e.id))))


@pytest.fixture(scope="module")
def hundreds(fixture_briefing):
    return many_events(fixture_briefing, 300)


async def test_page_keys_move_a_screenful_and_end_shows_the_last_row(hundreds):
    app = create_app(briefing=hundreds)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        assert 10 < rows.page_height < 24
        for key, step in (("pagedown", 1), ("ctrl+d", 1), ("pageup", -1), ("ctrl+u", -1)):
            page, cursor, top = rows.page_height, rows.cursor, round(rows.scroll_y)  # the detail's height varies
            await pilot.press(key)
            assert rows.cursor == cursor + step * page, key
            assert round(rows.scroll_y) == top + step * page, key  # the view moved a page with it
        await pilot.press("pageup")
        assert rows.cursor == 0 and rows.scroll_y == 0
        await pilot.press("end")
        last = hundreds.events[-1]
        assert app.main_screen.timeline.current_event_id == last.id
        assert last.title[:30] in screen_text(app)
        await pilot.press("home")
        assert app.main_screen.timeline.current_event_id == hundreds.events[0].id
        assert round(rows.scroll_y) == 0
        await pilot.press("G", "k", "g", "j", "down", "up")
        assert rows.cursor == 1


async def test_filter_keeps_the_cursor_on_its_event_or_the_nearest_later_one(hundreds):
    app = create_app(briefing=hundreds)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        target = next(e for e in hundreds.events[150:] if e.id.startswith("riyadh-talks"))  # US and Russia
        assert app.main_screen.timeline.select_event(target.id)
        await pilot.press("r")
        assert app.main_screen.timeline.current_event_id == target.id
        assert target.title[:30] in screen_text(app)  # scrolled into view
        await pilot.press("r", "u")
        assert app.main_screen.timeline.current_event_id == target.id
        await pilot.press("u", "e")  # Europe only: the Riyadh talks are gone
        europe = app.main_screen.timeline.shown_events
        assert target not in europe and europe
        current = app.main_screen.timeline.current_event
        order = {e.id: n for n, e in enumerate(hundreds.events)}
        assert order[current.id] > order[target.id]  # the first Europe event after it
        assert all(order[e.id] < order[target.id] for e in europe[: europe.index(current)])


async def test_a_shorter_list_leaves_no_blank_rows_below_its_end(hundreds):
    last = tuple(e.model_copy(update={"origin": "auto"}) for e in hundreds.events[-10:])
    app = create_app(briefing=with_changes(hundreds, events=hundreds.events[:-10] + last))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end")
        rows = app.main_screen.timeline.event_list
        assert rows.scroll_y == rows.max_scroll_y > 0
        await pilot.press("x")  # hide the automatic events: ten rows fewer, the cursor on the new last row
        assert rows.row_count == len(hundreds.events) - 10 and rows.cursor == rows.row_count - 1
        assert rows.scroll_y == rows.max_scroll_y
        assert rows.render_line(rows.size.height - 1).text.strip()  # the last line on screen is a row


async def test_click_moves_the_cursor_and_a_second_click_chooses(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#timeline-list", offset=(30, 3))  # header, then rows 0, 1, 2
        assert app.main_screen.timeline.current_event_id == fixture_briefing.events[2].id
        assert app.main_screen.active_pane == "timeline"
        await pilot.click("#timeline-list", offset=(30, 3))
        await pilot.pause()
        assert app.main_screen.active_pane == "source"  # Enter on an event: its evidence opens in the source
        assert app.main_screen.source.highlight == fixture_briefing.events[2].evidence[0]
        await pilot.click("#timeline-list", offset=(30, 0))  # the header chooses nothing


async def test_the_wheel_scrolls_without_moving_the_cursor(hundreds):
    app = create_app(briefing=hundreds)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        for _ in range(5):
            rows.post_message(events.MouseScrollDown(rows, 10, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert rows.scroll_y > 0 and rows.cursor == 0
        shown = [rows.render_line(y).text for y in range(rows.size.height)]
        assert shown[0].startswith(" Date") and f" {hundreds.events[0].date.display}  " not in "".join(shown)


async def test_nothing_matches(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")  # no mediators in the fixture
        assert app.main_screen.timeline.shown_events == [] and app.main_screen.timeline.current_event_id is None
        assert "No events match." in screen_text(app) and "0 events" in app.main_screen.timeline.border_subtitle
        await pilot.press("j", "G", "pagedown", "enter", ".", "f")
        await pilot.click("#timeline-list", offset=(30, 2))
        await pilot.press("m")
        assert app.main_screen.timeline.current_event_id == "hegseth-red-lines"  # the first event


async def test_row_looks(fixture_briefing):
    first = next(e for e in fixture_briefing.events if e.date.precision == "month")
    hegseth = fixture_briefing.event("hegseth-red-lines")
    auto = hegseth.model_copy(update={"origin": "auto", "confidence": 0.5, "rule": "test"})
    rest = tuple(e for e in fixture_briefing.events if e not in (first, hegseth))
    briefing = with_changes(fixture_briefing, events=(first, auto, *rest))
    app = create_app(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        month_row, auto_row = rows.render_line(1), rows.render_line(2)
        date = next(s for s in month_row if s.text.strip() == f"in {first.date.display}")
        assert date.style.dim  # not to the day, and said so: "in Feb 2025"
        assert f"≈ {auto.title}" in auto_row.text
        title = next(s for s in auto_row if s.text.startswith(auto.title[:10]))
        assert title.style.italic
        assert "12 Feb 2025  U       1  ≈ Hegseth" in screen_text(app)
        side = next(s for s in list(rows.render_line(4)) if s.text == "U")  # Trump and Putin: U and R
        assert side.style.bold and side.style.color is not None


@pytest.mark.parametrize("theme", ["ansi-dark", "textual-dark"])
async def test_cursor_row_stands_out(app, theme):
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        cursor, other = rows.render_line(1), rows.render_line(2)
        assert cursor.text.startswith(" 12 Feb 2025") and "Hegseth" in cursor.text and "Rutte" in other.text
        assert list(cursor)[-1].style.bgcolor != list(other)[-1].style.bgcolor
        assert list(cursor)[-1].style.bold  # bold too, for NO_COLOR


async def test_no_color_keeps_the_letters_and_the_cursor(fixture_briefing, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.no_color
        assert "12 Feb 2025  UR      2  Trump and Putin" in screen_text(app)
        assert list(app.main_screen.timeline.event_list.render_line(1))[-1].style.bold


async def test_only_rows_on_screen_are_drawn_at_10000_events(fixture_briefing):
    briefing = many_events(fixture_briefing, 10_000)
    app = create_app(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        page = rows.page_height
        assert rows.row_count == 10_000
        # One screenful, at its real width: twice, as the list gets focus after the first frame (and with it
        # the focus tint in every row's background), never the 10,000.
        assert 0 < rows.rendered_rows <= 2 * page
        for keys in (["r"], ["r"], ["u"], ["u"], ["end"], ["pagedown"], ["home"], ["j", "j", "k"], ["e", "e"]):
            before = rows.rendered_rows
            await pilot.press(*keys)
            await pilot.pause()
            assert rows.rendered_rows - before <= page + 2 * len(keys), keys
        # j j k left it on the second event (Hegseth, US); Europe alone moved it to the next Europe event.
        assert app.main_screen.timeline.current_event_id == "rutte-spending"


async def test_a_title_with_a_newline_or_tab_stays_on_its_row(fixture_briefing):
    """Curated titles may hold a newline or tab (a TOML \"\"\"string\"\"\"): a row is still one line of cells."""
    odd = fixture_briefing.events[0].model_copy(update={"title": "Line one\nline two\tTabbed"})
    app = create_app(briefing=with_changes(fixture_briefing, events=(odd, *fixture_briefing.events[1:])))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = app.main_screen.timeline.event_list
        strip = rows.render_row(0, rows.size.width, rows.rich_style, False)
        assert "\n" not in strip.text and "\t" not in strip.text
        assert "Line one line two Tabbed" in strip.text and strip.cell_length <= rows.size.width
        assert "Line one line two Tabbed" in screen_text(app)


async def test_the_detail_shows_the_evidence_and_scrolls_at_80x24(app, fixture_briefing):
    event = max(fixture_briefing.events, key=lambda e: len(e.summary or "") + len(e.evidence[0].text if e.evidence else ""))
    async with app.run_test(size=(80, 24)) as pilot:
        app.main_screen.jump_to_event(event.id)
        await pilot.pause()
        box = app.main_screen.timeline.detail
        words = " ".join(event.evidence[0].text.split())[:20]
        if box.max_scroll_y == 0:  # it all fits: then it is all on screen
            assert words in screen_text(app)
            return
        await pilot.press("tab")
        assert app.focused is box
        for _ in range(box.max_scroll_y):
            await pilot.press("j")
        assert words in screen_text(app).replace("\n ", " ")


async def test_zoom_keeps_the_bar_and_status_and_says_so(app):
    async with app.run_test(size=(120, 40)) as pilot:
        assert "ZOOMED" not in screen_text(app) and not app.main_screen.pane_bar.display  # the 2×2 grid: no bar
        await pilot.press("3", "z")
        text = screen_text(app)
        assert "ZOOMED" in text and "no filter" in text and "Positions" in text.splitlines()[0]
        await pilot.press("4")  # another pane, still zoomed
        assert app.main_screen.maximized is app.main_screen.source and "ZOOMED" in screen_text(app)
        await pilot.press("escape")
        assert app.main_screen.maximized is None and "ZOOMED" not in screen_text(app)


async def test_keys_on_a_modal_never_leave_a_screen_without_a_pane(app):
    """The flood that left only hatching: z and pane keys typed while a modal is open."""
    async with app.run_test(size=(80, 24)) as pilot:
        for opener in ("?", "a", "/", "p"):
            await pilot.press(opener, "z", "4", "z", "2")
            while len(app.screen_stack) > 1:
                await pilot.press("escape")
            main = app.main_screen
            shown = [name for name, pane in main.panes.items() if pane.display and pane.region.area]
            assert shown == [main.active_pane], (opener, shown, main.maximized)


async def test_a_briefing_without_events_says_why_not_that_nothing_matches(tmp_path):
    # an undated page: its "on Tuesday" dates nothing, so the timeline is empty with no filter on
    from helpers import load_sources

    briefing = load_sources(tmp_path, page=(
        "Campus news\n\nThe rector said on Tuesday that the college would appeal. “We will not give in,” "
        "Rector Anna Lindqvist said.\n"))
    assert not briefing.events
    app = create_app(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "No dated events in these articles" in shown and "No events match." not in shown
