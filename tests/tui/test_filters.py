"""Filters by side and actor, the auto toggle, and find: every pane follows, the status line says so."""

from __future__ import annotations

from briefing.model import Event, PartialDate
from briefing.tui.app import create_app
from briefing.tui.screens import ActorPicker
from briefing.tui.view import find_text
from tests.tui.conftest import screen_text, with_changes


def _status(app) -> str:
    return str(app.main_screen.status.render())


async def test_side_key_filters_every_pane(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        assert app.main_screen.timeline.event_ids == ["trump-putin-call", "riyadh-talks"]
        assert [s.id for s in app.main_screen.positions.sides] == ["russia"]
        shown = {node.data for group in app.main_screen.actors.tree.root.children for node in group.children}
        assert shown == {"putin", "lavrov"}
        assert "filter: Russia" in _status(app)
        await pilot.press("r")
        assert len(app.main_screen.timeline.event_ids) == 5
        assert "no filter" in _status(app)


async def test_each_side_key_toggles_its_side(app):
    async with app.run_test(size=(80, 24)) as pilot:
        for key, side in (("u", "us"), ("r", "russia"), ("K", "ukraine"), ("e", "europe"),
                          ("m", "mediator"), ("o", "other")):
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
        assert "≈ Found automatically, fairly likely (60%): test" in screen_text(app)  # in words, not a rule id
        await pilot.press("x")
        assert "auto-1" not in app.main_screen.timeline.event_ids
        assert "auto hidden" in _status(app)
        await pilot.press("x")
        assert "auto-1" in app.main_screen.timeline.event_ids


async def test_find_lists_the_hits_with_context_and_enter_opens_one(app):
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        before = len(main.history.entries)
        await pilot.press("/", *"Riyadh", "enter")
        await pilot.pause()
        hits = find_text(main.briefing, "Riyadh")
        assert len(hits) >= 3
        text = screen_text(app)
        files = len({h.source for h in hits})
        assert f"{len(hits)} hits in {files} source{'s' * (files != 1)}" in text
        assert "003 Reuters" in text  # each hit: source, outlet, the line
        await pilot.press("j", "enter")  # the second hit
        hits = main.find_hits
        assert all(h.text.lower() == "riyadh" for h in hits)
        assert main.source.highlight == hits[1] and main.source.highlight_kind == "hit"
        assert f"find 'Riyadh' 2/{len(hits)}" in _status(app)
        assert main.source.hits[main.source.file]  # every hit in the article is marked
        await pilot.press("n")
        assert main.source.highlight == hits[2]
        await pilot.press("N", "N", "N")
        assert main.source.highlight == hits[-1]
        assert main.active_pane == "source"
        assert len(main.history.entries) == before + 1  # a search is one history entry, however many n/N
        assert f"history {before + 1}/{before + 1}" in _status(app)  # the place in the history, at its newest end
        await pilot.press("escape")
        assert not main.source.hits


async def test_find_without_hits_says_so(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("/", *"zzzq", "enter")
        assert "No hits for “zzzq”." in screen_text(app)
        await pilot.press("escape")
        assert app.main_screen.find_hits == []


async def test_the_status_shows_the_place_in_the_history_and_its_ends(app):
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        for event in main.briefing.events[:3]:
            main.jump_to_event(event.id)
        await pilot.pause()
        assert "history 3/3 (newest)" in _status(app)
        await pilot.press("[", "[")
        assert "history 1/3 (oldest)" in _status(app)
        await pilot.press("]")
        assert _status(app).endswith("history 2/3")


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
