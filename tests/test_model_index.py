"""The Briefing's lazy per-source indexes (citations, sorted mentions) agree with a brute-force pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.model import Briefing

REPO = Path(__file__).resolve().parent.parent


def _brute_citations(b: Briefing, file: str) -> list[tuple]:
    """Every claim's span in `file`, in the order the index promises: by (start, end), then claim order."""
    found = []
    for e in b.events:
        found += [("event", e.id, s) for s in e.evidence if s.source == file]
    for p in b.positions:
        found += [("position", p.id, s) for s in p.evidence if s.source == file]
    found += [("quote", q.id, q.span) for q in b.quotes if q.span.source == file]
    for d in b.discrepancies:
        found += [("discrepancy", d.id, s) for s in d.evidence if s.source == file]
    for a in b.actors:
        found += [("role", a.id, s) for r in a.roles for s in r.evidence if s.source == file]
    for src in b.sources:
        found += [("source", src.file, s) for s in src.published_evidence if s.source == file]
    found.sort(key=lambda c: (c[2].start, c[2].end))
    return [(kind, cid, s.start, s.end) for kind, cid, s in found]


@pytest.fixture(scope="module", params=["bundled", "generated"])
def briefing(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    if request.param == "bundled":
        return load_briefing(REPO / "data", use_cache=False)
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return load_briefing(generate(tmp_path_factory.mktemp("corpus"), 40), use_cache=False)


def test_citations_of_each_source_match_every_claim(briefing: Briefing) -> None:
    checked = 0
    for source in briefing.sources:
        got = [(c.kind, c.id, c.span.start, c.span.end)
               for c in briefing.citations_overlapping(source.file, 0, len(source.text) + 1)]
        assert got == _brute_citations(briefing, source.file)
        checked += len(got)
    assert checked > 0


def test_citations_at_an_offset_are_those_covering_it(briefing: Briefing) -> None:
    quote = briefing.quotes[0]
    at = briefing.citations_at(quote.source, quote.span.start)
    assert ("quote", quote.id) in {(c.kind, c.id) for c in at}
    assert all(c.span.start <= quote.span.start < c.span.end for c in at)


def test_mentions_in_a_source_are_all_of_its_mentions_sorted(briefing: Briefing) -> None:
    for source in briefing.sources:
        got = briefing.mentions_in(source.file)
        assert list(got) == sorted((m for m in briefing.mentions if m.span.source == source.file),
                                   key=lambda m: m.span.start)
        assert briefing.mentions_in(source.file) is got  # sorted once
    assert briefing.mentions_in("no such file") == ()
