"""One claim, many sources (briefing.load.claims): the same quote or position in several articles is one
item carrying every source that reports it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import wire_copies

from briefing.export import to_dict
from briefing.load import load_briefing
from briefing.load.claims import merge_positions, merge_quotes, words_key
from briefing.model import Position, Quote, Span

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus_100(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return generate(tmp_path_factory.mktemp("corpus"), 100)


WIRE = ("Moscow, March 3, 2025 (Wire) -- Russian Foreign Minister Sergei Lavrov said on Monday: "
        "{q}We are ready to talk about a ceasefire, but not about Crimea.{q} He spoke in Riyadh.\n")


def _span(source: str, text: str, start: int = 0) -> Span:
    return Span(source=source, start=start, end=start + len(text), text=text)


def test_the_words_are_compared_without_quote_marks_punctuation_space_or_case() -> None:
    assert words_key("“We are ready —  to talk.”") == words_key('"we are READY to talk"') == "we are ready to talk"
    assert words_key("We are ready to talk") != words_key("We are not ready to talk")


def test_copies_of_a_quote_become_one_quote_with_every_source() -> None:
    quotes = [Quote(id=f"q{n}", speaker="lavrov", span=_span(f"{n}.txt", text), origin="auto")
              for n, text in enumerate(["“We are ready.”", '"we are ready"', "“We are ready!”", "“We are not ready.”"])]
    quotes.append(Quote(id="q9", speaker="rubio", span=_span("9.txt", "“We are ready.”"), origin="auto"))
    merged = merge_quotes(quotes)
    assert [q.id for q in merged] == ["q0", "q3", "q9"]  # another speaker, other words: kept apart
    assert merged[0].source_count == 3 and [s.source for s in merged[0].also] == ["1.txt", "2.txt"]


def test_a_curated_quote_is_never_folded_away() -> None:
    auto = Quote(id="a", speaker="lavrov", span=_span("a.txt", "“Ready.”"), origin="auto")
    curated = Quote(id="c", speaker="lavrov", span=_span("c.txt", "“Ready.”"), origin="curated")
    assert [q.id for q in merge_quotes([auto, curated])] == ["a", "c"]
    merged = merge_quotes([curated, auto])
    assert [q.id for q in merged] == ["c"] and merged[0].also == (auto.span,)


def test_copies_of_a_position_join_their_evidence() -> None:
    def position(n: int, text: str, stance: str = "conditional") -> Position:
        return Position(id=f"p{n}", side="russia", issue="crimea", stance=stance, holders=("lavrov",),
                        evidence=(_span(f"{n}.txt", text),), origin="auto")

    merged = merge_positions([position(0, "Not about Crimea."), position(1, "not about  crimea"),
                              position(2, "Not about Crimea.", "open"), position(3, "Maybe about Crimea.")])
    assert [p.id for p in merged] == ["p0", "p2", "p3"]
    assert [s.source for s in merged[0].evidence] == ["0.txt", "1.txt"]


def test_wire_copies_in_a_folder_collapse(tmp_path: Path) -> None:
    briefing = load_briefing(wire_copies(tmp_path / "wire", WIRE), use_cache=False)
    ceasefire = [q for q in briefing.quotes if "ceasefire" in q.text]
    assert len(ceasefire) == 1 and ceasefire[0].source_count == 3
    exported = [q for q in to_dict(briefing)["quotes"] if "ceasefire" in q["text"]]
    assert exported[0]["sources"] == 3 and len(exported[0]["also"]) == 2


def test_the_streamed_json_export_is_the_json_export(corpus_100: Path) -> None:
    import io

    from briefing.export import to_json, write_json

    for folder in (None, corpus_100):
        briefing = load_briefing(folder)
        out = io.StringIO()
        write_json(briefing, out)
        assert out.getvalue() == to_json(briefing)


def test_the_json_writer_writes_what_json_dumps_writes() -> None:
    """The export's own indenting encoder (faster than the standard library's) gives json.dumps's text."""
    import json

    from briefing.export import _encode

    values = [
        {"text": "“Quoted” — naïve\u202e\x00\n\t\\\"", "n": 0, "big": 10**20, "f": 0.1, "g": 1e-7, "h": -2.0,
         "none": None, "yes": True, "no": False, "empty": [], "nothing": {}, "nested": [[1, [2, {}]], {"a": []}],
         "tuple": (1, "x"), "inf": float("inf"), "nan": float("nan")},
        [],
        {},
        "plain",
        {1: "an int key"},
    ]
    for value in values:
        parts: list[str] = []
        _encode(value, "\n    ", parts)
        assert "".join(parts) == json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")
