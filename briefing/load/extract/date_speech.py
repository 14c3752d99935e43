"""A relative day in someone's reported words: "X said he met Y this morning", "Y met Z yesterday, X said",
"“I resigned today,” X told reporters". The words are counted from the day X spoke them, which need not be the day
of writing (a page dated the 13th reporting a statement of the 12th: its "this morning" is the 12th). So such a
day is resolved against the saying's own day when the sentence prints one next to its verb ("X said on
Wednesday that …", "…, X said on Wednesday."), and left undated when it prints none. A day in the reporting
clause itself ("X said today that …", "X told reporters this morning") is the writer's and stays as it was.

Only past reporting verbs are read ("says", "tells" report the day of writing), and only the day words of
dates.py ("today", "tonight", "this morning", "yesterday", "tomorrow"); weekdays and month-days name their day
whichever day they are counted from (bar the day of saying itself), and are left as they were — but for a
weekday of what the speaker said they "would" do, which lies after the day of saying ("announced on Monday he
would visit Paris on Tuesday": the next day), not after the day of writing. "Overnight" is
the wire's own word for the night before its day ("Russia launched drones overnight, the governor said": events13),
read as dates.py reads it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefing.model import PartialDate

if TYPE_CHECKING:
    from briefing.load.extract.dates import DateMention

__all__ = ["in_their_words"]

#: Past reporting verbs: the day of saying is then some day up to the day of writing, not known to be it. Not
#: after "was"/"were"/"been" ("was told yesterday" is the telling's own day, read as the writer's). Those of
#: _CLAUSAL take reported words right after them ("said the talks failed"); the others may take a thing ("announced
#: new sanctions this morning": the announcing's day), so their words are reported only after "that" or a pronoun.
_NOT_PASSIVE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b"
_CLAUSAL = "said|added|stated|explained|insisted|noted|recalled|declared|stressed"
_SAID = re.compile(_NOT_PASSIVE + rf"(?:(?P<clausal>{_CLAUSAL})|told|wrote|announced|confirmed|claimed|warned|"
                   r"revealed|acknowledged|admitted)\b")
_THAT = re.compile(r"\b(?:that|he|she|they|we|I|it|there)\b")
#: A reporting clause closing the sentence after a comma: ", X said.", ", X told reporters on Wednesday.",
#: ", according to the ministry." (its comma may stand inside a closing quotation mark: ',” X said.').
_ACCORDING = re.compile(r"\baccording\s+to\b")
#: The words a reporting verb's own phrase is made of besides names and numbers ("told reporters in a statement on
#: Wednesday", "said in an interview with Reuters today"): any other word before a day starts the words reported.
_ADJUNCT = frozenset(
    "to in at on with from a an the his her their its reporters journalists lawmakers parliament statement "
    "interview briefing conference press news television radio broadcast address speech post video message "
    "meeting state national late early separately also later earlier again publicly this morning afternoon "
    "evening today tonight yesterday last night".split())
#: What may stand between a fronted day and the reporting verb it dates ("On Wednesday, Serbia's prime minister
#: X said …"): names (capitalized) and these; no clause ("who arrived on Monday, said").
_TITLE = frozenset(
    "the prime minister president foreign defence defense interior finance spokesman spokeswoman spokesperson of "
    "chief leader secretary minister deputy also then later earlier separately and".split())
#: "today's talks", "yesterday's vote": the writer's name for a thing by its day (a spokesman "said that the
#: purpose of today's talks is …"); "today (Sunday)": the writer's day, glossed. Both kept as they were.
_WRITERS = re.compile(r"[’']s\b|\s*\(\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WORD = re.compile(r"[\w’'.-]+")
_WORDS_MAX = 12


def _words(stretch: str) -> list[str]:
    return _WORD.findall(stretch)


def _adjunct(stretch: str) -> bool:
    """Whether the text between a reporting verb and a day after it is the verb's own phrase: short, no clause."""
    if any(ch in stretch for ch in ".;:“”\"‘’") or stretch.count(",") > 1:
        return False
    words = _words(stretch)
    return len(words) <= 6 and all(w in _ADJUNCT or w[0].isupper() or w[0].isdigit() for w in words)


def _fronted(stretch: str) -> bool:
    """Whether the text between a day and a reporting verb after it is only the speaker's name and title."""
    if any(ch in stretch for ch in ".;:“”\"") or stretch.count(",") > 1:
        return False
    words = _words(stretch)
    return len(words) <= 8 and all(w[0].isupper() or w.lower() in _TITLE for w in words)


def _tail_start(sentence: str) -> int | None:
    """Where a closing reporting clause begins (its comma), if the sentence ends with one: ", X said (on Monday).",
    ", according to X."."""
    comma = sentence.rfind(",")
    if comma < 0:
        return None
    tail = sentence[comma + 1:].rstrip().rstrip(".!?")
    if len(_words(tail)) > _WORDS_MAX or any(ch in tail for ch in ";:“\""):
        return None
    if _ACCORDING.search(tail):
        return comma
    verbs = list(_SAID.finditer(tail))
    return comma if verbs and _adjunct(tail[verbs[-1].end():]) else None


def _reported(verb: re.Match[str], sentence: str, at: int) -> bool:
    """Whether a day at `at`, after a reporting verb, stands in the words it reports."""
    if at - verb.end() <= _REACH and _adjunct(sentence[verb.end():at]):
        return False
    return verb.group("clausal") is not None or _THAT.search(sentence, verb.end(), min(at, verb.end() + _REACH)) is not None


#: How far from its reporting verb a day may stand to be the saying's own ("said in an interview with the state
#: broadcaster on Wednesday"; "On Wednesday, Serbia's deputy prime minister X said"): a bounded look.
_REACH = 120


@dataclass
class _Sayings:
    """The reporting verbs of one sentence, its closing reporting clause, and the day each verb's saying is dated by
    (looked for once a verb, in its neighbourhood only: linear however many days the sentence holds)."""

    sentence: str
    offset: int
    found: list[DateMention]
    tail: int | None = None
    verbs: list[re.Match[str]] = field(default_factory=list)
    frames: dict[int, DateMention | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.found = sorted(self.found, key=lambda m: m.start)
        self.tail = _tail_start(self.sentence)
        self.verbs = list(_SAID.finditer(self.sentence))
        self._ends = [v.end() for v in self.verbs]
        self._starts = [m.start - self.offset for m in self.found]

    def frame(self, at: int) -> tuple[bool, DateMention | None]:
        """(whether the day at `at` stands in reported words, the mention dating their saying if one does)."""
        if self.tail is not None and at < self.tail:
            after = bisect_right(self._starts, self.tail)
            return True, self.found[after] if after < len(self.found) else None
        index = bisect_right(self._ends, at) - 1
        if index < 0 or not _reported(self.verbs[index], self.sentence, at):
            return False, None
        if index not in self.frames:
            self.frames[index] = self._own_day(self.verbs[index])
        return True, self.frames[index]

    def _own_day(self, verb: re.Match[str]) -> DateMention | None:
        """The day printed in the verb's own phrase, after it or fronted before it, if any."""
        lo = bisect_right(self._starts, verb.start() - _REACH)
        for mention, o in zip(self.found[lo:], self._starts[lo:]):
            if o >= verb.end() + _REACH:
                break
            if verb.end() <= o and _adjunct(self.sentence[verb.end():o]) or \
                    o < verb.start() and _fronted(self.sentence[mention.end - self.offset:verb.start()]):
                return mention
        return None


def _shifted(mention: DateMention, frame: DateMention) -> DateMention | None:
    """The day word counted from the saying's day."""
    f = frame.date
    if f.month is None or f.day is None:
        return None
    word = " ".join(mention.text.lower().split())
    shift = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0
    day = dt.date(f.year, f.month, f.day) + dt.timedelta(days=shift)
    return _moved(mention, frame, day, f"'{word}' → {day.isoformat()}, counted from the day they were said: "
                                       f"'{' '.join(frame.text.split())}' → {f.iso}")


def _moved(mention: DateMention, frame: DateMention, day: dt.date, basis: str) -> DateMention:
    """The mention put on `day`, counted from the saying `frame`, with that basis (the mention itself when it
    already is that day)."""
    date = PartialDate(year=day.year, month=day.month, day=day.day)
    if date == mention.date:
        return mention
    return replace(mention, date=date, basis=basis, confidence=min(mention.confidence, frame.confidence, 0.7))


_WEEKDAY = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _would_day(mention: DateMention) -> bool:
    """Whether the mention is a weekday read forwards by a "would" ("said on Monday he would visit on Tuesday")."""
    return mention.rule == "date:weekday-future" and mention.basis.endswith("('would')") \
        and not mention.text.lower().startswith("next")


def _after_saying(mention: DateMention, frame: DateMention) -> DateMention | None:
    """A weekday of what someone said they would do, counted forwards from the day they said it: the first such
    weekday after it ("announced on Monday he would visit Paris on Tuesday": the next day, not the Tuesday after
    the day of writing); None (undated) when it is that day's own weekday."""
    f, name = frame.date, _WEEKDAY.search(mention.text)
    if f.month is None or f.day is None or name is None:
        return mention
    said = dt.date(f.year, f.month, f.day)
    ahead = (_DAY_NAMES.index(name.group(0).lower()) - said.weekday()) % 7
    if ahead == 0:
        return None  # "said on Monday he would meet him on Monday": later that day, or a week on? not known
    day = said + dt.timedelta(days=ahead)
    return _moved(mention, frame, day, f"'{name.group(0)}' → {day.isoformat()}, the first after the day it was "
                                       f"said: '{' '.join(frame.text.split())}' → {f.iso}")


def _plain_frame(sentence: str, at: int) -> bool:
    """Whether a saying's day at `at` dates the saying beyond doubt: after its verb ("said on Monday"), or leading
    the sentence ("On Monday, X said"); not one fronted from a clause of its own ("X, who met Y on Monday, said":
    the meeting's). (A bounded look back: linear however many days the sentence holds.)"""
    lead = sentence[max(0, at - _REACH):at]
    return _SAID.search(lead) is not None or (at <= _REACH and len(lead.strip()) <= 3)


def in_their_words(sentence: str, offset: int, found: list[DateMention]) -> list[DateMention]:
    """`found` (the dates of the sentence at `offset`) with each day word in reported words counted from the day of
    saying the sentence prints, or left out when it prints none; a weekday of what someone said they would do
    counted forwards from that day."""
    if not any(m.rule == "date:relative-day" or _would_day(m) for m in found):
        return found
    kept: list[DateMention] = []
    sayings = _Sayings(sentence, offset, found)
    for mention in found:
        if _would_day(mention):
            reported, frame = sayings.frame(mention.start - offset)
            moved = _after_saying(mention, frame) if reported and frame is not None and frame is not mention \
                and _plain_frame(sentence, frame.start - offset) else mention
            if moved is not None:
                kept.append(moved)
            continue
        if mention.rule != "date:relative-day" or mention.text.lower() == "overnight" \
                or _WRITERS.match(sentence, mention.end - offset):
            kept.append(mention)
            continue
        reported, frame = sayings.frame(mention.start - offset)
        if not reported:
            kept.append(mention)
        elif frame is not None and frame is not mention and (shifted := _shifted(mention, frame)) is not None:
            kept.append(shifted)
    return kept
