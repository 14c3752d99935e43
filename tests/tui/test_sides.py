"""The dashboard takes its sides from the briefing: another negotiation's filter keys, matrix columns, badges and
help; keys typed as a terminal sends them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.sides import RESERVED_KEYS
from briefing.model import Briefing, Side
from briefing.tui import view
from briefing.tui.app import create_app
from briefing.tui.config import dashboard_bindings
from tests.tui.conftest import screen_text, with_changes

OTHER = Path(__file__).parents[1] / "data" / "other_negotiation"


@pytest.fixture(scope="module")
def other() -> Briefing:
    return load_briefing(OTHER, use_cache=False)


async def test_the_matrix_shows_the_folders_sides_as_columns(other: Briefing) -> None:
    app = create_app(briefing=other)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert "K Keldor" in text and "V Varnia" in text
        assert "The sea boundary follows the median line" in text
        assert "Ukraine" not in text and "Russia" not in text
        assert [s.id for s in app.main_screen.positions.sides] == ["keldor", "varnia"]


async def test_a_sides_filter_key_filters_the_timeline(other: Briefing) -> None:
    app = create_app(briefing=other)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        everything = list(main.timeline.event_ids)
        assert len(everything) == 3  # (the third, "talks between Keldor and Varnia ended", stands on their cues)
        await pilot.press("v")  # Varnia's key, as the terminal sends it
        await pilot.pause()
        assert main.filter.sides == {"varnia"}
        varnian = [e.id for e in other.events if any(other.side_of(a) == "varnia" for a in e.actors)]
        assert main.timeline.event_ids == varnian and len(varnian) < len(everything)
        assert "filter: Varnia" in screen_text(app)
        await pilot.press("v", "K")  # off again; then Keldor's (shift+k: k moves the cursor)
        await pilot.pause()
        assert main.filter.sides == {"keldor"}
        assert all(any(other.side_of(a) == "keldor" for a in other.event(e).actors) for e in main.timeline.event_ids)
        await pilot.press("u")  # the bundled US key means nothing here
        assert main.filter.sides == {"keldor"}


async def test_help_and_status_name_the_folders_sides(other: Briefing) -> None:
    app = create_app(briefing=other)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "(K v m o sides" in screen_text(app)
        await pilot.press("question_mark")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        for _ in range(20):  # the legend is below the keys: scroll to it
            if "Varnia: filter with v" in text:
                break
            await pilot.press("j")
            text += " ".join(screen_text(app).split())
        assert "Keldor: filter with K" in text and "Varnia: filter with v" in text


async def test_the_keymap_remaps_a_folders_side_by_its_id(other: Briefing, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "config.toml").write_text('[keymap]\n"filter.varnia" = "b"\n')
    app = create_app(briefing=other)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("b")
        assert app.main_screen.filter.sides == {"varnia"}


def test_the_reserved_keys_are_the_keys_the_dashboard_binds() -> None:
    """sides.toml may not give a side a key the dashboard already uses: the loader's list is the real one."""
    bound = {k.strip() for binding in dashboard_bindings() for k in binding.key.split(",")}
    names = {"less_than_sign": "<", "greater_than_sign": ">", "question_mark": "?", "full_stop": ".", "slash": "/"}
    chars = {names.get(k, k) for k in bound if len(names.get(k, k)) == 1}
    assert chars == set(RESERVED_KEYS)
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("cannot give a side:\n`", 1)[1].split("`", 1)[0]
    assert set(listed.split()) == set(RESERVED_KEYS)  # the README tells the reader the same list


def test_extra_sides_cycle_the_style_slots_and_no_color_is_bold_letters(fixture_briefing: Briefing) -> None:
    many = tuple(Side(id=f"s{n}", label=f"Side {n}", letter=chr(65 + n), negotiating=True) for n in range(10))
    briefing = with_changes(fixture_briefing, sides=many + fixture_briefing.sides[-2:])
    styles = [view.side_style(briefing, f"s{n}") for n in range(10)]
    assert styles[:8] == list(view.SIDE_SLOTS) and styles[8:] == list(view.SIDE_SLOTS[:2])
    assert view.side_style(briefing, "other") == "bold white" and view.side_style(briefing, "unplaced") == "dim"
    bundled = [view.side_style(fixture_briefing, s) for s in ("us", "russia", "ukraine", "europe", "mediator")]
    assert bundled == ["bold bright_blue", "bold bright_red", "bold bright_yellow", "bold bright_cyan",
                       "bold bright_green"]  # as they always were
    view.use_colour(False)
    try:
        assert {view.side_style(briefing, s.id) for s in briefing.sides} == {"bold"}
    finally:
        view.use_colour(True)
