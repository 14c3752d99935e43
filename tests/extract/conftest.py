"""Fixtures for the extractor tests: the seed text, the gazetteer, and an auto-only briefing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.load import _bundled_gazetteer, load_briefing
from briefing.model import Actor, Briefing, Issue

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "sources"


def seed(prefix: str) -> tuple[str, str]:
    """(file name, text) of the seed whose name starts with `prefix`."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.name, path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gazetteer_actors() -> list[Actor]:
    return list(_bundled_gazetteer()[0])


@pytest.fixture(scope="session")
def actors_without_misspellings(gazetteer_actors: list[Actor]) -> list[Actor]:
    """The gazetteer with every curated misspelling removed: fuzzy matching has to find them."""
    return [a.model_copy(update={"aliases": tuple(al for al in a.aliases if not al.misspelling)})
            for a in gazetteer_actors]


@pytest.fixture(scope="session")
def issues() -> list[Issue]:
    return list(_bundled_gazetteer()[1])


@pytest.fixture(scope="session")
def auto_only(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """The five seeds with no curated TOML at all: everything is extracted."""
    folder = tmp_path_factory.mktemp("auto") / "data"
    shutil.copytree(SEEDS, folder / "sources")
    return load_briefing(folder)


@pytest.fixture(scope="session")
def auto_fuzzy(tmp_path_factory: pytest.TempPathFactory, actors_without_misspellings: list[Actor]) -> Briefing:
    """The seeds with a gazetteer (actors.toml) that lists no misspellings."""
    import tomllib

    from briefing.load import bundled_data_dir

    folder = tmp_path_factory.mktemp("fuzzy") / "data"
    shutil.copytree(SEEDS, folder / "sources")
    raw = tomllib.loads((bundled_data_dir() / "actors.toml").read_text(encoding="utf-8"))
    lines = []
    for actor in raw["actor"]:
        lines.append("[[actor]]")
        for key in ("id", "name", "kind", "side"):
            lines.append(f"{key} = {_toml_str(actor[key])}")
        lines.append("aliases = [" + ", ".join(_toml_str(a) for a in actor.get("aliases", [])) + "]")
    (folder / "actors.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_briefing(folder)


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
