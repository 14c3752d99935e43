"""Loading in the background: the app opens on a progress bar, then shows the panes; q works meanwhile."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.keys import _character_to_key

from briefing.tui.app import create_app
from briefing.tui.main import MainScreen
from briefing.tui.screens import HelpScreen
from tests.conftest import seed_copies
from tests.tui.conftest import is_loaded, screen_text, wait_loaded


def _flat(app) -> str:
    """The screen's text without blanks or box sides: long lines wrap inside the loading box."""
    return "".join(screen_text(app).replace("│", "").split())


async def test_app_without_a_briefing_loads_it_behind_a_progress_screen(tmp_path: Path):
    folder = seed_copies(tmp_path, 20)
    app = create_app(folder)
    async with app.run_test(size=(120, 24)) as pilot:
        assert app.screen.id == "loading"
        for _ in range(100):  # not pilot.pause(): it waits for the CPU to idle, i.e. for the whole load
            if "Loading" in screen_text(app):
                break
            await asyncio.sleep(0.01)
        assert f"Loading{folder}" in _flat(app)
        await wait_loaded(pilot)
        assert app.main_screen.briefing.sources and app.main_screen.briefing.events
        text = screen_text(app)
        assert "Timeline" in text and app.main_screen.briefing.events[0].title[:30] in text
        assert app.focused is not None and app.main_screen.active_pane == "timeline"
        await pilot.press("r")  # the keys work once loaded
        assert app.main_screen.filter.active


async def test_progress_is_shown_while_extracting(tmp_path: Path):
    folder = seed_copies(tmp_path, 40)  # 200 sources: long enough to be caught half way
    app = create_app(folder)
    seen: set[str] = set()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(600):
            text = screen_text(app)
            if "Extracting:" in text:
                seen.add(text.split("Extracting:")[1].split("sources")[0].strip())
            if is_loaded(app):
                break
            await pilot.pause(0.02)
        assert any(s.endswith("of 200") and not s.startswith("0 ") for s in seen), seen
        # (the dashboard on top is not yet mounted: ending the app then tore it down mid-mount, a NoMatches in
        # its on_mount, once in a CI run; the panes are what the reader waits for)
        await wait_loaded(pilot)
        assert len(app.main_screen.briefing.sources) == 200


async def _keys(app, *keys: str) -> None:
    """Keys sent while the load runs (Pilot's press waits for the CPU to go idle: for the whole load)."""
    for key in keys:  # as the terminal's parser makes them: "/" is the key "slash" with the character "/"
        app.post_message(events.Key(_character_to_key(key), key) if len(key) == 1 else events.Key(key, None))
        await asyncio.sleep(0.05)


async def test_only_quit_and_help_work_while_loading_and_quit_does_not_wait(tmp_path: Path):
    folder = seed_copies(tmp_path, 200)  # 1,000 sources: more than 3 s of extraction in one process
    app = create_app(folder)
    async with app.run_test(size=(80, 24)):
        await _keys(app, "r", "a", "1", "/")  # no panes yet: ignored, and nothing breaks
        assert app.screen.id == "loading" and not is_loaded(app)
        await _keys(app, "?")
        for _ in range(100):  # (the help screen is drawn between the loader's batches: on a busy machine, later)
            if "Quit" in screen_text(app):
                break
            await asyncio.sleep(0.05)
        assert "Quit" in screen_text(app) and "Help" in screen_text(app)
        await _keys(app, "escape")
        for _ in range(100):  # (the help screen is popped between the loader's batches too)
            if app.screen.id == "loading":
                break
            await asyncio.sleep(0.05)
        assert app.screen.id == "loading"
        loading = app.screen
        assert not loading.finished.is_set()
        await _keys(app, "q")
    assert loading.finished.wait(3)  # the load stops at its next source instead of running on
    assert not is_loaded(app) and app.return_code in (None, 0)


async def test_a_failing_load_says_why_and_q_still_quits(tmp_path: Path, monkeypatch):
    from briefing import load

    def broken(*_args, **_kwargs):
        raise MemoryError("no room for the briefing")

    folder = seed_copies(tmp_path, 20)
    monkeypatch.setattr(load, "load_briefing", broken)
    app = create_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            if "Could not load" in screen_text(app):
                break
            await pilot.pause(0.02)
        assert "MemoryError:noroomforthebriefing" in _flat(app)
        await pilot.press("q")
    assert app.return_code in (None, 0)


async def test_a_cold_folder_is_extracted_by_the_preforked_helper(tmp_path: Path):
    from briefing.background import Preforked

    folder = seed_copies(tmp_path, 20)
    helper = Preforked.start()
    assert helper is not None
    app = create_app(folder, preforked=helper)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        assert len(app.main_screen.briefing.sources) == 100 and app.main_screen.briefing.events
    assert helper.process.exitcode is not None  # it did the load and went


async def test_quitting_mid_load_stops_the_helper_at_once(tmp_path: Path):
    from briefing.background import Preforked

    folder = seed_copies(tmp_path, 200)
    helper = Preforked.start()
    assert helper is not None
    app = create_app(folder, preforked=helper)
    async with app.run_test(size=(80, 24)):
        for _ in range(200):  # until the helper is at work
            if "Extracting:" in screen_text(app):
                break
            await asyncio.sleep(0.05)
        loading = app.screen
        await _keys(app, "q")
    assert loading.finished.wait(3)
    assert helper.process.exitcode is not None
    assert not is_loaded(app)


async def test_a_small_folder_opens_straight_on_the_panes(tmp_path: Path):
    from briefing.background import Preforked

    helper = Preforked.start()
    assert helper is not None
    app = create_app(seed_copies(tmp_path, 19), preforked=helper)  # 95 sources: loaded before the first frame
    assert len(app._main.briefing.sources) == 95  # built with its briefing
    assert helper.process.exitcode is not None  # the helper is not kept waiting
    async with app.run_test(size=(80, 24)):
        assert is_loaded(app)


async def test_resizing_and_help_while_loading_then_the_panes(tmp_path: Path):
    """Too small, then big enough, while loading; help left open when the load ends: the panes come up,
    focused, when it is closed, with nothing stuck on top."""
    app = create_app(seed_copies(tmp_path, 40))
    async with app.run_test(size=(50, 15)) as pilot:
        await asyncio.sleep(0.05)
        await pilot.resize_terminal(100, 30)  # no panes to focus yet: must not fail
        await _keys(app, "?")
        for _ in range(600):  # loaded (under the help, if it opened before the load ended)
            if any(isinstance(screen, MainScreen) or getattr(screen, "loaded", None) is not None
                   for screen in app.screen_stack):  # the panes may come up under the help
                break
            await asyncio.sleep(0.05)
        if isinstance(app.screen, HelpScreen):  # it stays until the reader closes it
            await asyncio.sleep(0.2)
            assert isinstance(app.screen, HelpScreen)
            await _keys(app, "escape")
        await wait_loaded(pilot)
        assert app.screen.id != "loading" and not any(s.id == "loading" for s in app.screen_stack)
        assert app.main_screen.active_pane == "timeline" and app.focused is not None
        assert app.main_screen.briefing.events[0].title[:20] in screen_text(app)


async def test_loaded_while_too_small_focuses_when_it_grows(tmp_path: Path):
    app = create_app(seed_copies(tmp_path, 20))
    async with app.run_test(size=(50, 15)) as pilot:
        await wait_loaded(pilot)
        assert "too small" in screen_text(app) and app.focused is None
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert app.focused is not None and app.main_screen.active_pane == "timeline"
