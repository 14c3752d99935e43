"""A person known by surname alone who takes the full name the same article prints (issue 10, people21).

"Jo Roe, who came with her sons, smiled. … “…,” Roe said.": the speech verb introduces "Roe" alone, while the
article prints "Jo Roe" with no formula. Where the article prints exactly one full name of that surname (a
capitalised given name and the surname: a run the name rules read as a name, not a place's or a body's) and no
formula already introduces a full name of it, that full name introduces the person too (person:named-in-full),
so the person is "Jo Roe" with "Roe" as an alias, each form with its own evidence. Two full names of the
surname ("Jo Roe", "Ann Roe"): which one "Roe" is the article does not say; left as it is. One pass over the
article's introductions and its untitled names.
"""

from __future__ import annotations

from collections import defaultdict

from briefing.load.extract.person_groups import Introduction, given, surname

__all__ = ["named_in_full"]


def named_in_full(file: str, found: list[Introduction],
                  untitled: dict[tuple[str, ...], list[tuple[int, int]]]) -> list[Introduction]:
    """The introductions, from `untitled` (an article's names given with no formula), of the full names of the
    people `found` introduces by surname alone."""
    lone = {i.words for i in found if not given(i.words)}
    if not lone:
        return []
    full = {surname(i.words) for i in found if given(i.words)}
    by_surname: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in untitled:
        if given(words) and (family := surname(words)) in lone and family not in full:
            by_surname[family].append(words)
    return [Introduction(file, untitled[names[0]][0][0], untitled[names[0]][0][1], names[0], "person:named-in-full",
                         "", -1, -1, None)
            for names in by_surname.values() if len({given(n) for n in names}) == 1]
