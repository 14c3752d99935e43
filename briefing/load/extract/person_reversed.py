"""One person whose two-word name the folder writes in both orders: "Taro Sato" in one story, "Sato Taro"
(family name first, as some outlets print Japanese names) in another. Grouped by surname, the two are two
people with different surnames; the second is no new person and its last word is no surname of his.

Only a name of exactly two words whose reversal the folder prints as another person's full name is joined,
and never two groups placed on different sides. Which order is the family name's is the folder's majority
(people.py takes the most frequent surname of a group).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.person_groups import Introduction

__all__ = ["join_reversed", "joined_groups"]


def _two_word_names(intros: list[Introduction]) -> set[tuple[str, str]]:
    return {(i.words[0], i.words[1]) for i in intros if len(i.words) == 2}


def join_reversed(groups: list[tuple[list[Introduction], bool]]) -> list[tuple[list[Introduction], bool]]:
    """`groups` (people.py's, one per person) with each group whose every full name is two words that another
    group prints the other way round joined to that group (the larger one keeps its surname flag). Linear in
    the introductions: each group's names are looked up in one index."""
    owner: dict[tuple[str, str], int] = {}
    for n, (intros, _) in enumerate(groups):
        for name in _two_word_names(intros):
            owner.setdefault(name, n)
    into: dict[int, int] = {}
    for n, (intros, _) in enumerate(groups):
        names = _two_word_names(intros)
        if not names or any(len(i.words) > 2 for i in intros):
            continue
        others = {owner.get((b, a)) for a, b in names} - {None, n}
        if len(others) != 1:
            continue  # no reversal, or reversals of two people: leave them
        other = others.pop()
        if into.get(other) == n or other in into:
            continue  # already joined the other way
        sides = {i.side for i in intros + groups[other][0]} - {None}
        if len(sides) > 1 or len(intros) > len(groups[other][0]):
            continue  # placed on two sides: two people; the larger group takes the smaller in
        into[n] = other
    return joined_groups(groups, into)


def joined_groups(groups: list[tuple[list[Introduction], bool]],
                  into: dict[int, int]) -> list[tuple[list[Introduction], bool]]:
    """`groups` with each group `n` of `into` joined into group `into[n]` (its introductions added there)."""
    if not into:
        return groups
    joined = [(list(intros), flag) for intros, flag in groups]
    for n, other in into.items():
        joined[other][0].extend(joined[n][0])
    return [group for n, group in enumerate(joined) if n not in into]
