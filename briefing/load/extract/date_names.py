"""How a month-day is named where it is printed: as the day of a thing everyone knows ("the October 7th attack",
"the attacks of October 7": `named_day`, its year not given), or with the weekday it falls on ("on Thursday, 8
May": `printed_weekday`, which the calendar must agree with). date_resolvers.py reads both.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

__all__ = ["WEEKDAYS", "calendar_agrees", "named_day", "named_weekday", "printed_weekday", "the_date_noun"]

#: A weekday printed right before a month-day: "on Thursday, 8 May", "Friday (June 13)".
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?\s*$")


def printed_weekday(match: re.Match[str]) -> str | None:
    """The weekday printed right before the month-day `match` ("Thursday" of "on Thursday, 8 May"), if any."""
    weekday = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 14), match.start())
    return weekday.group(1) if weekday else None


def calendar_agrees(weekday: str, day: dt.date) -> bool:
    return WEEKDAYS[day.weekday()] == weekday.lower()


#: A month-day printed without a year as the name of a day ("the October 7th attack", "the attacks of
#: October 7", "the Jan. 6 riot"): writers leave the year out of a day everyone knows, which is seldom a day
#: of the article's own week, so the article's date does not give its year. Left undated.
#: "the", or a possessive before it: "its March 3 suspension", "Russia's Feb. 24 invasion" (the noun's day).
#: An adjective of the thing may stand between (events22): "the deadly March 29 collision", "the failed May 2 vote";
#: an election's (events26): "the controversial October 2024 elections", "the snap May 3 vote".
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-Z][\w-]*['’]s)\s+"
                         r"(?:(?:deadly|fatal|bloody|tragic|devastating|disastrous|catastrophic|failed|botched|"
                         r"disputed|contested|historic|landmark|infamous|brutal|massive|surprise|mid-air|midair|"
                         r"controversial|divisive|flawed|rigged|recent|snap|general|presidential|parliamentary|"
                         r"legislative)\s+)?$")
_PLURAL_OF_BEFORE = re.compile(r"\b[a-z]{3,}s of\s+$")
#: A noun right after the date (not a function word), perhaps after the comma a year takes ("the Feb. 24, 2022,
#: invasion").
_NOUN_AFTER = re.compile(r"(?:st|nd|rd|th)?,?[ \u00a0]+(?!(?:and|or|to|in|at|on|as|when|after|before|while|with|by|"
                         r"for|of|that|the|a|an|is|was|were|will|would|has|had|have|which|who|where)\b)[a-z]{3,}\b")


def the_date_noun(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] stands as "the <date> <noun>": the name of a thing's day ("the October
    7th attack", "the Feb. 24, 2022, invasion")."""
    return bool(_THE_BEFORE.search(text, max(0, start - 40), start)) and bool(_NOUN_AFTER.match(text, end))


def named_day(match: re.Match[str]) -> bool:
    """"the <month-day> <noun>" or "<nouns> of <month-day>"."""
    text, start = match.string, match.start()
    return bool(_PLURAL_OF_BEFORE.search(text, max(0, start - 20), start)) or the_date_noun(text, start, match.end())


#: "a" or "an" before a weekday that names a thing's day: "postponed a Friday deadline", "an early Monday vote".
_A_BEFORE = re.compile(r"\b[Aa]n?\s+(?:(?:early|late|planned|scheduled|key|new)\s+)?$")


def a_day_noun(text: str, start: int, end: int) -> bool:
    """Whether the weekday text[start:end] stands as "a <weekday> <noun>" ("a Friday deadline"): the day of that
    thing, which the verb's tense does not place ("The stay postponed a Friday deadline" is no act of last
    Friday)."""
    return bool(_A_BEFORE.search(text, max(0, start - 20), start)) and bool(_NOUN_AFTER.match(text, end))


#: A word that makes a weekday part of a name when it stands right before it: "Good Friday", "Black Monday",
#: "Super Tuesday", "Ash Wednesday", "Bloody Sunday", "Cyber Monday", "Holy Saturday", "Easter Monday" — a feast,
#: a crash, a massacre, a sale, not a day of the writer's week; a newspaper's: "the Mail on Sunday".
_NAME_BEFORE = re.compile(r"\b(?:Good|Black|Super|Ash|Bloody|Cyber|Holy|Easter|Maundy|Palm|Shrove|Fat|Giving|Whit|"
                          r"Clean|Small\s+Business|(?:Mail|Independent)\s+on)\s+$")
#: A capitalised noun right after the weekday that makes it a name: "the Friday Accord", "the Good Friday
#: Agreement", "the Monday Massacre", "the Black Monday Crash"; a newspaper's: "the Sunday Times".
_NAME_AFTER = re.compile(r"(?:[’']s)?\s+(?:Agreements?|Accords?|Treaty|Pact|Declaration|Massacre|Crash|Uprising|"
                         r"Rising|Offensive|Bombings?|Inquiry|Sales?|Prayers?|Mass|Movement|Protests?|"
                         r"Times|Telegraph|Express|Mirror|Herald|Post|Independent|Star)\b")


#: A verb that gives the weekday after it a name: "Trump has dubbed Wednesday “Liberation Day”", "designated Sunday
#: a day of mourning" — the day named, which the verb's tense does not place (the naming was done before it).
#: ("called", "named", "declared" also tell when: "X named Friday a new chief" is X's act of Friday.)
_NAMING_BEFORE = re.compile(r"\b(?:dubb?(?:ed|s)?|designat(?:ed|es?)|brand(?:ed|s)?)\s+$")


def named_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday text[start:end] is part of a name ("Good Friday", "Black Monday", "the Friday Accord"),
    or a day given one ("has dubbed Wednesday “Liberation Day”"): no day of the week the source was written in
    ("on Friday", "Friday's vote" are)."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 16), start)) or bool(_NAME_AFTER.match(text, end)) \
        or bool(_NAMING_BEFORE.search(text, max(0, start - 16), start))
