"""Two people as one subject ("X and Y said", "“…,” X and Y told reporters"): the words are both's, and a quote has
one speaker, so the attribution rules (attribution.py) leave such a quote unknown. Split from speakers.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.name_words import is_title
from briefing.load.extract.speakers import Who

__all__ = ["joint_source", "joint_subject"]


#: "and" (or "&") between two people of one subject: "X and Y", "X, and Y".
_AND = re.compile(r"\s*,?\s+(?:and|&)\s+")
_AND_BEFORE = re.compile(r"\s*,?\s+(?:and|&)\s+(?P<words>(?:\S+\s+){0,5}?)$")


def _title_words(words: str) -> bool:
    """What may stand before a name: titles, capitalised words, a bracketed acronym ("SDF commander", "the
    Kurdish (SDF) leader"), and up to two words describing a title that follows ("militia commander")."""
    split = words.split()
    plain = [is_title(w) or w[:1].isupper() or re.fullmatch(r"\([A-Z]{2,}\)", w) is not None or w in ("the", "of")
             for w in split]
    if all(plain):
        return True
    last_free = max(i for i, ok in enumerate(plain) if not ok)
    return last_free <= 1 and any(is_title(w) for w in split[last_free + 1:])


def joint_subject(text: str, name_start: int, name_end: int, lo: int, hi: int, who: Callable[..., Who]) -> bool:
    """Whether the person named at text[name_start:name_end] is one of two joined by "and" as one subject
    within text[lo:hi] ("Syrian President X and SDF commander Y said", "“…,” X and Y told reporters")."""
    before = _AND_BEFORE.search(text, max(lo, name_start - 80), name_start)
    if before is not None and _title_words(before.group("words")):
        other, _o_s, o_e = who(lo, before.start(), "last")
        if other is not None and not text[o_e:before.start()].strip():
            return True
    after = _AND.match(text, name_end, hi)
    if after is not None:
        other, o_s, _o_e = who(after.end(), hi, "first")
        if other is not None and _title_words(text[after.end():o_s]):
            return True
    return False


#: Two people as the source of a text: "a statement from X and Y", "a joint post by X and Y", perhaps ending on
#: the relative pronoun of a verb of that text ("… from X and Y that described the call as").
_JOINT_SOURCE = re.compile(r"\b(?:statement|post|message|letter|readout|tweet|remarks|comments)s?\s+(?:issued\s+)?"
                           r"(?:by|from)\s+(?P<first>[^,;:“”\"\n]{2,80}?)\s*,?\s+(?:and|&)\s+"
                           r"(?P<second>[^,;:“”\"\n]{2,80}?)(?:\s+(?:that|which)\s+|\s*[,;:.]|\s*$)")


def joint_source(text: str, lo: int, hi: int, who: Callable[..., Who], at_end: bool = False) -> bool:
    """Whether text[lo:hi] names a text by two people ("according to a statement from X and Y"): its words are
    both's, one speaker is none of them. `at_end`: only such a text right before `hi` (a verb of its own)."""
    for match in _JOINT_SOURCE.finditer(text, lo, hi):
        if at_end and match.end() != hi:
            continue
        if who(match.start("first"), match.end("first"))[0] and who(match.start("second"), match.end("second"))[0]:
            return True
    return False
