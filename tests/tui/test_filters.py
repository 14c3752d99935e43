"""Filters by side and actor, the auto toggle, and find: every pane follows, the status line says so."""

from __future__ import annotations

from briefing.model import Event, PartialDate, Side
from briefing.tui.app import create_app
from briefing.tui.screens import ActorPicker
from tests.tui.conftest import screen_text, with_changes


def _status(app) -> str:
    return str(app.main_screen.status.render())


async def test_side_key_filters_every_pane(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        assert app.main_screen.timeline.event_ids == ["trump-putin-call", "riyadh-talks"]
        assert app.main_screen.positions.sides == (Side.RUSSIA,)
        shown = {node.data for group in app.main_screen.actors.tree.root.children for node in group.children}
        assert shown == {"putin", "lavrov"}
        assert "filter: Russia" in _status(app)
        await pilot.press("r")
        assert len(app.main_screen.timeline.event_ids) == 5
        assert "no filter" in _status(app)


async def test_each_side_key_toggles_its_side(app):
    async with app.run_test(size=(80, 24)) as pilot:
        for key, side in (("u", Side.US), ("r", Side.RUSSIA), ("y", Side.UKRAINE), ("e", Side.EUROPE),
                          ("m", Side.MEDIATOR), ("o", Side.OTHER)):
            await pilot.press(key)
            assert side in app.main_screen.filter.sides
        assert "filter: US + Russia + Ukraine + Europe + Mediators + Other" in _status(app)
        await pilot.press("escape")
        assert not app.main_screen.filter.active and "no filter" in _status(app)


async def test_fuzzy_actor_picker_finds_misspelt_name(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, ActorPicker)
        await pilot.press(*"Higseth")
        await pilot.pause()
        assert app.screen.query_one("#picker-list").highlighted_option.id == "hegseth"
        await pilot.press("enter")
        assert app.main_screen.filter.actors == {"hegseth"}
        assert app.main_screen.timeline.event_ids == ["hegseth-red-lines"]
        await pilot.press("r")
        assert "filter: Russia + Pete Hegseth" in _status(app)
        assert app.main_screen.timeline.event_ids == ["hegseth-red-lines", "trump-putin-call", "riyadh-talks"]


async def test_picker_finds_by_alias_misspelling(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", *"Vladmir")
        await pilot.pause()
        assert app.screen.query_one("#picker-list").highlighted_option.id == "putin"
        await pilot.press("escape")
        assert not app.main_screen.filter.active


async def test_filter_to_actor_under_cursor(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        app.main_screen.actors.select_actor("putin")
        await pilot.pause()
        await pilot.press("f")
        assert app.main_screen.filter.actors == {"putin"}
        assert "filter: Vladimir Putin" in _status(app)
        assert app.main_screen.timeline.event_ids == ["trump-putin-call"]
        await pilot.press("escape")
        assert not app.main_screen.filter.active


async def test_filter_here_in_source_takes_the_mentioned_actor(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.main_screen.open_span(fixture_briefing.quotes_by_speaker("lavrov")[0].span)
        await pilot.press("k", "f")  # the line before: "... Sergei Lavrov said in Riyadh ..."
        assert app.main_screen.filter.actors == {"lavrov"}


async def test_auto_items_toggle(fixture_briefing):
    auto = Event(id="auto-1", date=PartialDate.parse("2025-02-18"), title="Automatically found meeting",
                 actors=("lavrov",), evidence=fixture_briefing.event("riyadh-talks").evidence,
                 origin="auto", confidence=0.6, rule="test")
    app = create_app(briefing=with_changes(fixture_briefing, events=(*fixture_briefing.events, auto)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "auto-1" in app.main_screen.timeline.event_ids
        await pilot.press("G")
        assert "≈ Automatically found meeting" in screen_text(app)
        assert "auto 60% (test)" in screen_text(app)
        await pilot.press("x")
        assert "auto-1" not in app.main_screen.timeline.event_ids
        assert "auto hidden" in _status(app)
        await pilot.press("x")
        assert "auto-1" in app.main_screen.timeline.event_ids


async def test_find_across_sources_with_n_and_N(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("/", *"Riyadh", "enter")
        hits = app.main_screen.find_hits
        assert len(hits) >= 3 and all(h.text.lower() == "riyadh" for h in hits)
        assert app.main_screen.source.highlight == hits[0] and app.main_screen.source.highlight_kind == "hit"
        assert f"find 'Riyadh' 1/{len(hits)}" in _status(app)
        await pilot.press("n")
        assert app.main_screen.source.highlight == hits[1]
        await pilot.press("N", "N")
        assert app.main_screen.source.highlight == hits[-1]
        assert app.main_screen.active_pane == "source"


async def test_find_without_hits_says_so(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("/", *"zzzq", "enter")
        assert app.main_screen.find_hits == []
        assert "find 'zzzq' no hits" in _status(app)


async def test_picking_an_actor_lists_their_quotes_in_date_order_first_highlighted(app, fixture_briefing, bundled):
    from briefing.tui.view import actor_quotes

    from briefing.tui.state import Filter

    whole = bundled
    speaker = max({q.speaker for q in whole.quotes if q.speaker and q.date},
                  key=lambda a: len({q.date for q in whole.quotes_by_speaker(a) if q.date}))
    in_order = actor_quotes(whole, speaker, Filter())
    dates = [(q.date.year, q.date.month or 0, q.date.day or 0) for q in in_order if q.date]
    assert len(set(dates)) >= 2 and dates == sorted(dates)
    assert [q.date for q in in_order if q.date is None] == [None] * (len(in_order) - len(dates))  # undated last
    assert all(q.date is None for q in in_order[len(dates):])
    quotes = actor_quotes(fixture_briefing, "lavrov", Filter())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", *"Lavrov", "enter")
        await pilot.pause()
        main = app.main_screen
        quotes_list = main.actors.query_one("#actors-quotes")
        assert main.active_pane == "actors" and app.focused is quotes_list
        assert quotes_list.highlighted == 0 and quotes_list.option_count == len(quotes)
        first = " ".join(quotes[0].text.split())[:25]
        assert f"Quotes of Sergei Lavrov ({len(quotes)})" in screen_text(app) and first in screen_text(app)
        await pilot.press("enter")  # opens the quote in its source
        await pilot.pause()
        assert main.active_pane == "source" and main.source.file == quotes[0].span.source
        assert main.source.highlight == quotes[0].span
        await pilot.press("2", "tab", "tab")  # Tab lands on the list, highlighted: Enter works
        if app.focused is quotes_list:
            assert quotes_list.highlighted is not None
