"""A keymap's side filter must name a side of the briefing on screen: "filter.iran" on the Ukraine briefing, or
"filter.ukraine" on a folder with its own sides, is reported with the config file's path and line, not
silently accepted; the dashboard's own filters (filter.pick, .here, .clear, .auto) are not sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.sides import bundled_sides
from briefing.tui.app import create_app
from briefing.tui.config import load_config

OTHER = Path(__file__).resolve().parent.parent / "data" / "other_negotiation"


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "briefing").mkdir()
    return tmp_path / "briefing" / "config.toml"


def test_a_side_filter_for_a_side_the_briefing_lacks_is_a_problem_with_its_line(config_home):
    config_home.write_text('[keymap]\n"filter.europe" = "v"\n"filter.pick" = "A"\n\n"filter.iran" = "I"\n')
    config = load_config()
    assert config.problems == []  # the file itself is well formed: which sides exist depends on the folder
    problems = config.side_problems(bundled_sides())
    assert len(problems) == 1 and problems[0].startswith(f"{config_home}:5: filter.iran: ")
    assert "no side 'iran'" in problems[0] and "filter.europe" in problems[0]


def test_a_folder_with_its_own_sides_reports_the_bundled_ones(config_home):
    config_home.write_text('[keymap]\n"filter.ukraine" = "v"\n"filter.keldor" = "k"\n')
    sides = load_briefing(OTHER, use_cache=False).sides
    problems = load_config().side_problems(sides)
    assert [p.split(": ", 1)[0] for p in problems] == [f"{config_home}:2"]
    assert "filter.ukraine" in problems[0] and "filter.keldor" in problems[0] and "filter.varnia" in problems[0]


async def test_the_dashboard_tells_the_reader(config_home, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    config_home.write_text('[keymap]\n"filter.russia" = "R"\n')
    app = create_app(briefing=load_briefing(OTHER, use_cache=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        told = [n.message for n in app._notifications]
        assert any(m.startswith(f"{config_home}:2: filter.russia") for m in told), told
