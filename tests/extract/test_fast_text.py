"""The fast per-text extractors find exactly what the straightforward ones (tests/extract/reference/)
find, on the seeds and on generated text. The folder-wide passes: test_fast_cross_source.py."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import _bundled_gazetteer
from briefing.load.extract.actors import Gazetteer, find_actor_mentions
from briefing.load.extract.boilerplate import (
    _LINE_RULES,
    _may_match_a_rule,
    find_regions,
)
from briefing.load.extract.dates import MONTHS, WEEKDAYS, Reference, find_dates
from briefing.load.extract.issues import IssueTagger, stance_cue
from briefing.load.extract.metadata import (
    _BYLINE,
    _DATELINE,
    _HEADER_DATE,
    _SOURCE_LINE,
    _line_matches,
    date_clues,
)
from briefing.load.extract.quotes import (
    MentionAt,
    RoleResolver,
    find_quotes,
    quote_spans,
)
from briefing.load.extract.sentences import split_sentences
from briefing.model import Actor, PartialDate

from .conftest import SEEDS
from .reference import actors as reference_actors
from .reference import boilerplate as reference_boilerplate
from .reference import dates as reference_dates
from .reference import issues as reference_issues
from .reference import metadata as reference_metadata
from .reference import quotes as reference_quotes

ACTORS = list(_bundled_gazetteer()[0])
NO_MISSPELLINGS = [a.model_copy(update={"aliases": tuple(al for al in a.aliases if not al.misspelling)})
                   for a in ACTORS]
#: One gazetteer for every example, as in a load: what it caches from one text must not leak into the next.
GAZETTEERS = {"curated": Gazetteer(ACTORS), "no misspellings": Gazetteer(NO_MISSPELLINGS)}
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _names(actors: list[Actor]) -> list[str]:
    return sorted({a.name for a in actors} | {al.text for a in actors for al in a.aliases})


# Names, their pieces and misspellings, titles and stop words, abbreviations, possessives, joiners.
_PIECES = st.sampled_from([
    *_names(ACTORS), "Vladmir", "Higseth", "Beith", "Kellog", "Keith", "Kiril", "Peskov", "Hegseth", "Dmitriev",
    "Witkof", "Rubbio", "Zelenskyy", "Zelensky", "Greenland", "Denmark", "Donald Tusk", "Katie Miller",
    "The", "But", "President", "Foreign Minister", "Secretary", "Tuesday", "Russian", "Ukrainians", "Americans",
    "US", "U.S.", "U.S", "UK", "U.K.", "EU", "UN", "USA", "NATO", "Nato", "Mr.", "J.", "bin", "al", "de", "van",
    "’s", "'s", "’", ".", ",", "-", "–", "\u00a0", " ", "  ", "(", "“", "”", '"', "‘", "_", "x", "said", "met",
    "the", "trump", "greenland", "talks", "AGREED", "WASHINGTON", "Putin-Trump", "Trump’s", "Kyiv.",
])
NAMEY = st.lists(st.one_of(_PIECES, st.text(alphabet="AaBbKkPpTtUuSs.’- ", max_size=5)), max_size=40).map(
    lambda parts: "".join(p if p in " \u00a0" or not p[:1].isalnum() else " " + p for p in parts))


def _plain(result: tuple[list, list]) -> tuple[list, list]:
    found, leftovers = result
    return ([(f.start, f.end, f.actor, f.alias, f.score, f.rule) for f in found],
            [(left.start, left.end, left.text) for left in leftovers])


@pytest.mark.parametrize("which", sorted(GAZETTEERS))
def test_actor_mentions_on_the_seeds(which: str) -> None:
    gazetteer = GAZETTEERS[which]
    for text in SEED_TEXTS:
        lower = set(_LOWER_WORD.findall(text))
        for start, end in split_sentences(text):
            assert _plain(find_actor_mentions(gazetteer, text, start, end, lower)) == \
                _plain(reference_actors.actor_mentions(gazetteer, text, start, end, lower))


@MANY
@given(NAMEY, st.data())
def test_actor_mentions_on_generated_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lower = {w.lower() for w in data.draw(st.lists(st.sampled_from(text.split() or ["x"]), max_size=4))}
    for gazetteer in GAZETTEERS.values():
        assert _plain(find_actor_mentions(gazetteer, text, start, end, lower)) == \
            _plain(reference_actors.actor_mentions(gazetteer, text, start, end, lower))


# ---- dates ------------------------------------------------------------------------------------------
_REFERENCES = [Reference(None), Reference(PartialDate.parse("2025-02-18")), Reference(PartialDate.parse("2024-02-29")),
               Reference(PartialDate.parse("2025-12"), "part dated"), Reference(PartialDate.parse("2023-01-01"))]
_DATE_PIECES = st.sampled_from([
    "on", "On", "last", "this", "next", "since", "until", "by", "from", "in", "of", "during", "early", "mid-", "ago",
    "Monday", "Tuesday’s", "Wednesday's", "Sunday", "monday", "January", "Feb.", "Feb", "March", "May", "may", "June",
    "Sept", "Sep.", "December", "1", "3", "18", "18th", "29", "30", "31", "2014", "2025", "1999", "2025-", "2026/",
    "week", "month", "year", "years", "days", "a", "an", "two", "several", "twelve", "today", "Yesterday", "tonight",
    "will", "would", "planned", "plans", "’ll", "expected", "said", ",", ".", "(", ")", "\n", "  ", "x",
    "yesterday", "Today", "Tomorrow", "tomorrow", "Tonight", "Thursday", "Saturday", "Friday", "Marches", "Junes",
    *(w.title() for w in WEEKDAYS + MONTHS), *(m[:3].title() for m in MONTHS), *(m[:3] for m in MONTHS),
])
_DATE_WORDS = st.lists(st.lists(st.one_of(_DATE_PIECES, st.text(alphabet="0123456789aMy ,.’", max_size=4)),
                                min_size=1, max_size=3).map(" ".join), max_size=12)
#: Dense (every expression inside the window of another) or sparse (each on its own, far apart).
DATEY = st.one_of(_DATE_WORDS.map(" ".join), _DATE_WORDS.map(" and then the officials went on talking at length "
                                                               "for a while about something else entirely ".join))


def test_dates_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        for start, end in split_sentences(text):
            for ref in _REFERENCES:
                assert find_dates(text, start, end, ref, 2025) == reference_dates.find_dates(text, start, end, ref, 2025)


@MANY
@given(DATEY, st.data())
def test_dates_on_generated_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    year = data.draw(st.sampled_from([None, 2025, 2024]))
    for ref in _REFERENCES:  # the same sentence read against several dates, as anchoring and stage B do
        assert find_dates(text, start, end, ref, year) == reference_dates.find_dates(text, start, end, ref, year)
    assert find_dates(text, 0, len(text), _REFERENCES[1], year) == \
        reference_dates.find_dates(text, 0, len(text), _REFERENCES[1], year)


# ---- issue keywords and stance cues -----------------------------------------------------------------
ISSUES = list(_bundled_gazetteer()[1])
TAGGER = IssueTagger(ISSUES)
_KEYWORDS = sorted({k for issue in ISSUES for k in issue.keywords})
_CUES = ["rejects", "ruled out", "Rules Out", "refusing", "will not accept", "won’t allow", "won't accept",
         "unacceptable", "never, under any circumstances", "opposed", "not feasible", "illusionary", "against",
         "no talk of", "not in NATO", "not in nato", "demanded", "insists", "key condition", "preconditions", "must",
         "expects", "proposal", "offered", "suggest", "ready to", "agreed", "accepts", "backed", "welcomes",
         "willing to", "wants the", "want to", "MUST", "Against"]
#: Characters lower() and IGNORECASE treat differently ("İ" lower-cases to two characters; IGNORECASE
#: takes "ı" for "i" and "ſ" for "s"; "K" is the Kelvin sign), and a final sigma.
_ODD = ["İ", "ı", "ſ", "K", "ΣΑΣ", "ẞ", "Ⅻ"]
ISSUEY = st.lists(st.one_of(st.sampled_from(_KEYWORDS + [k.upper() for k in _KEYWORDS] + _CUES + _ODD),
                            st.sampled_from(["x", "a", "-", ".", ",", "’", "_", "1"]),
                            st.text(alphabet="aeinoprstuİıſKX ", max_size=6)), max_size=30).map(" ".join)


def test_issues_and_cues_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        for start, end in split_sentences(text):
            assert TAGGER.tags(text, start, end) == reference_issues.tags(TAGGER, text, start, end)
            assert stance_cue(text, start, end) == reference_issues.stance_cue(text, start, end)


@MANY
@given(ISSUEY, st.data())
def test_issues_and_cues_on_generated_text(text: str, data: st.DataObject) -> None:
    if data.draw(st.booleans()):  # words run together, so boundaries fall inside them
        text = text.replace(" ", "")
    for plain, odd in (("i", "ı"), ("s", "ſ"), ("I", "İ"), ("k", "K")):
        if data.draw(st.booleans()):  # "refusıng", "muſt": IGNORECASE still reads them as cues
            text = text.replace(plain, odd)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    try:
        expected = reference_issues.tags(TAGGER, text, start, end)
    except KeyError:  # the old tagger raised on "Crımea" in a text with "İ" (see test_issues_of_odd_spellings)
        assert all(text[h.start:h.end] == h.keyword for h in TAGGER.tags(text, start, end))
    else:
        assert TAGGER.tags(text, start, end) == expected
    assert stance_cue(text, start, end) == reference_issues.stance_cue(text, start, end)


def test_issues_of_odd_spellings() -> None:
    """A keyword IGNORECASE finds in a spelling lower() does not map to it ("Crımea", dotless i) in a
    text lower() lengthens ("İstanbul") is tagged with its issue (the tagger used to raise KeyError)."""
    text = "Talks in İstanbul. The Crımea question and NATO membership."
    hits = TAGGER.tags(text, 0, len(text))
    assert [(h.keyword, h.issue) for h in hits] == [("Crımea", TAGGER.owner["crimea"]),
                                                    ("NATO membership", TAGGER.owner["nato membership"])]


def test_lower_keeps_every_characters_class() -> None:
    """What the lower-cased fast paths rely on, over all of Unicode: lower() changes no character's
    \\w, \\s or \\d class, and IGNORECASE equates an ASCII letter with a character lower() does not map
    to it only for İ, ı and ſ (and İ is the only character lower() turns into two)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    lowered = [c.lower() for c in chars]
    assert [c for c, low in zip(chars, lowered, strict=True) if len(low) != 1] == ["İ"]
    for cls in (r"\w", r"\s", r"\d"):
        pattern = re.compile(cls)
        assert all(bool(pattern.match(c)) == bool(pattern.match(low))
                   for c, low in zip(chars, lowered, strict=True) if len(low) == 1)
    odd = {c for letter in "abcdefghijklmnopqrstuvwxyz" for c in re.findall("(?i)" + letter, chars)
           if c.lower() != letter}
    assert odd == {"İ", "ı", "ſ"}


# ---- boilerplate ------------------------------------------------------------------------------------
_LINES = st.sampled_from([
    "READ FULL ARTICLE", "READ THE FULL STORY here", "SOURCE: www.x.com", "Source : Reuters", "RELATED: more",
    "Read more: x", "See also: y", "SEE ALSO:", "12 comments", "1 comment", "Be the first to comment!",
    "Leave a Reply", "Leave a Comment", "Comments", "Comment", "Add a comment…", "Join the conversation",
    "Purchase Licensing  Rights", "Reuters/File Photo", "FILE PHOTO: Trump", "(Photo via Reuters)", "(Pool Photo)",
    "(AP/Photo)", "Photograph: AP", "Photo : x", "AFP file photo.", "Getty Images file photo", "[AB]", "[ABCDEF]",
    "Click Here to win", "CLICK HERE", "Subscribe now", "subscribe to our", "Sign up for updates", "ADVERTISEMENT",
    "Sponsored", "ſponsored", "clıck here", "Advertİsement", "SHARE THIS", "Share on X", "Follow us", "Print this",
    "Tags", "TAGS:", "Topics :", "Related articles", "You may also like", "Most read", "Editor’s choice",
    "Putin and Trump spoke on Tuesday about the war and agreed to keep talking, officials said.",
    "A short line", "Ukraine", "x", "", "   ", "١٢ comments", "Photo", "Tags:x",
])
PAGE = st.lists(st.one_of(_LINES, st.text(alphabet="ACPRSTaceiklnoprst ():./ſı", max_size=12)), max_size=25)


@MANY
@given(PAGE)
def test_regions_on_generated_pages(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert find_regions(text) == reference_boilerplate.find_regions(text)
    for line in lines:
        line = line.strip()
        if line and any(pattern.search(line) for _rule, _label, pattern in _LINE_RULES):
            assert _may_match_a_rule(line)


def test_regions_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        assert find_regions(text) == reference_boilerplate.find_regions(text)


# ---- quotes -----------------------------------------------------------------------------------------
ROLES = RoleResolver(ACTORS)
_QUOTE_PIECES = st.sampled_from([
    "“", "”", '"', "“ ”", '" "', "“We will not", "accept this,”", "he said", "said Trump", "Lavrov said:",
    "the US president", "told Reuters", "For Shamiev,", "she added.", "Putin", "Trump", "Zelensky", ".", ",", ":",
    "\n", "\n\n", "a", "deal", "is", "near", "?", "…", "—", "Sergei Lavrov", "Maria Zakharova", "adds Ogryzko",
])
QUOTEY = st.lists(_QUOTE_PIECES, max_size=40).map(" ".join)


def _quotes_both(text: str) -> tuple[list, list]:
    gazetteer = GAZETTEERS["curated"]
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    sentences = [s for start, end in paragraphs for s in split_sentences(text, start, end)]
    mentions = [MentionAt(f.start, f.end, f.actor, f.actor in PERSONS)
                for start, end in sentences for f in find_actor_mentions(gazetteer, text, start, end, set())[0]]
    return (find_quotes(text, paragraphs, sentences, mentions, ROLES),
            reference_quotes.find_quotes(text, paragraphs, sentences, mentions, ROLES))


PERSONS = {a.id for a in ACTORS if a.kind == "person"}


def test_quotes_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        fast, slow = _quotes_both(text)
        assert fast == slow
        for start, end in split_sentences(text):
            for words in (1, 3):
                assert quote_spans(text, start, end, words) == reference_quotes.quote_spans(text, start, end, words)


@MANY
@given(QUOTEY, st.data())
def test_quotes_on_generated_text(text: str, data: st.DataObject) -> None:
    fast, slow = _quotes_both(text)
    assert fast == slow
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for words in (1, 2, 3):
        assert quote_spans(text, start, end, words) == reference_quotes.quote_spans(text, start, end, words)


# ---- metadata ---------------------------------------------------------------------------------------
_CLUE_LINES = st.sampled_from([
    "REUTERS | Published February 19, 2023", "Published February 18, 2025", "Updated: Feb. 3, 2024", "Posted on March 1 2025",
    "RIYADH, Feb 18 (Reuters)", "MOSCOW, February 18, 2025 (AP) – x", "KYIV, Feb. 30 (Reuters)", "February 13",
    "  Feb 13, 2025  ", "March 3", "Headline of the story", "Trump said on Tuesday.", "", " ", "\t", "x" * 150,
    "SOURCE: Reuters", "Source : www.example.com. More", "SOURCE:x", "Source: The Kyiv Independent", "\r",
])
CLUEY = st.lists(_CLUE_LINES, max_size=20).map("\n".join)


@MANY
@given(CLUEY)
def test_date_clues(text: str) -> None:
    assert date_clues(text) == reference_metadata.date_clues(text)


@MANY
@given(CLUEY)
def test_line_matches_are_finditer(text: str) -> None:
    for pattern in (_BYLINE, _DATELINE, _HEADER_DATE, _SOURCE_LINE):
        assert [m.span() for m in _line_matches(pattern, text, len(text))] == [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in _line_matches(pattern, text, 40)] == \
            [m.span() for m in pattern.finditer(text) if m.start() <= 40]


def test_date_clues_on_the_seeds() -> None:
    for text in SEED_TEXTS:
        assert date_clues(text) == reference_metadata.date_clues(text)
