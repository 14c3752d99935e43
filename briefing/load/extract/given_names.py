"""A hyphened given name in a family-first name ("Kim Ji-ho", "Lin Yu-chang"): a short capitalised syllable, a
hyphen and a short lower-case one. Actor mentions use it to tell a one-word family name ("Kim", a known person's
alias) from the start of another person's full name. A prefix ("Anti-war", "Co-chair") is no given name."""

from __future__ import annotations

__all__ = ["hyphened_given"]

#: Capitalised first pieces that are prefixes, not syllables of a name ("Pro-democracy", "Ex-minister").
_PREFIXES = frozenset("Anti Pro Non Post Pre Ex Neo Co Vice Self Well Half All Sub Mid Semi Multi Pan Inter "
                      "Over Under Far Hard Soft Long Low High Full Part Twin Top Old New".split())


def hyphened_given(whole: str, words: list[str], tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether `words[j]` and `words[j + 1]` are the two pieces of one hyphened given name in the run `whole`
    (`tokens` are the words' offsets in it): "Ji" and "ho" of "Ji-ho"."""
    first, second = words[j], words[j + 1]
    end = tokens[j][1]
    return whole[end:end + 1] == "-" and tokens[j + 1][0] == end + 1 and first not in _PREFIXES \
        and 2 <= len(first) <= 6 and first[0].isupper() and first[1:].islower() \
        and 2 <= len(second) <= 6 and second.isalpha() and second.islower()
