"""A day counted from a thing the article has dated: "two days after the attack", "a week after the vote", "the day
before the talks" (events20, issue 10).

The thing's own day must be known from an earlier sentence of the same article, and known once: the day of an
event whose sentence has that thing as its subject or its act ("The vote took place on Sunday", "Gunmen attacked
the port on Friday"), or a day the thing is named by ("Sunday's vote", "the Friday attack", "the attack on
Friday"). A thing the article dates on two days ("the attack" of Monday and of Thursday), or never, leaves the
counted day undated: never a guess. Read only by a sentence with no date of its own (stage_b), as counted_day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.load.extract.dates import DateMention
from briefing.model import PartialDate

_NOUNS = (r"attack|vote|election|referendum|talks|summit|meeting|crash|collision|shooting|stabbing|ramming|bombing|"
          r"explosion|blast|fire|ceremony|strike|visit|inauguration|arrest|funeral|rally|protest|massacre|raid|"
          r"earthquake|quake|storm|call|debate|ruling|verdict")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
#: "two days after the attack", "a week after last month's vote" (not this: its own day), "the day before the talks".
_COUNTED = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)|"
    r"(?P<the>the\s+day))\s+(?P<dir>after|before)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>" + _NOUNS + r")s?\b(?!\s+(?:on|of|in)\s)", re.IGNORECASE)
#: The thing's noun and the day it is named by: "Sunday's vote", "the Friday attack", "the attack on Friday".
_NOUN_AFTER_DAY = re.compile(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,1}?(?P<noun>" + _NOUNS + r")s?\b", re.IGNORECASE)
_NOUN_BEFORE_DAY = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>" + _NOUNS + r")s?\s+(?:on\s+)?$",
                              re.IGNORECASE)
#: A sentence whose act is the thing: "Gunmen attacked …" (its subject: "The vote took place …", read in `read`).
_OWN_ACT = {"attack": r"attacked", "vote": r"voted", "meeting": r"met", "visit": r"visited",
            "arrest": r"(?:was |were )?arrested", "call": r"called", "crash": r"crashed", "explosion": r"exploded",
            "blast": r"exploded", "fire": r"caught fire"}  # (past forms: a noun "vote" may be a further day's verb)


def _noun(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word not in {"talks", "summit"} and not word.endswith("ss") else word


@dataclass(slots=True)
class ThingDays:
    """The days the article so far dated each thing on (shared by the sentences of one source)."""

    days: dict[str, set[dt.date]] = field(default_factory=dict)

    def read(self, text: str, start: int, end: int, picks: list) -> None:  # noqa: ANN001 - (DateMention, verb)
        """Record the things a sentence's events date (`picks`: its events' (date, verb))."""
        for mention, verb in picks:
            d = mention.date
            if d.day is None:
                continue
            day = dt.date(d.year, d.month, d.day)
            nouns = {_noun(m.group("noun")) for m in (_NOUN_AFTER_DAY.match(text, mention.end, end),
                                                      _NOUN_BEFORE_DAY.search(text, max(start, mention.start - 40),
                                                                              mention.start)) if m is not None}
            said = verb.group(0).lower()
            nouns |= {noun for noun, form in _OWN_ACT.items() if re.fullmatch(form, said)}
            subject = re.match(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(" + _NOUNS + r")s?\s", text[start:verb.start() + 1],
                               re.IGNORECASE)
            nouns |= {_noun(subject.group(1))} if subject is not None else set()
            for noun in nouns:
                self.days.setdefault(noun, set()).add(day)

    def counted(self, text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[DateMention]:
        """The day text[start:end] (a sentence with no date of its own) counts from a thing dated once before."""
        # Every match holds "after" or "before" (no other character folds to their letters): a sentence without
        # either is not scanned (cold16).
        said = text[start:end].lower()
        found = _COUNTED.search(text, start, end) if "after" in said or "before" in said else None
        if found is None or any(a <= found.start() < b for a, b in quoted):
            return []
        days = self.days.get(_noun(found.group("noun")), set())
        if len(days) != 1:
            return []  # never dated, or dated twice: which one is not known
        base = next(iter(days))
        count = 1 if found.group("the") else _NUMBERS.get(found.group("n").lower()) or int(found.group("n"))
        shift = count * (7 if (found.group("unit") or "day").lower().startswith("week") else 1)
        day = base + dt.timedelta(days=shift if found.group("dir").lower() == "after" else -shift)
        basis = f"{found.group(0)!r} → {day.isoformat()}, {shift} days from the {found.group('noun')} of {base}"
        confidence = 0.6 if found.group("unit") and found.group("unit").lower().startswith("week") else 0.75
        return [DateMention(found.start(), found.end(), found.group(0),
                            PartialDate(year=day.year, month=day.month, day=day.day), "date:counted-thing", basis,
                            confidence)]
