"""Curated wins, a second look: an automatic event that only restates a curated one is not its own event.

`_duplicate_event` (load/__init__.py) drops an automatic event citing a passage a curated event cites, or one
of the same day with an actor in common and similar words. Sentences that report the same thing in other
words got through: "Hegseth, arriving in Brussels on Wednesday, …" beside the curated event of Hegseth in
Brussels that day; "Tuesday's talks also sparked concern …" beside the curated talks of that Tuesday. Such an
automatic event restates a curated one when both are of the same day, in a source the curated event cites,
and either
- they share a person (not a country or institution: "Ukraine" is in half the events of a day), or
- the sentence names an event of its day ("Tuesday's talks", "today's meeting", "Tuesday's call") whose noun
  is in the curated event's title or evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.model import Event

_DAY_WORDS = "today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: "Tuesday's talks", "today’s meeting": the day's event the sentence speaks of (group 1 is its noun).
_DAYS_EVENT = re.compile(rf"\b(?:{_DAY_WORDS})['’]s\s+(\w+)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def restates(event: Event, curated_same_day: Iterable[Event], people: set[str] | frozenset[str]) -> bool:
    """True when `event` (automatic) restates one of the curated events of its day (see the module's rule)."""
    sources = set(event.sources)
    named = {m.group(1).lower() for span in event.evidence for m in _DAYS_EVENT.finditer(span.text)}
    shared_people = set(event.actors) & people
    for other in curated_same_day:
        if not sources & set(other.sources):
            continue
        if shared_people & set(other.actors):
            return True
        if named and _nouns(named) & _words(other):
            return True
    return False


def _nouns(named: set[str]) -> set[str]:
    """'talks' also matches 'talk', 'meeting' 'meetings'."""
    return named | {n[:-1] for n in named if n.endswith("s")} | {n + "s" for n in named}


def _words(event: Event) -> set[str]:
    text = " ".join([event.title, *(span.text for span in event.evidence)])
    return {w.lower() for w in _WORD.findall(text)}
