"""A person known by surname alone who takes the full name the same article prints (issue 10, people21).

"Jo Roe, who came with her sons, smiled. … “…,” Roe said.": the speech verb introduces "Roe" alone, while the
article prints "Jo Roe" with no formula. Where the article prints exactly one full name of that surname (a
capitalised given name and the surname: a run the name rules read as a name, not a place's or a body's) and no
formula already introduces a full name of it, that full name introduces the person too (person:named-in-full),
so the person is "Jo Roe" with "Roe" as an alias, each form with its own evidence. Two full names of the
surname ("Jo Roe", "Ann Roe"): which one "Roe" is the article does not say; left as it is. One pass over the
article's introductions and its untitled names.

And the other way round (people33): where a formula introduces "Robert Roe" and the article also prints "Ann
Roe" with no formula, she is a person too (person:same-surname), so that "Roe said" and "Ms. Roe" stay
unknown rather than going to Robert, the only Roe a formula named (person_groups: two people of one surname
give neither the surname alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from briefing.load.extract.name_words import NOT_NAME, OPENERS, is_particle, is_title, leaning
from briefing.load.extract.person_groups import Introduction, given, same_given, surname
from briefing.load.extract.surnames import NOT_GIVEN

__all__ = ["named_in_full", "same_surname_in_full"]


def named_in_full(file: str, found: list[Introduction],
                  untitled: dict[tuple[str, ...], list[tuple[int, int]]]) -> list[Introduction]:
    """The introductions, from `untitled` (an article's names given with no formula), of the full names of the
    people `found` introduces by surname alone."""
    lone = {_folded(i.words) for i in found if not given(i.words)}
    if not lone:
        return []
    full = {_folded(surname(i.words)) for i in found if given(i.words)}
    by_surname: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in untitled:
        if given(words) and (family := _folded(surname(words))) in lone and family not in full:
            by_surname[family].append(words)
    return [Introduction(file, untitled[names[0]][0][0], untitled[names[0]][0][1], names[0], "person:named-in-full",
                         "", -1, -1, None)
            for names in by_surname.values() if len({given(n) for n in names}) == 1]


def _folded(family: tuple[str, ...]) -> tuple[str, ...]:
    """The surname with its first particle in small letters: "Van Aert" opening a sentence is the "van Aert"
    of "Wout van Aert" (people39: main left the person "Van Aert", his given name lost)."""
    if len(family) > 1 and is_particle(family[0].lower()) and family[0] != family[0].lower():
        return (family[0].lower(), *family[1:])
    return family


def same_surname_in_full(text: str, file: str, found: list[Introduction],
                         untitled: dict[tuple[str, ...], list[tuple[int, int]]],
                         known_surname: Callable[[str], bool] = lambda word: False) -> list[Introduction]:
    """The introductions, from `untitled`, of the full names that share a surname with a full name `found`
    introduces and have another given name ("Ann Roe" beside "Robert Roe", not "Rob Roe" nor "R. Roe"; not
    "Afterwards Roe", whose first word `text` writes in lower case too or that opens sentences; not "Hale Roe"
    where "Hale" is the surname of another person of the article or a `known_surname`: two surnames run
    together, a subhead's "Hale" before "Roe also hit back …")."""
    full: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for intro in found:
        if given(intro.words):
            full[surname(intro.words)].append(given(intro.words))
    introduced = {i.words for i in found}
    taken = {intro.words[-1] for intro in found}
    return [Introduction(file, places[0][0], places[0][1], words, "person:same-surname", "", -1, -1, None)
            for words, places in untitled.items()
            if words not in introduced and given(words) and surname(words) in full and _given_word(words[0], text)
            and words[0] not in taken and not known_surname(words[0])
            and not any(same_given(given(words), g) or same_given(g, given(words)) for g in full[surname(words)])]


def _given_word(word: str, text: str) -> bool:
    """Whether `word` may be a given name: no sentence opener, honorific, title or leaning, and not a word
    `text` writes in lower case ("afterwards"). One search of the text, for the few names that share a surname
    with someone introduced."""
    if word in NOT_GIVEN or word in OPENERS or word in NOT_NAME or is_title(word) or leaning(word) or len(word) < 3:
        return False
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is None
