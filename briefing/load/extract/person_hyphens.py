"""One woman the folder names with and without a hyphened second surname: "Sara Cruz" in one story,
"Sara Cruz-Lopez" (her married name) in another. Grouped by surname they are two people, the same first given
name apart; the first half of the hyphened surname being the other's surname, and nothing else in the folder
naming someone of that given name and surname otherwise, they are one.

Only where exactly one group has that surname and first given name, and the two are never placed on two sides;
the hyphened group takes the other in. Linear: each group's names are looked up in one index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from briefing.load.extract.name_words import fold_accents
from briefing.load.extract.person_reversed import joined_groups

if TYPE_CHECKING:
    from briefing.load.extract.person_groups import Introduction

__all__ = ["join_halves", "join_hyphened"]

Groups = list[tuple[list["Introduction"], bool]]


def _names(intros: list[Introduction], split: Callable[[tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]]
           ) -> set[tuple[str, str]]:
    """(first given name, surname) of each full name, folded and in lower case."""
    out = set()
    for intro in intros:
        given, family = split(intro.words)
        if given and family:
            out.add((fold_accents(given[0]).lower(), fold_accents(" ".join(family)).lower()))
    return out


def join_hyphened(groups: Groups, split: Callable[[tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]]
                  ) -> Groups:
    """`groups` (one per person) with each group whose full names are all one given name and one surname
    joined to the one group that writes that given name before a hyphened surname beginning with it.
    `split(words)` is (given names, surname)."""
    owner: dict[tuple[str, str], list[int]] = {}
    for n, (intros, _) in enumerate(groups):
        for name in _names(intros, split):
            owner.setdefault(name, []).append(n)
    claims: dict[int, list[int]] = {}
    for n, (intros, _) in enumerate(groups):
        names = _names(intros, split)
        if len(names) != 1:
            continue
        first, family = next(iter(names))
        if "-" not in family:
            continue
        plain = owner.get((first, family.split("-")[0]), [])
        if len(plain) != 1 or plain[0] == n or len(_names(groups[plain[0]][0], split)) != 1:
            continue  # none, or two people of that name, or a group of several names: leave them
        claims.setdefault(plain[0], []).append(n)
    into: dict[int, int] = {}
    for plain, hyphened in claims.items():
        sides = {i.side for n in (plain, *hyphened) for i in groups[n][0]} - {None}
        if len(hyphened) == 1 and len(sides) <= 1:
            into[plain] = hyphened[0]  # two hyphened names of one plain one ("Cruz-Lopez", "Cruz-Abad"): apart
    return joined_groups(groups, into)


def join_halves(groups: Groups, split: Callable[[tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]]
                ) -> Groups:
    """`groups` with each group that is one word alone ("Yeşilgöz said") joined to the one group whose full name
    ends with a hyphened surname of which the word is a half ("Dilan Yeşilgöz-Zegerius"), where no full name
    of the folder has the word as its surname (then "Cruz said" may be a "Jo Cruz": left alone). Main made
    the word alone a second person."""
    halves: dict[str, set[int]] = {}
    whole: dict[str, set[int]] = {}
    for n, (intros, _) in enumerate(groups):
        for _first, family in _names(intros, split):
            whole.setdefault(family, set()).add(n)
            if "-" in family:
                for half in family.split("-"):
                    halves.setdefault(half, set()).add(n)
    if not halves:
        return groups
    into: dict[int, int] = {}
    for n, (intros, _) in enumerate(groups):
        forms = {i.words for i in intros}
        if len(forms) != 1 or len(next(iter(forms))) != 1:
            continue
        word = fold_accents(next(iter(forms))[0]).lower()
        owners = halves.get(word, set())
        if len(owners) == 1 and not whole.get(word, set()) - {n} and n not in owners:
            into[n] = next(iter(owners))
    return joined_groups(groups, into)
