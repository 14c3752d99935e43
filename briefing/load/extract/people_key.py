"""Which of the people a folder's articles introduce (people.py) one article's stages can depend on: the
per-article part of a kept stage result's key (see memo.PeopleKeyed).

An article's stages read the introduced people only through the gazetteer they join (actors.py: the exact
pass, the surname map, the fuzzy index, abbreviations), the role resolver (speaker_roles.py: transcript
labels, role phrases), the party finder (parties.py: a name an actor is known by is no party; a party's
name may be read with "s" or "es") and the actors named in the article. A person can change an article's result only when
  - one of the words of their name or aliases occurs in it, capitalised (an exact match, a surname, a label
    "KOWALCZYK:" or "MARTA KOWALCZYK:"; compared in lower case, and without accents: "Sefcovic" is
    "Šefčovič", as the gazetteer's surname map has it);
  - a word of a run of capitalised words in it could be fuzzily matched to their name's last word (the same
    first character and `fuzz.ratio` ≥ 75, the lowest score the fuzzy pass accepts for a window's last word);
  - they hold a role that a role phrase in it could resolve to: "the US president" (their side, a role
    in their title), "Russia's foreign minister" (a country in their title, the role in it): those resolve
    across every person, not only the ones the article names. Any place or side word followed within 50
    characters by a role's words counts (a superset of the phrases: cheaper to find than the phrases).
What the article offers (`NameWords`) is worked out once per article with its introductions and kept with
them; the people are described without their evidence (spans in other articles). A person whose name
has no capitalised word is relevant to every article (never assumed absent).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefing.load.extract.actors import _NAME_RUN, _RUN_TOKEN, _TRAILING, ABBREVIATIONS
from briefing.load.extract.issue_tags import _by_first_character
from briefing.load.extract.name_words import first_letters, fold_accents
from briefing.load.extract.speaker_roles import _NATION_IN_TITLE, _NATION_OF, _NATIONS, _SIDE_WORDS
from briefing.model import Actor

_LETTERS = re.compile(r"[^\W\d_]+")
#: A letter word that begins with a capital: one whose first letter is A-Z or not ASCII (a superset: "é").
#: (The capital first, then the checks that it is a letter and that no letter stands before it: a pattern that
#: starts with a character class lets the engine skip lower-case letters at once; the same matches.)
_CAPITALISED = re.compile(r"[A-Z\u00c0-\U0010ffff](?<=[^\W\d_])(?<![^\W\d_].)[^\W\d_]*")
_TOKEN = re.compile(r"[^ \u00a0]+")
#: The lowest `fuzz.ratio` of a window's last word to a name's last word that the fuzzy pass accepts.
FUZZY_FLOOR = 75
_EXPANSIONS = frozenset(ABBREVIATIONS.values())
#: Every role a role phrase of speaker_roles (ROLE, PLACE_ROLE) can name, normalised as it compares them. An
#: article offers those whose words it holds anywhere, in any case: more than its phrases name, never fewer
#: (looking for the phrases themselves costs two milliseconds an article; this, a few substring searches).
_ROLES = ("president", "vice president", "leader", "foreign minister", "defen minister", "defen secretary",
          "secretary of state", "prime minister", "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy",
          "ambassador", "national security adviser", "national security advisor")
#: A country or side word of speaker_roles (its place and side words), whole, in lower-cased text.
#: (Grouped by first character, longest first in each group, as the issue tagger's keywords: the same matches.)
_PLACE = re.compile(r"(?<![\w.])(?:" + _by_first_character(sorted(_NATION_OF, key=len, reverse=True)) + r")(?![\w])")
#: How far after a place word a role phrase's role can begin ("russia's top foreign minister": 10 characters
#: at most; spaces are collapsed first), with room to spare.
_AFTER_PLACE = 50


@dataclass(frozen=True)
class NameWords:
    """What in one article a person's presence can act on (pure function of its text)."""

    #: Lower-cased letter words that begin with a capital, anywhere in the text.
    words: frozenset[str]
    #: The words of its runs of capitalised words, cut as the fuzzy pass cuts them (actors._shape).
    tokens: frozenset[str]
    #: Each (country, role) and (side, role) its role phrases could name: a place or side word of speaker_roles
    #: followed within 50 characters by a role of `_ROLES` (normalised as speaker_roles compares them). Every
    #: pair its phrases name, and more. Written "n <country's words>\t<role>" and "s <side>\t<role>".
    roles: frozenset[str]

    def plain(self) -> tuple[str, str, str]:
        """Each set as one string, its items a line each (one string reads back faster than hundreds)."""
        return "\n".join(sorted(self.words)), "\n".join(sorted(self.tokens)), "\n".join(sorted(self.roles))

    @staticmethod
    def is_plain(value: object) -> bool:
        """Whether `value` has the shape and types `plain` gives (as the memo gives it back: a list)."""
        return type(value) is list and len(value) == 3 and all(type(part) is str for part in value)

    @classmethod
    def from_plain(cls, value: object) -> NameWords | None:
        """The record `plain` wrote, or None when it is not one (wrong shape or types)."""
        if not cls.is_plain(value):
            return None
        words, tokens, roles = (frozenset(part.split("\n")) - {""} for part in value)
        return cls(words, tokens, roles)


def name_words(text: str) -> NameWords:
    """What `text` offers the people rules (about 0.8 ms for a 12 KB article)."""
    words = {w.lower() for w in _CAPITALISED.findall(text)}
    tokens = set()
    # (the runs joined by a space, which `_RUN_TOKEN` cuts at: one scan gives every run's tokens)
    for token in set(_RUN_TOKEN.findall(" ".join(set(_NAME_RUN.findall(text))))):
        word = _TRAILING.sub("", token).removesuffix(".")
        if word:
            tokens.add(word)
    return NameWords(frozenset(words), frozenset(tokens), frozenset(_role_pairs(text)))


def _role_pairs(text: str) -> set[str]:
    lower = " ".join(text.lower().split())  # (a role phrase allows any spaces between its words)
    normed = _norm(lower)  # (once, not once a role: 16 copies of the whole text were 0.7 ms an article)
    present = [role for role in _ROLES if role in normed]
    pairs: set[str] = set()
    if not present:
        return pairs
    for place in _PLACE.finditer(lower):
        after = _norm(lower[place.end():place.end() + _AFTER_PLACE])
        roles = [role for role in present if role in after]
        if roles:
            word = place.group(0)
            side = _SIDE_WORDS.get(word)
            for role in roles:
                pairs.add(f"n {_GROUP_ID[_NATION_OF[word]]}\t{role}")
                if side is not None:
                    pairs.add(f"s {side}\t{role}")
    return pairs


_GROUP_ID = {group: "|".join(sorted(group)) for group in _NATIONS}



def _norm(title: str) -> str:
    return title.lower().replace("defense", "defen").replace("defence", "defen")


def describe(person: Actor) -> tuple:
    """Everything of a person the stages can read, without evidence (spans in other articles)."""
    return (person.id, person.name, person.kind, person.side, person.placed, person.origin, person.rule,
            tuple((a.text, a.misspelling, a.origin, a.score) for a in person.aliases),
            tuple((r.title, repr(r.since), repr(r.until)) for r in person.roles))


class PeopleIndex:
    """The introduced people, indexed by what in an article makes each relevant to it."""

    def __init__(self, people: list[Actor]) -> None:
        self.described = [repr(describe(p)) for p in people]
        self.everywhere: set[int] = set()
        self.by_word: dict[str, set[int]] = {}
        self.last_words: dict[str, list[tuple[str, int]]] = {}  # first character → (last word, person)
        #: The same for the last words that have accents, without them ("Šefčovič" as "Sefcovic").
        self.folded_last_words: dict[str, list[tuple[str, int]]] = {}
        self.roles: dict[str, set[int]] = {}  # "n <country>\t<role>" / "s <side>\t<role>" → people
        for n, person in enumerate(people):
            self._index(n, person)
        self._fuzzy: dict[str, frozenset[int]] = {}
        self._digests: dict[frozenset[int], str] = {}

    def _index(self, n: int, person: Actor) -> None:
        texts = [person.name] + [a.text for a in person.aliases]
        capitalised = False
        for text in texts:
            for word in _LETTERS.findall(text):
                # (with the plurals parties.PartyFinder also reads a name in: a person named as a party
                # hides it, "Indians" included)
                # (and without its accents: the gazetteer folds a surname's, so "Sefcovic" is "Šefčovič")
                for lower in dict.fromkeys((word.lower(), fold_accents(word.lower()))):
                    for form in (lower, lower + "s", lower + "es"):
                        self.by_word.setdefault(form, set()).add(n)
                capitalised = capitalised or word[0].isupper()
            for word in text.split():  # a transcript label's last word, as speaker_roles cuts it
                for letters in _LETTERS.findall(word):
                    self.by_word.setdefault(letters.lower(), set()).add(n)
                    self.by_word.setdefault(fold_accents(letters.lower()), set()).add(n)
            last = _TOKEN.findall(text)
            if last:
                self.last_words.setdefault(last[-1][0], []).append((last[-1], n))
                folded = fold_accents(last[-1])
                if folded != last[-1] and folded:
                    self.folded_last_words.setdefault(folded[0], []).append((folded, n))
        if not capitalised or any(text in _EXPANSIONS for text in texts):  # ("US" → "United States")
            self.everywhere.add(n)
        for title in (role.title.lower() for role in person.roles):
            for role in (role for role in _ROLES if role in _norm(title)):
                # "the Polish foreign minister" (a country in the title), "the US president" (the person's side)
                keys = [f"n {_GROUP_ID[group]}\t{role}" for group, pattern in _NATION_IN_TITLE.items()
                        if pattern.search(title)] + [f"s {person.side}\t{role}"]
                for key in keys:
                    self.roles.setdefault(key, set()).add(n)

    def relevant(self, names: NameWords) -> frozenset[int]:
        found = set(self.everywhere)
        by_word = self.by_word
        for word in names.words & by_word.keys():
            found |= by_word[word]
        for word in names.words:
            if not word.isascii() and (folded := fold_accents(word)) in by_word:
                found |= by_word[folded]  # ("Erdoğan" written here, "Erdogan" introduced)
        fuzzy = self._fuzzy
        for token in names.tokens:
            hit = fuzzy.get(token)
            if hit is None:
                hit = self._fuzzy_of(token)
            if hit:
                found |= hit
        for pair in names.roles & self.roles.keys():
            found |= self.roles[pair]
        return frozenset(found)

    def _fuzzy_of(self, token: str) -> frozenset[int]:
        """The people whose name's last word `token` could be a fuzzy variant of: as written, and both without
        their accents (a superset of what the fuzzy pass, which compares them both ways, can match)."""
        hits = [n for first in first_letters(token) for last, n in self.last_words.get(first, ())
                if fuzz.ratio(token, last) >= FUZZY_FLOOR]
        folded = fold_accents(token)
        if folded and (folded != token or folded[0] in self.folded_last_words):
            for last, n in [pair for first in first_letters(folded)
                            for pair in (*self.last_words.get(first, ()), *self.folded_last_words.get(first, ()))]:
                if fuzz.ratio(folded, fold_accents(last)) >= FUZZY_FLOOR:
                    hits.append(n)
        hit = self._fuzzy[token] = frozenset(hits)
        return hit

    def suffix(self, names: NameWords) -> str:
        """The part-name suffix of an article offering `names`: empty when no introduced person is relevant."""
        relevant = self.relevant(names)
        if not relevant:
            return ""
        digest = self._digests.get(relevant)
        if digest is None:
            described = sorted(self.described[n] for n in relevant)
            digest = self._digests[relevant] = " people " + hashlib.sha256(
                "\n".join(described).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        return digest
