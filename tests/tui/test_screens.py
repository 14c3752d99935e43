"""Help, palette, problems, too-small, layout, keys, and untrusted text shown literally."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.model import Problem
from briefing.tui.app import create_app
from briefing.tui.screens import HelpScreen, ProblemsScreen
from tests.tui.conftest import FIXTURE, screen_text, wait_loaded, with_changes


async def test_help_is_generated_from_the_real_bindings(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "?")
        assert isinstance(app.screen, HelpScreen)
        ids = {i for row in app.screen.rows for i in row.binding_id.split(", ")}
        main_ids = {b.id for b in app.main_screen.BINDINGS}
        assert {"history.back", "history.forward", "find.open", "filter.pick", "app.quit"} <= ids
        assert "source.citations" in ids  # the focused pane's own keys
        assert all(b.id for b in app.main_screen.BINDINGS)  # each of ours can be remapped by id
        assert main_ids - ids <= {None}  # every dashboard binding is listed
        keys = {row.binding_id: row.keys for row in app.screen.rows}
        assert keys["history.back"] == "[, alt+←" and keys["find.open"] == "/"
        assert keys["list.down"] == "↓, j"  # the same action shares a row
        groups = list(dict.fromkeys(row.group for row in app.screen.rows))
        assert groups[:2] == ["Everywhere", "In the Source pane"]
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_speaks_to_a_reader_and_explains_the_marks(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "?")
        help_text = ""
        body = app.screen.query_one("#help")
        for _ in range(60):  # scroll through it all, collecting what the reader sees
            help_text += screen_text(app)
            await pilot.press("j")
        assert "table.page-up" not in help_text and "history.back" not in help_text  # no binding ids
        assert "Back to where you were" in help_text and "Next evidence" in help_text
        assert "What the marks mean" in help_text
        assert "Ukraine: filter with K (shift+k: k moves the cursor)" in help_text
        for mark, meaning in (("≈", "found automatically"), ("✗", "a misspelling"), ("+", "several statements"),
                              ("·", "no stated position"), ("▶", "an actor of the event")):
            assert re.search(re.escape(mark) + r" +in (the|a) [a-z ]+: " + meaning, help_text) or \
                re.search(re.escape(mark) + " +" + meaning, help_text), mark
        assert body.scroll_y > 0


async def test_help_follows_focus(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "?")
        assert "source.citations" not in {row.binding_id for row in app.screen.rows}
        assert not any(row.group.startswith("In the Source") for row in app.screen.rows)


async def test_too_small_says_so_and_q_quits(app):
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Terminal too small: 50×12" in text
        assert "at least 60×18" in text
        assert not app.main_screen.main.display
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_resizing_up_restores_the_panes(app):
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.main_screen.main.display and app.main_screen.main.has_class("-wide")
        assert "too small" not in screen_text(app)


async def test_narrow_layout_shows_one_pane_at_a_time(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.main_screen.main.has_class("-narrow")
        assert [name for name, pane in app.main_screen.panes.items() if pane.display] == ["timeline"]
        await pilot.press("4")
        assert [name for name, pane in app.main_screen.panes.items() if pane.display] == ["source"]
        assert "Euractiv" in screen_text(app)  # the first event's source (the call of 12 Feb, in 000)


async def test_wide_layout_shows_all_four(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        for title in ("1 Timeline", "2 Actors", "3 Positions", "4 Source"):
            assert title in text


async def test_tab_and_number_keys_move_between_panes(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert app.main_screen.active_pane == "positions"
        await pilot.press("shift+tab")
        assert app.main_screen.active_pane == "actors"
        await pilot.press("1", "tab")
        assert app.main_screen.active_pane == "actors"


async def test_vim_and_page_keys_in_timeline(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G")
        assert app.main_screen.timeline.current_event_id == "zelenskiy-postpones"  # month only: after the days of February
        await pilot.press("k")
        assert app.main_screen.timeline.current_event_id == "riyadh-talks"
        await pilot.press("g")
        assert app.main_screen.timeline.current_event_id == "hegseth-red-lines"
        await pilot.press("end", "home", "j")
        assert app.main_screen.timeline.current_event_id == "rutte-spending"
        await pilot.press("ctrl+d")
        assert app.main_screen.timeline.current_event_id == "zelenskiy-postpones"


async def test_maximise_focused_pane(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "z")
        assert app.screen.maximized is app.main_screen.source
        await pilot.press("escape")
        assert app.screen.maximized is None


async def test_problems_screen_and_status_hint(fixture_briefing):
    problems = (Problem(file="events.toml", line=12, message="excerpt not found in 003: 'xyz'"),)
    app = create_app(briefing=with_changes(fixture_briefing, problems=problems))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "⚠ 1 problems (p)" in screen_text(app)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        assert "events.toml:12: excerpt not found in 003: 'xyz'" in screen_text(app)


async def test_no_problem_hint_without_problems(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "problems (p)" not in screen_text(app)


async def test_command_palette_jumps_to_actor(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"Lavrov")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.chosen_actor == "lavrov"
        assert app.main_screen.timeline.event_ids == ["riyadh-talks"]


async def test_command_palette_opens_source(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"Source 000: US stuns")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.source.file.startswith("000")
        assert app.main_screen.active_pane == "source"


async def test_command_palette_runs_the_dashboards_actions(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"Only Russia")
        await pilot.pause(0.3)
        assert "key: r" in screen_text(app)  # the palette says which key does it
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.filter.sides == {"russia"}
        await pilot.press("ctrl+p", *"automatic items")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.main_screen.filter.show_auto


HOSTILE = "[bold red]x[/] and [@click=app.quit]"


async def test_untrusted_text_is_shown_literally(tmp_path: Path):
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    (data / "sources" / "001_[red]hostile[bold].txt").write_text(
        f"Headline {HOSTILE}\n\nMarkup Man said: {HOSTILE} in Riyadh.\n", encoding="utf-8")
    (data / "actors.toml").write_text(
        '[[actor]]\nid = "markup"\nname = "Markup Man [b]x[/b] [@click=app.quit]"\nside = "us"\n'
        'aliases = ["Markup Man", "[@click=app.quit]"]\n', encoding="utf-8")
    (data / "events.toml").write_text(
        f'[[event]]\nid = "e1"\ndate = "2025-02-18"\ntitle = "Event {HOSTILE}"\nactors = ["markup"]\n'
        f'evidence = [{{ source = "001", text = "Markup Man said" }}]\n', encoding="utf-8")
    app = create_app(data)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert not app.main_screen.briefing.problems, app.main_screen.briefing.problems
        text = screen_text(app)
        assert f"Event {HOSTILE}"[:40] in text  # timeline title
        assert f"Markup Man said: {HOSTILE}" in text  # source body
        assert "Markup Man [b]x[/b] [@click=app.quit]" in text  # actor name
        assert "001_[red]hostile[bold].txt" in text  # the file name in the source pane's border
        await pilot.press("2")
        app.main_screen.actors.select_actor("markup")
        await pilot.press("enter", "c")
        await pilot.pause()
        assert "events of Markup Man [b]x[/b] [@click=app.quit]" in screen_text(app)  # timeline caption
        await pilot.press("ctrl+p", *"Markup")
        await pilot.pause(0.3)
        assert "[b]x[/b]" in screen_text(app)  # in the palette too
        assert "→ Markup Man [b]x[/b]" in screen_text(app)  # an alias hit's help names the actor
        await pilot.press("escape", "4", "c")
        await pilot.pause()
        assert "Cited by (" in screen_text(app) and " · 001:" in screen_text(app)  # outlet, date, then where
        await pilot.press("escape")
        await pilot.click("#source-body")
    assert app.return_code in (None, 0) and not app._exit_renderables


def test_fixture_is_unchanged_copy_of_seed_excerpts():
    seed = FIXTURE.parent.parent.parent.parent / "data" / "sources" / "000_d704b8d84d6bb80f.txt"
    assert (FIXTURE / "sources" / seed.name).read_bytes() == seed.read_bytes()


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_ansi_theme_and_reverse_highlight(app, fixture_briefing, theme):
    """Under the ANSI themes the evidence still stands out without relying on colour (reverse + bold)."""
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        span = fixture_briefing.event("riyadh-talks").evidence[0]
        app.main_screen.open_span(span)
        await pilot.pause()
        style = app.main_screen.source.body.get_component_rich_style("source--evidence", partial=True)
        assert style.reverse and style.bold
        assert "The talks in Riyadh were the first time" in screen_text(app)


async def test_linux_console_gets_the_ansi_theme(app, monkeypatch):
    monkeypatch.setenv("TERM", "linux")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "ansi-dark"
        assert "Zelenskiy postpones Saudi visit" in screen_text(app)


async def test_pane_keys_while_zoomed_zoom_the_new_pane(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "z", "4")
        assert app.screen.maximized is app.main_screen.source
        await pilot.press("ctrl+u", "ctrl+d", "tab")
        assert app.screen.maximized is app.main_screen.timeline


async def test_keys_while_too_small_do_not_crash(app):
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.press("4", "ctrl+u", "ctrl+d", "j", "G", "tab", "z", "c")
        await pilot.pause()
        assert "Terminal too small" in screen_text(app)
