"""Cross-links between the panes, driven from the keyboard as an analyst would."""

from __future__ import annotations

import re

from textual.widgets import OptionList

from briefing.tui.panes.positions import EvidenceList
from briefing.tui.screens import CitationsScreen
from briefing.tui.app import create_app
from tests.tui.conftest import screen_text, to_event, with_changes




async def test_timeline_in_date_order_with_precision(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # a month-only date comes after the days of its month (it used to sort before them all)
        assert app.main_screen.timeline.event_ids[-1] == "zelenskiy-postpones"
        text = screen_text(app)
        assert "in Feb 2025  K" in text  # marked as a period, Ukraine's letter
        assert "12 Feb 2025  UR      2  Trump and Putin" in text  # sides and source count


async def test_moving_on_an_event_shows_its_actors_and_first_evidence(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await to_event(pilot, "trump-putin-call")
        await pilot.pause()
        event = fixture_briefing.event("trump-putin-call")
        assert app.main_screen.source.highlight == event.evidence[0]
        assert app.main_screen.source.file == event.evidence[0].source
        assert app.main_screen.actors.marked == {"trump", "putin"}
        assert "Donald Trump U, Vladimir Putin R" in screen_text(app)


async def test_next_evidence_key_cycles_through_other_sources(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await to_event(pilot, "trump-putin-call")
        event = fixture_briefing.event("trump-putin-call")
        await pilot.press(".")
        assert app.main_screen.source.highlight == event.evidence[1]
        assert app.main_screen.source.file.startswith("003")
        detail = str(app.main_screen.timeline.query_one("#timeline-detail").render())
        assert "evidence 2/2: Reuters, 18 Feb 2025" in detail  # which outlet, which day
        await pilot.press(".")
        assert app.main_screen.source.highlight == event.evidence[0]


async def _choose_actor(pilot, actor_id: str) -> None:
    app = pilot.app
    await pilot.press("2")
    assert app.main_screen.actors.select_actor(actor_id)
    await pilot.press("enter")
    await pilot.pause()


async def test_enter_on_actor_filters_timeline_marks_side_lists_quotes(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _choose_actor(pilot, "lavrov")
        assert app.main_screen.timeline.event_ids == ["riyadh-talks"]
        assert app.main_screen.positions.marked_side == "russia"
        quotes = app.main_screen.actors.query_one("#actors-quotes", OptionList)
        assert quotes.option_count == 1
        text = screen_text(app)
        assert "▶R Russia" in text
        assert "Quotes of Sergei Lavrov (1)" in text
        assert "“Of course, this is unacceptable to us,”" in text
        assert "actor: Sergei Lavrov" in text


async def test_quote_opens_in_source(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await _choose_actor(pilot, "lavrov")
        app.main_screen.actors.focus_quotes()
        await pilot.press("enter")
        assert app.main_screen.source.highlight == fixture_briefing.quotes_by_speaker("lavrov")[0].span
        assert app.main_screen.active_pane == "source"


async def test_position_cell_evidence_opens_in_source(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert app.main_screen.positions.select_cell("russia", "peacekeepers")
        await pilot.press("enter")
        assert app.main_screen.positions.evidence_count == 2
        assert isinstance(app.focused, EvidenceList)
        await pilot.press("j", "enter")
        position = fixture_briefing.cell("russia", "peacekeepers")[0]
        assert app.main_screen.source.highlight == position.evidence[1]
        assert app.main_screen.active_pane == "source"
        assert "Of course, this is unacceptable to us" in screen_text(app)  # narrow layout shows the source now


async def test_empty_cell_is_visibly_empty(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert app.main_screen.positions.select_cell("ukraine", "nato")
        await pilot.pause()
        text = screen_text(app)
        assert re.search(r"Ukraine may join NATO +against +against +· +·", text)
        assert re.search(r"Ukraine on “Ukraine may join NATO” *\n +no stated position", text)


async def test_citations_of_passage_and_jump(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        position = fixture_briefing.cell("russia", "peacekeepers")[0]
        await pilot.pause()  # let the startup highlight land first
        app.main_screen.open_span(position.evidence[1])  # Lavrov's quote, also cited by the position
        await pilot.press("c")
        assert isinstance(app.screen, CitationsScreen)
        kinds = [c.kind for c in app.screen.citations]
        assert "quote" in kinds and "position" in kinds
        text = screen_text(app)
        assert "Russia on “Foreign troops keep the peace”: against" in text
        index = kinds.index("position")
        await pilot.press(*(["j"] * index), "enter")
        assert app.main_screen.positions.current_cell == ("russia", "peacekeepers")
        assert app.main_screen.active_pane == "positions"


async def test_citation_to_event(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await to_event(pilot, "riyadh-talks")
        await pilot.press("4", "c")
        ids = [c.id for c in app.screen.citations]
        assert ids[0] == "riyadh-talks" and "ukraine/seat/1" in ids  # the whole line under the cursor
        await pilot.press("2", "enter")  # digits switch panes on the main screen only
        assert app.main_screen.timeline.current_event_id == "riyadh-talks"
        assert app.main_screen.active_pane == "timeline"


async def test_history_back_and_forward(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await _choose_actor(pilot, "lavrov")
        await pilot.pause()
        position = fixture_briefing.cell("us", "nato")[0]
        app.main_screen.jump_to_position("us", "nato", position.evidence[0])
        app.main_screen.jump_to_event("trump-putin-call")
        await pilot.press("[")
        assert app.main_screen.positions.current_cell == ("us", "nato")
        assert app.main_screen.active_pane == "positions"
        await pilot.press("[")
        assert app.main_screen.chosen_actor == "lavrov" and app.main_screen.active_pane == "actors"
        await pilot.press("]", "]")
        assert app.main_screen.timeline.current_event_id == "trump-putin-call"
        assert app.main_screen.active_pane == "timeline"
        assert len(app.main_screen.history.entries) == 3  # travelling is not visiting
        assert "[ Back" in screen_text(app) and "] Fwd" in screen_text(app)


async def test_enter_on_event_opens_evidence_and_back_returns(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await to_event(pilot, "trump-putin-call")
        await pilot.press(".", "enter")
        assert app.main_screen.active_pane == "source"
        assert app.main_screen.source.highlight == fixture_briefing.event("trump-putin-call").evidence[1]
        await pilot.press("[")
        assert app.main_screen.active_pane == "timeline"
        assert app.main_screen.timeline.current_event_id == "trump-putin-call"
        assert app.main_screen.source.highlight == fixture_briefing.event("trump-putin-call").evidence[1]


async def test_one_click_on_an_evidence_line_opens_it(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert app.main_screen.positions.select_cell("russia", "peacekeepers")
        await pilot.press("enter")
        evidence = app.query_one(EvidenceList)
        await pilot.click(evidence, offset=(2, 1))  # the second line, not under the cursor
        await pilot.pause()
        position = fixture_briefing.cell("russia", "peacekeepers")[0]
        assert app.main_screen.source.highlight == position.evidence[1]


async def test_event_detail_says_how_its_date_was_established(fixture_briefing):
    basis = "003 (Reuters, 2025-02-18): postponed 'until next month' → 2025-03, the month only"
    events = tuple(e.model_copy(update={"date_basis": basis}) if e.id == "zelenskiy-postpones" else e
                   for e in fixture_briefing.events)
    app = create_app(briefing=with_changes(fixture_briefing, events=events))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "G")
        await pilot.pause()
        assert app.main_screen.timeline.current_event_id == "zelenskiy-postpones"
        detail = app.main_screen.timeline.query_one("#timeline-detail")  # scrolls at 80x24 (Tab, j/k)
        text = " ".join(str(detail.render()).split())
        assert "Date: (month only: listed after the days of that month) 003 (Reuters, 18 Feb 2025): postponed " \
               "'until next month' = 2025-03, the month only" in text
