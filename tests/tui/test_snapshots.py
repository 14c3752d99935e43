"""Snapshots of the real app on the fixed fixture data, at 80×24 and 120×40. Regenerate with --snapshot-update."""

from __future__ import annotations

import pytest

from briefing.tui.app import create_app


@pytest.fixture
def fresh(fixture_briefing):
    return lambda: create_app(briefing=fixture_briefing)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_main_view(snap_compare, fresh, size):
    assert snap_compare(fresh(), terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_actor_chosen(snap_compare, fresh, size):
    async def choose(pilot):
        await pilot.press("2")
        pilot.app.main_screen.actors.select_actor("lavrov")
        await pilot.pause()
        await pilot.press("enter")

    assert snap_compare(fresh(), run_before=choose, terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_position_evidence(snap_compare, fresh, size):
    assert snap_compare(fresh(), press=["3", "j", "j", "l", "enter"], terminal_size=size)


def test_side_filter_wide(snap_compare, fresh):
    assert snap_compare(fresh(), press=["r", "u"], terminal_size=(120, 40))


def test_source_with_find_hit(snap_compare, fresh):
    assert snap_compare(fresh(), press=["/", *"Riyadh", "enter", "enter", "n"], terminal_size=(80, 24))


def test_help(snap_compare, fresh):
    assert snap_compare(fresh(), press=["?"], terminal_size=(80, 24))


def test_too_small(snap_compare, fresh):
    assert snap_compare(fresh(), terminal_size=(50, 12))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_discrepancies(snap_compare, fresh, size):
    assert snap_compare(fresh(), press=["d"], terminal_size=size)


def test_sources_list(snap_compare, fresh):
    assert snap_compare(fresh(), press=["s"], terminal_size=(80, 24))
