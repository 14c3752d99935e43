"""The reader's questions of issue 11: where the sources disagree (d), a citation to send (y), the view as a
Markdown file (w), the sources list (s) and next/previous article (> <). Keys as a terminal names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Briefing, Discrepancy, Span
from briefing.tui.app import create_app
from briefing.tui.discrepancies import DiscrepanciesScreen
from briefing.tui.export_dialog import ExportScreen
from briefing.tui.sources_list import SourcesScreen
from tests.tui.conftest import screen_text, to_event, with_changes

SIZES = [(80, 24), (160, 50)]


def _span(briefing: Briefing, prefix: str, text: str) -> Span:
    source = next(s for s in briefing.sources if s.file.startswith(prefix))
    start = source.text.index(text)
    return Span(source=source.file, start=start, end=start + len(text), text=text)


@pytest.fixture
def disagreeing(fixture_briefing: Briefing) -> Briefing:
    """The fixture plus a discrepancy with one side in each source."""
    sides = (_span(fixture_briefing, "000", "Donald Trump said on Wednesday"),
             _span(fixture_briefing, "003", "beginning with a Putin-Trump p"))
    added = Discrepancy(id="call-day", kind="date_mismatch", summary="Two sources date the call differently.",
                        evidence=sides)
    curated = tuple(d for d in fixture_briefing.discrepancies if d.origin == "curated")
    return with_changes(fixture_briefing, discrepancies=(*curated, added))


def _notes(app) -> str:  # noqa: ANN001
    """The notifications on screen (a toast wraps its text, so read them whole)."""
    return "\n".join(n.message for n in app._notifications)




@pytest.mark.parametrize("size", SIZES)
async def test_discrepancies_by_kind_with_both_sides_and_enter_opens_one(disagreeing, size):
    app = create_app(briefing=disagreeing)
    async with app.run_test(size=size) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DiscrepanciesScreen)
        text = screen_text(app)
        assert "Where the sources disagree (2)" in text
        assert "Wrong year (1)" in text and "Dates that disagree (weekday vs date) (1)" in text
        assert "wrong_year" not in text
        assert "Euractiv (via Energy News Beat) · 13 Feb 2025 · 000" in text
        assert "Reuters · 18 Feb 2025 · 003" in text
        await pilot.press("j", "j")  # the first side is highlighted; two down is the second side of the call
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, DiscrepanciesScreen)
        assert app.main_screen.source.file.startswith("003")
        assert app.main_screen.source.highlight.text == "beginning with a Putin-Trump p"
        assert app.main_screen.active_pane == "source"


async def test_discrepancies_from_palette_and_in_help(disagreeing):
    app = create_app(briefing=disagreeing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("?")
        await pilot.pause()
        rows = {row.keys: row.description for row in app.screen.rows}
        assert rows["d"] == "Where the sources disagree" and rows["s"] == "List the sources"
        assert rows["y"] == "Copy the item under the cursor as a citation"
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"disagree")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DiscrepanciesScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_y_copies_the_event_as_a_citation(app, size):
    async with app.run_test(size=size) as pilot:
        await to_event(pilot, "trump-putin-call")
        await pilot.press("y")
        copied = app.clipboard
        assert copied.startswith("12 Feb 2025: Trump and Putin agree by phone to start talks\n")
        assert "“Donald Trump said on Wednesday" in copied
        assert "Euractiv (via Energy News Beat), “US stuns European allies, opens Ukraine peace talks with Russia”, " \
               "13 Feb 2025" in copied
        assert "(000_d704b8d84d6bb80f.txt, characters 109–185)" in copied
        assert "Copied the event “Trump and Putin agree by phone to start talks” as a citation." in _notes(app)


async def test_y_on_a_quote_in_the_source_names_the_speaker(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        quote = fixture_briefing.quote("q001")
        app.main_screen.open_span(quote.span)
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard.startswith("“Of course, this is unacceptable to us,")
        assert "— Sergei Lavrov\nReuters, “US and Russia forge ahead on peace talks, without Ukraine”, 18 Feb 2025" \
               in app.clipboard
        assert "Copied the quote of Sergei Lavrov" in _notes(app)


async def test_y_on_a_discrepancy_copies_both_sides(disagreeing):
    app = create_app(briefing=disagreeing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "j", "y")
        assert app.clipboard.startswith("Discrepancy (dates that disagree (weekday vs date)): Two sources date")
        assert app.clipboard.count("\n- “") == 2


async def test_w_writes_the_filtered_view_where_the_reader_says(app, fixture_briefing, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "w")  # Russia only
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        text = screen_text(app)
        assert app.screen.query_one("#export-input").value == str(tmp_path / "briefing.md")
        assert "filter: Russia" in text
        await pilot.press("enter")
        await pilot.pause()
        written = (tmp_path / "briefing.md").read_text(encoding="utf-8")
        assert f"Wrote {tmp_path / 'briefing.md'}" in _notes(app)
    assert "View: filter: Russia" in written
    russian = [e.title for e in fixture_briefing.events if {"putin", "lavrov"} & set(e.actors)]
    timeline = written.split("## Timeline")[1].split("## Who is who")[0]
    assert timeline.count("\n- **") == len(russian)
    assert "Zelenskiy postpones" not in timeline


async def test_w_never_writes_into_the_data_folder(app, fixture_briefing, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = Path(fixture_briefing.data_dir) / "briefing.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        await pilot.pause()
        field = app.screen.query_one("#export-input")
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "inside the data folder, which briefing never writes to" in _notes(app)
    assert not target.exists()


@pytest.mark.parametrize("size", SIZES)
async def test_sources_list_and_article_keys(app, size):
    async with app.run_test(size=size) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "Euractiv (via Energy News Beat) · 13 Feb 2025 (dateline) ·" in text
        assert "US and Russia forge ahead on peace talks, without Ukraine" in text
        assert "claims cite it" in text
        await pilot.press("g", "j", "enter")
        await pilot.pause()
        assert app.main_screen.source.file.startswith("003") and app.main_screen.active_pane == "source"
        await pilot.press("greater_than_sign")  # the next article, wrapping round
        assert app.main_screen.source.file.startswith("000")
        await pilot.press("less_than_sign")
        assert app.main_screen.source.file.startswith("003")
        await pilot.press("[")  # each article opened is a step back in history
        assert app.main_screen.source.file.startswith("000")


async def test_untrusted_text_stays_literal_in_the_lists_and_notes(disagreeing):
    markup = "[@click=app.quit]Q[/] [b]bold[/b]"
    events = tuple(e.model_copy(update={"title": f"Call {markup}"}) if e.id == "trump-putin-call" else e
                   for e in disagreeing.events)
    sources = tuple(s.model_copy(update={"headline": f"Head {markup}"}) for s in disagreeing.sources)
    discrepancies = tuple(d.model_copy(update={"summary": f"Sum {markup}"}) for d in disagreeing.discrepancies)
    app = create_app(briefing=with_changes(disagreeing, events=events, sources=sources, discrepancies=discrepancies))
    async with app.run_test(size=(160, 50)) as pilot:
        await to_event(pilot, "trump-putin-call")
        await pilot.press("y")
        await pilot.pause()
        assert f"Copied the event “Call {markup[:30]}" in _notes(app)
        assert not any(n.markup for n in app._notifications)  # the toast shows the title, not its markup
        await pilot.press("s")
        await pilot.pause()
        assert f"Head {markup}" in screen_text(app)
        await pilot.press("escape", "d")
        await pilot.pause()
        assert f"Sum {markup}" in screen_text(app)
        await pilot.press("escape")
    assert app.return_code in (None, 0)


async def test_y_on_a_positions_evidence_copies_that_passage(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "enter")  # the US on NATO: its evidence list takes the focus
        await pilot.pause()
        chosen = app.main_screen.positions.current_evidence
        assert chosen is not None
        await pilot.press("y")
        position = fixture_briefing.position(chosen[0])
        assert app.clipboard.startswith(f"US on NATO membership: {position.stance.label}")
        assert f"“{' '.join(chosen[1].text.split())}”" in app.clipboard
        assert "Copied the position US on NATO membership" in _notes(app)


async def test_y_on_an_actors_quote_copies_the_quote(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        app.main_screen.actors.select_actor("lavrov")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        app.main_screen.actors.focus_quotes()
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard.startswith("“Of course, this is unacceptable to us,”\n— Sergei Lavrov\nReuters")


async def test_automatic_position_says_so_in_words(fixture_briefing):
    positions = tuple(p.model_copy(update={"origin": "auto", "confidence": 0.45, "rule": "position:stance:x"})
                      if p.id == "us/nato/1" else p for p in fixture_briefing.positions)
    app = create_app(briefing=with_changes(fixture_briefing, positions=positions))
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("3", "x")  # (below the positions' threshold: hidden until x shows it)
        app.main_screen.positions.select_cell("us", "nato")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "≈ found automatically, uncertain (45%)" in text
        assert "auto 45%" not in text
