"""The gazetteer a folder without one of its own is read with: the bundled actors and issues (role evidence
dropped), less the bundled sources' own outlets. Imported only when a load builds (briefing.load._PIPELINE)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.load.anchor import Anchor
from briefing.load.curated import _actors, _issues
from briefing.load.files import bundled_data_dir
from briefing.load.sides import bundled_sides, on_sides
from briefing.load.toml_file import TomlFile
from briefing.model import Actor, Issue, Problem

if TYPE_CHECKING:
    from briefing.load.curated import Curated

__all__ = ["bundled_gazetteer", "bundled_outlets", "gazetteer_and_issues"]


@lru_cache(maxsize=1)
def bundled_gazetteer() -> tuple[tuple[Actor, ...], tuple[Issue, ...]]:
    """The bundled actors and issues, the gazetteer for a folder that has none (role evidence dropped)."""
    folder = bundled_data_dir()
    scratch: list[Problem] = []
    anchor = Anchor({})
    actors = _actors(TomlFile(folder / "actors.toml", "actors.toml", scratch), anchor, bundled_sides()) \
        if (folder / "actors.toml").is_file() else []
    issues = _issues(TomlFile(folder / "issues.toml", "issues.toml", scratch)) \
        if (folder / "issues.toml").is_file() else []
    return tuple(actors), tuple(issues)


_OUTLET_WORD = re.compile(r"[\w.-]+")


@lru_cache(maxsize=1)
def bundled_outlets() -> frozenset[str]:
    """The bundled actors that are the bundled sources' outlets: an institution whose name or alias is a word of an
    `outlet` in data/sources.toml (Reuters, Euractiv, ARA). The bundled story cites and compares them; in another
    folder "citing Reuters" or "told Euractiv" names where a report came from, no party to its story."""
    tables = TomlFile(bundled_data_dir() / "sources.toml", "sources.toml", []).data.get("source", [])
    words = {word for table in (tables if isinstance(tables, list) else []) if isinstance(table, dict)
             for word in _OUTLET_WORD.findall(str(table.get("outlet", "")))}
    return frozenset(actor.id for actor in bundled_gazetteer()[0] if actor.kind == "institution"
                     and any(name in words for name in (actor.name, *(alias.text for alias in actor.aliases))))


def gazetteer_and_issues(folder: Path, curated: Curated, auto: bool) -> tuple[list[Actor], list[Issue]]:
    """The actors and issues extraction looks for: the folder's own, else (automatic extraction) the bundled ones,
    without the bundled sources' outlets (no actor under "other", no event's actor: `bundled_outlets`)."""
    gazetteer, issues = list(curated.actors), list(curated.issues)
    if auto and not (folder / "actors.toml").exists():
        outlets = bundled_outlets()
        gazetteer = on_sides([a for a in bundled_gazetteer()[0] if a.id not in outlets], curated.sides)
    if auto and not (folder / "issues.toml").exists():
        issues = list(bundled_gazetteer()[1])
    return gazetteer, issues
