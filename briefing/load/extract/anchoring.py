"""Date an undated source by the events it shares with dated ones.

An article with no date cannot resolve "on Tuesday" by itself. But when a sentence of it with a
weekday reports what a dated source reports (two actors in common, or one person, and similar words)
and the dated source's event falls on that weekday, the article was written within a week of it:
within the six days after a past "on Tuesday", within the six days before a planned "for Wednesday".
Every such clue gives an interval of days; their intersection (clues that contradict the best one are
dropped) bounds the date of writing. The source's other relative dates are resolved from both ends of
that interval and kept only where the two agree (dates.Reference.latest); the source itself is dated
only when the interval is one day, with a low confidence and a note that says so. Nothing is anchored on
a single weak clue.

Without such clues, an undated article that prints a full date ("May 10, 2025") is bounded by it
(`printed_anchor`): written on or after its latest printed day, its month-days take that year where both
ends of a short window agree. Parties that are not actors (parties.py) play no part in anchoring.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from briefing.load.extract.dates import WEEKDAYS, Reference, cue_after, find_dates, future_cue
from briefing.load.extract.events import NAME_MARK, Candidate, content_words, jaccard
from briefing.load.extract.printed_dates import date_clues
from briefing.model import NO_DATE, Actor, PartialDate, Source, Span

_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
MIN_SCORE = 0.35
#: Lower-case words (cut as `content_words` cuts them; capitalised ones are names, marked and left out anyway)
#: that say who someone is, not what happened: shared by any two sentences about the same people, so they are
#: no evidence that two sentences report one event.
_TITLE_WORDS = content_words("president presidents minister ministers prime chancellor secretary foreign defence "
                             "defense envoy special adviser advisor spokesman spokeswoman spokesperson leader "
                             "leaders official officials state states nations national security vice")
#: What an undated sentence and a dated event must share besides names and titles to be taken for one event.
MIN_SHARED_WORDS = 2


#: How the note of every anchor inferred here begins.


@dataclass(frozen=True)
class Anchor:
    date: PartialDate
    latest: PartialDate
    note: str
    evidence: tuple[Span, ...]
    confidence: float
    #: The floor is a day the text prints with its weekday ("Saturday, Nov. 22, 2025"): that weekday named
    #: alone in the text ("on Saturday") is that day (dates.Reference.named_floor).
    named: bool = False

    @property
    def reason(self) -> str:
        """The note without its opening: what bounds the day ("written between … by …")."""
        return self.note.removeprefix(NO_DATE)


@dataclass(frozen=True)
class _Clue:
    low: dt.date
    high: dt.date
    score: float
    span: Span
    text: str


class DatedIndex:
    """Dated candidate events by (weekday, actor), built once for all the undated sources."""

    #: Candidates compared per weekday clue at most (the first ones met), so a huge folder stays linear.
    LIMIT = 50

    def __init__(self, dated: list[Candidate]) -> None:
        self.by_key: dict[tuple[int, str], list[Candidate]] = {}
        for candidate in dated:
            d = candidate.date
            if d.day is None or d.month is None:
                continue
            weekday = dt.date(d.year, d.month, d.day).weekday()
            for actor in candidate.actors:
                self.by_key.setdefault((weekday, actor), []).append(candidate)

    def near(self, weekday: int, actors: set[str]) -> list[Candidate]:
        seen: dict[int, Candidate] = {}
        for actor in sorted(actors):
            for candidate in self.by_key.get((weekday, actor), ())[: self.LIMIT]:
                seen.setdefault(id(candidate), candidate)
        return list(seen.values())


def anchor_source(source: Source, sentences: list[tuple[int, int]],
                  sentence_mentions: list[list[tuple[str, int, int]]], dated: DatedIndex,
                  actors: dict[str, Actor], corpus_year: int | None = None) -> Anchor | None:
    """The date an undated source was written from, if its weekdays match dated events, else the bound the
    full dates it prints give (`printed_anchor`), else None; held to the day the source prints without a year,
    if it prints one (`_with_printed_day`)."""
    by_events = _by_events(source, sentences, sentence_mentions, dated, actors, corpus_year)
    anchor = by_events if by_events is not None else printed_anchor(source, sentences, corpus_year)
    return _within_month(source, _with_printed_day(source, anchor))


def _within_month(source: Source, anchor: Anchor | None) -> Anchor | None:
    """A source dated to a month only ("date 2025-04") is anchored only within that month: the interval its events
    give, cut to the month; None when the two do not meet (what is printed beats what is inferred)."""
    published = source.published
    if anchor is None or published is None or published.month is None or published.day is not None:
        return anchor
    first = dt.date(published.year, published.month, 1)
    last = first + relativedelta(months=1) - dt.timedelta(days=1)
    low = max(first, dt.date(anchor.date.year, anchor.date.month or 1, anchor.date.day or 1))
    high = min(last, dt.date(anchor.latest.year, anchor.latest.month or 1, anchor.latest.day or 1))
    if low > high:
        return None
    return replace(anchor, date=PartialDate(year=low.year, month=low.month, day=low.day),
                   latest=PartialDate(year=high.year, month=high.month, day=high.day),
                   note=f"{anchor.note}; within the month it prints ({published.iso})")


def _with_printed_day(source: Source, anchor: Anchor | None) -> Anchor | None:
    """What is printed beats what is inferred: a source whose dateline or header prints its day without a year the
    folder can give it ("NAIROBI, Nov 3 (Reuters)" in a folder of 2022 and 2023 sources) is dated that day when the
    interval its shared events give holds it (the year from the interval: two clues agree), and is not anchored
    at all when the interval does not (the events it shares say another time than the one it prints)."""
    if anchor is None:
        return None
    printed = next((c for c in date_clues(source.text) if c.year is None and not c.updated), None)
    if printed is None:
        return anchor
    low, high = anchor.date, anchor.latest
    for year in range(low.year, high.year + 1):
        try:
            day = PartialDate(year=year, month=printed.month, day=printed.day)
        except ValueError:
            continue
        if low.sort_key <= day.sort_key <= high.sort_key:
            return Anchor(date=day, latest=day, note=f"{anchor.note}; it prints {printed.text!r}: {day.iso}",
                          evidence=anchor.evidence, confidence=min(anchor.confidence, 0.6))
    return None


def _by_events(source: Source, sentences: list[tuple[int, int]],
               sentence_mentions: list[list[tuple[str, int, int]]], dated: DatedIndex,
               actors: dict[str, Actor], corpus_year: int | None) -> Anchor | None:
    """The interval an undated source's weekdays give when they match dated sources' events (see the
    module's docstring)."""
    if not dated.by_key:
        return None
    clues = [clue for index, (start, end) in enumerate(sentences)
             if (clue := _sentence_clue(source, start, end, sentence_mentions[index], dated, actors)) is not None]
    if not clues:
        return None
    floor = _floor(source.text, sentences, corpus_year)
    clues = [c for c in clues if floor is None or c.high >= floor]
    if not clues:
        return None  # the text itself speaks of a later day ("on February 28" in the past tense)
    return _anchor_of(clues, floor)


def _sentence_clue(source: Source, start: int, end: int, mentions: list[tuple[str, int, int]], dated: DatedIndex,
                   actors: dict[str, Actor]) -> _Clue | None:
    """The week a sentence's weekday puts the source in, from the dated event it matches best (None: no weekday,
    no match good enough, or a tense not known)."""
    text = source.text
    weekday = _WEEKDAY.search(text, start, end)
    if weekday is None:
        return None
    named = {a for a, _s, _e in mentions}
    persons = {a for a in named if a in actors and actors[a].kind == "person"}
    words = content_words(text[start:end])
    # what happened, not who: the words of the names the sentence mentions and of titles do not count
    names = _TITLE_WORDS.union(*(content_words(text[s:e]) for _a, s, e in mentions))
    happened = {w for w in words if w[0] != NAME_MARK} - names  # capitalised words (marked) are names
    best: tuple[float, Candidate] | None = None
    for candidate in dated.near(WEEKDAYS.index(weekday.group(1).lower()), named):
        shared = named.intersection(candidate.actors)
        shared_persons = persons.intersection(candidate.persons)
        if len(shared) < 2 and not shared_persons:
            continue
        if len(happened.intersection(candidate.words)) < MIN_SHARED_WORDS:
            continue  # the same people on the same weekday, but nothing said alike of what they did
        score = jaccard(words, candidate.words) + 0.1 * len(shared) + 0.1 * len(shared_persons)
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is None or best[0] < MIN_SCORE:
        return None
    score, candidate = best
    d = candidate.date
    day = dt.date(d.year, d.month or 1, d.day or 1)
    future = future_cue(text[start:end], weekday.start() - start) is not None
    if not future and _fronted_future(text, start, weekday.start(), weekday.end(), end):
        return None  # "reported that on Friday, August 8, Trump would host": its tense is not known
    try:
        low, high = (day - relativedelta(days=6), day) if future else (day, day + relativedelta(days=6))
    except OverflowError:
        return None  # an event at the very end of the calendar (9999-12-31): no week around it
    span = Span(source=source.file, start=start, end=end, text=text[start:end])
    how = "planned" if future else "past"
    return _Clue(low, high, score, span, f"'{weekday.group(1)}' ({how}) matches {candidate.source.split('_', 1)[0]}'s "
                                         f"event of {day.isoformat()}")


def _anchor_of(clues: list[_Clue], floor: dt.date | None) -> Anchor | None:
    """The interval the strongest clue and those agreeing with it leave, or None when one weak clue is all."""
    clues = sorted(clues, key=lambda c: -c.score)
    low, high = clues[0].low, clues[0].high
    used = [clues[0]]
    for clue in clues[1:]:
        if max(low, clue.low) <= min(high, clue.high):
            low, high = max(low, clue.low), min(high, clue.high)
            used.append(clue)
    if len(used) < 2 and used[0].score < 2 * MIN_SCORE:
        return None  # one weak clue is not enough
    if floor is not None and low < floor:
        low = floor
    confidence = round(min(0.6, 0.25 + 0.1 * len(used)), 2)
    note = (f"{NO_DATE}written between {low.isoformat()} and {high.isoformat()} by "
            + "; ".join(c.text for c in used))
    return Anchor(date=PartialDate(year=low.year, month=low.month, day=low.day),
                  latest=PartialDate(year=high.year, month=high.month, day=high.day), note=note,
                  evidence=tuple(c.span for c in used), confidence=confidence)


#: The month-day a weekday may carry ("Friday, August 8"): the tense is read after it (dates.cue_after).
_WEEKDAY_DAY = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?!\d)")


def _fronted_future(text: str, start: int, begin: int, at: int, end: int) -> bool:
    """Whether the weekday text[begin:at] leads a clause set in the future ("on Friday, June 13, X would host"), in
    the sentence text[start:end] (read alone: "On Thursday, X will …" leads its sentence wherever that stands)."""
    day = _WEEKDAY_DAY.match(text, at, end)
    return cue_after(text[start:end], (day.end() if day else at) - start, begin - start) is not None


#: How long after the latest day it prints in full an undated article is taken to be written, at most: a
#: month-day without a year is kept only where both ends of that window read it in the same year.
PRINTED_WINDOW = 31


def printed_anchor(source: Source, sentences: list[tuple[int, int]], corpus_year: int | None) -> Anchor | None:
    """An undated article that prints a full date ("May 10, 2025") in the past tense was written on or after
    the latest such day: a bound of PRINTED_WINDOW days from it lets the year it prints place the month-days
    it leaves without one ("On May 7", "an attack on April 22"), each only where both ends agree; a weekday
    or "a week ago" stays undated, and so does the source itself (an interval, not a day), except the weekday
    the latest day is printed with ("Saturday, Nov. 22, 2025": "on Saturday" is that day, `Anchor.named`).

    Not when a later year is printed in the past tense (the full date is then background), nor when the
    folder's dated sources are of another year (corpus_year): "on 24 February 2022 Russia invaded" in a 2025
    folder gives no year to a "March 19"."""
    text = source.text
    latest: tuple[dt.date, int, int] | None = None
    top_year = 0
    for start, end in sentences:
        for mention in find_dates(text, start, end, Reference(None)):
            if future_cue(text[start:end], mention.start - start) is not None:
                continue
            top_year = max(top_year, mention.date.year)
            d = mention.date
            if mention.rule != "date:explicit" or d.month is None or d.day is None:
                continue
            day = dt.date(d.year, d.month, d.day)
            if latest is None or day > latest[0]:
                latest = (day, mention.start, mention.end)
    if latest is None or top_year > latest[0].year or corpus_year not in (None, latest[0].year):
        return None
    day, start, end = latest
    try:
        until = day + dt.timedelta(days=PRINTED_WINDOW)
    except OverflowError:
        return None
    note = (f"{NO_DATE}written on or after {day.isoformat()}, the latest day it prints in "
            f"full ({' '.join(text[start:end].split())!r}), taken as within {PRINTED_WINDOW} days of it")
    named = _NAMED_BEFORE.search(text, max(0, start - 14), start)
    return Anchor(date=PartialDate(year=day.year, month=day.month, day=day.day),
                  latest=PartialDate(year=until.year, month=until.month, day=until.day), note=note,
                  evidence=(Span(source=source.file, start=start, end=end, text=text[start:end]),), confidence=0.3,
                  named=named is not None and WEEKDAYS.index(named.group(1).lower()) == day.weekday())


#: A weekday printed right before a full date: "Saturday, Nov. 22, 2025", "Saturday 22 November 2025".
_NAMED_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$")


def _floor(text: str, sentences: list[tuple[int, int]], year: int | None) -> dt.date | None:
    """The latest day the text itself reports in the past tense ("on February 28"): it was written after."""
    floor: dt.date | None = None
    for start, end in sentences:
        for mention in find_dates(text, start, end, Reference(None), year, guess_year=True):
            d = mention.date
            if d.day is None or d.month is None or future_cue(text[start:end], mention.start - start):
                continue
            day = dt.date(d.year, d.month, d.day)
            floor = day if floor is None or day > floor else floor
    return floor

