"""A translation's spelling of a person the gazetteer knows ("Michael Volz" for Mike Waltz, back from the
Cyrillic "Волц"), told from another person by the office the text gives them, never by the name alone.

An article translated into English writes a known person's name as its own language spells it, and the English
is then rebuilt from that: "National Security Advisor Michael Volz", "the Ukrainian President Volodimir Zellenic".
people.py would make a new person of each. Such a group of introductions (person_groups.py) is the known person
when one of its introductions
  - gives them an office, and that office is one the gazetteer's person holds: the same words once nationality,
    country and possessive words are set aside ("U.S. National Security Advisor" and "US National Security
    Adviser"; "the Ukrainian President" and "President of Ukraine"), on the same side (a "former …", a "deputy …"
    or a "vice …" office is another office);
  - writes a name close to theirs: the surname sounds the same (`sound`: "Volz", "Waltz" and "Walz" are one,
    w and v, tz and z, vowels aside) and the given name begins with the same letter ("Michael", "Mike"); or the
    surname is near (`fuzz.ratio` ≥ 60, the same first sound: "Zellenic", "Zelensky") and the given name nearer
    (≥ 75: "Volodimir", "Volodymyr").
Both, or the person is a new one: a surname that sounds the same with no office stays apart ("Daniel Volz"),
and so does another holder of an office with another name ("National Security Adviser Jake Sullivan").
The spellings become the known person's aliases, marked misspellings, with the evidence of where they are
written; the person's mentions, quotes and events then use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from briefing.load.extract.name_words import fold_accents
from briefing.model import Actor, Alias

__all__ = ["joined", "new_people", "office_words", "sound", "translated_person"]

#: Words of a title that say nothing of the office: articles and prepositions.
_FILLER = frozenset({"the", "of", "a", "an", "for", "to", "and", "on", "in"})
#: One office written two ways.
_SAME_WORD = {"advisor": "adviser", "defence": "defense", "head": "head", "chief": "chief"}
_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_POSSESSIVE = re.compile(r"[’']s?$")


def office_words(title: str, cues: Iterable[str]) -> frozenset[str]:
    """The words of an office, in lower case, without the nationality, country or possessive words that say
    whose it is ("Trump's", "U.S.", "Ukrainian") nor articles and prepositions."""
    return _office_words(title, frozenset(c.lower() for c in cues))


def _office_words(title: str, side_words: frozenset[str]) -> frozenset[str]:
    """`office_words` with the side cues given in lower case."""
    words = set()
    for token in _WORD.findall(title):
        word = token.lower().rstrip(".")
        if _POSSESSIVE.search(token) or word in _FILLER or token.lower() in side_words or word in side_words:
            continue
        words.add(_SAME_WORD.get(word, word))
    return frozenset(words)


def sound(word: str) -> str:
    """A name's consonants as a translation keeps them: w and v, tz, ts and z, ph and f, c and k, an opening j
    and y are one; vowels after the first letter and doubled letters drop ("Waltz", "Walz" and "Volz": "vlz")."""
    w = fold_accents(word).lower()
    w = re.sub(r"^j", "y", w)
    for a, b in (("tz", "z"), ("ts", "z"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("c", "k")):
        w = w.replace(a, b)
    if not w:
        return w
    rest = re.sub(r"[aeiouy’'-]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", w[0] + rest)


def _names_close(words: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether a written name (given name and surname) may be a translation's spelling of a known one."""
    if len(words) < 2 or len(known) < 2:
        return False
    given, family, known_given, known_family = words[0], words[-1], known[0], known[-1]
    if given == known_given and family == known_family:
        return False  # the name itself: nothing to join
    initials = sound(given)[:1] == sound(known_given)[:1]
    if sound(family) == sound(known_family) and initials:
        return True
    near = fuzz.ratio(fold_accents(family).lower(), fold_accents(known_family).lower()) >= 60 \
        and sound(family)[:1] == sound(known_family)[:1]
    return near and initials and (sound(given) == sound(known_given) or fuzz.ratio(given, known_given) >= 75)


def translated_person(intros: Iterable, persons: list[Actor], cues: dict[str, str]) -> Actor | None:
    """The one known person (of `persons`) whom a group of introductions (person_groups.Introduction) names in
    another spelling, by an office they hold and a name close to theirs; else None."""
    found: dict[str, Actor] = {}
    side_words = frozenset(c.lower() for c in cues)
    offices: dict[str, frozenset[str]] = {}  # each title's words, worked out once (a group repeats its titles)

    def office_of(title: str) -> frozenset[str]:
        words = offices.get(title)
        if words is None:
            words = offices[title] = _office_words(title, side_words)
        return words

    asked: set[tuple] = set()  # (what is asked of an introduction: a folder introduces a person alike many times)
    for intro in intros:
        if not intro.role or len(intro.words) < 2 or (intro.role, intro.words, intro.side) in asked:
            continue
        asked.add((intro.role, intro.words, intro.side))
        office = office_of(intro.role)
        if not office:
            continue
        for actor in persons:
            if intro.side is not None and intro.side != actor.side:
                continue
            if not any(office_of(role.title) == office for role in actor.roles):
                continue
            names = [actor.name] + [a.text for a in actor.aliases if not a.misspelling]
            if any(_names_close(intro.words, tuple(n.split())) for n in names):
                found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def with_spellings(actor: Actor, aliases: list[Alias]) -> Actor:
    """`actor` with the spellings `aliases` added (those it does not have already), as misspellings."""
    have = {a.text for a in actor.aliases} | {actor.name}
    new = []
    for alias in aliases:
        if alias.text not in have:
            have.add(alias.text)
            new.append(alias.model_copy(update={"misspelling": True}))
    return actor.model_copy(update={"aliases": actor.aliases + tuple(new)}) if new else actor


def joined(actors: list[Actor], people: list[Actor]) -> list[Actor]:
    """`actors` with the people found (people.find_people): a known person it gave other spellings to (its
    entry has the known person's id) takes them; the new people follow."""
    ids = {a.id for a in actors}
    spelled = {p.id: [x for x in p.aliases if x.origin == "auto"] for p in people if p.id in ids}
    return [with_spellings(a, spelled[a.id]) if a.id in spelled else a for a in actors] \
        + [p for p in people if p.id not in ids]


def new_people(people: list[Actor], actors: Iterable[Actor]) -> set[str]:
    """The ids of the people found that are new (not a known person given other spellings)."""
    ids = {a.id for a in actors}
    return {p.id for p in people if p.id not in ids}
