"""The sides of a briefing: a folder's sides.toml, else the bundled data/sides.toml.

Format (one `[[side]]` per side, in the order the dashboard lists them):

    [[side]]
    id = "iran"                   # a-z, 0-9, _ and -: what actors.toml and positions.toml write as `side`
    label = "Iran"                # its name on screen and in exports
    letter = "I"                  # the one-character badge beside its people and events
    key = "I"                     # optional: the key that filters the dashboard to it (one character)
    negotiating = true            # optional (false): a column of the positions matrix, a holder of positions
    cues = ["Iranian", "Tehran", "Iran's Foreign Ministry"]   # words that place a person or body on it

"other" (placed, but on none of the sides) and "unplaced" (the text gives no side) are added when the file
does not list them. Every problem names the file and line; a bad side is skipped (a bad key or cue only
dropped) and the rest loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefing.load.fields import new_id
from briefing.load.role_sides import side_of_roles
from briefing.load.files import bundled_data_dir
from briefing.load.toml_file import Item, TomlFile
from briefing.model import OTHER, UNPLACED, Actor, Problem, Side

#: The one-character keys the dashboard already binds (tests/tui/test_sides.py checks this against the real
#: bindings): a side's filter key may not be one of them.
RESERVED_KEYS = frozenset("./1234?GN[]acdfgijknpqswxyz<>")
_FORMAT = ("one [[side]] per side with id, label, letter (one character), and optionally key (one character), "
           "negotiating (true/false) and cues (a list of words: \"Iranian\", \"Tehran\", \"Iran's Foreign Ministry\")")
_ALLOWED = {"id", "label", "letter", "key", "negotiating", "cues"}


def load_sides(folder: Path, problems: list[Problem]) -> tuple[tuple[Side, ...], bool]:
    """The folder's sides and whether they are its own (False: the bundled ones, for a folder without a
    sides.toml)."""
    path = folder / "sides.toml"
    if not path.exists():
        return bundled_sides(), False
    return read_sides(TomlFile(path, "sides.toml", problems)), True


@lru_cache(maxsize=1)
def bundled_sides() -> tuple[Side, ...]:
    """The sides of the bundled briefing (US, Russia, Ukraine, Europe, the mediators, other, unplaced)."""
    scratch: list[Problem] = []
    return read_sides(TomlFile(bundled_data_dir() / "sides.toml", "sides.toml", scratch))


def read_sides(toml: TomlFile) -> tuple[Side, ...]:
    sides: list[Side] = []
    seen: set[str] = set()
    letters: dict[str, str] = {}
    keys: dict[str, str] = {}
    cue_owner: dict[str, str] = {}
    items = toml.items("side", {"side"})
    if not items and toml.lines and not any(p.file == toml.rel for p in toml.problems):
        toml.problems.append(Problem(file=toml.rel, message=f"no sides in it; write {_FORMAT}"))
    for item in items:
        side_id = item.text("id", required=True)
        item.label = side_id
        item.check_keys(_ALLOWED)
        label = item.text("label", required=True)
        letter = item.text("letter", required=True)
        if not new_id(item, side_id, seen) or not label or not letter:
            continue
        if len(letter) != 1 or not letter.isprintable() or letter.isspace():
            item.problem(f"letter {letter!r} must be one character (the side's badge); side skipped", key="letter")
            continue
        if letter in letters and side_id != UNPLACED:
            item.problem(f"letter {letter!r} is side {letters[letter]!r}'s badge too: the two will look the same",
                         key="letter")
        letters.setdefault(letter, side_id)
        negotiating = item.values.get("negotiating", False)
        if not isinstance(negotiating, bool):
            item.problem("'negotiating' must be true or false", key="negotiating")
            negotiating = False
        if negotiating and side_id in (OTHER, UNPLACED):
            item.problem(f"{side_id!r} is never a negotiating side (it holds those placed on none, or nowhere)",
                         key="negotiating")
            negotiating = False
        sides.append(Side(id=side_id, label=label, letter=letter, key=_key(item, side_id, keys),
                          negotiating=negotiating, cues=_cues(item, side_id, cue_owner)))
    ids = {s.id for s in sides}
    if OTHER not in ids:
        sides.append(Side(id=OTHER, label="Other", letter=_free("O", letters), key="o" if "o" not in keys else ""))
    if UNPLACED not in ids:
        sides.append(Side(id=UNPLACED, label="Unplaced", letter="?"))
    return tuple(sides)


def _key(item: Item, side_id: str, keys: dict[str, str]) -> str:
    key = item.text("key")
    if not key:
        return ""
    if side_id == UNPLACED:
        item.problem("'unplaced' has no filter key (nothing to filter: the sources give them no side)", key="key")
    elif len(key) != 1 or not key.isprintable() or key.isspace():
        item.problem(f"key {key!r} must be one character (the side's filter key); the side has none", key="key")
    elif key in RESERVED_KEYS:
        item.problem(f"key {key!r} is already bound by the dashboard (the README lists its keys); "
                     "the side has no filter key: choose another character", key="key")
    elif key in keys:
        item.problem(f"key {key!r} already filters side {keys[key]!r}; this side has none", key="key")
    else:
        keys[key] = side_id
        return key
    return ""


def _cues(item: Item, side_id: str, owner: dict[str, str]) -> tuple[str, ...]:
    kept: list[str] = []
    for cue in item.strings("cues"):
        cue = " ".join(cue.split())
        if not cue:
            continue
        first = owner.setdefault(cue, side_id)
        if first != side_id:
            item.problem(f"cue {cue!r} already places people on side {first!r}; dropped here", key="cues",
                         needle=cue)
            continue
        kept.append(cue)
    return tuple(dict.fromkeys(kept))


def _free(letter: str, taken: dict[str, str]) -> str:
    return letter if letter not in taken else "·"


def on_sides(actors: list[Actor], sides: tuple[Side, ...]) -> list[Actor]:
    """The bundled gazetteer's actors for a folder with its own sides: one whose side the folder does not list
    is "other" there (placed, on none of its sides: Lavrov in talks between two other countries), unless its current
    role names one of them (role_sides.py: "British Prime Minister" on a folder's "uk" side)."""
    known = {s.id for s in sides}
    return [a if a.side in known else a.model_copy(update={"side": side_of_roles(a, sides)}) for a in actors]


def side_cues(sides: tuple[Side, ...]) -> dict[str, str]:
    """Cue word → side id, in the order the sides and their cues are written (the first side listing a
    cue keeps it)."""
    table: dict[str, str] = {}
    for side in sides:
        for cue in side.cues:
            table.setdefault(cue, side.id)
    return table


def place_words(sides: tuple[Side, ...]) -> dict[str, str]:
    """Cue word → side id for naming a side as the holder of a stance ("Poland refused to send troops", "a
    senior Polish official said"): the given sides' own cues first, then the bundled sides' cues (data/sides.toml:
    countries, capitals, demonyms) for every side id the given sides also have and only where the given sides
    do not already claim the word. A folder about other parties thus keeps its own words, and a side it
    does not list is never named by the bundled table."""
    table = side_cues(sides)
    ids = {side.id for side in sides}
    for word, side_id in side_cues(bundled_sides()).items():
        if side_id in ids:
            table.setdefault(word, side_id)
    return table


@dataclass(frozen=True)
class HoldingSides:
    """The sides that hold positions (`side in holding` asks whether one does) and the words that name them as
    an agent, matched case-sensitively as whole words, a possessive ("Poland's") read as the word."""

    negotiating: frozenset[str] = frozenset()
    places: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, sides: tuple[Side, ...]) -> HoldingSides:
        places = place_words(sides)
        words = sorted(places, key=len, reverse=True)
        # one alternative per first character (each keeps its words' order, longest first): the engine then tries a
        # few groups at a capital letter rather than every word
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[:1], []).append(re.escape(word[1:]))
        body = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
        pattern = re.compile(rf"(?<![\w.-])(?:{body})(?=(?:[’']s)?(?![\w-]))") if words else None
        return cls(frozenset(s.id for s in sides if s.negotiating), places, pattern)

    def __contains__(self, side: object) -> bool:
        return side in self.negotiating

    def named(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """(side id, start, end) of each word in text[start:end] that names a negotiating side."""
        if self.pattern is None:
            return []
        return [(self.places[m.group(0)], m.start(), m.end()) for m in self.pattern.finditer(text, start, end)
                if self.places[m.group(0)] in self.negotiating]


#: What the positions pane and the Markdown export say where the folder has no issues of its own and the bundled
#: ones do not fit it.
NO_ISSUES = ("No issues defined for this folder; add issues.toml.\n"
             "The bundled issues are about another story. Put an issues.toml beside sources/ with one [[issue]] "
             "per question: id, name, a proposition each side can be for or against, and the keywords that "
             "tag it (docs/data-format.md shows one).")


def no_sides_message(sides: tuple[Side, ...]) -> str:
    """What the positions pane and the Markdown export say where there are no negotiating sides to show."""
    if [s.id for s in sides] == [s.id for s in bundled_sides()]:
        named = ", ".join(s.label for s in bundled_sides() if s.negotiating)
        return (f"This story's matrix does not fit these articles: its sides ({named}) are not the parties they "
                "write about. Put a sides.toml beside sources/ with one [[side]] per party: id, label, letter, key, "
                "negotiating = true, and the cues that place a person on it (\"Iranian\", \"Tehran\"); the README "
                "shows one.")
    return ("No negotiating side in sides.toml: mark the parties whose positions matter with negotiating = true "
            "(each becomes a column of this matrix).")
