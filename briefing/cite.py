"""Citations a person can read: outlet, headline and date of the passage, then a locator.

Shared by the dashboard (the copied citation, the discrepancies and sources lists) and the exports. Pure
Python over the model; no Textual, no Markdown (export.py escapes what it writes).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from functools import lru_cache

from briefing.model import Briefing, Discrepancy, Event, PartialDate, Position, Quote, Source, Span
from briefing.model.base import Lazy


@dataclass(frozen=True)
class Origin:
    """Who published a passage: the outlet, headline and date of the article (or compilation part) it is in."""

    outlet: str
    headline: str
    published: PartialDate | None
    file: str

    @property
    def date(self) -> str:
        return self.published.display.strip() if self.published else "undated"

    def __str__(self) -> str:
        headline = f", “{self.headline}”" if self.headline else ""
        return f"{self.outlet}{headline}, {self.date}"


def outlet_label(outlet: str) -> str:
    """An outlet as a reader should see it: "unknown outlet" where the text names none (the curated and the
    automatic sources say "unknown"), so that "unknown" alone never reads as a name."""
    return "unknown outlet" if outlet.strip().lower() in ("", "unknown") else outlet


def origin_of(briefing: Briefing, span: Span) -> Origin:
    """The article a span is in; for a compilation, the part that holds it."""
    return source_origin(briefing.source(span.source), span.source, span.start)


def source_origin(source: Source | None, file: str, offset: int | None = None) -> Origin:
    """The source's outlet, headline and date; at `offset`, those of the compilation part there."""
    if source is None:
        return Origin("unknown outlet", "", None, file)
    outlet, headline, published = source.outlet, source.headline, source.published
    for part in source.parts if offset is not None else ():
        if part.start <= offset:
            outlet, headline = part.outlet or outlet, part.headline or headline
            published = part.published or published
    return Origin(outlet_label(outlet), headline, published, file)


def claims_citing(briefing: Briefing, file: str) -> int:
    """How many claims (events, positions, quotes, discrepancies, roles, dates) stand on a source."""
    source = briefing.source(file)
    if source is None:
        return 0
    return len({(c.kind, c.id) for c in briefing.citations_overlapping(file, 0, source.chars + 1)})


def spans_once(record: Any, name: str) -> tuple[Span, ...]:  # noqa: ANN401
    """A record's field of spans for one use (the Markdown export cites each once): a field not made yet is
    made for it and not kept in the record (at 10,000 articles, 126,000 spans a warm export need not keep)."""
    spans = record.__dict__[name]
    return spans.realise() if isinstance(spans, Lazy) else spans


def claims_per_source(briefing: Briefing) -> Counter[str]:
    """Per source, how many claims stand on it: `cite.claims_citing` for every source at once, in one pass over
    the claims' spans (that asks the briefing's citation index of each source, which walks every span of each
    claim the source is in: at 10,000 articles, with claims cited by thousands of sources, half a minute and
    every source's index kept)."""
    cited: set[tuple[str, str, str]] = set()  # (file, kind, id), as the index's citations count them

    def add(kind: str, ident: str, spans: Iterable[Span]) -> None:
        cited.update((span.source, kind, ident) for span in spans if span.end > 0)  # (claims_citing's overlap)

    for event in briefing.events:
        add("event", event.id, spans_once(event, "evidence"))
    for position in briefing.positions:
        add("position", position.id, spans_once(position, "evidence"))
    for quote in briefing.quotes:
        add("quote", quote.id, (quote.span,))
    for disc in briefing.discrepancies:
        add("discrepancy", disc.id, disc.evidence)
    for actor in briefing.actors:
        for role in actor.roles:
            add("role", actor.id, role.evidence)
    for source in briefing.sources:
        add("source", source.file, source.published_evidence)
    return Counter(file for file, _kind, _id in cited)


def locator(span: Span) -> str:
    """Where exactly: the file and the characters of the passage."""
    return f"{span.source}, characters {span.start}–{span.end}"


def cite(briefing: Briefing, span: Span) -> str:
    """One line: “Outlet, “Headline”, 13 Feb 2025 (file, characters a–b)”."""
    return f"{origin_of(briefing, span)} ({locator(span)})"


def one_line(text: str) -> str:
    return " ".join(text.split())


# ---- dates, in words -----------------------------------------------------------------------------
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def precision_note(date: PartialDate) -> str:
    """How much of a date is known, and so where the timeline lists it."""
    if date.precision == "month":
        return "month only: listed after the days of that month"
    if date.precision == "year":
        return "year only: listed after the months of that year"
    return ""


# What a basis keeps as written: the file each of its parts names ("name: …" at its start or after "; "; a curated
# "003 (Reuters, 2025-02-18): " is no file name) and the words it quotes from the text before "→". Only the dates
# the rules worked out are put in words, so a file named "talks-2025-03-18.txt" or a text printing "2025-03-18" is
# not misquoted.
_BASIS_KEPT = re.compile(r"(?:^|(?<=; ))[^:;()\n]*: |'[^'\n]*' → |\"[^\"\n]*\" → |\b\d{4}-\d{2}-\d{2}\b")


def basis_in_words(basis: str) -> str:
    """A date's basis as a reader reads it: '→ 2025-02-18' becomes '= 18 Feb 2025'."""
    return _BASIS_KEPT.sub(_in_words, basis).replace(" → ", " = ")


def _in_words(match: re.Match[str]) -> str:
    found = match.group()
    return _day_in_words(found) if _ISO_DAY.fullmatch(found) else found


@lru_cache(maxsize=4096)
def _day_in_words(iso: str) -> str:
    """(A basis naming hundreds of sources repeats a few days hundreds of times: each parsed once.)"""
    try:
        return PartialDate.parse(iso).display.strip()
    except ValueError:
        return iso


# ---- the rules of automatic items, in words ------------------------------------------------------
_DATE_CLUES = {
    "weekday-past": "a weekday, counted back from the article's date",
    "weekday-future": "a weekday, counted forward from the article's date",
    "weekday": "a weekday, counted from the article's date",
    "relative-day": "'today', 'yesterday' or the like, from the article's date",
    "relative-month": "'last month' or the like, from the article's date",
    "relative-year": "'last year' or the like, from the article's date",
    "ago": "'… ago', counted back from the article's date",
    "explicit": "a date written out in the text",
    "explicit-year-from-corpus": "a day and month in the text, the year from the other articles",
    "explicit-year-inferred": "a day and month in the text, the year from the article's date",
    "month-inferred": "a month in the text, the year from the article's date",
    "month-year": "a month and year written in the text",
    "month-year-from-corpus": "a month in the text, the year from the other articles",
    "year": "a year written in the text",
}
_RULE = re.compile(r"(?P<kind>\w+):(?P<what>[\w-]+)(?:\((?P<inner>.*)\))?")


def rule_in_words(rule: str) -> str:
    """'event:sentence(date:weekday-past, verb 'said')+merged:2' -> words a reader follows."""
    if not rule:
        return ""
    words: list[str] = []
    for part in rule.split("+"):
        part = part.strip()
        if part.startswith("merged:"):
            words.append(f"reported in {part.split(':', 1)[1]} passages")
            continue
        date = re.search(r"date:([\w-]+)", part)
        verb = re.search(r"verb '([^']*)'", part)
        if part.startswith("event:sentence"):
            clue = _DATE_CLUES.get(date.group(1), date.group(1).replace("-", " ")) if date else "a date"
            words.append(f"a sentence with a date ({clue})" + (f" and the verb '{verb.group(1)}'" if verb else ""))
        elif part.startswith("position:"):
            cue = re.search(r"'([^']*)'", part)
            words.append(f"a stance word ('{cue.group(1)}')" if cue else "a stance word")
        elif part.startswith("issue:keyword"):
            cue = re.search(r"'([^']*)'", part)
            words.append(f"the issue's keyword ('{cue.group(1)}')" if cue else "an issue keyword")
        elif part.startswith("side:"):
            words.append("the side named as the one speaking" if part == "side:subject" else
                         "the side from " + part.split(":", 1)[1].replace("-", " "))
        else:
            match = _RULE.match(part)
            words.append(match.group("what").replace("-", " ") if match else part)
    return "; ".join(words)


def confidence_in_words(confidence: float) -> str:
    if confidence >= 0.8:
        return "likely"
    if confidence >= 0.6:
        return "fairly likely"
    return "uncertain"


def auto_note(confidence: float, rule: str) -> str:
    """'Found automatically, uncertain (57%): a sentence with a date (…)'."""
    how = rule_in_words(rule)
    return f"found automatically, {confidence_in_words(confidence)} ({confidence:.0%})" + (f": {how}" if how else "")


def kind_in_words(kind: str) -> str:
    """A discrepancy kind as a reader says it: 'wrong_year' -> 'wrong year'."""
    return KIND_WORDS.get(kind, kind.replace("_", " "))


KIND_WORDS = {
    "wrong_year": "wrong year",
    "date_mismatch": "dates that disagree (weekday vs date)",
    "translation": "translations of one quote",
    "misspelling": "spellings",
    "naming": "names",
    "anachronism": "anachronisms",
    "factual": "facts that disagree",
    "publication_date": "publication dates",
}


# ---- a citation to paste into a mail ----------------------------------------------------------
def quote_citation(briefing: Briefing, quote: Quote) -> str:
    who = briefing.actor_name(quote.speaker) if quote.speaker else "speaker unknown"
    return f"“{one_line(quote.text)}”\n— {who}\n{_source_lines(briefing, quote.span)}"


def event_citation(briefing: Briefing, event: Event, span: Span | None = None) -> str:
    span = span or (event.evidence[0] if event.evidence else None)
    head = f"{event.date.display.strip()}: {one_line(event.title)}"
    if event.origin == "auto":
        head += f" ({auto_note(event.confidence, event.rule)})"
    return head + ("" if span is None else f"\n“{one_line(span.text)}”\n{_source_lines(briefing, span)}")


def position_citation(briefing: Briefing, position: Position, span: Span | None = None) -> str:
    issue = briefing.issue(position.issue)
    span = span or (position.evidence[0] if position.evidence else None)
    head = f"{briefing.side(position.side).label} on {issue.name if issue else position.issue}: {position.stance.label}"
    if position.summary:
        head += f" — {one_line(position.summary)}"
    return head + ("" if span is None else f"\n“{one_line(span.text)}”\n{_source_lines(briefing, span)}")


def discrepancy_citation(briefing: Briefing, disc: Discrepancy) -> str:
    lines = [f"Discrepancy ({kind_in_words(disc.kind)}): {one_line(disc.summary)}"]
    for span in disc.evidence:
        lines.append(f"- “{one_line(span.text)}” — {cite(briefing, span)}")
    return "\n".join(lines)


def passage_citation(briefing: Briefing, span: Span) -> str:
    return f"“{one_line(span.text)}”\n{_source_lines(briefing, span)}"


def _source_lines(briefing: Briefing, span: Span) -> str:
    return f"{origin_of(briefing, span)}\n({locator(span)})"
