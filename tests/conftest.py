from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefing.load as loader
from briefing.load import bundled_data_dir, load_briefing
from briefing.model import Briefing
from helpers import record_calls

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "sources"


def seed_copies(tmp_path: Path, copies: int) -> Path:
    """A folder of `copies` renamed copies of the five seed articles (no TOML: extraction does it all)."""
    sources = tmp_path / "data" / "sources"
    sources.mkdir(parents=True)
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copyfile(seed, sources / f"{n:03}_{seed.name}")
    return sources.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true", default=False,
                     help="rewrite tests/data/golden/*.json from the current exports (review the diff)")


@pytest.fixture(scope="session")
def bundled() -> Briefing:
    return load_briefing(bundled_data_dir())


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled briefing folder."""
    target = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), target)
    return target


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Loads cache their briefings (briefing.load.cache): into a temporary folder, not the user's cache."""
    import os

    os.environ["BRIEFING_CACHE_DIR"] = str(tmp_path_factory.mktemp("briefing-cache"))


@pytest.fixture(autouse=True, scope="session")
def _no_user_config(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dashboard reads the reader's keymap from $XDG_CONFIG_HOME: tests use an empty one of their own."""
    import os

    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config-home"))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of this test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders the loader really built (extracted) rather than read from the cache."""
    return record_calls(monkeypatch, loader, "_build")


@pytest.fixture
def recorded_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every folder consults the clean-read sets and the seen-files records from one source on, and a file written
    a moment ago counts as old enough to record (as if the load ran a minute later: no sleeping)."""
    import briefing.load as loader
    from briefing.load import seen_files

    monkeypatch.setattr(loader, "CLEAN_READS_FROM", 1)
    monkeypatch.setattr(seen_files, "RACY_NS", -60_000_000_000)
