"""A warm load makes a quote's copies in other sources (its `also`, the "N sources" list) on first use, not at
open (briefing.load.codec's lazy runs, briefing.model.base.LazyField): the same briefing when asked, and a
cache whose copies do not check out is still refused at load, never shown."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from helpers import wire_copies
from test_cache_hostile import _briefing_file, _collection_part, _parts, _sealed

from briefing.export import to_dict
from briefing.load import cache, load_briefing
from briefing.model import Quote
from briefing.model.base import Lazy

# Invented prose: one wire story carried by three outlets, with different quotation marks.
WIRE = ("Kyiv, April 9, 2025 (Wire) -- Ukrainian Foreign Minister Andrii Sybiha said on Wednesday: "
        "{q}Our orchards will bloom again once the guns fall quiet along the river.{q} He spoke in Odesa.\n")


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    return wire_copies(tmp_path / "wire", WIRE)


def _orchards(quotes: tuple[Quote, ...]) -> Quote:
    found = [q for q in quotes if "orchards" in q.text]
    assert len(found) == 1
    return found[0]


def test_a_warm_load_makes_a_quotes_copies_when_asked(wire: Path, cache_dir: Path, builds: list[Path]) -> None:
    cold = load_briefing(wire)
    warm = load_briefing(wire)
    assert builds == [wire]  # the second load read the cache
    quote = _orchards(warm.quotes)
    assert isinstance(quote.__dict__["also"], Lazy)  # not made at open
    assert quote.source_count == 3  # the actors pane's "3 sources"
    assert [s.source for s in quote.also] == ["copy1.txt", "copy2.txt"]
    for span in quote.also:  # each copy reads back exactly from its source
        assert span.text == warm.source(span.source).text[span.start:span.end] and "orchards" in span.text
    assert type(quote.__dict__["also"]) is tuple and quote == _orchards(cold.quotes)
    assert to_dict(warm) == to_dict(cold)


def _far_copy(path: Path, secret: bytes) -> None:
    """The stored quote with copies: its first copy moved past the end of its source, sealed with the user's key."""
    blob = path.read_bytes()
    key = blob[len(cache._MAGIC):len(cache._MAGIC) + 32]
    parts = _parts(blob)
    at, also = _collection_part(parts, "quotes"), list(Quote.model_fields).index("also") + 1
    quotes = [list(q) for q in marshal.loads(parts[at])]
    forged = [q for q in quotes if type(q[also]) is list]
    assert forged, "no stored quote with copies"
    run = forged[0][also]
    forged[0][also] = [run[0], run[1], (10**9,) + run[2][1:], (10**9 + 5,) + run[3][1:], *run[4:]]
    parts[at] = marshal.dumps(tuple(quotes))
    path.write_bytes(_sealed(key, parts, secret))


def test_a_forged_copy_is_refused_at_load_not_when_asked(wire: Path, cache_dir: Path, builds: list[Path]) -> None:
    cold = to_dict(load_briefing(wire))
    _far_copy(_briefing_file(cache_dir), (cache_dir / "key").read_bytes())
    notes: list[str] = []
    again = load_briefing(wire, note=notes.append)
    assert len(builds) == 2 and len(notes) == 1 and "discarded" in notes[0]
    assert to_dict(again) == cold


def test_pydantic_dumps_a_warm_quote_as_the_cold_one(wire: Path, cache_dir: Path) -> None:
    # model_dump reads the record's fields directly, where the copies may not be made yet: it must make them
    cold = _orchards(load_briefing(wire).quotes)
    warm = _orchards(load_briefing(wire).quotes)
    assert isinstance(warm.__dict__["also"], Lazy)
    assert warm.model_dump() == cold.model_dump() and warm.model_dump_json() == cold.model_dump_json()
