"""The merges a folder that grows goes on from (briefing/load/extract/merge_state.py): one claim, many sources
(QuoteMerge, PositionMerge) and the quote renderings (Renderings) taken in batches, and through the fold state,
give what they give in one go; and a fold of N + k files exports byte for byte what a load without a cache does.

Articles: the five seeds, the invented ones of test_incremental.py and the short ones written below. No
third-party text.
"""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import INTRO, _text, assert_as_cold, make_folder, seeds, write

import briefing.load.claims as claims
from briefing.load.claims import PositionMerge, merge_positions, merge_quotes
from briefing.load.codec import _Decoder, _Encoder
from briefing.load.extract.merge_state import Merges, MergesReader, merges_parts
from briefing.load.extract.renderings import LIMIT, Renderings, quote_renderings
from briefing.model import Position, Quote, Span, Stance

#: Invented sentences, each with near renderings (typography, a word changed) so that the renderings find pairs.
SAID = [
    "We will keep the corridor open for every ship that carries grain this winter",
    "We will keep the corridor open for all ships that carry grain this winter",
    "We will keep the corridor open, for every ship that carries grain, this winter!",
    "Nobody should expect the harbour authorities to negotiate over weekend schedules",
    "Nobody should expect harbour authorities to negotiate about weekend schedules",
    "Short words only",
]


def _sources(count: int) -> dict[str, str]:
    return {f"s{n:02d}.txt": "\n".join(SAID) + f"\nfile {n}\n" for n in range(count)}


def _items(rng: random.Random, texts: dict[str, str], count: int) -> tuple[list[Quote], list[Position], dict]:
    """Quotes and positions over `texts`, in source order then start (as extraction hands them)."""
    quotes, positions, parts = [], [], {}
    for file, text in texts.items():
        lines = sorted(rng.sample(range(len(SAID)), rng.randint(0, 4)))
        for line in lines:
            start = sum(len(s) + 1 for s in SAID[:line])
            span = Span(source=file, start=start, end=start + len(SAID[line]), text=SAID[line])
            quote = Quote(id=f"q{len(quotes)}", speaker=rng.choice([None, "alpha", "beta"]), span=span,
                          origin="auto")
            quotes.append(quote)
            parts[quote.id] = rng.choice([None, 0, 1])
            if rng.random() < 0.6:
                positions.append(Position(id=f"p{len(positions)}", side=rng.choice(["us", "ukraine"]),
                                          issue="grain", stance=rng.choice([Stance.FOR, Stance.AGAINST]),
                                          holders=(), evidence=(span,), origin="auto"))
        if len(quotes) >= count:
            break
    return quotes, positions, parts


def _through_state(merges: Merges, texts: dict[str, str]) -> Merges:
    """`merges` written as the fold state writes them and read back."""
    encoder = _Encoder(texts)
    written = list(merges_parts(merges, encoder))
    reader = MergesReader(merges.renderings.names, _Decoder(list(texts), texts))
    for tag, *payload in written:
        assert reader.take(tag, tuple(payload))
    return reader.result()


@pytest.mark.parametrize("seed", range(6))
def test_the_merges_taken_in_batches_and_through_the_state_are_those_of_one_go(seed: int) -> None:
    rng = random.Random(seed)
    texts = _sources(40)
    quotes, positions, parts = _items(rng, texts, 120)
    names = {"alpha": "Alpha Person"}
    merges = Merges(names)
    files = list(texts)
    cuts = sorted({0, len(files), *rng.sample(range(len(files)), 3)})
    for low, high in zip(cuts, cuts[1:], strict=False):  # (files added last arrive last)
        batch = set(files[low:high])
        merges.add([q for q in quotes if q.source in batch], [p for p in positions if p.evidence[0].source in batch],
                   parts)
        merges = _through_state(merges, texts)
    assert merges.quotes.result() == merge_quotes(quotes)
    assert merges.positions.result() == merge_positions(positions)
    assert merges.renderings.result() == quote_renderings(quotes, parts, names)
    assert quote_renderings(quotes, parts, names)  # (the sentences make pairs: the renderings are tested)


def test_positions_taken_in_batches_are_those_of_one_go() -> None:
    rng = random.Random(7)
    texts = _sources(30)
    _quotes, positions, _parts = _items(rng, texts, 90)
    merge = PositionMerge()
    for low in range(0, len(positions), 7):
        merge.add(positions[low:low + 7])
        again = PositionMerge()
        again.restored(list(merge.out), {at: list(spans) for at, spans in merge.extra.items()})
        merge = again
    assert merge.result() == merge_positions(positions)
    assert any(len(p.evidence) > 1 for p in merge.result())  # (copies were folded)


def test_a_full_bucket_is_kept_by_its_key_alone() -> None:
    """A bucket of LIMIT quotes takes no more: the renderings keep no member for it (a state of a large folder
    holds the open buckets only)."""
    texts = {f"f{n:03d}.txt": SAID[0] for n in range(LIMIT + 5)}
    quotes = [Quote(id=f"q{n}", speaker="alpha", span=Span(source=file, start=0, end=len(SAID[0]), text=SAID[0]),
                    origin="auto") for n, file in enumerate(texts)]
    renderings = Renderings()
    renderings.add(quotes, {})
    assert not renderings.buckets and not renderings.members
    assert ("alpha", "corridor") in renderings.full


def test_a_fold_merges_only_the_new_files_items(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """A folded load takes only the new files' quotes into the merge (the old ones' merge is kept); without the
    kept merges every item of every file was read back and merged again."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [*seeds(2), "w_unrelated.txt"])
    assert_as_cold(folder)
    taken: list[int] = []
    real = claims.QuoteMerge.add

    def add(self, items):  # noqa: ANN001, ANN202
        items = list(items)
        taken.append(len(items))
        return real(self, items)

    monkeypatch.setattr(claims.QuoteMerge, "add", add)
    write(folder, f"zz_{seeds()[0]}", _text(seeds()[0]))
    taken.clear()
    caplog.clear()
    from briefing.load import load_briefing

    briefing = load_briefing(folder)
    assert folded(caplog) == 1
    new = [q for q in briefing.quotes if q.source.startswith("zz_")]
    carried = [q for q in briefing.quotes if any(s.source.startswith("zz_") for s in q.also)]
    assert taken == [len(new) + sum(1 for q in carried for s in q.also if s.source.startswith("zz_"))]


#: Written for this test: an article on another negotiation (fishing quotas), naming no one of this story.
FISH = ("Quota talks\n\nREYKJAVIK, March 9, 2025 (Wire) -- Fisheries officials from Iceland and the Faroe Islands "
        "met on Sunday to discuss mackerel quotas for the coming season.\n\n"
        "\"The stocks are moving north,\" one official told reporters after the meeting.\n")


def _export(folder: Path) -> dict:
    return json.loads(assert_as_cold(folder))


def test_a_fold_of_copies_carries_one_claim_with_two_sources(tmp_path: Path, cache_dir: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [seeds()[1], "w_unrelated.txt"])
    before = _export(folder)
    write(folder, f"zz1_{seeds()[1]}", _text(seeds()[1]))  # a quote an old file carries: one claim, two sources
    write(folder, f"zz2_{seeds()[1]}", _text(seeds()[1]))
    caplog.clear()
    after = _export(folder)
    assert folded(caplog) == 1
    assert len(after["quotes"]) == len(before["quotes"])
    assert any({s["source"] for s in q["also"]} == {f"zz1_{seeds()[1]}", f"zz2_{seeds()[1]}"} for q in after["quotes"])


def test_a_fold_with_a_new_person_is_as_cold_and_folds_again_after(tmp_path: Path, cache_dir: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [seeds()[0], "w_unrelated.txt"])
    _export(folder)
    write(folder, f"zz1_{seeds()[0]}", _text(seeds()[0]))
    write(folder, "zz2_intro.txt", INTRO)  # k = 2, one of them introducing a person: a full merge
    _export(folder)
    assert folded(caplog) == 0
    write(folder, f"zz3_{seeds()[2]}", _text(seeds()[2]))
    _export(folder)
    assert folded(caplog) == 1


def test_files_that_change_whether_the_bundled_sides_fit(tmp_path: Path, cache_dir: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    """Positions are merged on while the bundled sides do not fit the folder (the positions shown are none),
    and come back, merged with the new files', when they fit again."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [seeds()[0]])
    write(folder, "m_fish.txt", FISH)
    fits = _export(folder)
    assert fits["positions"]
    write(folder, "zz1_fish.txt", FISH.replace("Sunday", "Monday").replace("March 9", "March 10"))
    unfit = _export(folder)
    assert unfit["positions"] == []
    write(folder, f"zz2_{seeds()[0]}", _text(seeds()[0]))
    again = _export(folder)
    assert folded(caplog) == 2
    assert len(again["positions"]) == len(fits["positions"])
    assert any(len({s["source"] for s in p["evidence"]}) == 2 for p in again["positions"])


class _Finding:
    """people.EPONYM, noting the texts searched."""

    def __init__(self, pattern, texts: list[str]) -> None:  # noqa: ANN001
        self.pattern, self.texts = pattern, texts

    def finditer(self, text: str):  # noqa: ANN201
        self.texts.append(text)
        return self.pattern.finditer(text)


#: Written for this test: the surname of INTRO's minister naming a foundation.
FOUNDATION = ("Grant for ferries\n\nGDANSK, March 12, 2025 (Wire) -- The Kowalczyk Foundation said on Wednesday that "
              "it would pay for two ferries to carry monitors.\n")


def test_old_articles_are_not_searched_again_for_eponyms(tmp_path: Path, cache_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    """find_people's search of every text for the words before "Prize", "Foundation"...: the state keeps what
    it found, and a fold searches the new files alone (the answer over all is the union over the parts)."""
    import briefing.load.extract.people as people
    from test_incremental import NEW_DAY, exported

    caplog.set_level(logging.DEBUG, logger=FOLD)
    searched: list[str] = []
    monkeypatch.setattr(people, "EPONYM", _Finding(people.EPONYM, searched))
    folder = make_folder(tmp_path / "f", [seeds()[0], "w_unrelated.txt"])
    write(folder, "b_intro.txt", INTRO)
    assert_as_cold(folder)
    assert INTRO in searched  # (the setting holds: someone is introduced, so the texts are searched)
    searched.clear()
    write(folder, "zz_added.txt", NEW_DAY)
    exported(folder)  # (the cached load, alone: assert_as_cold's load without cache searches every text)
    assert folded(caplog) == 1
    assert searched == [NEW_DAY]
    assert_as_cold(folder)
    write(folder, "zz_foundation.txt", FOUNDATION)  # an eponym first written by a file added
    assert_as_cold(folder)


def test_a_fold_encodes_only_the_spans_the_new_files_fold_in(tmp_path: Path, cache_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    """The state a fold writes holds the spans folded into each claim as the runs it read plus one for the new
    files' copies: only those are encoded (and checked against their text) again; the export is still as cold.
    Without it every folded span of every claim was encoded at each state write."""
    import sys

    caplog.set_level(logging.DEBUG, logger=FOLD)
    encoded: list[str] = []
    for name in ("span_run", "lone_run"):
        real = getattr(_Encoder, name, None)
        if real is None:
            continue

        def wrapped(self, spans, real=real):  # noqa: ANN001, ANN202
            if sys._getframe(1).f_code.co_filename.endswith("merge_state.py"):  # noqa: SLF001 - the state's spans only
                encoded.extend(span.source for span in spans)
            return real(self, spans)

        monkeypatch.setattr(_Encoder, name, wrapped)
    folder = make_folder(tmp_path / "f", [seeds()[1], "w_unrelated.txt"])
    _export(folder)
    write(folder, f"zz1_{seeds()[1]}", _text(seeds()[1]))  # its quotes fold into the old file's claims
    _export(folder)
    assert folded(caplog) == 1
    assert encoded and set(encoded) == {f"zz1_{seeds()[1]}"}
    encoded.clear()
    write(folder, f"zz2_{seeds()[1]}", _text(seeds()[1]))  # more copies of the same claims, read back from runs
    after = _export(folder)
    assert folded(caplog) == 1
    assert encoded and set(encoded) == {f"zz2_{seeds()[1]}"}
    assert any({s["source"] for s in q["also"]} == {f"zz1_{seeds()[1]}", f"zz2_{seeds()[1]}"} for q in after["quotes"])
    encoded.clear()
    write(folder, "zz3_fish.txt", FISH)  # folds into no claim: no span encoded for the state's merges
    _export(folder)
    assert folded(caplog) == 1
    assert encoded == []
