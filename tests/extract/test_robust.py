"""Arbitrary text never makes an extractor raise, and every span stays inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import _bundled_gazetteer
from briefing.load.extract import extract
from briefing.load.extract.actor_mentions import find_actor_mentions
from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.dates import Reference, find_dates
from briefing.load.extract.issues import IssueTagger, stance_cue
from briefing.load.extract.metadata import extract_metadata
from briefing.load.extract.quotes import MentionAt, RoleResolver, find_quotes
from briefing.load.extract.sentences import split_sentences
from briefing.load.sanitize import sanitize
from briefing.model import PartialDate, Source

ACTORS = list(_bundled_gazetteer()[0])
ISSUES = list(_bundled_gazetteer()[1])
GAZETTEER = Gazetteer(ACTORS)
TAGGER = IssueTagger(ISSUES)
ROLES = RoleResolver(ACTORS)

# Text that looks like news often enough to reach the deep branches: names, dates, quotes, dots.
_WORDS = st.sampled_from([
    "Trump", "Putin", "Vladmir", "Beith Higseth", "said", "he", "“", "”", '"', ",", ".", "?", ":", "U.S.", "Feb.",
    "on", "Tuesday", "Wednesday", "last", "week", "six", "days", "ago", "in", "2014", "February", "28", "$75.25",
    "4-1/2-hour", "\n", "\n\n", "READ FULL ARTICLE", "SOURCE: www.x.com", "Related articles", "Published",
    "REUTERS |", "February 19, 2023", "RIYADH, Feb 18 (Reuters)", "NATO membership", "rejects", "ceasefire",
    "Lavrov", "Kremlin", "the US president", "For", "Shamiev", "'", "’s", "…", "–", "-", "(", ")", "A", "x",
])
NEWSY = st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=60).map(lambda ws: " ".join(ws))
TEXT = st.one_of(NEWSY, st.text(max_size=300))
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _inside(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text)


@FAST
@given(TEXT)
def test_sentences(text: str) -> None:
    for start, end in split_sentences(text):
        _inside(text, start, end)
        assert start < end


@FAST
@given(TEXT, st.sampled_from([None, "2025-02-18", "2025-02", "2024-02-29"]))
def test_dates(text: str, ref: str | None) -> None:
    reference = Reference(PartialDate.parse(ref) if ref else None)
    for mention in find_dates(text, 0, len(text), reference, 2025):
        _inside(text, mention.start, mention.end)
        assert text[mention.start:mention.end] == mention.text


@FAST
@given(TEXT)
def test_actors_and_issues(text: str) -> None:
    found, leftovers = find_actor_mentions(GAZETTEER, text, 0, len(text), set())
    for item in [*found, *leftovers]:
        _inside(text, item.start, item.end)
    for hit in TAGGER.tags(text, 0, len(text)):
        _inside(text, hit.start, hit.end)
    cue = stance_cue(text, 0, len(text))
    if cue:
        _inside(text, cue.start, cue.end)


@FAST
@given(TEXT)
def test_quotes(text: str) -> None:
    sentences = split_sentences(text)
    found, _left = find_actor_mentions(GAZETTEER, text, 0, len(text), set())
    mentions = [MentionAt(f.start, f.end, f.actor, True) for f in found]
    paragraphs = [(s, e) for s, e in split_sentences(text)]  # any non-overlapping spans will do
    for quote in find_quotes(text, paragraphs, sentences, mentions, ROLES):
        _inside(text, quote.start, quote.end)
        if quote.attr_start >= 0:
            _inside(text, quote.attr_start, quote.attr_end)


@FAST
@given(TEXT)
def test_metadata_and_regions(text: str) -> None:
    meta = extract_metadata("x.txt", text, 2025)
    for span in meta.published_evidence:
        _inside(text, span.start, span.end)
    for region in find_regions(text):
        _inside(text, region.start, region.end)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_whole_pipeline(texts: list[str]) -> None:
    sources = []
    for index, raw in enumerate(texts):
        text = sanitize(raw)
        meta = extract_metadata(f"{index}.txt", text, 2025)
        sources.append(Source(file=f"{index}.txt", text=text, published=meta.published, parts=meta.parts,
                              regions=tuple(find_regions(text))))
    out = extract(sources, ACTORS, ISSUES)
    by_file = {s.file: s.text for s in sources}
    spans = ([m.span for m in out.mentions] + [q.span for q in out.quotes]
             + [s for e in out.events for s in e.evidence] + [s for p in out.positions for s in p.evidence]
             + [s for d in out.discrepancies for s in d.evidence])
    for span in spans:
        text = by_file[span.source]
        _inside(text, span.start, span.end)
        assert text[span.start:span.end] == span.text
