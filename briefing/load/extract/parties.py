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
"U.S.-mediated"): a qualifier, not an agent. But a pair of two parties joined by a hyphen or a dash
("Thai-Cambodian clashes", "Pak-Afghan talks", "India–Pakistan ceasefire") names both: who stands on each
end of the talks or the fighting (a combining form, "Sino-", "Pak-", counts only there). Two regular-expression
passes over the sentence (pairs, then single names).

A group the article itself introduces by its name and its initials ("the Tigray People's Liberation Front (TPLF)",
"the National Liberation Army (ELN)") is a party of that article too, by either ("party:tplf"): an armed group or a
movement is who acts in another negotiation's news, and no list can know them all; an article that introduces one
such group names it again as "the party", "the rebels", …. One pass over the article for the definitions
(`defined_groups`), kept for its sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from briefing.load.extract.countries import COMBINING, PARTIES
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


#: A group introduced with its initials: capitalised words ending in a word that names a group (with "of
#: Colombia" after it, perhaps), then the initials in parentheses.
_GROUP_WORDS = (r"Front|Army|Forces?|Movement|Party|Council|Alliance|Brigades?|Coalition|Union|Organi[sz]ation|"
                r"Group|Committee|Congress|Militia|Command|Authority|Rebels|Guerrillas?")
#: The initials in parentheses are looked for first (few in a text); the name is then read back from them.
_INITIALS = re.compile(r"\((?P<initials>[A-Z][A-Z0-9-]{1,7})\)")
_NAME_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]+\s+){{0,5}}?(?:{_GROUP_WORDS})(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]+){{1,3}})?)"
    r"\s*$")
#: How far before its initials a group's name may begin.
_NAME_REACH = 120
#: The group definitions of the last text looked at: the sentences of one article are asked one after the other.
_recent: tuple[str, dict[str, str], re.Pattern[str] | None, object] = ("", {}, None, None)


#: How an article names again the one group it introduced: "the party stated", "The rebels said".
_BACK_REFERENCES = ("the party", "the group", "the front", "the movement", "the rebels", "the guerrillas",
                    "the rebel group", "the guerrilla group", "the armed group", "the insurgents")


def defined_groups(text: str) -> dict[str, str]:
    """Name (and initials) → "party:<initials>" for each group the text introduces with its initials; when it
    introduces one group only, "the party", "the rebels", … (_BACK_REFERENCES) name it too."""
    found: dict[str, str] = {}
    for match in _INITIALS.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, match.start() - _NAME_REACH), match.start())
        if named is None:
            continue
        name, initials = named.group("name").removeprefix("The "), match.group("initials")
        if len(name.split()) < 2:
            continue  # "Army (ENDF)": too little of a name to be sure of
        key = f"party:{initials.lower()}"
        found.setdefault(initials, key)
        found.setdefault(name, key)
    keys = set(found.values())
    if len(keys) == 1:
        (key,) = keys
        for words in _BACK_REFERENCES:
            found.setdefault(words, key)
            found.setdefault(words[0].upper() + words[1:], key)
    return found


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
        self.known = known
        self.side_of = {key: key[5:] for key in self.key_of.values() if key.startswith("side:")} | country_side
        #: The side each party stands for, "other" too (Event.sides: what a side filter sees of an event).
        self.stands_for = self.side_of | {f"party:{party}": cue_side[name] for name, party in countries.items()
                                          if cue_side.get(name, UNPLACED) != UNPLACED
                                          and f"party:{party}" not in self.side_of}
        self.side_of_actor = {actor.id: actor.side for actor in actors if actor.side not in (OTHER, UNPLACED)}
        names = sorted(self.key_of, key=len, reverse=True)
        # The names first (the engine then skips to a possible first letter); the character before is checked
        # in `find` (a lookbehind first would make it try every alternative at every position).
        self.pattern = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")(?:s|es)?(?![\w-])"
                                  ) if names else None
        self.combining = {form.strip(): name.strip() for form, _c, name in (r.partition(":") for r in COMBINING)
                          if name.strip() in self.key_of}
        firsts = sorted([*names, *self.combining], key=len, reverse=True)
        self.pairs = re.compile(r"(" + "|".join(map(re.escape, firsts)) + r")[-–](" + "|".join(map(re.escape, names))
                                + r")(?:s|es)?(?![\w-])") if names else None

    def _key(self, word: str) -> str | None:
        word = self.combining.get(word, word)
        return self.key_of.get(word) or self.key_of.get(word[:-1]) or self.key_of.get(word[:-2])

    def _named_at(self, text: str, at: int, start: int, spans: list[tuple[int, int]]) -> bool:
        """Whether a name beginning at `at` names who acts: not glued to a word before it, not inside an
        actor's mention or a quotation, not after a place preposition."""
        before = text[at - 1] if at > 0 else " "
        if before.isalnum() or before in "_.-" or any(a <= at < b for a, b in spans):
            return False
        return not _PLACE_WORD.search(text, max(start, at - _LOOK_BACK), at)

    def _hits(self, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """(position, key) of every party named in text[start:end]: both ends of a pair, then single names."""
        hits: list[tuple[int, str]] = []
        if self.pairs is not None:
            for match in self.pairs.finditer(text, start, end):
                first, second = self._key(match.group(1)), self._key(match.group(2))
                if first and second and first != second and self._named_at(text, match.start(), start, spans):
                    hits += [(match.start(1), first), (match.start(2), second)]
        if self.pattern is not None:
            for match in self.pattern.finditer(text, start, end):
                key = self._key(match.group(0))
                if key is not None and self._named_at(text, match.start(), start, spans):
                    hits.append((match.start(), key))
        groups, pattern = self._defined(text)
        if pattern is not None:
            for match in pattern.finditer(text, start, end):
                if self._named_at(text, match.start(), start, spans):
                    hits.append((match.start(), groups[match.group(0)]))
        return sorted(hits)

    def _defined(self, text: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
        """The groups `text` introduces (not those a list or an actor already names) and their pattern, worked
        out once per text (and finder: another finder's actors may name other groups)."""
        global _recent  # noqa: PLW0603 - a one-text memo
        if _recent[0] is not text or _recent[3] is not self:
            groups = {name: key for name, key in defined_groups(text).items() if name not in self.key_of
                      and key not in self.key_of.values() and name not in self.known}
            names = sorted(groups, key=len, reverse=True)
            pattern = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
            _recent = (text, groups, pattern, self)
        return _recent[1], _recent[2]

    def others_named(self, text: str) -> Counter[str]:
        """How often `text` names each party that stands for no side of the briefing ("party:iran")."""
        return Counter(key for _at, key in self._hits(text, 0, len(text), [])
                       if key.startswith("party:") and self.stands_for.get(key, OTHER) in (OTHER, UNPLACED))

    def find(self, text: str, start: int, end: int, named: Iterable[str],
             taken: Iterable[tuple[int, int]] = ()) -> tuple[str, ...]:
        """The party keys text[start:end] names, in order, besides `named` (its actors' ids), leaving out
        what lies inside `taken` (spans an actor's mention or a quotation covers)."""
        if self.pattern is None:
            return ()
        spans = list(taken)
        sides = {self.side_of_actor[a] for a in named if a in self.side_of_actor}
        found: dict[str, None] = {}
        for _at, key in self._hits(text, start, end, spans):
            side = self.side_of.get(key)
            if side not in sides:
                found[key] = None
                if side is not None:
                    sides.add(side)  # one party per side: "the Majlis" and "Iranian" are not two
        return tuple(found)
