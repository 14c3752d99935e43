"""Property tests: arbitrary input never raises and never produces a span outside its text.

A few hundred examples each in the suite (new ones every run); the long run:
    BRIEFING_FUZZ_EXAMPLES=10000 python -m pytest tests/test_stress.py -q
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import load_briefing
from briefing.load.sanitize import sanitize
from briefing.load.spans import SpanFinder, fold

ARTICLE = "Lavrov met Rubio in Riyadh on Tuesday.\n“Of course, this is unacceptable to us,” he said.\n"


def examples(in_the_suite: int) -> int:
    """Examples a run: `in_the_suite`, or BRIEFING_FUZZ_EXAMPLES for a long run."""
    return int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", in_the_suite))


CONTROL = [chr(c) for c in range(32) if c not in (9, 10)] + [chr(c) for c in range(0x7F, 0xA0)]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.one_of(st.text(), st.sampled_from(CONTROL + ["\x1b]52;c;aGk=\x07", "\x1b[2J", "\r\n"]))))
def test_sanitize_leaves_no_control_characters(pieces: list[str]) -> None:
    text = "".join(pieces)
    clean = sanitize(text)
    assert not any(ch in clean for ch in CONTROL)
    assert sanitize(clean) == clean


@settings(max_examples=examples(250), deadline=None)
@given(st.text(), st.text(max_size=30), st.integers(min_value=-2, max_value=4))
def test_span_finder_never_escapes_the_text(text: str, excerpt: str, nth: int) -> None:
    finder = SpanFinder(text)
    found = finder.find(excerpt, nth)
    if found is not None:
        start, end = found
        assert 0 <= start < end <= len(text)
        assert fold(text[start:end]) == fold(excerpt)
    closest = finder.closest(excerpt)
    if closest is not None:
        assert 0 <= closest.start <= closest.end <= len(text)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(), st.data())
def test_any_substring_is_found_at_a_span_that_reads_back(text: str, data: st.DataObject) -> None:
    if not text.strip():
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    found = SpanFinder(text).find(text[i:j])
    if fold(text[i:j]):
        assert found is not None
        assert fold(text[found[0]:found[1]]) == fold(text[i:j])


# ---- arbitrary TOML-shaped annotations through the curated loader -----------------------------
KEYS = ["id", "name", "side", "aliases", "misspellings", "roles", "date", "title", "actors", "issues", "evidence",
        "stance", "issue", "speaker", "source", "text", "kind", "summary", "file", "region", "part", "from", "to",
        "through_end", "published", "nth", "keywords", "holders", "since", "bogus"]
WORDS = ["Lavrov", "Rubio", "us", "russia", "nato", "2025-02-18", "2025-13", "a.txt", "rejects", "Tuesday",
         "unacceptable", "", "x" * 3]
scalars = st.one_of(st.sampled_from(WORDS), st.text(max_size=12), st.integers(-3, 3), st.booleans())
evidence = st.lists(st.dictionaries(st.sampled_from(["source", "text", "nth", "zzz"]), scalars, max_size=3), max_size=3)
values = st.one_of(scalars, st.lists(scalars, max_size=3), evidence)
table = st.dictionaries(st.sampled_from(KEYS), values, max_size=8)
NAMES = ["source", "actor", "issue", "event", "position", "quote", "discrepancy", "junk"]
documents = st.dictionaries(st.sampled_from(NAMES), st.one_of(st.lists(table, max_size=4), scalars), max_size=3)
FILES = ["sources", "actors", "issues", "events", "positions", "quotes", "discrepancies"]


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FILES), documents, min_size=1, max_size=4))
def test_arbitrary_annotations_give_problems_never_tracebacks(files: dict[str, dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "sources").mkdir()
        (root / "sources" / "a.txt").write_text(ARTICLE, encoding="utf-8")
        for name, document in files.items():
            (root / f"{name}.toml").write_text(tomli_w.dumps(document), encoding="utf-8")
        briefing = load_briefing(root)
        text = briefing.source("a.txt").text
        for problem in briefing.problems:
            assert problem.file.endswith(".toml") or problem.file.startswith("sources")
        spans = [s for e in briefing.events for s in e.evidence] + [q.span for q in briefing.quotes]
        spans += [s for p in briefing.positions for s in p.evidence] + [m.span for m in briefing.mentions]
        for span in spans:
            assert text[span.start:span.end] == span.text
