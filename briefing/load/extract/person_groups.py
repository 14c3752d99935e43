"""Introductions of people (people.py finds them) grouped into one person each: by surname, written in any of its
ways ("Al-Ansari", "al-Ansari", "Ansari"; "Araghchi", "Araqchi"), the full names joined to the surname alone,
and two people of one surname ("Mike Johnson", "Boris Johnson") kept apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from briefing.load.extract.name_words import (
    GENERATIONS,
    LINKING,
    TITLES,
    family_first,
    fold_accents,
    given_name_key,
    is_particle,
    transliteration_key,
)
from briefing.load.extract.person_hyphens import join_halves, join_hyphened
from briefing.load.extract.person_reversed import join_reversed

if TYPE_CHECKING:
    from briefing.model import Source

__all__ = ["Introduction", "given", "group_people", "lower_words", "same_given", "short_form", "slip", "surname"]


@dataclass(frozen=True)
class Introduction:
    """One place where the text introduces a person."""

    file: str
    start: int  # the name as written
    end: int
    words: tuple[str, ...]  # the name's tokens, particles included
    rule: str
    role: str  # the title as written ("Italian Prime Minister"), or ""
    role_start: int
    role_end: int
    side: str | None  # a side id


#: Capitalised particles of Arabic and other family names ("Al Thani", "Bin Salman"), never a given name
#: when another word follows: part of the surname.
_CAPITAL_PARTICLES = frozenset({"Al", "El", "Bin", "Ibn", "Abu", "Abd", "Van", "Von", "De", "Di", "Da", "Du", "Del",
                                "Do", "Dos", "Das", "Dela", "Delos", "Delas", "Le", "La", "Della", "Des", "Dei"})
#: Capitalised particles that are never a given name, even first of two words ("Dela Cruz said": a surname, not
#: a Mr Cruz called Dela; "Ter Horst said": Pieter ter Horst, not a Mr Horst called Ter; "Van Morrison" keeps his
#: given name).
_NEVER_GIVEN = frozenset({"Dela", "Delos", "Delas", "Ter", "Ten"})


#: A key that ends with a regnal number ("leo xiv").
_NUMBERED_KEY = re.compile(r" [ivx]+$")
#: The titles people.py keeps in a name of one word ("Pope Francis", "King Abdullah").
CROWNED = frozenset({"Pope", "King", "Queen", "Emperor", "Empress", "Tsar"})
#: A regnal number ("VII", "XIV").
_REGNAL = re.compile(r"X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}")


def _key(family: tuple[str, ...]) -> str:
    """One key for the ways a surname is written: "Al Ansari", "Al-Ansari", "al-Ansari" and "Ansari";
    "Castañeda" and "Castaneda"."""
    words = [w.rstrip(".") or w for part in family for w in re.split(r"[-\s]", fold_accents(part.lower()))]
    while len(words) > 1 and (is_particle(words[0]) or words[0].title() in _CAPITAL_PARTICLES):
        words = words[1:]
    return " ".join(words)


#: How many names' surnames and given names are remembered (`surname`, `given`: a fold groups every
#: introduction of the folder again, the same few thousand names written tens of thousands of times).
NAMES_REMEMBERED = 16384


@lru_cache(maxsize=NAMES_REMEMBERED)
def surname(words: tuple[str, ...]) -> tuple[str, ...]:
    """The family name with its particles: ('von', 'der', 'Leyen') of Ursula von der Leyen; ('He',) of He
    Lifeng (a Chinese name puts it first)."""
    if family_first(words):
        return words[:1]
    if len(words) >= 3 and words[-1].rstrip(".") in GENERATIONS:
        return (*surname(words[:-1]), words[-1])  # "Kennedy Jr.": the son is not his father, "Kennedy"
    if len(words) == 2 and words[0] in CROWNED:
        return words  # "Pope Francis": the title and the one name
    if len(words) >= 2 and _REGNAL.fullmatch(words[-1]):
        return words  # "Haakon VII", "John Paul II": a monarch's or pope's names and number, no surname
    index = len(words) - 1
    while index > 0 and (is_particle(words[index - 1]) or words[index - 1] in _NEVER_GIVEN
                         or (index > 1 and words[index - 1] in _CAPITAL_PARTICLES)
                         or (index == 1 and words[0] in _CAPITAL_PARTICLES)):
        # ("Von der Leyen said", "De la Cruz said": a capital particle before a small one opens the surname,
        # no one's given name; so does one before the last word alone, "De Gaulle", "Le Pen": the surname is
        # both words, never "Gaulle" or "Pen", another family's)
        index -= 1
    return _unlinked(words[index:])


def _unlinked(family: tuple[str, ...]) -> tuple[str, ...]:
    return family[1:] if len(family) > 1 and family[0] in LINKING else family

def group_people(found: list[Introduction], lower: set[str],
                 nicknames: set[tuple[str, str, str]] | None = None) -> list[tuple[list[Introduction], bool]]:
    """One group of introductions per person, and whether the surname alone is theirs: grouped by surname
    ("Al-Ansari", "al-Ansari" and "Ansari" are one), the full names joined to the surname alone. `nicknames`:
    (surname, given name, nickname) the folder prints ("Ana “Bing” Reyes": "Bing Reyes" is her; person_nicknames)."""
    nicked = {(s, frozenset((g, n))) for s, g, n in nicknames or ()}
    by_key: dict[str, list[Introduction]] = defaultdict(list)
    for intro in found:
        by_key[_key(surname(intro.words))].append(intro)
    groups: list[tuple[list[Introduction], bool]] = []
    joined = _join_generations(_join_variants(_join_crowned(by_key)))
    # ("Caroline Kennedy" beside "Robert F. Kennedy Jr.": "Kennedy" alone is either's)
    elders = {key.rpartition(" ")[0] for key in joined if key.rpartition(" ")[2].title() in GENERATIONS}
    for key, intros in joined.items():
        full = [i for i in intros if given(i.words)]
        named = key.split()[1:] if intros[0].words[0] in CROWNED and len(intros[0].words) == 2 else key.split()
        if not full and any(w in lower for w in named):
            continue  # "Baker", "Rose": a word as well as a surname, and never with a given name
        givens = {given(i.words) for i in full}
        longest = max(givens, key=len, default=())
        if not all(same_given(g, longest) or (key.split()[-1], frozenset(
                (fold_accents(g[0]).lower(), fold_accents(longest[0]).lower()))) in nicked for g in givens) \
                and not _one_by_role(intros) or (key in elders and givens):
            # Two people of one surname ("Mike Johnson", "Boris Johnson"): each full name is a person, and
            # the surname alone is neither (which one it means is not for us to guess).
            # (one given name written two ways is one of them: "Shahbaz", "Shehbaz")
            firsts = sorted({_first_key(i.words) for i in full})
            groups.extend(([i for i in full if _first_key(i.words) == first], False) for first in firsts)
        else:
            groups.append((intros, True))
    # "Pope Francis" beside "Mark R. Francis": the word alone is neither's.
    crowned = {_key(i.words[1:]) for i in found if len(i.words) == 2 and i.words[0] in CROWNED}
    if crowned:
        groups = [(intros, with_surname and _key(surname(intros[0].words)) not in crowned)
                  for intros, with_surname in groups]
    groups = join_hyphened(groups, lambda words: (given(words), surname(words)))  # "Sara Cruz-Lopez": person_hyphens
    groups = join_halves(groups, lambda words: (given(words), surname(words)))  # "Yeşilgöz" of "… Yeşilgöz-Zegerius"
    # ("Sato Taro" beside "Taro Sato": person_reversed.py)
    return _given_elsewhere(join_reversed(_join_inner_names(groups)))


def _first_key(words: tuple[str, ...]) -> str:
    """The key of a full name's first given name; of a name printed family name first, its whole given name,
    hyphened or not ("Keon Hee", "Keon-hee" of one Kim; "Beom-su" of another)."""
    if family_first(words):
        return "".join(part.lower() for word in given(words) for part in word.split("-"))
    return given_name_key(given(words)[0])


def _given_elsewhere(groups: list[tuple[list[Introduction], bool]]) -> list[tuple[list[Introduction], bool]]:
    """A surname that is another person's given name is neither's alone (people33): "Maryam Nawaz" beside "Nawaz
    Sharif", "Hamza Shahbaz" beside "Shahbaz Sharif" (a father's given name his children carry last): "Nawaz
    said" is either's."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, (intros, _with_surname) in enumerate(groups):
        for intro in intros:
            for word in given(intro.words):
                owners[fold_accents(word)].add(index)
    # (a group of the word alone, "Bilawal said" where no full name of the article begins with it, keeps it)
    return [(intros, with_surname and (not any(given(i.words) for i in intros)
                                       or not owners.get(fold_accents(surname(intros[0].words)[-1]), set()) - {index}))
            for index, (intros, with_surname) in enumerate(groups)]


def _join_inner_names(groups: list[tuple[list[Introduction], bool]]) -> list[tuple[list[Introduction], bool]]:
    """A name the text gives alone ("said Lula") that is an inner given name of exactly one full name
    ("Luiz Inacio Lula da Silva": the name a person is known by, not the first given name nor the surname)
    is that person; of two or more, it stays a person of its own (which one it means is not for us to guess).
    So is a first given name alone ("Tedros said") where the same article gives exactly one full name it
    begins ("Tedros Adhanom Ghebreyesus": an Ethiopian name is used by its given name), or where the folder
    gives exactly one and no name of the folder ends with the word (an article printing "Oburu" alone, another
    "Oburu Oginga"). A given name alone that begins two or more full names (in any of its transliterations) is
    no one: which one it means is not for us to guess."""
    inner: dict[str, list[int]] = defaultdict(list)
    first: dict[str, list[int]] = defaultdict(list)
    files: dict[int, set[str]] = defaultdict(set)
    for index, (intros, _with_surname) in enumerate(groups):
        words = {w for i in intros for w in given(i.words)[1:] if not is_particle(w) and len(w) >= 3}
        for word in words:
            inner[word].append(index)
        for word in {given(i.words)[0] for i in intros if given(i.words) and len(given(i.words)[0]) >= 3}:
            first[word].append(index)
        files[index] = {i.file for i in intros}
    if not inner and not first:
        return groups
    # (the surnames of the folder's full names: a word that is one may be that surname alone, not a given name)
    family_words = {surname(i.words)[-1] for intros, _with_surname in groups for i in intros if given(i.words)}
    # (the full names by their first given name's key: "Mohamed" and "Mohammed" are one key, two men's)
    first_keys: dict[str, set[int]] = defaultdict(set)
    for word, owners in first.items():
        first_keys[given_name_key(word)].update(owners)
    joined: dict[int, list[Introduction]] = {}
    kept: list[int] = []
    for index, (intros, _with_surname) in enumerate(groups):
        forms = {i.words for i in intros}
        alone = next(iter(forms))[0] if len(forms) == 1 and len(next(iter(forms))) == 1 else None
        owners = inner.get(alone, []) if alone else []
        if alone and not owners and len(first.get(alone, [])) == 1 \
                and (files[index] <= files[first[alone][0]] or alone not in family_words):
            # ("Oburu said" in an article that prints no full name: the folder's one "Oburu …", where no name
            # of the folder ends with the word)
            owners = first[alone]
        if len(owners) == 1 and owners[0] != index:
            joined.setdefault(owners[0], []).extend(intros)
        elif all(len(f) == 1 for f in forms) and len(_families(
                groups, {o for f in forms for o in first_keys.get(given_name_key(f[0]), ())} - {index})) >= 2:
            continue  # "Sheikh Mohamed said" beside "Mohamed bin Zayed …" and "Mohammed bin Rashid …": no one's
        else:
            kept.append(index)
    return [([*groups[i][0], *joined.get(i, [])], groups[i][1]) for i in kept]


def _families(groups: list[tuple[list[Introduction], bool]], indices: set[int]) -> set[str]:
    """The last words of the full names of the groups at `indices`, folded: one for one man written two ways
    ("Bilawal Bhutto Zardari", "Bilawal Bhutto-Zardari"), two for two men ("… Al Nahyan", "… Al Maktoum")."""
    return {fold_accents(re.split(r"[-\s]", i.words[-1])[-1]).lower()
            for index in indices for i in groups[index][0] if given(i.words)}


def same_given(one: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """One person's given names: "Abbas" in "Seyed Abbas", "J.D." and "JD", a name and its initial, a name
    with and without its accents ("António", "Antonio"), two transliterations of it ("Ahmed", "Ahmad";
    "Heorhiy", "Georgiy"; "Đuro", "Djuro")."""
    keys = given_name_key(one[0]), given_name_key(longer[0])  # (before folding: "Đuro" is "Djuro", not "Duro")
    one, longer = tuple(map(fold_accents, one)), tuple(map(fold_accents, longer))
    return set(one) <= set(longer) or keys[0] == keys[1] \
        or _one_person({one[0], longer[0]}) or (
        len(one) == 1 and any(_one_person({one[0], g}) for g in longer)) or short_form(one[0], longer[0]) \
        or short_form(longer[0], one[0]) or slip(one[0], longer[0])


def short_form(short: str, full: str) -> bool:
    """A given name cut short: "Ric" for "Richard", "Alex" for "Alexander" (three letters at least, two fewer at
    least: "Kaj" for "Kaja" is a letter dropped, a slip)."""
    return len(short) >= 3 and len(full) >= len(short) + 2 and full.startswith(short)


def slip(one: str, other: str) -> bool:
    """Two letters of a given name swapped ("Richrad", "Kier"): a slip of the pen, the same person."""
    return (one != other and len(one) == len(other) >= 4 and one[0] == other[0] and sorted(one) == sorted(other)
            and sum(a != b for a, b in zip(one, other)) == 2)


def _join_crowned(by_key: dict[str, list[Introduction]]) -> dict[str, list[Introduction]]:
    """A monarch's or pope's name with the title ("King Charles", "Pope Leo") and the same name with a regnal
    number ("King Charles III", "Leo XIV") are one person, when the folder gives that name one number only
    ("Pope Leo" beside "Leo XIII" and "Leo XIV" is neither)."""
    numbered: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if _NUMBERED_KEY.search(key):
            numbered[key.rsplit(" ", 1)[0]].append(key)
    if not numbered:
        return by_key
    joined = {key: list(intros) for key, intros in by_key.items()}
    for key, intros in by_key.items():
        words = intros[0].words
        if len(words) == 2 and words[0] in CROWNED and len(numbered.get(key.split(" ", 1)[-1], ())) == 1:
            joined[numbered[key.split(" ", 1)[-1]][0]].extend(joined.pop(key))
    return joined


def _join_generations(by_key: dict[str, list[Introduction]]) -> dict[str, list[Introduction]]:
    """A surname alone ("Kennedy said") where no full name has it but one full name has it with "Jr."/"Sr."
    after it ("Robert F. Kennedy Jr.") is that person's; beside a "Caroline Kennedy" it is no one's."""
    suffixed: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        base, _, last = key.rpartition(" ")
        if base and last.rstrip(".").title() in GENERATIONS:
            suffixed[base].append(key)
    for key in [k for k in by_key if len(suffixed.get(k, ())) == 1]:
        if not any(given(i.words) for i in by_key[key]):
            by_key[suffixed[key][0]].extend(by_key.pop(key))
    return by_key


def _join_variants(by_key: dict[str, list[Introduction]]) -> dict[str, list[Introduction]]:
    """Surnames written two ways by transliteration ("Araghchi", "Araqchi"; "al-Busaidi", "Albusaidi") are
    one, when one of them comes without a given name or both come with the same one. Compared only within
    the same first two letters (ignoring a leading "al"), so the cost stays near linear in the people found."""
    def stem(key: str) -> str:
        return key[2:] if key.startswith("al") and len(key) > 6 else key

    blocks: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        blocks[transliteration_key(stem(key))[:2]].append(key)  # ("Nykyforov" beside "Nikiforov")
    joined: dict[str, list[Introduction]] = {key: list(intros) for key, intros in by_key.items()}
    for keys in blocks.values():
        for i, a in enumerate(keys[:50]):
            for b in keys[i + 1:50]:
                if a not in joined or b not in joined or len(a) < 5 or len(b) < 5 or (
                        (_NUMBERED_KEY.search(a) or _NUMBERED_KEY.search(b)) and a.rsplit(" ", 1)[-1] != b.rsplit(" ", 1)[-1]):
                    continue  # (…, and "Leo XIII" is not "Leo XIV": a regnal number is no spelling; "Leon XIV" is)
                givens_a = {given_name_key(given(x.words)[0]) for x in joined[a] if given(x.words)}
                givens_b = {given_name_key(given(x.words)[0]) for x in joined[b] if given(x.words)}
                words_a = {w for x in joined[a] for w in given(x.words)}
                words_b = {w for x in joined[b] for w in given(x.words)}
                # One person's given names: the same first ones (or their transliterations), or all of one's
                # among the other's ("Abbas Araqchi" and "Seyed Abbas Araghchi").
                same_given = givens_a == givens_b or words_a <= words_b or words_b <= words_a
                # One transliteration of the surname ("Nykyforov", "Nikiforov"): the given names may differ
                # too ("Serhiy", "Sergei") where the role and side agree; two people of similar names do not.
                spelt = transliteration_key(stem(a)) == transliteration_key(stem(b))
                if givens_a and givens_b and not same_given and not (spelt and _one_by_role(joined[a] + joined[b])):
                    continue
                if len({i.side for i in joined[a] + joined[b]} - {None}) > 1:
                    continue  # placed on two sides: two people
                # A surname alone, or with the same given names, may differ a little more ("Araqchi" for
                # "Araghchi": one transliteration) than two full names that share none.
                close = abs(len(a) - len(b)) <= 2
                if not spelt and fuzz.ratio(stem(a), stem(b)) < (80 if close else 85):
                    continue
                keep, drop = (a, b) if len(joined[a]) >= len(joined[b]) else (b, a)
                joined[keep].extend(joined.pop(drop))
    return joined


#: The title words of a role ("spokesman" of "Ukrainian foreign ministry spokesman"); honorifics say nothing.
_ROLE_WORD = re.compile(rf"\b(?:{TITLES})\b")
_NO_ROLE = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr.", "official", "head", "leader", "chief"})


def _one_by_role(intros: list[Introduction]) -> bool:
    """Whether the full names among `intros`, their surnames written two ways, are one person by what the text
    says they are: every one given with a role, the roles sharing a title word ("foreign ministry spokesman",
    "spokesman for the ministry"), and no two sides."""
    full = [i for i in intros if given(i.words)]
    if len({_key(surname(i.words)) for i in intros}) < 2 or len({i.side for i in full} - {None}) > 1:
        return False
    shared: set[str] | None = None
    for intro in full:
        words = set(_ROLE_WORD.findall(intro.role.lower())) - _NO_ROLE
        shared = words if shared is None else shared & words
        if not shared:
            return False
    return bool(shared)


@lru_cache(maxsize=NAMES_REMEMBERED)
def given(words: tuple[str, ...]) -> tuple[str, ...]:
    """The given names before the surname ("Lifeng" after it in "He Lifeng"); none for "Al Ansari" (a
    particle is no given name)."""
    if family_first(words):
        return words[1:]
    given = words[:len(words) - len(surname(words))]
    return () if len(given) == 1 and given[0] in _CAPITAL_PARTICLES else given

def _one_person(givens: set[str]) -> bool:
    """'J.D.' and 'JD', or one given name and its initial: still one person."""
    initials = {g[0] for g in givens}
    return len(initials) == 1 and sum(len(g.rstrip(".")) > 2 for g in givens) <= 1


#: A word written in lower case (a surname that is a word too: "Baker", "baker").
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")


def lower_words(sources: list[Source], lone: set[str]) -> set[str]:
    """The words of `lone` that some source writes as a lower-case word: {w in lone: w in findall(text)} over
    every text (a text none of the words not yet seen is in is not searched)."""
    lower: set[str] = set()
    unseen = set(lone)
    for source in sources:
        if not unseen:
            break  # every one seen already
        text = source.text
        if any(word in text for word in unseen):  # (a word findall gives is in the text as it is)
            lower.update(w for w in _LOWER_WORD.findall(text) if w in lone)
            unseen -= lower
    return lower
