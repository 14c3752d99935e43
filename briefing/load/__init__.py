"""Build the one Briefing from a data folder. Nothing below here imports Textual."""

from __future__ import annotations

from pathlib import Path

from briefing.load.curated import Curated, SourceMeta, load_curated
from briefing.load.mentions import find_mentions
from briefing.load.sources import RawSource, read_sources
from briefing.load.spans import SpanFinder
from briefing.model import Briefing, Problem, Source

__all__ = ["bundled_data_dir", "load_briefing"]


def bundled_data_dir() -> Path:
    """The briefing shipped with the package (inside the wheel), or the repository's data/."""
    packaged = Path(__file__).resolve().parent.parent / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "data"


def _source(raw: RawSource, meta: SourceMeta | None) -> Source:
    if meta is None:
        headline = next((line.strip() for line in raw.text.splitlines() if line.strip()), "")
        return Source(file=raw.file, text=raw.text, headline=headline[:200], sha256=raw.sha256,
                      notes=tuple(raw.notes))
    return Source(
        file=raw.file, text=raw.text, sha256=raw.sha256, notes=tuple(raw.notes),
        outlet=meta.outlet, headline=meta.headline, published=meta.published,
        published_basis=meta.published_basis, published_note=meta.published_note,
        published_evidence=meta.published_evidence, parts=meta.parts, regions=meta.regions,
    )


def load_briefing(data_dir: Path | str | None = None) -> Briefing:
    """Read, sanitise, anchor and index everything in `data_dir` (default: the bundled briefing).

    Never raises for bad input: each problem is recorded with its file (and line) and the rest loads.
    Never writes anything into `data_dir`.
    """
    folder = Path(data_dir) if data_dir is not None else bundled_data_dir()
    problems: list[Problem] = []
    raws = read_sources(folder, problems)
    finders = {raw.file: SpanFinder(raw.text) for raw in raws}
    curated: Curated = load_curated(folder, finders, problems)
    sources = [_source(raw, curated.meta.get(raw.file)) for raw in raws]
    actors, mentions = find_mentions(curated.actors, sources, problems)
    events = sorted(curated.events, key=lambda e: (e.date.sort_key, e.id))
    return Briefing(
        data_dir=str(folder),
        sources=tuple(sources),
        actors=tuple(actors),
        issues=tuple(curated.issues),
        events=tuple(events),
        positions=tuple(curated.positions),
        quotes=tuple(curated.quotes),
        discrepancies=tuple(curated.discrepancies),
        mentions=tuple(mentions),
        problems=tuple(problems),
    )
