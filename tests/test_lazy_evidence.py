"""A warm load makes events' and positions' evidence on first use, not at open (briefing.load.codec's lazy runs,
briefing.model.base.LazySpans): the indexes by source are read from the stored columns, the records are the same
briefing when asked, and a cache whose evidence does not check out is still refused at load, never shown."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from test_cache_hostile import _briefing_file, _collection_part, _parts, _sealed

from briefing.export import to_dict
from briefing.load import cache, load_briefing
from briefing.model import Briefing, Position
from briefing.model.base import Lazy

# Invented prose: one wire story carried by two outlets.
STORY = ("Moscow, March 11, 2025 ({outlet}) -- Russia rejected NATO membership for Ukraine on Tuesday, Kremlin "
         "spokesman Dmitry Peskov told reporters in the capital.\n\nOn Monday, Ukrainian President Volodymyr "
         "Zelensky met Polish President Andrzej Duda in Warsaw to discuss air defence.\n")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    sources = tmp_path / "story" / "sources"
    sources.mkdir(parents=True)
    for n, outlet in enumerate(["Wire", "Daily Courier"]):
        (sources / f"copy{n}.txt").write_text(STORY.format(outlet=outlet), encoding="utf-8")
    return tmp_path / "story"


def _made(briefing: Briefing) -> list[bool]:
    return [not isinstance(r.__dict__["evidence"], Lazy) for r in (*briefing.events, *briefing.positions)]


def test_a_warm_load_makes_evidence_when_asked(story: Path, cache_dir: Path, builds: list[Path]) -> None:
    cold = load_briefing(story)
    warm = load_briefing(story)
    assert builds == [story]  # the second load read the cache
    assert warm.events and warm.positions
    assert not any(_made(warm))  # not made at open, the indexes by source built all the same
    for file in ("copy0.txt", "copy1.txt"):
        assert warm.events_by_source(file) == cold.events_by_source(file)
    assert [e.sources for e in warm.events] == [e.sources for e in cold.events] == [("copy0.txt", "copy1.txt")] * 2
    assert not any(_made(warm))  # the timeline's source counts made nothing either
    assert warm.citations_at("copy1.txt", 60) == cold.citations_at("copy1.txt", 60)  # the source pane's index
    assert warm.positions[0].model_dump() == cold.positions[0].model_dump()  # pydantic's dump makes them too
    for record in (*warm.events, *warm.positions):  # each span reads back exactly from its source
        for span in record.evidence:
            assert span.text == warm.source(span.source).text[span.start:span.end]
    assert all(_made(warm)) and to_dict(warm) == to_dict(cold)


def _forge_evidence(path: Path, secret: bytes, how: str) -> None:
    """The first stored position's evidence moved past the end of its source, or given a span "shared with
    other runs" past its end, sealed with the user's key."""
    blob = path.read_bytes()
    key = blob[len(cache._MAGIC):len(cache._MAGIC) + 32]
    parts = _parts(blob)
    at, evidence = _collection_part(parts, "positions"), list(Position.model_fields).index("evidence") + 1
    positions = [list(p) for p in marshal.loads(parts[at])]
    run = positions[0][evidence]
    assert type(run) is list, "no stored run of evidence"
    if how == "far":
        positions[0][evidence] = [run[0], run[1], (10**9,) + run[2][1:], (10**9 + 5,) + run[3][1:], *run[4:]]
    else:
        positions[0][evidence] = [*run[:4], (len(run[1]),)]
    parts[at] = marshal.dumps(tuple(positions))
    path.write_bytes(_sealed(key, parts, secret))


@pytest.mark.parametrize("how", ["far", "shared place"])
def test_forged_evidence_is_refused_at_load_not_when_asked(how: str, story: Path, cache_dir: Path,
                                                           builds: list[Path]) -> None:
    cold = to_dict(load_briefing(story))
    _forge_evidence(_briefing_file(cache_dir), (cache_dir / "key").read_bytes(), how)
    notes: list[str] = []
    again = load_briefing(story, note=notes.append)
    assert len(builds) == 2 and len(notes) == 1 and "discarded" in notes[0]
    assert to_dict(again) == cold
