"""The fast folder-wide passes (event merge, discrepancies) find exactly what the straightforward
ones (tests/extract/reference/) find, on generated mentions, quotes and candidate events."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import _bundled_gazetteer
from briefing.load.extract.discrepancies import (
    quote_renderings,
    spelling_variants,
    weekday_mismatches,
)
from briefing.load.extract.events import (
    _STOPWORDS,
    Candidate,
    content_words,
    jaccard,
    merge_candidates,
    similar,
)
from briefing.model import Mention, PartialDate, Quote, Span

from .reference import discrepancies as reference_discrepancies
from .reference import events as reference_events

ACTORS = list(_bundled_gazetteer()[0])
MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---- events -----------------------------------------------------------------------------------------
@MANY
@given(st.text(alphabet="abcdeABCDE’'- .", max_size=80), st.text(alphabet="abcdeABCDE’'- .", max_size=80))
def test_content_words_and_jaccard(one: str, two: str) -> None:
    a, b = content_words(one), content_words(two)
    assert a == frozenset(w.lower()[:6] for w in re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", one)
                          if w.lower() not in _STOPWORDS)
    assert jaccard(a, b) == (len(a & b) / len(a | b) if a and b else 0.0)
    assert jaccard(set(a), b) == jaccard(a, set(b))


# ---- discrepancies ----------------------------------------------------------------------------------
_BY_ID = {a.id: a for a in ACTORS}
_SPELLERS = ["hegseth", "trump", "ukraine", "kellogg", "nobody"]  # "nobody" is not in the gazetteer
_SPELLINGS = ["Trump", "Donald Trump", "Trunp", "Trunk", "Tramp", "Beith Higseth", "Hegseth", "Pete Hegseth", "Kyiv", "Kiiv",
              "Keith Kellog", "Kellogg", "X"]


@st.composite
def _mentions(draw: st.DrawFn) -> list[Mention]:
    out = []
    for n in range(draw(st.integers(0, 60))):
        text = draw(st.sampled_from(_SPELLINGS))
        out.append(Mention(actor=draw(st.sampled_from(_SPELLERS)), alias=text, origin="auto",
                           span=Span(source=draw(st.sampled_from(["a.txt", "b.txt", "c.txt"])), start=n,
                                     end=n + len(text), text=text),
                           score=draw(st.sampled_from([100.0, 95.0, 81.5])),
                           rule=draw(st.sampled_from(["actor:exact", "actor:fuzzy", "actor:surname"]))))
    return out


@MANY
@given(_mentions())
def test_spelling_variants(mentions: list[Mention]) -> None:
    assert spelling_variants(_BY_ID, mentions) == reference_discrepancies.spelling_variants(_BY_ID, mentions)


def test_spelling_variants_break_ties_by_first_occurrence() -> None:
    """Two correct spellings as near the variant ("Trunk" and "Trump" to "Trunp"): the one met first in
    another source wins, as in the straightforward version."""
    rows = [("a.txt", "Trunk", "actor:exact"), ("c.txt", "Trunk", "actor:exact"), ("b.txt", "Trump", "actor:exact"),
            ("c.txt", "Trunk", "actor:exact"), ("a.txt", "Trunp", "actor:fuzzy")]
    mentions = [Mention(actor="trump", alias=text, origin="auto", rule=rule, score=80.0,
                        span=Span(source=source, start=n, end=n + len(text), text=text))
                for n, (source, text, rule) in enumerate(rows)]
    found = spelling_variants(_BY_ID, mentions)
    assert found == reference_discrepancies.spelling_variants(_BY_ID, mentions)
    assert [s.text for s in found[0].evidence] == ["Trunp", "Trunk"]


_WORDINGS = [
    "We will never accept the occupation of our territories, whatever happens at the negotiating table",
    "We will never accept occupation of our territories, whatever happens at negotiating tables",
    "we will NEVER accept the occupation of our territories — whatever happens at the negotiating table",
    "The negotiations in Riyadh were constructive and we agreed to continue them",
    "The negotiations in Riyadh were useful, and we agreed to continue",
    "Short quote here", "Europe must step into the arena and provide security guarantees for Ukraine now",
]


@st.composite
def _quotes(draw: st.DrawFn) -> tuple[list[Quote], dict[str, object]]:
    quotes, part_of = [], {}
    for n in range(draw(st.integers(0, 70))):
        text = draw(st.sampled_from(_WORDINGS))
        source = draw(st.sampled_from(["a.txt", "b.txt", "c.txt"]))
        quote = Quote(id=f"q{n}", speaker=draw(st.sampled_from([None, "putin", "zelensky"])),
                      span=Span(source=source, start=n, end=n + len(text), text=text))
        quotes.append(quote)
        part_of[quote.id] = draw(st.sampled_from([0, 0, 100]))
    return quotes, part_of


@MANY
@given(_quotes())
def test_quote_renderings(drawn: tuple[list[Quote], dict[str, object]]) -> None:
    quotes, part_of = drawn
    names = {"putin": "Vladimir Putin"}
    assert quote_renderings(quotes, part_of, names) == reference_discrepancies.quote_renderings(quotes, part_of, names)


@pytest.mark.parametrize("before", [30, 45, 49, 50, 60])
def test_quote_renderings_compare_the_first_fifty_of_a_word(before: int) -> None:
    """A word shared by more than fifty quotes pairs only the first fifty, as before."""
    texts = [_WORDINGS[0]] * before + [_WORDINGS[1]]
    quotes = [Quote(id=f"q{n}", speaker="zelensky", span=Span(source="a.txt" if n < before else "b.txt", start=n,
                                                             end=n + len(text), text=text))
              for n, text in enumerate(texts)]
    part_of = {q.id: 0 for q in quotes}
    found = quote_renderings(quotes, part_of)
    assert found == reference_discrepancies.quote_renderings(quotes, part_of)
    assert bool(found) == (before < 50)


@st.composite
def _candidates(draw: st.DrawFn) -> list[Candidate]:
    out = []
    vocabulary = ["talks", "riyadh", "ceasef", "agreed", "meetin", "putin", "phone", "call", "sancti", "troops"]
    for n in range(draw(st.integers(0, 60))):
        actors = tuple(draw(st.lists(st.sampled_from(["trump", "putin", "lavrov", "rubio", "ukraine"]), min_size=1,
                                     max_size=4, unique=True)))
        date = PartialDate.parse(draw(st.sampled_from(["2025-02-18", "2025-02-19", "2025-02"])))
        out.append(Candidate(
            source=f"{n % 7}.txt", date=date, date_basis="", date_rule="date:explicit", date_confidence=0.9,
            verb="met", actors=actors, issues=(), span=Span(source=f"{n % 7}.txt", start=n, end=n + 1, text="x"),
            words=frozenset(draw(st.lists(st.sampled_from(vocabulary), max_size=6))),
            persons=tuple(a for a in actors if a in draw(st.sets(st.sampled_from(["trump", "putin", "lavrov"]))))))
    return out


@MANY
@given(_candidates())
def test_merge_candidates(candidates: list[Candidate]) -> None:
    def shape(groups: list) -> list:  # noqa: ANN001
        return [(g.date, [id(m) for m in g.members]) for g in groups]

    assert shape(merge_candidates(candidates)) == shape(reference_events.merge_candidates(candidates))
    for a in candidates[:5]:
        for b in candidates[:5]:
            assert similar(a, b) == reference_events.similar(a, b)


@st.composite
def _weekday_candidates(draw: st.DrawFn) -> list[Candidate]:
    out = []
    for candidate in draw(_candidates()):
        source = draw(st.sampled_from(["0.txt", "1.txt"]))
        start = draw(st.integers(0, 3))
        out.append(Candidate(
            source=source, date=PartialDate.parse(draw(st.sampled_from(
                ["2025-02-18", "2025-02-19", "2025-02-21", "2025-02-23", "2025-02-12"]))),
            date_basis=draw(st.sampled_from(["'Tuesday' → x, source dated 2025-02-19", "'on Tuesday' → x, part dated 1",
                                             "'Monday' → y"])),
            date_rule=draw(st.sampled_from(["date:weekday-past", "date:weekday-future", "date:explicit"])),
            date_confidence=0.85, verb="met", actors=candidate.actors, issues=(),
            span=Span(source=source, start=start, end=start + 1, text="x"), words=candidate.words,
            persons=candidate.persons))
    return out


@MANY
@given(_weekday_candidates())
def test_weekday_mismatches(candidates: list[Candidate]) -> None:
    assert weekday_mismatches(candidates) == reference_discrepancies.weekday_mismatches(candidates)
