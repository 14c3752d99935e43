"""Two introductions person_intros.py's formulas miss (issue 10, people21): an aside between the name and its
speech verb, and a title whose "to <country>" phrase stands right before the name.

  "Jo Roe, who came with her sons, said …"            a relative clause between commas, then a speech verb
  "Jo Roe, 54, a retired welder from Dayton, told …"   an age and a description, then a speech verb
  "Jo Roe, a retired miner from Leeds, said …"         a person's description with no title in it, then one
are full names next to a speech verb, as "Jo Roe said" is (person:speech; no role: a description is no title,
and the words of it place no one: "a supporter of Ukraine" is no Ukrainian).
  "Jo, a retired teacher from Bonn, …"                  a name, even one word, described as a person by a noun
  "Jo, 72, voiced …"                                   only a person is, or given an age (person:described,
                                                       the weakest)
  "U.S. Ambassador to Russia Jo Roe said"              the title, "to" and the country it is held in, then the
                                                       name (person:title; the side is the title's own,
                                                       before "to": the ambassador is the United States')
Each test is a match at one place with a bounded character class: constant work per name.
"""

from __future__ import annotations

import re

from briefing.load.extract.name_words import TITLES
from briefing.load.extract.person_formulas import SPEECH
from briefing.load.extract.person_groups import Introduction

__all__ = ["aside_before_speech", "aside_introduction", "described_as_person", "title_to_before"]

#: After a full name: an aside between commas (a "who"/"whose" clause, an age and a description, or a
#: description opening with "a"/"an" that DESCRIBED reads as a person's), then a speech verb. No quotation,
#: sentence end or bracket inside.
_ASIDE = r"[^,.;:!?“”\"()\n]{1,100}"
ASIDE_SPEECH = re.compile(
    rf",[ \u00a0](?:(?:who|whose)[ \u00a0]{_ASIDE}|\d{{1,3}},[ \u00a0]{_ASIDE}"
    rf"|(?P<described>(?:a|an)[ \u00a0]{_ASIDE})),[ \u00a0](?:{SPEECH})\b")
#: After a name: ", a/an" and up to three words, then a noun only a person is ("Bruno, a bearded man in a green scarf,",
#: "Lina, a retired teacher from Bonn,"): vox-pop copy names people by a first name this way.
_PERSON_NOUNS = ("man|woman|voter|resident|pensioner|retiree|student|worker|mother|father|grandmother|grandfather|"
                 "nurse|teacher|farmer|engineer|driver|shopkeeper|mechanic|welder|electrician|plumber|carpenter|"
                 "builder|baker|cleaner|carer|doctor|lawyer|accountant|businessman|businesswoman|entrepreneur|"
                 "filmmaker|artist|musician|waiter|waitress|bartender|hairdresser|housewife|homemaker|"
                 "widow|widower|veteran|miner|fisherman|labourer|laborer|clerk|cashier|courier|programmer")
DESCRIBED = re.compile(rf",[ \u00a0](?:a|an)[ \u00a0](?:(?!(?:of|for|in|with|from|at|and|to|by|on)[ \u00a0])[\w’'-]+"
                       rf"[ \u00a0]){{0,3}}?(?:{_PERSON_NOUNS})\b(?![\w’'-])")
#: An age of two digits between commas right after a name, a word after it: "Sieglinde, 72, voiced …".
_AGED = re.compile(r",[ \u00a0][1-9]\d,[ \u00a0][\w“\"]")
#: A title, "to" and an optional "the" right before the run of capitalised words that holds the country and
#: the name ("Ambassador to Russia Jo Roe", "Special Envoy to the United Kingdom Jo Roe").
TITLE_TO = re.compile(rf"(?i:\b(?P<title>{TITLES}))[ \u00a0]to[ \u00a0](?:the[ \u00a0])?$")


def aside_introduction(file: str, text: str, name: tuple[int, int, tuple[str, ...]], end: int) -> Introduction | None:
    """The introduction an aside after the whole run `name` (start, end, words) gives, or None: a full name, an
    aside and a speech verb (person:speech); a name described as a person (person:described)."""
    start, name_end, words = name
    if len(words) >= 2 and aside_before_speech(text, name_end, end):
        return Introduction(file, start, name_end, words, "person:speech", "", -1, -1, None)
    if described_as_person(text, name_end, end) or _AGED.match(text, name_end, end):
        return Introduction(file, start, name_end, words, "person:described", "", -1, -1, None)
    return None


def aside_before_speech(text: str, name_end: int, end: int) -> bool:
    """Whether the name ending at `name_end` is followed by an aside between commas and a speech verb."""
    aside = ASIDE_SPEECH.match(text, name_end, min(end, name_end + 140))
    # (a description alone only where a noun in it is a person's: "X Y, a maker of turbines, said" is a firm)
    return aside is not None and (aside.group("described") is None or described_as_person(text, name_end, end))


def described_as_person(text: str, name_end: int, end: int) -> bool:
    """Whether an apposition right after the name says it is a person's ("…, a retired teacher")."""
    return DESCRIBED.match(text, name_end, min(end, name_end + 60)) is not None


def title_to_before(text: str, window_start: int, run_start: int, name_start: int) -> re.Match[str] | None:
    """The title whose "to" phrase ends where the run begins, its country being the run's words before the
    name; None where there is none (the name must not be the run's first word: the country is in the run)."""
    if name_start <= run_start:
        return None
    return TITLE_TO.search(text, max(window_start, run_start - 60), run_start)
