"""The preforked loader process the dashboard uses for folders that are not in the cache."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from briefing.background import LoadFailed, Preforked
from briefing.export import to_json
from briefing.load import load_briefing, load_cached
from tests.conftest import seed_copies


def _live_in_group(group: int) -> list[int]:
    """Processes of process group `group` that are still running (not zombies), after a moment."""
    time.sleep(0.5)
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            live.append(int(stat.parent.name))
    return live


def test_helper_loads_into_the_cache_and_reports_progress(tmp_path: Path):
    folder = seed_copies(tmp_path, 2)
    helper = Preforked.start()
    assert helper is not None
    assert load_cached(folder) is None  # nothing cached yet
    seen: list[tuple[int, int, str]] = []
    helper.load(folder, lambda done, total, stage: seen.append((done, total, stage)))
    assert not helper.process.is_alive()  # one load, then it is gone
    assert seen[-1] == (10, 10, "extracting") and all(total == 10 for _done, total, _stage in seen)
    assert (10, 10, "reading") in seen and seen.index((10, 10, "reading")) < seen.index((10, 10, "extracting"))
    cached = load_cached(folder)
    assert cached is not None
    assert to_json(cached) == to_json(load_briefing(folder, use_cache=False))  # the same briefing, byte for byte


def test_a_helper_killed_mid_load_raises_and_leaves_no_process(tmp_path: Path):
    folder = seed_copies(tmp_path, 60)  # 300 sources: seconds of work
    helper = Preforked.start()
    assert helper is not None

    def kill_soon(done: int, _total: int, stage: str) -> None:
        if stage == "extracting" and done:
            helper.stop()

    with pytest.raises(LoadFailed, match="ended unexpectedly"):
        helper.load(folder, kill_soon)
    assert not helper.process.is_alive()
    assert not _live_in_group(helper.process.pid)  # its extraction workers went with it
    assert load_cached(folder) is None  # a half-done load writes nothing


def test_the_caller_giving_up_kills_the_helper(tmp_path: Path):
    folder = seed_copies(tmp_path, 60)
    helper = Preforked.start()
    assert helper is not None

    class GiveUp(Exception):
        pass

    def give_up(_done: int, _total: int, _stage: str) -> None:
        raise GiveUp

    start = time.perf_counter()
    with pytest.raises(GiveUp):
        helper.load(folder, give_up)
    assert not helper.process.is_alive() and time.perf_counter() - start < 10


def test_unused_helper_closes_at_once():
    helper = Preforked.start()
    assert helper is not None
    helper.close()
    assert not helper.process.is_alive() and helper.process.exitcode is not None


def test_no_helper_once_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert Preforked.start() is None  # forking now could copy a lock that thread holds
    finally:
        stop.set()
        thread.join()


def test_a_helper_that_cannot_write_the_cache_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = seed_copies(tmp_path, 1)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocked / "cache"))  # under a file: nothing can be written
    helper = Preforked.start()
    assert helper is not None
    briefing = helper.load(folder)  # sent through the pipe instead: not extracted a second time
    assert briefing is not None
    assert any("cache could not be written" in p.message for p in briefing.problems)
    assert to_json(briefing.model_copy(update={"problems": briefing.problems[:-1]})) == \
        to_json(load_briefing(folder, use_cache=False))
