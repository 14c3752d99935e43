"""How sure the text makes it that an automatic person is a person: a confidence from the introductions that made
them (issue 10), carried by the person's aliases and capping the score of each mention of them.

A name's match score (100 exact, 90 a surname) says how well the words match, not whether the words are a
person's name at all; that comes from how the text introduced them:
  0.95  a role says who they are: a title before the name or between commas after it ("Foreign Minister X",
        "X, head of the agency,"), a transcript's label line, a regnal number ("Pope Leo XIV");
  0.85  a full name (two words or more) next to a speech verb ("X Y said");
  0.7   a name only written twice with no formula, or a surname again after a full name
        (person:repeated, person:surname-again); a one-word name next to a speech verb ("said Andrakis").
The best introduction counts, not how many articles introduce the person: a count would change old articles'
mentions whenever a new article names a known person again, and a fold (load/fold.py) would have to redo the
whole folder each time (its check that the people are unchanged fails).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.load.extract.person_groups import Introduction

#: The rules whose introduction names what the person is.
_ROLE_RULES = frozenset({"person:title", "person:appositive", "person:transcript", "person:regnal"})
SURE, SPOKE, WEAK = 0.95, 0.85, 0.7


def _strength(intro: Introduction) -> float:
    if intro.rule in _ROLE_RULES:
        return SURE
    if intro.rule == "person:speech" and len(intro.words) > 1:
        return SPOKE
    return WEAK


def person_confidence(intros: Iterable[Introduction]) -> float:
    """The confidence of the person `intros` introduce: their best introduction's."""
    return max((_strength(i) for i in intros), default=WEAK)


def capped(score: float, confidence: float | None) -> float:
    """A mention's match score (0-100) no higher than its person's confidence (0-1) allows."""
    return score if confidence is None else min(score, round(confidence * 100, 1))
