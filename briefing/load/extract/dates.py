"""Dates in the text, resolved against the date of the source (or of the compilation part) they are in.

Each resolution keeps its derivation: "'on Tuesday' → 2025-02-18, source dated 2025-02-19". A weekday
or a month without a year is resolved backwards from the source date when the sentence reports the
past (the default for news) and forwards when it speaks of what is planned ("will", "planned for",
"would"). The tense cues are in date_tense.py, the resolver of each kind of expression in date_resolvers.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.load.extract.date_holidays import HOLIDAY_RE
from briefing.load.extract.date_relative import RESOLVERS
from briefing.load.extract.date_resolvers import MONTHS, WEEKDAYS, Context, printed_days
from briefing.load.extract.date_speech import in_their_words
from briefing.load.extract.date_plans import fronted_present, plan_before, told_as_done
from briefing.load.extract.date_years import without_other_years
from briefing.load.extract.date_tense import (SCHEDULE_VERBS, cue_after, distant_future, future_cue, future_in_past,
                                              modal_cue, present_after, told_after)
from briefing.model import PartialDate

__all__ = ["MONTHS", "WEEKDAYS", "DateMention", "Reference", "cue_after", "date_expressions", "find_dates",
           "folder_span", "future_cue", "prints_no_year"]
_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: Every alternative starts at a word boundary, so the boundary is tested once, before them (which
#: makes the scan about twice as fast as a boundary inside each alternative). A weekday or a day word
#: followed by the month-day it names ("Monday (July 28)", "today, October 23") leaves the day to the
#: month-day: what is printed beats what is worked out (a page's date may be the day after its "today").
_DATES = re.compile(
    rf"""
    \b(?:
    (?P<mdy>{_MONTH_RE}\.?\s+(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:[ \t]?,?\s+(?P<mdy_year>(?:19|20)\d{{2}})\b)?)
  | (?P<dmy>(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_month>{_MONTH_RE})\b(?:[ \t]?,?\s+(?P<dmy_year>(?:19|20)\d{{2}})\b)?)
  | (?P<num>(?P<num_d>\d{{1,2}})\.(?P<num_m>\d{{1,2}})\.(?P<num_y>(?:19|20)\d{{2}})(?![.\d]))
  | (?P<my>(?P<my_month>{_MONTH_RE})\s+(?:of\s+)?(?P<my_year>(?:19|20)\d{{2}})\b)
  | (?P<inmonth>(?:(?i:in|since|until|by|during|early|late|last|this|next)\s+(?i:mid-\s*)?|(?i:mid-)\s*)(?P<im_month>January|February|March|April|May|June|July|August|September|October|November|December)\b
        (?!,?\s+(?:\d{{1,2}}\b|(?:of\s+)?(?:19|20)\d{{2}}\b)))
  | (?P<year>(?i:in|since|until|during|by|of)\s+(?P<year_value>(?:19|20)\d{{2}})\b(?![-/]))
  | {HOLIDAY_RE}
  | (?P<weekday>(?P<wd_prefix>(?i:on|last|this|next|since|until|by|from)\s+)?(?P<wd>{_WEEKDAY_RE})(?:[’']s)?\b
        (?!\s*,?\s*\(?\s*(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\.?\s+\d)))
  | (?P<ago>(?P<ago_n>\d{{1,2}}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+
        (?P<ago_unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b)
  | (?P<rel>(?<![Tt]he\ )(?P<rel_which>(?i:last|this|next))\s+(?P<rel_unit>(?i:week|month|year))\b
        (?!\s+(?i:and\s+a\s+half|or\s+(?:so|two|three|more))\b)
        (?!(?:(?<=This\ week)|(?<=This\ year)|(?<=This\ month))[’']s))
  | (?P<day>(?P<day_word>(?i:today|yesterday|tomorrow|tonight|overnight|this\s+(?:morning|afternoon|evening)))\b
        (?!\s*,?\s*\(?\s*(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\.?\s+\d)))
    )""",
    re.VERBOSE,
)
#: Cheap trigger: only the neighbourhood of one of these is searched with the full pattern. Weekdays,
#: months (full or short), years 19xx/20xx, "ago", today/yesterday/tomorrow/tonight/this morning, last/this/next
#: week/month/year; grouped by first letter, which the engine tries far faster than twenty alternatives.
_ANCHOR = re.compile(
    r"\b(?:M(?:onday|ar(?:ch)?|ay)|T(?:uesday|hursday|oday|omorrow|onight)|Wednesday|F(?:riday|eb(?:ruary)?)|"
    r"S(?:aturday|unday|ep(?:t(?:ember)?)?)|J(?:an(?:uary)?|une?|uly?)|A(?:pr(?:il)?|ug(?:ust)?)|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?|19\d\d|20\d\d|ago|t(?:oday|omorrow|onight|his (?:week|month|year|morning|afternoon|evening))|"
    r"This (?:morning|afternoon|evening|week|month|year)|[Yy]esterday|[Oo]vernight|"
    r"[Ll]ast (?:week|month|year)|[Nn]ext (?:week|month|year)|Christmas|Easter|Thanksgiving|New Year|Boxing Day|"
    r"Independence Day)\b")


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
    #: The date is a scrape's stamp ("date 2025-06-23") or a timestamp line under the headline ("Thursday, 27 March
    #: 2025 06:48 PM EDT"): the day in some time zone, perhaps a day behind the text's own ("announced on
    #: Tuesday" under a Monday stamp), so a weekday named for the day after it is not read as last week's (see
    #: date_resolvers._weekday; stages.reference_for sets it).
    stamp: bool = False
    #: The first and last publication days of the folder's dated sources, for a source that is undated and
    #: prints no year at all: a month-day takes the one year that puts it near them (date_resolvers.in_folder).
    folder: tuple[dt.date, dt.date] | None = None
    #: `date` is a day the text prints with its weekday ("Saturday, Nov. 22, 2025"), the floor of an interval
    #: (anchoring.printed_anchor): that weekday named alone ("on Saturday") is that day, not one a week on.
    named_floor: bool = False

    @property
    def day(self) -> dt.date | None:
        return _day(self.date)

    @property
    def month(self) -> dt.date | None:
        """The first day of the month a source is dated to when its stamp prints the month only ("date 2025-04"):
        dates that need no day of writing ("in March", "March 19") take their year from it; none other does."""
        d = self.date
        return dt.date(d.year, d.month, 1) if d is not None and d.month is not None and d.day is None else None

    @property
    def latest_day(self) -> dt.date | None:
        return _day(self.latest)


#: A year printed anywhere in a text ("2025", "in 2014"): a text that prints none is read against its folder.
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: How many dated sources a folder needs before its span dates the month-days of a source that prints no year,
#: and how many days that span may cover at most (a folder on one episode; one over several seasons or years
#: does not say when an undated article of it was written).
FOLDER_MIN_DATED = 2
FOLDER_MAX_SPAN = 120


def folder_span(published: list[PartialDate | None]) -> tuple[dt.date, dt.date] | None:
    """The first and last days of the folder's dated sources (publication dates to the day), when it has at
    least FOLDER_MIN_DATED of them, no more than FOLDER_MAX_SPAN days apart."""
    days = sorted(day for day in map(_day, published) if day is not None)
    if len(days) < FOLDER_MIN_DATED or (days[-1] - days[0]).days > FOLDER_MAX_SPAN:
        return None
    return days[0], days[-1]


def prints_no_year(text: str) -> bool:
    """Whether a text prints no year at all: then only its folder can give its month-days a year."""
    return _ANY_YEAR.search(text) is None


def _day(d: PartialDate | None) -> dt.date | None:
    if d is None or d.month is None or d.day is None:
        return None
    return dt.date(d.year, d.month, d.day)


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
    # A month-day printed with its weekday takes the folder's year where the calendar agrees (date_resolvers.
    # _weekday_beside): for a date shown, not for anchoring's bound (which reads past days only).
    corpus_year = None if guess_year else fallback_year
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
    printed = printed_days(matches)
    for match in matches:
        if match.start() in seen:
            continue
        seen.add(match.start())
        mention = _resolve_within(match, sentence, start, ref, fallback_year, printed, corpus_year)
        if mention is not None:
            found.append(mention)
    found = without_other_years(text, found)  # "In 2025, … on February 28" in a page of 2026: not 2026-02-28
    if found and in_post(text, start):
        found = [m for m in found if m.rule in _PRINTED_IN_FULL]
    if any(m.text.lower() == "overnight" for m in found) and (len(found) > 1 or _told_of_another_day(text, start, ref)):
        found = [m for m in found if m.text.lower() != "overnight"]
    return in_their_words(sentence, start, found)  # "X said he met Y this morning": X's morning, not the writer's


#: How far before an "overnight" `_told_of_another_day` reads (two paragraphs of news copy, about).
_LOOK_BACK = 1500


def _told_of_another_day(text: str, start: int, ref: Reference) -> bool:
    """Whether the text names a day other than the day of writing in the paragraph before `start` or the one
    before it: "overnight" there may be that day's night ("On March 3 troops entered … Overnight, drones hit
    …"), so it is not read as the night before the day of writing. ("overnight on Dec. 23", "overnight,
    officials said on Monday": the sentence's other date is its own, find_dates.)"""
    floor = max(0, start - _LOOK_BACK)  # a bounded look: linear however many "overnight"s a text holds
    lo = text.rfind("\n\n", floor, max(floor, text.rfind("\n\n", floor, start)))
    lo = floor if lo < 0 else lo
    for match in _candidates(text, lo, start):
        if match.lastgroup == "day" and match.group("day_word").lower() in ("today", "overnight"):
            continue
        try:
            told = _resolve(match, text[lo:start], lo, ref, None)
        except (ValueError, OverflowError, KeyError, StopIteration):
            continue
        if told is not None and told.date.day is not None and _day(told.date) != ref.day:
            return True
    return False


#: A paragraph of an embedded social post: led by a hashtag ("#Nepal: We are shocked … today"), or carrying a
#: post's picture link or signature ("… pic.twitter.com/… — Jane Roe (@janeroe) September 8, 2025").
_POST_LINE = re.compile(rf"^[ \t]*#[A-Za-z]\w*|pic\.twitter\.com/|\(@\w{{1,30}}\)\s+{_MONTH_RE}\.?\s+\d{{1,2}},\s+(?:19|20)\d{{2}}", re.MULTILINE)
#: The rules of a date the text prints in full, which need no day of writing.
_PRINTED_IN_FULL = frozenset({"date:explicit", "date:month-year", "date:year"})


def in_post(text: str, start: int) -> bool:
    """Whether the paragraph holding `start` is an embedded post's: a post has its own day, not the page's, so its
    "today" or "on Monday" is not resolved against the page's date (a date printed in full is kept)."""
    global _posts  # noqa: PLW0603 - a one-text memo: each paragraph read once, not once a sentence of it
    if _posts[0] is not text:
        _posts = (text, {})
    line = text.rfind("\n", 0, start) + 1
    memo = _posts[1]
    if line not in memo:
        end = text.find("\n", start)
        memo[line] = _POST_LINE.search(text, line, len(text) if end < 0 else end) is not None
    return memo[line]


_posts: tuple[str, dict[int, bool]] = ("", {})


#: How far before an interval's first day (an undated source's, anchored by the latest day it prints or by the
#: events it shares) a month-day printed without its year is still given the year before: the writing is a guess
#: of that interval, and a month-day months before it, across the turn of a year, is background of any year before
#: ("On September 11" under a latest printed "January 8, 2023"). In the floor's own year it keeps that year (an
#: explainer's "on March 3" under "13 May 2025").
INTERVAL_REACH = 31


def _resolve_within(match: re.Match[str], sentence: str, offset: int, ref: Reference,
                    fallback_year: int | None, printed: tuple[dt.date, ...] = (),
                    corpus_year: int | None = None) -> DateMention | None:
    """`_resolve` against the reference, or against both ends of its interval when it has one: a date
    the two ends disagree on ("on Monday" in a piece written some day that week) is left undated."""
    try:
        first = _resolve(match, sentence, offset, ref, fallback_year, printed, corpus_year)
        latest = ref.latest_day
        if first is None or latest is None or latest == ref.day:
            return first
        other = _resolve(match, sentence, offset, Reference(ref.latest, ref.label), fallback_year, printed)
    except (ValueError, OverflowError, KeyError, StopIteration):
        return None
    if first.rule == "date:explicit-year-inferred" and ref.day is not None and first.date.day is not None \
            and first.date.year < ref.day.year and (ref.day - _day(first.date)).days > INTERVAL_REACH:
        return None  # "On September 11, …" in a piece whose latest printed day is "January 8, 2023": background
    if other is None or other.date != first.date:
        prefix = (match.group("wd_prefix") or "").strip().lower() if match.lastgroup == "weekday" else "x"
        if not ref.named_floor or prefix not in ("", "on") or _day(first.date) != ref.day:
            return None
        basis = first.basis.replace(f"{ref.label} {ref.date.iso}", f"the {match.group('wd')} the text prints in "
                                    f"full ({ref.date.iso}, the latest day it prints)", 1)
        return DateMention(start=first.start, end=first.end, text=first.text, date=first.date, rule=first.rule,
                           basis=basis, confidence=min(first.confidence, 0.6))
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


def date_expressions(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The date expressions in text[start:end], resolved or not ("last Thursday" on an undated page too)."""
    return list(_candidates(text, start, end))


def _quoted(text: str) -> str:
    return "'" + " ".join(text.split()) + "'"


#: Words after a date that say what would or may be, not what is planned: the day may lie either side of the day
#: of writing ("that on June 13, Trump would host", "the summit on Friday must succeed").
_MAY_BE = frozenset({"would", "must", "should", "could", "can", "may", "might"})


def _uncued(sentence: str, start: int, end: int, weekday: bool) -> tuple[str, str | None]:
    """The way a date with no future word around it is read: "past" (the day gone by), unless the sentence says
    otherwise — "near" (either side of the day of writing) or "future" (the coming one); with the words that say
    so, where they are the clause's own verb ("begin" in "talks begin on Tuesday")."""
    if distant_future(sentence, start):
        return "near", None  # a "will" far back in the sentence: the day may be the plan's, or not
    if modal_cue(sentence, start):
        return "near", None  # "could sign it as early as Friday": the coming Friday, or a past one's "could"
    if not weekday:
        return "past", None
    if sentence.startswith(("’s", "'s"), end - 2) and present_after(sentence, end):
        return "near", None  # "Thursday’s summit comes at a pivotal moment": this Thursday's, or the last's
    # "Macron and Zelensky meet on Friday", "is visiting Kyiv on Friday": the coming Friday; "promised to call him
    # on Friday", "ahead of the meeting on Friday": either side
    plan = plan_before(sentence, start)
    return plan if plan is not None else ("past", None)


def _after_the_fact(match: re.Match[str], sentence: str, span: tuple[int, int], ref_day: dt.date, direction: str,
                    present: bool) -> str:
    """The way a weekday told in the present is read when the text may tell it after the fact: a live page updated
    the next day, a feature's narrative ("Zelensky arrives at the White House on Friday" under a Saturday date), or a
    weekday leading a clause in the present ("On Monday, the talks open in Riyadh": a preview's or a narrative's).
    "near" (undated) when the day gone by is the day before the day of writing and the coming one six days ahead,
    or, for a leading weekday, whenever the two differ; the reading as it stands otherwise (the day of writing,
    either way, stays; "Zelensky meets Mohammed bin Salman in Jeddah on Monday." under a Wednesday date stays the
    coming Monday)."""
    prefix = (match.group("wd_prefix") or "").strip().lower()
    back = (ref_day.weekday() - WEEKDAYS.index(match.group("wd").lower())) % 7
    if prefix not in ("", "on") or back == 0:
        return direction
    if direction == "future" and present and back <= _JUST_GONE:
        return "near"
    if direction == "past" and fronted_present(sentence, *span):
        return "near"
    return direction


#: How many days back a weekday told in the present may be the day gone by rather than the coming one: a live page
#: updated the next day, a stamp a day behind the text (a preview of a day six ahead is rarely told in the present).
_JUST_GONE = 1


def _resolve(match: re.Match[str], sentence: str, offset: int, ref: Reference,
             fallback_year: int | None, printed: tuple[dt.date, ...] = (),
             corpus_year: int | None = None) -> DateMention | None:
    """The date a matched expression names, by its kind (one resolver a kind, below), with its basis."""
    kind = match.lastgroup
    s, e = match.start(), match.end()
    if kind == "weekday":
        s = match.start("wd_prefix") if match.group("wd_prefix") else match.start("wd")
    cue = future_cue(sentence, s - offset)
    present = cue in SCHEDULE_VERBS  # a plan told in the bare present: "Witkoff, who meets Putin on Monday"
    if present and told_as_done(sentence):
        cue = None  # "Zelensky meets Saudi crown prince on Monday" as a headline or a caption: what happened
    direction = "future" if cue else "past"
    if present and cue and (plan_before(sentence, s - offset) or ("",))[0] == "near":
        direction = "near"  # "Trump meets Putin after the row on Friday": the row's day may be gone by
    if cue == "would" and told_after(sentence, e - offset) or cue and future_in_past(sentence, s - offset):
        direction = "near"  # "announced he would hold a summit on Thursday after a call yielded progress"; "was
        # to be held in December": a plan told in the past, its day either side of the day of writing
    if cue is None:
        cue = cue_after(sentence, e - offset, s - offset)
        # "that on June 13, Trump would host": the future of a past day of saying, either side of the day of
        # writing (a month-day takes its nearest year; a weekday stays undated).
        direction = "near" if cue in _MAY_BE else "future" if cue else "past"
        if cue is None:
            direction, cue = _uncued(sentence, s - offset, e - offset, kind == "weekday")
            present = direction == "future"  # (only a plan verb in the present reads forwards there)
    if kind == "weekday" and ref.day is not None:
        direction = _after_the_fact(match, sentence, (s - offset, e - offset), ref.day, direction, present)
    resolver = RESOLVERS.get(kind or "")
    context = Context(ref.day, direction, cue, fallback_year, printed, ref.stamp, ref.folder, corpus_year, ref.month)
    found = resolver(match, match.groupdict(), context) if resolver else None
    if found is None:
        return None
    date, rule, how, confidence, start = found
    words = match.group(0) if start is None else match.string[start:e]
    s = s if start is None else start
    source = f"{ref.label} {ref.date.iso}" if ref.date else "source undated"
    basis = f"{_quoted(words)} → {date.iso}, {source}" + (f"; {how}" if how else "")
    return DateMention(start=s, end=e, text=match.string[s:e], date=date, rule=rule, basis=basis,
                       confidence=confidence)
