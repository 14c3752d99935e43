"""A folder that only gained files since its last briefing opens on that briefing at once, marked as not yet
holding the new files, while the new one is built; the new one then replaces it, the reader kept in place.
A folder with a file edited or removed opens on the loading screen as before. Articles: the seeds (copies)
and one invented here. No third-party text."""

from __future__ import annotations

import threading
import weakref
from pathlib import Path

import pytest

import briefing.load as load_module
import briefing.tui.app as app_module
from briefing.load import load_briefing
from briefing.tui.app import create_app
from briefing.tui.updating import PendingUpdate
from tests.conftest import seed_copies
from tests.tui.conftest import is_loaded, screen_text, wait_loaded

#: Invented for this test.
NEW_ARTICLE = """Finland hosts new round of Arctic shipping talks

HELSINKI, 14 March 2025 (Northern Wire) - Finnish President Alexander Stubb opened a round of talks on Arctic \
shipping lanes in Helsinki on Friday, hosting envoys from Norway and Iceland.

"The northern routes must stay open to everyone who respects the rules," Stubb told reporters after the first \
session.
"""
MARK = "Updating: 1 new file not yet in the briefing"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The new briefing is built only once the test sets this (what the reader sees meanwhile, no sleeps)."""
    monkeypatch.setattr(app_module, "LOAD_IN_BACKGROUND", 5)  # (10 files: loaded behind the loading screen)
    opened = threading.Event()
    real = PendingUpdate.fold

    def gated(self: PendingUpdate):  # noqa: ANN202
        assert opened.wait(30)
        return real(self)

    monkeypatch.setattr(PendingUpdate, "fold", gated)
    return opened


def _grown(tmp_path: Path) -> Path:
    folder = seed_copies(tmp_path, 2)
    load_briefing(folder)  # (its briefing cached: the last briefing of this folder)
    (folder / "sources" / "zz_arctic_talks.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return folder


def _app(folder: Path):  # noqa: ANN202
    """The app as the CLI makes it: the helper process forked first (it builds the new briefing)."""
    from briefing.background import Preforked

    helper = Preforked.start()
    assert helper is not None
    return create_app(folder, preforked=helper)


async def _until(pilot, check) -> None:  # noqa: ANN001
    for _ in range(600):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError(screen_text(pilot.app))


async def test_a_grown_folder_shows_its_last_briefing_marked_then_the_new_one(tmp_path: Path, cache_dir: Path,
                                                                             gate: threading.Event) -> None:
    folder = _grown(tmp_path)
    app = _app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)  # the panes, before the new briefing is built
        screen = app.main_screen
        assert len(screen.briefing.sources) == 10 and MARK in screen_text(app)
        # (Textual writes the repr of a worker's callable as it starts it: spelling out the briefing and every
        # source's text there froze the panes for 5 s at 10,000 articles)
        assert len(repr(screen.pending.fold)) < 200
        old_events = screen.timeline.event_ids
        await pilot.press("1", "G")  # the reader's place: the last event (its id shifts with an event before it)
        place = screen.timeline.current_event
        gate.set()
        await _until(pilot, lambda: is_loaded(app) and app.main_screen is not screen)
        await pilot.pause()
        new = app.main_screen
        assert len(new.briefing.sources) == 11 and "Updating" not in screen_text(app)
        added = [e for e in new.briefing.events if any(s.source == "zz_arctic_talks.txt" for s in e.evidence)]
        assert added and added[0].id in new.timeline.event_ids and len(new.timeline.event_ids) > len(old_events)
        kept = new.timeline.current_event
        assert kept is not None and kept.evidence[0] == place.evidence[0] and kept.title == place.title
        assert new.active_pane == "timeline"


async def test_the_previous_briefing_is_freed_before_the_new_one_is_read(tmp_path: Path, cache_dir: Path,
                                                                       gate: threading.Event,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The two briefings are never in memory together (at 10,000 articles that was 210 MB over the bound a
    warm open keeps): the new one is read only once the old one, and its screen, are gone; the old one is not
    kept afterwards either (frozen away from the collector by the new screen)."""
    folder = _grown(tmp_path)
    app = _app(folder)
    alive_when_read: list[bool] = []
    real = load_module.load_briefing

    def reading(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        alive_when_read.append(old() is not None)
        return real(*args, **kwargs)

    monkeypatch.setattr(load_module, "load_briefing", reading)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        old, old_screen = weakref.ref(app.main_screen.briefing), weakref.ref(app.main_screen)
        await pilot.press("1", "G")
        gate.set()
        await _until(pilot, lambda: is_loaded(app) and app.main_screen is not old_screen())
        await pilot.pause()
        assert len(app.main_screen.briefing.sources) == 11 and "Updating" not in screen_text(app)
        assert alive_when_read == [False]
        assert old() is None and old_screen() is None


async def test_a_new_briefing_sent_by_the_helper_replaces_the_old_one_which_is_freed(
        tmp_path: Path, cache_dir: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the cache cannot be written the helper sends the new briefing itself: the two are in memory for a
    moment, then the old one goes (it was kept for the app's lifetime, frozen away from the collector)."""
    from briefing.background import Preforked

    folder = _grown(tmp_path)
    real = Preforked.load

    def sending(self: Preforked, data_dir, progress=None):  # noqa: ANN001, ANN202
        assert real(self, data_dir) is None  # (the helper wrote it: read back here, as if it had sent it)
        return load_briefing(data_dir)

    monkeypatch.setattr(Preforked, "load", sending)
    app = _app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        old, old_screen = weakref.ref(app.main_screen.briefing), weakref.ref(app.main_screen)
        gate.set()
        await _until(pilot, lambda: is_loaded(app) and app.main_screen is not old_screen())
        await pilot.pause()
        assert len(app.main_screen.briefing.sources) == 11 and "Updating" not in screen_text(app)
        assert old() is None


@pytest.mark.parametrize("change", ["edited", "removed"])
async def test_an_edited_or_removed_file_opens_on_the_loading_screen(tmp_path: Path, cache_dir: Path,
                                                                     gate: threading.Event, change: str) -> None:
    folder = _grown(tmp_path)
    first = sorted((folder / "sources").iterdir())[0]
    if change == "edited":
        first.write_text(first.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    else:
        first.unlink()
    app = _app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.id == "loading"
        await wait_loaded(pilot)
        assert app.main_screen.pending is None and "Updating" not in screen_text(app)
        assert len(app.main_screen.briefing.sources) == (11 if change == "edited" else 10)
    assert not gate.is_set()
