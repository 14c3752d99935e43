"""The reader's keymap: [keymap] in $XDG_CONFIG_HOME/briefing/config.toml remaps bindings by id; a bad file is
reported with its path and line, and the dashboard still starts with the rest applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.tui.app import create_app
from briefing.tui.config import binding_ids, load_config
from tests.tui.conftest import screen_text


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "briefing").mkdir()
    return tmp_path / "briefing" / "config.toml"


async def test_a_keymap_remaps_keys_by_binding_id(config_home, fixture_briefing):
    config_home.write_text('[keymap]\n"history.back" = "b"\n"evidence.next" = "space"\n"filter.ukraine" = "v"\n')
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        await pilot.press("v")
        await pilot.pause()
        assert main.filter.sides and "Ukraine" in screen_text(app)
        await pilot.press("K")  # the old key no longer does it
        assert main.filter.active
        await pilot.press("escape")
        main.jump_to_event(next(e.id for e in fixture_briefing.events if len(e.evidence) > 1))
        await pilot.press("space")
        assert main.evidence_index == 1
        main.jump_to_actor("lavrov")
        await pilot.pause()
        await pilot.press("b")  # back to the event
        assert main.active_pane == "timeline"
        await pilot.pause()
        assert "b Back" in screen_text(app)  # the footer (and help) show the reader's key


def test_a_bad_keymap_is_reported_with_file_and_line(config_home):
    config_home.write_text('[keymap]\n"history.back" = "b"\n"histroy.forward" = "f"\n'
                           '"find.open" = "ctrl+nonsense"\n"filter.us" = 3\n')
    config = load_config()
    assert config.keymap == {"history.back": "b"}  # the good line still applies
    assert [p.split(": ", 1)[0] for p in config.problems] == [f"{config_home}:3", f"{config_home}:4",
                                                                f"{config_home}:5"]
    assert "unknown binding id 'histroy.forward'" in config.problems[0] and "history.forward" in config.problems[0]
    assert "no such key 'ctrl+nonsense'" in config.problems[1]


def test_a_file_that_is_not_toml_says_where(config_home):
    config_home.write_text('[keymap]\n"history.back" = "b"\n"find.open" = /\n')
    config = load_config()
    assert config.keymap == {} and config.problems[0].startswith(f"{config_home}:3: not valid TOML")


async def test_the_dashboard_starts_and_shows_the_problem(config_home, fixture_briefing):
    config_home.write_text('[keymap]\n"nope" = "b"\n')
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "config.toml:2" in screen_text(app).replace("\n", "") or \
            any("config.toml:2" in n.message for n in app._notifications)
        assert "Timeline" in screen_text(app)


def test_no_file_no_keymap(config_home):
    assert load_config().keymap == {} and not load_config().problems


def test_the_readme_lists_every_binding_id():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    missing = sorted(i for i in binding_ids() if f"`{i}`" not in readme)
    assert not missing, missing
