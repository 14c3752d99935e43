"""The surnames of one article's people, for speakers.py (split out of it along this seam).

`surname_of`: "Waltz" alone is Mike Waltz's when he is the one person of that surname the article names in full
(mentions leave a surname two people of the folder share to no one), or the one left when the others are
introduced as that bare surname's relatives ("Demirci's wife, Leyla Demirci": "Demirci" is not she).
`namesakes`: a short name ("Le Pen", "Voss") the article also prints after a given name that is not its
person's ("Marine Le Pen" where the people pass kept only Jean-Marie Le Pen, and named him in full): the short
name may be either, so a quote it introduces is no one's; so is a surname two people the article names in full
bear ("Biden" beside "Joe Biden" and "Hunter Biden", though the gazetteer gives "Biden" to Joe).
`others`: the mentions (by start) that name someone else by a known person's short name, that mention only: the
first word of a name printed surname first, followed by a given name that is not its person's ("Kim Min-jun" when
the article knows President Kim Jong-su), or a short name introduced with an age or a private person's calling
("Park, 34, said", "23-year-old Park", "Park, a student,"). One pass over the mentions, each reading the few
characters around it.
`family_of`: the first word of a name printed family name first (name_words.family_first: "Park Chan-dae"), when
one person of the article bears it and it is no one's last word: who "“…,” Park said" is, unless the text prints
that word as someone else's (`names_another`: "Park Min-jun", "Park, a student").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefing.load.extract.name_words import GENERATIONS, NATIONAL_NOUNS, NOT_NAME, OPENERS, family_first, is_title, leaning
from briefing.load.extract.person_shapes import opener_word

__all__ = ["NOT_GIVEN", "Surnames", "introduced_apart", "last_named_by_namesake", "names_another", "surnames_of"]


class _Mention(Protocol):
    start: int
    end: int
    actor: str
    person: bool
    quoted: bool


#: The capitalised word right before a name, on its line: a given name, a title or a sentence's opener.
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \u00a0]$")
#: Words before a surname that are no one's given name: honorifics and sentence openers not in OPENERS.
NOT_GIVEN = frozenset("""Mr Mrs Ms Miss Mx Dr Madame Monsieur Mme Herr Frau Sir Dame Lady Lord Sen Rep Gov Gen
    Col Capt Lt Sgt Prof Father Sister Brother Rev The A An But And Or So Yet If When While As After Before Since
    Until For From With By At In On Of To But Then Still Even Only Also Both Neither Either All Some Most Many
    Here There This That These Those His Her Their Our Its My Your Former Late Young Elder Republican Democrat
    Democratic Conservative Liberal Labour Socialist Green Tory Later Earlier Meanwhile Now Today Yesterday
    Tonight Last Next First Second Third Asked Speaking Writing However Moreover Furthermore Indeed Nonetheless
    Nevertheless Afterwards Afterward Soon Shortly Yes No Ex Why How What Who Where During Despite Following
    Regarding Including Concerning Except Excluding Notwithstanding Into Onto About Near Past Ahead""".split())


#: Right after the first word of a name printed surname first: another given name ("Kim Min-jun", "Kim Min Jun").
_GIVEN_AFTER = re.compile(r"[ \u00a0]([A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?)\b(?![’'.]\w)")
#: Words after a surname that are no given name: days, months, and what follows a name as a modifier.
_NOT_GIVEN_AFTER = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Jr Sr Tower Towers Era Doctrine Plan""".split())
#: Callings of private people, never of an office-holder the article names in full ("Park, a student,").
_PRIVATE = (r"student|protester|protestor|demonstrator|resident|voter|pensioner|retiree|worker|teacher|nurse|"
            r"shopkeeper|volunteer|farmer|driver|mother|father|grandmother|grandfather|engineer|vendor|"
            r"office\s+worker|businessman|businesswoman|graduate|marcher")
#: An introduction right after a short name: an age (", 34,") or a private person's calling (", a student").
_INTRODUCED_AFTER = re.compile(rf",\s+(?:\d{{1,3}}\s*[,.;]|an?\s+(?:[\w-]+\s+){{0,3}}?(?:\d{{1,3}}-year-old|"
                               rf"(?:{_PRIVATE})s?)\b)")
#: An age right before a short name: "23-year-old Park".
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


@dataclass(frozen=True)
class Surnames:
    surname_of: dict[str, str]  # a surname -> the one person of the article who bears it, named in full
    surnames: frozenset[str]  # every surname of a person named in full
    namesakes: frozenset[str]  # short names printed after another person's given name too
    others: frozenset[int] = frozenset()  # starts of mentions that name someone else by a short name
    family_of: dict[str, str] = field(default_factory=dict)  # a family name printed first -> its one person here


#: Family names that are also English words opening a sentence ("He" of "He Lifeng", "You", "An"): alone, the
#: word is the pronoun or the article, never the person ("He soon saw …" is no mention of He Lifeng).
_ENGLISH_WORDS = frozenset({"he", "you", "we", "it", "me", "an", "on", "in", "so", "no", "do", "to", "at", "or",
                            "as", "by", "if", "of", "us"})


def surnames_of(text: str, mentions: Sequence[_Mention]) -> Surnames:
    """The article's surnames (see the module's docstring), from its mentions in text order."""
    owners: dict[str, set[str]] = {}
    families: dict[str, set[str]] = {}
    words_of: dict[str, set[str]] = {}
    givens: dict[str, set[str]] = {}
    for m in mentions:
        words = text[m.start:m.end].split()
        if len(words) >= 3 and words[-1].rstrip(".") in GENERATIONS:
            words = [*words[:-2], words[-2].rstrip(",")]  # "Robert F. Kennedy, Jr.": a Kennedy
        if m.person:
            words_of.setdefault(m.actor, set()).update(words)
            if len(words) >= 2 and words[-1][:1].isupper():
                owners.setdefault(words[-1], set()).add(m.actor)
                for word in words[:-1]:  # ("Nawaz" of "Nawaz Sharif": a given name; "Maryam Nawaz"'s surname)
                    givens.setdefault(word, set()).add(m.actor)
                if family_first(words):  # "Park Chan-dae": "Park" ("Chan-dae" stays: some outlets print it)
                    families.setdefault(words[0], set()).add(m.actor)
    namesakes: set[str] = set()
    for m in mentions:
        if not m.person or m.quoted:
            continue
        words = text[m.start:m.end].split()
        if not set(words) < words_of.get(m.actor, set()):
            continue  # a full name ("Warden Tom Ashgrove": a title before it), or a name never given in full here
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None:
            continue
        word = before.group(1)
        if _title_case(text, before.start(), m.start):
            continue  # "Bardella Slams Le Pen Verdict": a headline's capitals, not a given name
        if word not in words_of.get(m.actor, ()) and word not in NOT_GIVEN and word not in OPENERS \
                and word not in NOT_NAME and word not in NATIONAL_NOUNS and not is_title(word) \
                and not opener_word(word) and not leaning(word) and word not in owners:
            # (not "Horn" of "Horn Ilić also hit back" where Horn is another person's surname: a subhead's
            # word run into the sentence, two surnames together)
            namesakes.add(text[m.start:m.end])  # "Marine Le Pen" with only "Le Pen" a mention (Jean-Marie's)
    family_of = {word: next(iter(ids)) for word, ids in families.items()
                 if len(ids) == 1 and word not in owners and word.lower() not in _ENGLISH_WORDS}
    relatives = _relatives(text, mentions)
    surname_of = {}
    for word, ids in owners.items():
        # "X's wife, Leyla X": the bare surname is the possessor, not the relative (one other bearer left: theirs)
        left = ids - relatives.get(word, set()) if len(ids) > 1 else ids
        left = left | givens.get(word, set())  # "Maryam Nawaz" beside "Nawaz Sharif": "Nawaz" may be either
        if len(left) == 1 and word.lower() not in _ENGLISH_WORDS:
            surname_of[word] = next(iter(left))
        elif len(left) > 1:
            # "Hunter Biden" beside "Joe Biden": "Biden" alone, even a known person's alias, may be either (people33)
            namesakes.add(word)
    return Surnames(surname_of, frozenset(owners), frozenset(namesakes), _others(text, mentions), family_of)


#: Right before a full name, a relative of the name's own surname: "Demirci's wife, Leyla Demirci" (the bare
#: "Demirci" is someone else: the one whose wife she is).
_RELATIVE_OF = re.compile(r"(?P<surname>[A-Z][\w’'-]+)[’']s[ \u00a0]+(?:wife|husband|son|daughter|brother|sister|"
                          r"mother|father|widow|widower|spouse|nephew|niece|cousin|grandson|granddaughter)"
                          r"[ \u00a0]*,?[ \u00a0]*$")


def _relatives(text: str, mentions: Sequence[_Mention]) -> dict[str, set[str]]:
    """surname → the people of the article introduced as a relative of that bare surname ("Demirci's wife,
    Leyla Demirci"). One bounded look (60 characters) before each full name."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        words = text[m.start:m.end].split()
        if m.person and not m.quoted and len(words) >= 2:
            relative = _RELATIVE_OF.search(text, max(0, m.start - 60), m.start)
            if relative is not None and relative.group("surname") == words[-1]:
                found.setdefault(words[-1], set()).add(m.actor)
    return found


def _others(text: str, mentions: Sequence[_Mention]) -> frozenset[int]:
    """The starts of the person mentions that name someone else by a known person's short name (`others` in the
    module's docstring)."""
    full: dict[str, list[str]] = {}
    for m in mentions:
        words = text[m.start:m.end].split()
        if m.person and len(words) > len(full.get(m.actor, ())):
            full[m.actor] = words
    others = set()
    for m in mentions:
        words = text[m.start:m.end].split()
        name = full.get(m.actor, [])
        if not m.person or m.quoted or len(words) >= len(name) or not set(words) < set(name):
            continue
        given = _GIVEN_AFTER.match(text, m.end)
        if given is not None and words[0] == name[0] and given.group(1) not in name and _given_word(given.group(1)) \
                and not _headline_case(text, m.start):
            others.add(m.start)  # "Kim Min-jun" (President Kim Jong-su's first word): someone else
        elif _INTRODUCED_AFTER.match(text, m.end) or _AGE_BEFORE.search(text, max(0, m.start - 16), m.start):
            others.add(m.start)  # "Park, 34, said": someone introduced here, not the article's President Park
    return frozenset(others)


def names_another(text: str, start: int, end: int) -> bool:
    """Whether the short name text[start:end], no mention, is printed as someone else's, as `others` reads a
    mention: a given name follows it ("Kim Min Jun"), or it is introduced as a private person or by age ("Kim, a
    student", "Kim, 34,", "23-year-old Kim")."""
    given = _GIVEN_AFTER.match(text, end)
    if given is not None and _given_word(given.group(1)) and not _headline_case(text, start):
        return True
    return bool(_INTRODUCED_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 16), start))


def _given_word(word: str) -> bool:
    """Whether a capitalised word after a surname may be a given name (no title, body, day or opener)."""
    return word not in _NOT_GIVEN_AFTER and word not in NOT_NAME and word not in NOT_GIVEN and word not in OPENERS \
        and word not in NATIONAL_NOUNS and not is_title(word) and not leaning(word)


def _headline_case(text: str, at: int) -> bool:
    """Whether the line around `at` (100 characters each side at most) capitalises most of its longer words, as
    a headline does ("Kim Meets Trump in Seoul")."""
    start = text.rfind("\n", max(0, at - 100), at) + 1 or max(0, at - 100)
    end = text.find("\n", at, at + 100)
    words = [w for w in text[start:end if end >= 0 else at + 100].split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _title_case(text: str, word_start: int, end: int) -> bool:
    """Whether the line around text[word_start:end] sets its words in capitals: two of the three words before
    `word_start` on its line, or the word after `end`, capitalised (a headline's case, not a given name)."""
    line_start = text.rfind("\n", max(0, word_start - 40), word_start) + 1
    before = text[max(line_start, word_start - 40):word_start].split()[-3:]
    after = text[end:end + 40].split()
    next_word = after[0] if after and text[end:end + 1].isspace() else ""
    capitals = sum(1 for w in before if w[:1].isupper())
    return capitals >= 2 or (next_word[:1].isupper() and capitals >= 1)


def last_named_by_namesake(text: str, mentions: Sequence[_Mention], actor: str, names: Surnames) -> bool:
    """Whether the last of `mentions` naming `actor` is a short name another person may bear, or one that names
    someone else there (`others`): a pronoun's person found through it is not plainly that actor."""
    last = next((m for m in reversed(mentions) if m.actor == actor), None)
    return last is not None and (text[last.start:last.end] in names.namesakes or last.start in names.others)


#: A role set off right after a short name: "Johnson, the former British prime minister," (to the next comma, or
#: to a relative pronoun: "…, the former British prime minister who has …").
_APPOSED_ROLE = re.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?P<role>[^,;:.!?“”\"\n]{3,80}?)"
                           r"(?:[ \u00a0]*[,.;]|[ \u00a0]+(?:who|whose|which|that)\b)")
#: The noun of an office in a role (a calling, "politician", "campaigner", says nothing of whose the name is).
_OFFICE = re.compile(r"(?i:\b(?:minister|president|premier|chancellor|speaker|senator|governor|mayor|secretary|"
                     r"director|chief|ambassador|envoy|spokes(?:man|woman|person)|general|admiral|king|queen|"
                     r"prince|judge|prosecutor|commissioner|chair(?:man|woman)?)\b)")
#: Words of a role that say nothing of which office it is.
_ROLE_FILLER = frozenset("the a an of for and former then current acting ex new longtime veteran top".split())


def introduced_apart(text: str, mentions: Sequence[_Mention], titles: dict[str, tuple[str, ...]],
                     names: Surnames) -> Surnames:
    """`names` with the short-name mentions of a person found elsewhere in the folder added to `others` when this
    article never prints that person's full name and sets a role beside the short name that shares no word with
    any title the person has ("Johnson, the former British prime minister," where the folder's Johnson is a House
    Speaker named in full in another article): someone else of that surname, so no one's quotes. A person with no
    title, a role that shares a word ("Ratcliffe, the CIA director,") anywhere in the article, or a role naming no
    office ("a liberal pro-EU politician") keeps the short name. One bounded match after each person mention."""
    longest: dict[str, int] = {}
    for m in mentions:
        if m.person:
            longest[m.actor] = max(longest.get(m.actor, 0), len(text[m.start:m.end].split()))
    conflicting, agreeing = set(), set()
    for m in mentions:
        if not m.person or m.quoted or longest[m.actor] != 1 or not titles.get(m.actor):
            continue
        role = _APPOSED_ROLE.match(text, m.end, m.end + 100)
        if role is None:
            continue
        words = {w for w in re.findall(r"[a-z]+", role.group("role").lower()) if w not in _ROLE_FILLER}
        held = {w for title in titles[m.actor] for w in re.findall(r"[a-z]+", title.lower())}
        if words & held:
            agreeing.add(m.actor)  # "Trzaskowski, a liberal Warsaw mayor," (a Warsaw Mayor): the same man
        elif _OFFICE.search(role.group("role")):
            conflicting.add(m.actor)  # an office, not a calling ("a liberal pro-EU politician" decides nothing)
    apart = conflicting - agreeing
    if not apart:
        return names
    others = names.others | {m.start for m in mentions if m.actor in apart and m.person}
    return Surnames(names.surname_of, names.surnames, names.namesakes, frozenset(others), names.family_of)
