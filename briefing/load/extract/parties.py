"""Named parties an event may stand on besides the gazetteer's actors: the briefing's sides (their cue
words, "Iranian", "Kremlin") and countries, their demonyms and a few groups (countries.py).

A sentence about another negotiation ("India and Pakistan agreed to a ceasefire on May 10") names no actor
the bundled gazetteer knows, yet it names who acted. `PartyFinder.find` gives the parties a sentence names,
as ids that never clash with an actor's: "side:<id>" for a side's cue (and for a country a side lists among
its cues), "party:<id>" for a country or group no side claims. They take part in the candidate event's
actors (see events.merge_candidates: agreeing on more than a date still needs two of them, or a person, in
common), not in the event's actors shown (those stay actor ids).

Left out: a party of a side the sentence already names, through an actor ("Russian" beside "Putin") or
another party ("Iranian" beside "the Majlis", "German" beside "French" on the bundled Europe side): it
would let two candidates agree on "two" actors that are one; a name after a place preposition
("strikes in Pakistan", "talks in Tehran"): where, not who; a name glued to a hyphen ("Pakistan-based",
"U.S.-mediated"): a qualifier, not an agent. One regular-expression pass over the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.load.extract.countries import PARTIES
from briefing.model import OTHER, UNPLACED, Actor, Side

#: Words before a name that make it a place: "in India", "near Kigali", "from Tehran".
_PLACE_WORD = re.compile(r"(?:\b(?:in|at|near|into|inside|outside|across|"
                         r"within|throughout|around)\s+(?:the\s+)?)$", re.IGNORECASE)
#: How far back a place preposition is looked for (the words just before the name).
_LOOK_BACK = 24


def _parties() -> dict[str, str]:
    """Name → party id, from countries.py."""
    table: dict[str, str] = {}
    for row in PARTIES:
        party, _colon, names = row.partition(":")
        for name in names.split("|"):
            if name.strip():
                table.setdefault(name.strip(), party.strip())
    return table


class PartyFinder:
    """The parties a sentence names, as "side:<id>" / "party:<id>" keys (see the module's docstring)."""

    def __init__(self, sides: Iterable[Side], actors: Iterable[Actor]) -> None:
        actors = list(actors)
        cue_side: dict[str, str] = {}
        for side in sides:
            for cue in side.cues:
                cue_side.setdefault(cue, side.id)
        countries = _parties()
        # A country keeps its own identity (India and Pakistan are two parties even where one side, "other",
        # lists both); the side a side's cues give it only keeps it from doubling an actor of that side.
        country_side: dict[str, str] = {}
        for name, party in countries.items():
            if cue_side.get(name, OTHER) not in (OTHER, UNPLACED):
                country_side.setdefault(f"party:{party}", cue_side[name])
        key_of = {name: f"party:{party}" for name, party in countries.items()}
        for cue, side in cue_side.items():
            if cue not in key_of:
                key_of[cue] = f"party:{cue.lower()}" if side in (OTHER, UNPLACED) else f"side:{side}"
        # Names an actor of the gazetteer is known by are the gazetteer's to find (one actor, not two).
        known = {alias.text for actor in actors for alias in actor.aliases} | {actor.name for actor in actors}
        self.key_of = {name: key for name, key in key_of.items() if name not in known and len(name) > 1}
        self.side_of = {key: key[5:] for key in self.key_of.values() if key.startswith("side:")} | country_side
        self.side_of_actor = {actor.id: actor.side for actor in actors if actor.side not in (OTHER, UNPLACED)}
        names = sorted(self.key_of, key=len, reverse=True)
        # The names first (the engine then skips to a possible first letter); the character before is checked
        # in `find` (a lookbehind first would make it try every alternative at every position).
        self.pattern = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")(?:s|es)?(?![\w-])"
                                  ) if names else None

    def find(self, text: str, start: int, end: int, named: Iterable[str],
             taken: Iterable[tuple[int, int]] = ()) -> tuple[str, ...]:
        """The party keys text[start:end] names, in order, besides `named` (its actors' ids), leaving out
        what lies inside `taken` (spans an actor's mention or a quotation covers)."""
        if self.pattern is None:
            return ()
        spans = list(taken)
        sides = {self.side_of_actor[a] for a in named if a in self.side_of_actor}
        found: dict[str, None] = {}
        for match in self.pattern.finditer(text, start, end):
            at = match.start()
            before = text[at - 1] if at > 0 else " "
            if before.isalnum() or before in "_.-" or any(a <= at < b for a, b in spans):
                continue
            if _PLACE_WORD.search(text, max(start, at - _LOOK_BACK), at):
                continue
            word = match.group(0)
            key = self.key_of.get(word) or self.key_of.get(word[:-1]) or self.key_of.get(word[:-2])
            side = self.side_of.get(key) if key is not None else None
            if key is not None and side not in sides:
                found[key] = None
                if side is not None:
                    sides.add(side)  # one party per side: "the Majlis" and "Iranian" are not two
        return tuple(found)
