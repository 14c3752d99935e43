"""After a large load its records are moved out of the cyclic collector's way (gc.freeze): the first
collection after the load, and every full one later, would otherwise walk all of them."""

from __future__ import annotations

import gc

import pytest

import briefing.load as loader
from briefing.load import bundled_data_dir, load_briefing


@pytest.fixture
def frozen_nothing() -> None:
    gc.collect()
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("frozen_nothing")
def test_a_large_load_leaves_the_collector_nothing_to_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "FREEZE_AFTER", 1_000)  # the bundled briefing stands in for a large folder
    briefing = load_briefing(bundled_data_dir(), use_cache=False)
    assert gc.get_count()[0] < 1_000
    assert gc.get_freeze_count() > len(briefing.positions) + len(briefing.quotes) + len(briefing.events)
    assert all(gc.is_tracked(p) for p in briefing.positions)  # frozen, not untracked: still freed when unused


@pytest.mark.usefixtures("frozen_nothing")
def test_a_small_load_is_left_alone() -> None:
    load_briefing(bundled_data_dir(), use_cache=False)
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("frozen_nothing")
def test_a_caller_that_turned_collection_off_keeps_it_its_own_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "FREEZE_AFTER", 1_000)
    gc.disable()
    try:
        load_briefing(bundled_data_dir(), use_cache=False)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc.get_freeze_count() == 0
