"""Repeated claims folded as they arrive (briefing.load.extract.claim_fold): the loader's curated filter and
merge, handed the fold's records and stand-ins, give what they give handed every record; and a whole load
with the fold gives the export it gives without."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from briefing.export import to_dict
from briefing.load import bundled_data_dir, load_briefing
from briefing.load.claims import merge_positions, merge_quotes
from briefing.load.extract.claim_fold import ClaimFold, PositionCopy, QuoteCopy
from briefing.load.extract.discrepancies import quote_renderings
from briefing.load.merge import _overlaps
from briefing.model import Position, Quote, Source, Span

WORDS = ["“We are ready to talk about a ceasefire now, not later.”", "“We are ready to talk about a ceasefire now, "
         "not after the summer.”", "“No.”", "“Crimea is not on the table at all in these talks.”", "“…”"]


def _sources(count: int) -> list[Source]:
    return [Source(file=f"{n:03d}.txt", text="x" * 400) for n in range(count)]


def _quote(source: str, start: int, words: str, speaker: str | None, origin: str = "auto") -> Quote:
    span = Span(source=source, start=start, end=start + len(words), text=words)
    return Quote(id=f"{origin}-q-{source}-{start}", speaker=speaker, span=span, origin=origin)  # type: ignore[arg-type]


def _position(source: str, start: int, words: str, side: str, stance: str, origin: str = "auto") -> Position:
    span = Span(source=source, start=start, end=start + len(words), text=words)
    return Position(id=f"{origin}-p-{source}-{start}", side=side, issue="ceasefire", stance=stance,  # type: ignore[arg-type]
                    holders=("lavrov",) if side == "russia" else (), evidence=(span,), origin=origin)  # type: ignore[arg-type]


def _found(rng: random.Random, sources: list[Source]) -> list[tuple[list[Quote], list[Position], dict]]:
    """Per source, stage B's quotes and positions (not in start order) and the quotes' parts."""
    found = []
    for source in sources:
        # (a quote's id is its source and start: two never start at one place)
        quotes = [_quote(source.file, start, rng.choice(WORDS), rng.choice(["lavrov", None]))
                  for start in rng.sample(range(0, 300, 10), rng.randrange(4))]
        positions = [_position(source.file, rng.randrange(0, 300, 10), rng.choice(WORDS), rng.choice(["russia", "us"]),
                               rng.choice(["for", "against"])) for _ in range(rng.randrange(3))]
        found.append((quotes, positions, {q.id: rng.choice([0, 0, 200]) for q in quotes}))
    return found


def _curated(rng: random.Random, found: list) -> tuple[list[Quote], list[Position]]:
    """Curated items: some on an automatic item's span (the filter drops it), some with its words elsewhere."""
    autos_q = [q for quotes, _p, _parts in found for q in quotes]
    autos_p = [p for _q, positions, _parts in found for p in positions]
    quotes = [_quote(q.source, q.span.start + rng.choice([0, 400]), q.text, q.speaker, "curated")
              for q in rng.sample(autos_q, min(len(autos_q), rng.randrange(3)))]
    positions = [_position(p.evidence[0].source, p.evidence[0].start + rng.choice([0, 400]), p.evidence[0].text,
                           p.side, p.stance, "curated") for p in rng.sample(autos_p, min(len(autos_p), rng.randrange(2)))]
    return quotes, positions


def _merged(curated_q: list, curated_p: list, quotes: list, positions: list) -> tuple[list, list]:
    """load/merge.py's `combine` on the quotes and positions: the curated filter, then the merge."""
    quoted = [c.span for c in curated_q]
    cells = {(p.side, p.issue) for p in curated_p}
    cited = [s for p in curated_p for s in p.evidence]
    kept_q = list(curated_q) + [q for q in quotes if not _overlaps(q.span, quoted)]
    kept_p = list(curated_p) + [p for p in positions if (p.side, p.issue) not in cells
                                and not any(_overlaps(s, cited) for s in p.evidence)]
    return merge_quotes(kept_q), merge_positions(kept_p)


@pytest.mark.parametrize("seed", range(300))
def test_the_merge_of_the_fold_is_the_merge_of_every_record(seed: int) -> None:
    rng = random.Random(seed)
    sources = _sources(rng.randrange(1, 9))
    found = _found(rng, sources)
    curated_q, curated_p = _curated(rng, found)
    # As extract takes them: the dated sources in order, then the undated ones in order.
    dated = [rng.random() < 0.5 for _ in sources]
    arrival = [n for n in range(len(sources)) if dated[n]] + [n for n in range(len(sources)) if not dated[n]]
    fold = ClaimFold(sources, curated_q, curated_p)
    for n in arrival:
        fold.take(sources[n], *found[n])
    quotes, positions, parts = fold.results()

    order = {s.file: n for n, s in enumerate(sources)}
    every_q = sorted((q for n in arrival for q in found[n][0]), key=lambda q: (order[q.source], q.span.start))
    every_p = sorted((p for n in arrival for p in found[n][1]),
                     key=lambda p: (order[p.evidence[0].source], p.evidence[0].start))
    every_parts = {k: v for n in arrival for k, v in found[n][2].items()}
    assert [q.span for q in quotes] == [q.span for q in every_q]
    assert [p.evidence for p in positions] == [p.evidence for p in every_p]

    expected = _merged(curated_q, curated_p, every_q, every_p)
    got = _merged(curated_q, curated_p, quotes, positions)
    assert got == expected
    assert not any(type(item) in (QuoteCopy, PositionCopy) for items in got for item in items)
    assert quote_renderings(quotes, parts) == quote_renderings(every_q, every_parts)


def test_a_copy_held_in_full_becomes_a_stand_in_when_an_earlier_source_arrives() -> None:
    sources = _sources(3)
    words = WORDS[0]
    fold = ClaimFold(sources, [], [])
    fold.take(sources[2], [_quote("002.txt", 0, words, "lavrov"), _quote("002.txt", 90, words, "lavrov")], [], {})
    fold.take(sources[1], [_quote("001.txt", 50, words, "lavrov")], [], {})  # undated, earlier in order
    quotes, _positions, _parts = fold.results()
    assert [type(q) for q in quotes] == [Quote, QuoteCopy, QuoteCopy]
    merged = merge_quotes(quotes)
    assert [q.id for q in merged] == ["auto-q-001.txt-50"] and len(merged[0].also) == 2


def _folder_with_undated_copies(tmp: Path) -> Path:
    """The bundled briefing (curated quotes and positions) with copies of its articles: some whole, some
    without their first lines (undated: taken in the second pass, yet first in source order)."""
    folder = tmp / "data"
    shutil.copytree(bundled_data_dir(), folder)
    sources = sorted((folder / "sources").glob("*.txt"))
    for n, path in enumerate(sources):
        text = path.read_text(encoding="utf-8")
        (folder / "sources" / f"0_undated_{n}.txt").write_text(text.split("\n", 3)[-1], encoding="utf-8")
        (folder / "sources" / f"zz_copy_{n}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("workers", "cache"), [(1, False), (2, False), (1, True)])
def test_a_load_with_the_fold_gives_the_export_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       workers: int, cache: bool) -> None:
    """In one process (records), and with the results as plain data (from workers, or the per-article cache)."""
    import briefing.load.extract as extract

    folder = _folder_with_undated_copies(tmp_path)
    real = extract.extract
    monkeypatch.setattr("briefing.load.extract.parallel.CHUNK", 2)  # several chunks: the workers are used

    def load(fold: bool) -> dict:
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if not fold:
                kwargs.pop("curated_claims", None)
            return real(*args, **kwargs, workers=workers)

        monkeypatch.setattr("briefing.load.run_extraction", run)
        monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / f"cache-{fold}"))
        return to_dict(load_briefing(folder, use_cache=cache))

    folded, unfolded = load(True), load(False)
    assert folded == unfolded
    assert any("also" in q for q in folded["quotes"]) and any(len(p["evidence"]) > 1 for p in folded["positions"])
