"""The dashboard on a folder the cache does not hold (cold, or grown since: the helper folds it): the app reads
the folder's files once, to check the cache, and reads the briefing the helper wrote with that same read (it
read them twice: a read of every file of a 10,000-article folder is ~0.4 CPU s). Its panes show the folder as
it is. Articles: the seeds (copies). No third-party text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefing.load as loader
import briefing.tui.app as app_module
from briefing.tui.app import create_app
from helpers import record_calls
from tests.conftest import seed_copies
from tests.tui.conftest import is_loaded, wait_loaded


async def _sources_shown(folder: Path, expected: int) -> int:
    """How many sources the dashboard shows once it settles on `expected` (a grown folder first shows its last
    briefing, then the updated one), or after 30 s."""
    from briefing.background import Preforked

    helper = Preforked.start()
    assert helper is not None
    app = create_app(folder, preforked=helper)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        for _ in range(600):
            if is_loaded(app) and len(app.main_screen.briefing.sources) == expected:
                break
            await pilot.pause(0.05)
        await wait_loaded(pilot)
        shown = len(app.main_screen.briefing.sources)
    assert helper.process.exitcode is not None  # it did the load and went
    return shown


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders this process read the files of (the helper's reads are its own)."""
    monkeypatch.setattr(app_module, "LOAD_IN_BACKGROUND", 5)  # (10 files: loaded behind the progress bar)
    return record_calls(monkeypatch, loader, "read_sources")


async def test_the_dashboard_reads_a_folder_the_helper_extracts_once(tmp_path: Path, cache_dir: Path,
                                                                     reads: list[Path]) -> None:
    folder = seed_copies(tmp_path, 2)
    assert await _sources_shown(folder, 10) == 10
    assert reads == [folder]


async def test_the_dashboard_reads_a_folder_the_helper_folds_once(tmp_path: Path, cache_dir: Path,
                                                                  reads: list[Path]) -> None:
    folder = seed_copies(tmp_path, 2)
    loader.load_briefing(folder)  # (cached, with its fold state)
    first = sorted((folder / "sources").iterdir())[0]
    shutil.copyfile(first, folder / "sources" / f"zz_{first.name}")  # one added, sorting last: the helper folds
    reads.clear()
    assert await _sources_shown(folder, 11) == 11
    assert reads == [folder]
