"""Actor mentions from the gazetteer (exact aliases, then fuzzy variants) and the names it lacks.

Exact: one compiled alternation of every alias, longest first, whole words, case-sensitive.
Fuzzy: runs of capitalised words are cut into windows of 1-3 words; a window is scored with rapidfuzz
only against gazetteer names with the same number of words and the same first letter of the last word
(the prefilter), so the cost per window is a handful of comparisons, not the whole gazetteer.
"Beith Higseth" → Pete Hegseth (78), "Vladmir Putin" → Vladimir Putin (96), "Keith Kellog" → Keith
Kellogg (96). Capitalised words left over that are not titles, demonyms or common words are
"unknown names".

Finding the mentions in a sentence (exact aliases, abbreviations, surnames, fuzzy windows, unknown names)
is actor_mentions.py; this module holds the gazetteer and the words that are no names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from briefing.load.extract.name_words import (
    GENERATIONS,
    LINKING,
    PLACE_SURNAMES,
    family_first,
    first_letters,
    fold_accents,
    given_name_key,
    is_particle,
    is_title,
)
from briefing.model import Actor

if TYPE_CHECKING:
    from briefing.load.extract.actor_mentions import RunShape

_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'.][A-Z])(?:[\w’'-]|\.(?=[A-Z]))*\.?(?:[ \u00a0](?:(?:bin|al|de|van|von|der|la|du)[ \u00a0])?[A-Z](?:[\w’'-]|\.(?=[A-Z]))*\.?)*"
)
_TOKEN = re.compile(r"[^ \u00a0]+")
#: An Arabic name's given name and father's name without the family name after them: news copy often writes
#: "Faisal bin Farhan" for "Faisal bin Farhan Al Saud".
_NASAB = re.compile(r"^([A-Z][\w’'-]+ (?:bin|ibn|Bin|Ibn) [A-Z][\w’'-]+) (?:Al|al|El|el)[ -][A-Z][\w’'-]+$")
#: Inside a run of capitalised words a token ends at a space or a hyphen ("Putin-Trump" is two names).
_RUN_TOKEN = re.compile(r"[^ \u00a0\-–]+")
_TRAILING = re.compile(r"(?:[’']s|[’'.])$")
#: Abbreviations of country and union names, resolved to the gazetteer actor with that name or alias.
ABBREVIATIONS = {"US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
                 "UK": "United Kingdom", "U.K.": "United Kingdom", "UN": "United Nations", "EU": "European Union"}
_POSSESSIVE = re.compile(r"[’']s$")

#: Capitalised words that are not names: titles, function words at sentence start, demonyms, calendar.
STOP = frozenset(
    """
    President Vice Prime Minister Ministers Foreign Secretary Secretary-General Chancellor Defense Defence State
    National Security Adviser Advisor Envoy Crown Prince King Queen Representative Senator Governor Ambassador
    General Director Chairman Chair Spokesperson Spokesman Spokeswoman Official Officials Sources Source
    Mr Mrs Ms Dr Prof Sir Lord Lady Pope Chief Executive Deputy Leader Premier CEO Sheikh Emir Administrator NSA PM
    The A An In On At As By For From Of To With And But Or If When While After Before Since Until During Despite
    It Its He His She Her They Their Them We Our Us I You Your This That These Those There Here Then Now
    Indeed However Meanwhile Furthermore Moreover Nevertheless Also Both All Any Some Several Many Most Few
    No Not Nobody None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Later Earlier
    Asked Addressing Stressing Following Saying According Even Just Only So Yet Still Such What Who Why How
    Where Which Whether Images Photo File Read Full Article Related Leave Reply Be Tags Published Updated News
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Russian Ukrainian American European Western Eastern Soviet Saudi British German French Italian Polish
    Spanish Turkish Iranian Korean Chinese Danish Armenian Catalan Arctic Atlantic Democrat Democrats
    Republican Republicans Kremlin-linked Pool Licensing Rights Purchase Editor Choice Popular Paradigm Peace
    War World Round Congress Palace Summit Conference Group Office Oval Institute Council Relations Program
    Programme Department Ministry Administration Government Parliament House Senate Security-General
    North South Presidents Nations States Campaign
    """.split()
)
#: Titles after which one word is a given name, not a surname: "Sir Keir", "Dame Sarah".
KNIGHTHOOD = frozenset({"Sir", "Dame"})
#: A Gulf royal's titles, after which one word is the given name of a known person whose full name is an Arabic
#: family's ("Prince Faisal" for Faisal bin Farhan Al Saud): `Gazetteer.royal`.
ROYAL_TITLES = frozenset({"Prince", "Princess", "Sheikh", "Sheikha", "Emir"})
#: The words of such a name: "bin", "ibn", "bint", "Al" ("Al Saud", "Al-Thani", "al-Busaidi").
_ARABIC_FAMILY = re.compile(r"(?:bin|ibn|bint|Bin|Ibn|Al|al)(?:-\w+)?")
_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|ic|ers)$")


@dataclass(frozen=True)
class NameTarget:
    text: str
    actor: str
    words: tuple[str, ...]
    misspelling: bool


class Found(NamedTuple):
    start: int
    end: int
    actor: str
    alias: str
    score: float
    rule: str


class Leftover(NamedTuple):
    start: int
    end: int
    text: str


def short_form(name: str) -> str | None:
    """The shorter form news copy writes of an Arabic name with its family name ("Faisal bin Farhan" for
    "Faisal bin Farhan Al Saud"), or None."""
    short = _NASAB.match(name)
    return short.group(1) if short is not None else None


#: A family name alone after an Arabic article: "Al-Sharaa", "al-Sharaa", "Al Sharaa", "El-Sisi".
_ARTICLE_NAME = re.compile(r"(Al|al|El|el)[- ]([A-Z][\w’'-]+)")
_PATRONYM_BEFORE = re.compile(r"(?<![\w’'-])(?:[Bb]in|[Ii]bn|[Bb]int)[ \u00a0]$")
#: "Bin Salman", "ibn Zayed": a father's name after "son of", which names the son, never the father alone.
_PATRONYM = re.compile(r"(Bin|bin|Ibn|ibn)[ \u00a0]([A-Z][\w’'-]+)")


def article_forms(name: str) -> list[str]:
    """The other ways news copy writes a family name alone after its Arabic article ("al-Sharaa" and "Al Sharaa"
    for "Al-Sharaa"): one name, whatever the article's case and hyphen."""
    son = _PATRONYM.fullmatch(name)
    if son is not None:  # "bin Salman" of "Bin Salman": the same name, "son of" small or capital
        return [f"{word} {son.group(2)}" for word in (son.group(1).lower(), son.group(1).title())
                if f"{word} {son.group(2)}" != name]
    match = _ARTICLE_NAME.fullmatch(name)
    if match is None:
        return []
    article, family = match.group(1).lower(), match.group(2)
    return [form for form in (f"{article}-{family}", f"{article.title()}-{family}", f"{article.title()} {family}")
            if form != name]


class Gazetteer:
    """Every alias of every actor, compiled once per load."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self.owner: dict[str, str] = {}
        #: Canonical names and aliases → actor id, for abbreviations ("US" → the actor named "United States").
        self.by_name: dict[str, str] = {}
        for actor in actors:
            self.by_name.setdefault(actor.name, actor.id)
            for alias in actor.aliases:
                self.by_name.setdefault(alias.text, actor.id)
        self.misspelt: set[str] = set()
        targets: dict[str, NameTarget] = {}
        for actor in actors:
            for alias in actor.aliases:
                self.owner.setdefault(alias.text, actor.id)
                if alias.misspelling:
                    self.misspelt.add(alias.text)
            if actor.kind == "person":
                for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
                    short = short_form(text)
                    if short is not None:  # "Faisal bin Farhan" of "Faisal bin Farhan Al Saud"
                        self.owner.setdefault(short, actor.id)
                    for form in article_forms(text):  # "al-Sharaa" and "Al Sharaa" of "Al-Sharaa"
                        self.owner.setdefault(form, actor.id)
            for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
                words = tuple(_TOKEN.findall(text))
                if words and words[-1][:1].isupper() and text not in targets:
                    targets[text] = NameTarget(text=text, actor=actor.id, words=words, misspelling=False)
        texts = sorted(self.owner, key=len, reverse=True)
        # The lookahead on first letters lets the engine skip most positions (lower-case words) at once.
        # A bare alternation lets the engine scan for its first letters quickly; the word boundary
        # before a match is checked in Python (see `exact`).
        self.pattern = (re.compile(r"(?:" + "|".join(re.escape(t) for t in texts) + r")(?!\w)") if texts else None)
        self._name_parts(actors)
        self.index: dict[tuple[int, str], list[NameTarget]] = defaultdict(list)
        for target in targets.values():
            self.index[(len(target.words), fold_accents(target.words[-1][0]))].append(target)
        self._rules = {alias: (actor, "actor:exact-misspelling" if alias in self.misspelt else "actor:exact")
                       for alias, actor in self.owner.items()}
        #: What a run of capitalised words is, by its text (actor_mentions.py): the same names recur all the time.
        self.run_shapes: dict[str, RunShape] = {}

    def _name_parts(self, actors: list[Actor]) -> None:
        """The surnames and given names that stand for one person alone (`surname`, `folded_surname`,
        `knighted`) and each person's given names (`given_names`)."""
        # Surnames of people ("Peskov" for Dmitry Peskov) when only the full name is listed, and given names
        # after a knighthood ("Sir Keir" for Keir Starmer); a word two people share is left out.
        surnames: dict[str, set[str]] = defaultdict(set)
        givens: dict[str, set[str]] = defaultdict(set)
        #: Each person's given names, as any of their names and aliases write them ("Mike", "Michael").
        self.given_names: dict[str, set[str]] = defaultdict(set)
        for actor in actors:
            if actor.kind != "person":
                continue
            for n, text in enumerate([actor.name] + [a.text for a in actor.aliases if not a.misspelling]):
                words = _TOKEN.findall(text)
                if len(words) >= 3 and words[-1].rstrip(".") in GENERATIONS:
                    words = words[:-1]  # ("Robert F. Kennedy Jr.": "Kennedy" is his surname, and a Caroline's)
                if len(words) >= 2:  # (and each half of a hyphened one, as a run's tokens split it: "Luc")
                    self.given_names[actor.id].update(w for word in words[:-1] for w in (word, *word.split("-")))
                # (a surname that is a place, "Montenegro", is the person's alone only as people.py's alias)
                # (nor is the last word of a surname with a particle, "Rosa" of "dela Rosa": the person's
                # surname is the two words, people.py's alias)
                # (nor the last word of a name printed family name first, "Myung" of "Lee Jae Myung": a syllable
                # of the given name, and another family's name alone, "Myung Tae-kyun"; its family name is
                # people.py's alias)
                if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 4 \
                        and words[-1] not in PLACE_SURNAMES and not family_first(words) \
                        and (not is_particle(words[-2].lower()) or words[-2] in LINKING):
                    surnames[words[-1]].add(actor.id)
                if n == 0 and len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 3:
                    givens[words[0]].add(actor.id)  # (the name's, not an alias's)
        # (nor a surname that is another person's given name: "Nawaz" of Maryam Nawaz beside Nawaz Sharif)
        given_by: dict[str, set[str]] = defaultdict(set)
        for actor_id, words in self.given_names.items():
            for word in words:
                given_by[word].add(actor_id)
        self.surname = {word: next(iter(ids)) for word, ids in surnames.items()
                        if len(ids) == 1 and word not in self.owner and not given_by.get(word, set()) - ids}
        #: The same surnames without their accents, for a text that writes them with ("Erdoğan" for Erdogan).
        self.folded_surname = {fold_accents(word): actor for word, actor in self.surname.items()}
        self.knighted = {word: next(iter(ids)) for word, ids in givens.items() if len(ids) == 1}
        # (of those, the given names of Arabic names alone, for "Prince Faisal", "Sheikh Mohammed": a word two
        # known people begin with is neither's)
        # (by the given name's transliteration family: "Sheikh Mohamed" beside "Mohamed bin Zayed …" and
        # "Mohammed bin Rashid …" is neither's)
        royal: dict[str, set[str]] = defaultdict(set)
        spelled: dict[str, set[str]] = defaultdict(set)
        for actor in actors:
            words = _TOKEN.findall(actor.name) if actor.kind == "person" else []
            if words:
                spelled[given_name_key(words[0])].add(actor.id)
            if len(words) >= 3 and any(_ARABIC_FAMILY.fullmatch(w) for w in words[1:-1]):
                royal[words[0]].add(actor.id)
        self.royal = {word: next(iter(ids)) for word, ids in royal.items()
                      if len(ids) == 1 and len(spelled[given_name_key(word)]) == 1}

    def surname_owner(self, word: str) -> str | None:
        """The one person whose surname `word` is, with or without its accents ("Erdoğan"), or None."""
        owner = self.surname.get(word)
        if owner is None and not word.isascii():
            owner = self.folded_surname.get(fold_accents(word))
        return owner

    def exact(self, text: str, start: int, end: int) -> list[Found]:
        if self.pattern is None:
            return []
        found = []
        rules = self._rules
        for match in self.pattern.finditer(text, start, end):
            s = match.start()
            before = text[s - 1:s]
            if before and (before.isalnum() or before == "_"):
                continue
            alias = match.group(0)
            if " " not in alias and _PATRONYM_BEFORE.search(text, max(0, s - 5), s):
                continue  # "bin Salman": the son of "Salman", not "King Salman"
            actor, rule = rules[alias]
            found.append(Found(s, match.end(), actor, alias, 100.0, rule))
        return found

    def fuzzy(self, words: list[str]) -> tuple[NameTarget, float] | None:
        """The best gazetteer name for a window of words, with its score, or None."""
        first = fold_accents(words[-1][0])
        candidates = [t for letter in first_letters(first) for t in self.index.get((len(words), letter), ())]
        best: tuple[NameTarget, float] | None = None
        window = " ".join(words)
        folded = fold_accents(window)
        for target in candidates:
            if folded == fold_accents(target.text) and window != target.text:
                # the name with or without its accents ("Erdoğan", "Erdogan"): a variant, near certain
                if best is None or best[1] < 99.0:
                    best = (target, 99.0)
                continue
            last = fuzz.ratio(words[-1], target.words[-1])
            if len(words) == 1:
                length = len(words[0])
                if length >= 5 and last >= 88:
                    score = last
                elif length == 4 and last >= 75 and words[0][-1] == target.words[0][-1]:
                    score = last
                else:
                    continue
            else:
                if last < 80 or len(words[-1]) < 4:
                    continue
                others = sum(fuzz.ratio(a, b) for a, b in zip(words[:-1], target.words[:-1])) / (len(words) - 1)
                if last >= 100 and others < 50:
                    continue  # the surname with another given name ("Oleh Nykyforov" by "Serhiy"): another person
                if last >= 100 and len(words) >= 3 and min(len(words[0]), len(target.words[0])) > 2 \
                        and fuzz.ratio(words[0], target.words[0]) < 50:
                    continue  # a sister's name by her brother's ("Aseefa Bhutto Zardari", "Bilawal Bhutto Zardari")
                if last >= 100 and not _given_slip(words[0], target.words[0]):
                    continue  # the surname with a given name more than a slip away ("Aseefa", "Asif"): another person
                score = max(fuzz.ratio(window, target.text), 0.6 * last + 0.4 * others)
                if last < 100 and len(words[-1]) >= 6 and others >= 40:
                    # Both words misspelt ("Beith Higseth"): the surname carries the match. An exact
                    # surname with another given name ("Katie Miller") is another person and stays out.
                    score = max(score, 0.8 * last + 0.2 * others)
                if score < (78 if last >= 100 else 75):
                    continue
            if score >= 100:
                continue  # identical: the exact pass has it, or it is a canonical name that is no alias
            if best is None or score > best[1]:
                best = (target, round(score, 1))
        return best


def _given_slip(word: str, known: str) -> bool:
    """Whether a given name written before a known surname may be a slip of the known given name: one letter
    added, dropped, changed or two swapped ("Emanuel", "Kier"), a transliteration of it ("Sergey", "Sergei"), a
    short form ("Jerry", "Jerrold"), or an initial or a short word either way. "Aseefa" or "Asefa" for "Asif" are two or three letters apart: another
    given name, another person (a daughter beside her father), not a spelling of his."""
    one, other = fold_accents(word).lower().rstrip("."), fold_accents(known).lower().rstrip(".")
    if min(len(one), len(other)) <= 2:
        return True  # (an initial, "J.", or a title word: the window's other checks judge it)
    shared = next((k for k, (a, b) in enumerate(zip(one, other)) if a != b), min(len(one), len(other)))
    # (or one name's short form of the other, all but a letter of the shorter one its start: "Jerry", "Jerrold")
    return OSA.distance(one, other) <= 1 or given_name_key(word) == given_name_key(known) \
        or shared >= max(4, min(len(one), len(other)) - 1)


def another_given_name(gazetteer: Gazetteer, words: list[str], j: int) -> bool:
    """Whether the known surname `words[j]` (or a person's alias of one word, "Trump") follows a given name its
    person does not have: "Daniel Waltz" is not
    Mike Waltz, "Melania Trump" not Donald Trump (another person, for people.py to introduce). Titles, initials
    and the person's own given names ("Mike Waltz", "Mr Waltz", "M. Waltz") are no other given name."""
    owner = (gazetteer.surname_owner(words[j]) or gazetteer.owner.get(words[j])) if j else None
    if owner is None or owner not in gazetteer.given_names:
        return False  # (a whole alias that is no person's surname: "Ukraine", "Trump administration")
    before = words[j - 1]
    return name_shaped(before) and len(before.rstrip(".")) > 1 and not before.endswith(".") \
        and not is_title(before) and before not in KNIGHTHOOD \
        and before not in gazetteer.given_names.get(owner, ())


def name_shaped(word: str) -> bool:
    """Whether a capitalised word can be (part of) a name, whatever the text around it: no stop word, no
    shouted heading word, no demonym."""
    if not word or word in STOP or not word[0].isupper():
        return False
    if word.isupper() and len(word.replace(".", "")) > 4:
        return False  # a shouted heading word, not an acronym
    if _DEMONYM.search(word) and not word.isupper():
        return False
    return any(c.isalpha() for c in word)
