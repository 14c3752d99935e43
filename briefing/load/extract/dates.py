"""Dates in the text, resolved against the date of the source (or of the compilation part) they are in.

Each resolution keeps its derivation: "'on Tuesday' → 2025-02-18, source dated 2025-02-19". A weekday
or a month without a year is resolved backwards from the source date when the sentence reports the
past (the default for news) and forwards when it speaks of what is planned ("will", "planned for",
"would"). Arithmetic in days is datetime's, in weeks, months and years python-dateutil's relativedelta;
month-day strings are parsed by dateutil (each distinct one once).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from briefing.model import PartialDate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

#: Every alternative starts at a word boundary, so the boundary is tested once, before them (which
#: makes the scan about twice as fast as a boundary inside each alternative). A weekday or a day word
#: followed by the month-day it names ("Monday (July 28)", "today, October 23") leaves the day to the
#: month-day: what is printed beats what is worked out (a page's date may be the day after its "today").
_DATES = re.compile(
    rf"""
    \b(?:
    (?P<mdy>{_MONTH_RE}\.?\s+(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:[ \t]?,?\s+(?P<mdy_year>(?:19|20)\d{{2}})\b)?)
  | (?P<dmy>(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_month>{_MONTH_RE})\b(?:[ \t]?,?\s+(?P<dmy_year>(?:19|20)\d{{2}})\b)?)
  | (?P<my>(?P<my_month>{_MONTH_RE})\s+(?P<my_year>(?:19|20)\d{{2}})\b)
  | (?P<inmonth>(?i:in|since|until|by|during|early|late|mid-|last|this|next)\s+(?P<im_month>January|February|March|April|May|June|July|August|September|October|November|December)\b
        (?!,?\s+(?:\d{{1,2}}\b|(?:19|20)\d{{2}}\b)))
  | (?P<year>(?i:in|since|until|during|by|of)\s+(?P<year_value>(?:19|20)\d{{2}})\b(?![-/]))
  | (?P<weekday>(?P<wd_prefix>(?i:on|last|this|next|since|until|by|from)\s+)?(?P<wd>{_WEEKDAY_RE})(?:[’']s)?\b
        (?!\s*,?\s*\(?\s*(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\.?\s+\d)))
  | (?P<ago>(?P<ago_n>\d{{1,2}}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+
        (?P<ago_unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b)
  | (?P<rel>(?P<rel_which>(?i:last|this|next))\s+(?P<rel_unit>(?i:week|month|year))\b)
  | (?P<day>(?P<day_word>(?i:today|yesterday|tomorrow|tonight))\b
        (?!\s*,?\s*\(?\s*(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\.?\s+\d)))
    )""",
    re.VERBOSE,
)
#: Cheap trigger: only the neighbourhood of one of these is searched with the full pattern. Weekdays,
#: months (full or short), years 19xx/20xx, "ago", today/yesterday/tomorrow/tonight, last/this/next
#: week/month/year; grouped by first letter, which the engine tries far faster than twenty alternatives.
_ANCHOR = re.compile(
    r"\b(?:M(?:onday|ar(?:ch)?|ay)|T(?:uesday|hursday|oday|omorrow|onight)|Wednesday|F(?:riday|eb(?:ruary)?)|"
    r"S(?:aturday|unday|ep(?:t(?:ember)?)?)|J(?:an(?:uary)?|une?|uly?)|A(?:pr(?:il)?|ug(?:ust)?)|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?|19\d\d|20\d\d|ago|t(?:oday|omorrow|onight|his (?:week|month|year))|[Yy]esterday|"
    r"last (?:week|month|year)|next (?:week|month|year))\b")
# Capitalisation matters for weekdays and months (a "may" is not May): checked after matching.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|’ll|'ll|plans?|planned|planning|scheduled|expected|due|upcoming|next|intends?|"
    r"hopes?|going to|set to|to be held|later this)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate
    rule: str
    basis: str
    confidence: float


@dataclass(frozen=True)
class Reference:
    """The date a passage is written from: the source's or its compilation part's publication date."""

    date: PartialDate | None
    label: str = "source dated"
    #: When the date of writing is known only to lie between `date` and `latest` (an undated source
    #: anchored by the events it shares): a relative date is kept only if both ends give the same.
    latest: PartialDate | None = None

    @property
    def day(self) -> dt.date | None:
        return _day(self.date)

    @property
    def latest_day(self) -> dt.date | None:
        return _day(self.latest)


def _day(d: PartialDate | None) -> dt.date | None:
    if d is None or d.month is None or d.day is None:
        return None
    return dt.date(d.year, d.month, d.day)


def _month_number(name: str) -> int:
    return MONTHS.index(next(m for m in MONTHS if m.startswith(name.lower()[:3]))) + 1


def future_cue(sentence: str, at: int) -> str | None:
    """The future cue before position `at` of the sentence, if any ("planned for", "will"); none when a clause
    in the past lies between the cue and the date ("the halt would start, after the Houthis approached the
    administration on Monday": the Monday is the approach's, before the day of writing)."""
    cue = None
    for match in _FUTURE.finditer(sentence, max(0, at - 90), at):
        cue = match
    if cue is None or _PAST_CLAUSE.search(sentence, cue.end(), at):
        return None
    return cue.group(0)


#: A clause in the past opened after a future cue: a conjunction, a named or pronoun subject, a past verb.
_PAST_CLAUSE = re.compile(r"\b(?:after|when|as|because|since|once)\s+(?:(?:the|its|their)\s+)?"
                          r"(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they|it|we)\s+)"
                          r"(?:[a-z]+ed|met|held|made|began|took|gave|struck|won|came|went|sent|spoke|said|told|"
                          r"wrote)\b")


#: A future cue right after the date: "a meeting on Aug. 4 to be hosted by Cambodia", "on May 12, is expected".
_AFTER = re.compile(r"\s*,?\s*(?:to be|is to|are to|is expected|are expected|is scheduled|are scheduled|"
                    r"is due|are due|will)\b", re.IGNORECASE)
#: A date put before its clause, the clause in the future: "(officials said that) on June 13, Trump would host".
_FRONTED = re.compile(r"\s*,(?P<gap>[^,.;:!?\"“”]{1,60}?)\b(?P<cue>will|would|shall|is to|are to|is set to|are set to|"
                      r"plans? to|is expected to|are expected to|is due to|are due to)\b")
#: A verb of saying in that gap: "on Tuesday, Putin said he would …" is said on Tuesday, not planned for it.
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|added|wrote|stated|declared|insisted|warned|"
                   r"confirmed|claimed|argued|suggested|promised|vowed|pledged)\b", re.IGNORECASE)


#: A verb in the past right before the date ("signed on Wednesday", "held Monday"): the day is when it was done.
_DONE_BEFORE = re.compile(r"\b(?:\w+ed|held|met|made|began|took|gave|struck|won|came|went|sent|set|spoke|"
                          r"said|told|wrote)\s+(?:(?:on|last)\s+)?$", re.IGNORECASE)


#: What may stand before a date that leads its clause: the sentence's start, "that", a comma or a dash, then
#: "on" (and a weekday before a month-day).
_LEADS = re.compile(r"(?:^|\bthat\s+|[,;:—–]\s*)(?:(?:[Oo]n|[Bb]y)\s+)?"
                    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
#: A gap that opens a clause of its own ("on Monday, and they will meet again"): not the date's clause.
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|or|while|as|which|who|when|where|after|before|because|since|though)\b",
                         re.IGNORECASE)


def cue_after(sentence: str, at: int, begin: int | None = None) -> str | None:
    """The future cue that follows a date ending at `at`: at once ("on Aug. 4 to be hosted"), or, for a date
    beginning at `begin` that leads its clause, that clause's tense ("that on June 13, Trump would host")."""
    match = _AFTER.match(sentence, at)
    if match is not None:
        # "The deal, signed on Wednesday, will give …": the day belongs to the past verb before it, and the
        # "will" after it to the main clause.
        if begin is not None and _DONE_BEFORE.search(sentence, max(0, begin - 30), begin):
            return None
        return match.group(0).strip(" ,")
    if begin is None or not _LEADS.search(sentence, max(0, begin - 40), begin):
        return None
    match = _FRONTED.match(sentence, at)
    if match is not None and not _SAID.search(match.group("gap")) and not _NEW_CLAUSE.match(match.group("gap")):
        return match.group("cue")
    return None


#: The candidate matches of the sentences of the last text looked at: anchoring an undated source
#: (its floor, see anchoring.py) and then its stage B read the same sentences one after the other.
_recent: tuple[str, dict[tuple[int, int], list[re.Match[str]]]] = ("", {})


def find_dates(text: str, start: int, end: int, ref: Reference, fallback_year: int | None = None, *,
               guess_year: bool = False) -> list[DateMention]:
    """Date expressions in text[start:end] (one sentence), each resolved against `ref`.

    Only a known date of writing places a relative date: without a reference day, "on Tuesday", "last
    week", "March 19" or "in November" is left out (undated: the year is not in the text), and only what
    the text states in full is kept ("in 2014", "February 2022", "March 19, 2025"). `guess_year` lets a
    past-tense month-day take the folder's year `fallback_year` as it stands: a bound used inside
    (anchoring's floor), never a date shown.
    """
    if not guess_year:
        fallback_year = None
    global _recent  # noqa: PLW0603 - a one-text memo
    recent = _recent
    if recent[0] is not text:
        recent = _recent = (text, {})
    matches = recent[1].get((start, end))
    if matches is None:
        matches = recent[1][(start, end)] = list(_candidates(text, start, end))
    found: list[DateMention] = []
    sentence = text[start:end]
    seen: set[int] = set()
    printed = _printed_days(matches)
    for match in matches:
        if match.start() in seen:
            continue
        seen.add(match.start())
        mention = _resolve_within(match, sentence, start, ref, fallback_year, printed)
        if mention is not None:
            found.append(mention)
    return found


def _printed_days(matches: list[re.Match[str]]) -> tuple[dt.date, ...]:
    """The days a sentence prints in full, year included ("October 8, 2023"): what a month-day printed
    without a year beside them is read against (see `_explicit`)."""
    days = []
    for match in matches:
        kind = match.lastgroup
        if kind in ("mdy", "dmy") and match.group(f"{kind}_year"):
            month = match.group(0).split()[0] if kind == "mdy" else match.group("dmy_month")
            try:
                days.append(_parse(f"{month.rstrip('.')} {match.group(f'{kind}_day')} {match.group(f'{kind}_year')}",
                                   None).date())
            except (ValueError, OverflowError):
                continue
    return tuple(days)


def _resolve_within(match: re.Match[str], sentence: str, offset: int, ref: Reference,
                    fallback_year: int | None, printed: tuple[dt.date, ...] = ()) -> DateMention | None:
    """`_resolve` against the reference, or against both ends of its interval when it has one: a date
    the two ends disagree on ("on Monday" in a piece written some day that week) is left undated."""
    try:
        first = _resolve(match, sentence, offset, ref, fallback_year, printed)
        latest = ref.latest_day
        if first is None or latest is None or latest == ref.day:
            return first
        other = _resolve(match, sentence, offset, Reference(ref.latest, ref.label), fallback_year, printed)
    except (ValueError, OverflowError, KeyError, StopIteration):
        return None
    if other is None or other.date != first.date:
        return None
    basis = first.basis.replace(f"{ref.label} {ref.date.iso}" if ref.date else "",
                                f"{ref.label} {ref.date.iso} to {ref.latest.iso}" if ref.date and ref.latest else "", 1)
    return DateMention(start=first.start, end=first.end, text=first.text, date=first.date, rule=first.rule,
                       basis=basis, confidence=min(first.confidence, 0.6))


def _candidates(text: str, start: int, end: int):  # noqa: ANN202 - Iterator[re.Match[str]]
    """Full-pattern matches near each anchor only (a window around it), in text order."""
    windows: list[list[int]] = []
    for anchor in _ANCHOR.finditer(text, start, end):
        w_start = max(start, anchor.start() - 28)
        space = text.find(" ", w_start, anchor.start())
        if space >= 0 and w_start > start:
            w_start = space + 1
        w_end = min(end, anchor.end() + 48)
        if windows and w_start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], w_end)
        else:
            windows.append([w_start, w_end])
    for w_start, w_end in windows:
        yield from _DATES.finditer(text, w_start, w_end)


def _quoted(text: str) -> str:
    return "'" + " ".join(text.split()) + "'"


def _resolve(match: re.Match[str], sentence: str, offset: int, ref: Reference,
             fallback_year: int | None, printed: tuple[dt.date, ...] = ()) -> DateMention | None:
    """The date a matched expression names, by its kind (one resolver a kind, below), with its basis."""
    kind = match.lastgroup
    s, e = match.start(), match.end()
    if kind == "weekday":
        s = match.start("wd_prefix") if match.group("wd_prefix") else match.start("wd")
    cue = future_cue(sentence, s - offset)
    direction = "future" if cue else "past"
    if cue is None:
        cue = cue_after(sentence, e - offset, s - offset)
        # "that on June 13, Trump would host": the future of a past day of saying, either side of the day of
        # writing (a month-day takes its nearest year; a weekday stays undated).
        direction = "near" if cue == "would" else "future" if cue else "past"
    resolver = _RESOLVERS.get(kind or "")
    found = resolver(match, match.groupdict(), _Context(ref.day, direction, cue, fallback_year, printed)) if resolver else None
    if found is None:
        return None
    date, rule, how, confidence, start = found
    words = match.group(0) if start is None else match.string[start:e]
    s = s if start is None else start
    source = f"{ref.label} {ref.date.iso}" if ref.date else "source undated"
    basis = f"{_quoted(words)} → {date.iso}, {source}" + (f"; {how}" if how else "")
    return DateMention(start=s, end=e, text=match.string[s:e], date=date, rule=rule, basis=basis,
                       confidence=confidence)


@dataclass(frozen=True)
class _Context:
    """What a resolver reads besides the match: the reference day, the tense and its cue, the folder's year."""

    ref_day: dt.date | None
    direction: str
    cue: str | None
    fallback_year: int | None
    printed: tuple[dt.date, ...] = ()


#: (date, rule, how it was inferred, confidence, start of the words when not the match's start)
_Found = tuple[PartialDate, str, str, float, int | None] | None
_GUESSED = "year guessed from the folder (a bound, never shown)"


def _explicit(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"March 18, 2025", "18 March", "March 18": the year printed, else inferred from the reference day."""
    if match.lastgroup == "mdy":
        month_name = match.group(0).split()[0].rstrip(".")
        day, year = int(g["mdy_day"]), g["mdy_year"]
    else:
        month_name, day, year = g["dmy_month"], int(g["dmy_day"]), g["dmy_year"]
    if not month_name[0].isupper():
        return None
    month = _month_number(month_name)
    if year:
        parsed = _parse(f"{month_name} {day} {year}", None)
        return PartialDate(year=parsed.year, month=parsed.month, day=parsed.day), "date:explicit", "", 0.95, None
    if c.ref_day is None:
        if c.fallback_year is None or c.cue:
            return None
        _parse(f"{month_name} {day}", c.fallback_year)  # a real calendar day (raises if not)
        return (PartialDate(year=c.fallback_year, month=month, day=day), "date:explicit-year-from-corpus", _GUESSED,
                0.5, None)
    if _named_day(match):
        return None  # "the October 7th attack", "the attacks of October 7": a day named, its year not given
    parsed = _parse(f"{month_name} {day}", c.ref_day.year).date()
    beside = _beside_printed(parsed, c.printed)
    if beside is not None:
        return beside
    if c.direction == "near":
        return _nearest(parsed, c.ref_day, month, day)
    year_value, how = _infer_year(parsed, c.ref_day, c.direction, c.cue)
    if c.direction != "future" and (c.ref_day - parsed.replace(year=year_value)).days > PAST_REACH:
        return None  # "a meeting on Aug. 4" in a July article: the next one, or last year's? not known
    return PartialDate(year=year_value, month=month, day=day), "date:explicit-year-inferred", how, 0.85, None


#: A month-day printed without a year as the name of a day ("the October 7th attack", "the attacks of
#: October 7", "the Jan. 6 riot"): writers leave the year out of a day everyone knows, which is seldom a day
#: of the article's own week, so the article's date does not give its year. Left undated.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PLURAL_OF_BEFORE = re.compile(r"\b[a-z]{3,}s of\s+$")
_NAMED_DAY_AFTER = re.compile(r"(?:st|nd|rd|th)?[ \u00a0]+(?!(?:and|or|to|in|at|on|as|when|after|before|while|"
                              r"with|by|for|of|that|the|a|an|is|was|were|will|would|has|had|have)\b)[a-z]{3,}\b")


def _named_day(match: re.Match[str]) -> bool:
    """"the <month-day> <noun>" or "<nouns> of <month-day>"."""
    text, start = match.string, match.start()
    if _PLURAL_OF_BEFORE.search(text, max(0, start - 20), start):
        return True
    return bool(_THE_BEFORE.search(text, max(0, start - 6), start)) and bool(_NAMED_DAY_AFTER.match(text, match.end()))


#: How near a day printed in full a month-day without a year must lie to take its year.
_BESIDE_DAYS = 31


def _beside_printed(candidate: dt.date, printed: tuple[dt.date, ...]) -> _Found:
    """A month-day without a year in a sentence that prints another day in full ("since October 8, 2023,
    … before October 10"): the printed year when the two lie within _BESIDE_DAYS of each other, else None
    (the article's date decides, as for any month-day)."""
    if not printed:
        return None
    for day in printed:
        for option in _years_around(candidate.replace(year=day.year), day):
            if abs((option - day).days) <= _BESIDE_DAYS:
                return (PartialDate(year=option.year, month=option.month, day=option.day),
                        "date:explicit-year-inferred", f"year from the day printed beside it ({day.isoformat()})",
                        0.8, None)
    return None


def _years_around(candidate: dt.date, base: dt.date) -> list[dt.date]:
    """`candidate`'s month-day in the year before, of and after `base` (29 February only where it exists)."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(candidate.replace(year=year))
        except ValueError:  # 29 February
            continue
    return options


def _nearest(candidate: dt.date, base: dt.date, month: int, day: int) -> _Found:
    """A month-day in the future of a past day of saying ("would host"): its year nearest the day of writing,
    if that lies within PAST_REACH days of it."""
    options = _years_around(candidate, base)
    pick = min(options, key=lambda o: abs((o - base).days))
    if abs((pick - base).days) > PAST_REACH:
        return None
    return (PartialDate(year=pick.year, month=month, day=day), "date:explicit-year-inferred",
            "year inferred: the nearest such date ('would': the future of a day of saying)", 0.8, None)


#: How far back a month-day printed without a year is read in the past tense, at most: news prints the year
#: of a day not in the current one, so a day that would lie further back than this (an "Aug. 4" in a July
#: article whose tense the sentence does not show near it) is left undated rather than put a year back.
PAST_REACH = 183


def _month_year(match: re.Match[str], g: dict, c: _Context) -> _Found:
    if not g["my_month"][0].isupper():
        return None
    return PartialDate(year=int(g["my_year"]), month=_month_number(g["my_month"])), "date:month-year", "", 0.9, None


#: A month named without a year up to this many months after the source's own month, with no future cue,
#: is left undated: the reader cannot tell the coming one from last year's.
_AHEAD_UNSURE = 3


def _in_month(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"in March": the year from the reference day and the tense."""
    name = g["im_month"]
    if not name[0].isupper():
        return None
    start = match.start("im_month")
    month = _month_number(name)
    if c.ref_day is None:
        if c.fallback_year is None or c.cue:
            return None
        return PartialDate(year=c.fallback_year, month=month), "date:month-year-from-corpus", _GUESSED, 0.4, start
    candidate = dt.date(c.ref_day.year, month, 1)
    if c.direction == "past" and 0 < month - c.ref_day.month <= _AHEAD_UNSURE:
        # "agreed to meet again in May", written in April: the coming May as likely as last year's, and the
        # tense does not say which. Undated rather than a year off.
        return None
    year_value, how = _infer_month_year(candidate, c.ref_day, c.direction, c.cue)
    return PartialDate(year=year_value, month=month), "date:month-inferred", how, 0.8, start


def _year(match: re.Match[str], g: dict, c: _Context) -> _Found:
    return PartialDate(year=int(g["year_value"])), "date:year", "", 0.9, match.start("year_value")


def _weekday(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"on Tuesday", "next Monday", "last Friday": against the reference day, by tense or its prefix."""
    ref_day = c.ref_day
    if not g["wd"][0].isupper() or ref_day is None or c.direction == "near":
        return None
    target = WEEKDAYS.index(g["wd"].lower())
    prefix = (g["wd_prefix"] or "").strip().lower()
    direction, cue = c.direction, c.cue
    if prefix == "next":
        direction, cue = "future", "next"
    elif prefix == "last":
        direction, cue = "past", None
    if direction == "future":
        delta = (target - ref_day.weekday()) % 7
        if prefix == "next" and delta == 0:
            delta = 7
        date = ref_day + dt.timedelta(days=delta)
        how, rule = f"the {g['wd']} on or after the source date ('{cue}')", "date:weekday-future"
    else:
        delta = (ref_day.weekday() - target) % 7
        if prefix == "last" and delta == 0:
            delta = 7
        date = ref_day - dt.timedelta(days=delta)
        how, rule = f"the {g['wd']} on or before the source date (past tense)", "date:weekday-past"
    return PartialDate(year=date.year, month=date.month, day=date.day), rule, how, 0.85, None


def _ago(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"three days ago", "two weeks ago": back from the reference day, at the unit's precision."""
    ref_day = c.ref_day
    if ref_day is None:
        return None
    number = _NUMBER_WORDS.get(g["ago_n"].lower()) if not g["ago_n"].isdigit() else int(g["ago_n"])
    if number is None:
        return None
    unit = g["ago_unit"].lower().rstrip("s")
    if unit == "day":
        d = ref_day - dt.timedelta(days=number)
        return PartialDate(year=d.year, month=d.month, day=d.day), "date:ago", "", 0.85, None
    if unit == "week":
        d = ref_day - relativedelta(weeks=number)
        return PartialDate(year=d.year, month=d.month), "date:ago", f"week of {d.isoformat()}; month kept", 0.6, None
    if unit == "month":
        d = ref_day - relativedelta(months=number)
        return PartialDate(year=d.year, month=d.month), "date:ago", "", 0.7, None
    d = ref_day - relativedelta(years=number)
    return PartialDate(year=d.year), "date:ago", "", 0.7, None


def _relative(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"last year", "next month", "this week": from the reference day."""
    ref_day = c.ref_day
    if ref_day is None:
        return None
    which, unit = g["rel_which"].lower(), g["rel_unit"].lower()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return PartialDate(year=ref_day.year + step), "date:relative-year", "", 0.8, None
    if unit == "month":
        d = ref_day + relativedelta(months=step)
        return PartialDate(year=d.year, month=d.month), "date:relative-month", "", 0.75, None
    monday = ref_day - relativedelta(days=ref_day.weekday()) + relativedelta(weeks=step)
    return (PartialDate(year=monday.year, month=monday.month), f"date:{which}-week",
            f"week of Monday {monday.isoformat()}; month kept", 0.6, None)


def _day_word(match: re.Match[str], g: dict, c: _Context) -> _Found:
    """"today", "yesterday", "tomorrow": from the reference day."""
    if c.ref_day is None:
        return None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["day_word"].lower()]
    d = c.ref_day + dt.timedelta(days=shift)
    return PartialDate(year=d.year, month=d.month, day=d.day), "date:relative-day", "", 0.85, None


_RESOLVERS = {"mdy": _explicit, "dmy": _explicit, "my": _month_year, "inmonth": _in_month, "year": _year,
              "weekday": _weekday, "ago": _ago, "rel": _relative, "day": _day_word}


@functools.lru_cache(maxsize=4096)
def _parse(words: str, default_year: int | None) -> dt.datetime:
    """dateutil's reading of a month and day (and year), the year defaulting to `default_year`."""
    if default_year is None:
        return date_parser.parse(words)
    return date_parser.parse(words, default=dt.datetime(default_year, 1, 1))


def _infer_year(candidate: dt.date, base: dt.date, direction: str, cue: str | None) -> tuple[int, str]:
    options = _years_around(candidate, base)
    if direction == "future":
        later = [o for o in options if o >= base]
        pick = min(later) if later else max(options)
        return pick.year, f"year inferred: the next such date ('{cue}')"
    earlier = [o for o in options if o <= base + relativedelta(days=1)]
    pick = max(earlier) if earlier else min(options)
    return pick.year, "year inferred: the latest such date not after the source date"


def _infer_month_year(candidate: dt.date, base: dt.date, direction: str, cue: str | None) -> tuple[int, str]:
    first = base.replace(day=1)
    if direction == "future":
        year = candidate.year if candidate >= first else candidate.year + 1
        return year, f"year inferred: the next such month ('{cue}')"
    year = candidate.year if candidate <= first else candidate.year - 1
    return year, "year inferred: the latest such month not after the source date"
