"""Names before a speech verb that are not its one subject, so the attribution rules (attribution.py) leave the
quote unknown: two people as one subject ("X and Y said", "“…,” X and Y told reporters": the words are both's, and a
quote has one speaker), and a name inside a subordinate clause before a verb whose subject is left out ("…
if X attacks again, but said “…”": the subject is the one before the clause). Split from speakers.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.name_words import is_title
from briefing.load.extract.speaker_patterns import REPORTS
from briefing.load.extract.speakers import LEADING_CLAUSE, Who

__all__ = ["COORDINATOR", "coordinated_subject", "joint_source", "joint_subject", "subordinate_name"]


#: "and" (or "&") between two people of one subject: "X and Y", "X, and Y".
_AND = re.compile(r"\s*,?\s+(?:and|&)\s+")
_AND_BEFORE = re.compile(r"\s*,?\s+(?:and|&)\s+(?P<words>(?:\S+\s+){0,5}?)$")

#: A run of capitalised words right before "and", a name's shape ("Dr Ann Pike and Dr X said"), a possessive
#: excepted ("Britain and France's X": X's, the possessive is X's country).
_NAME_BEFORE_AND = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][a-z][\w-]*(?<![’']s)\s*$")


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
        if _NAME_BEFORE_AND.search(text, max(lo, before.start() - 60), before.start()) is not None:
            return True  # "Dr A B and Dr X Y said": a name the people reader missed is still a second speaker
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


#: A subordinating word, then up to four words (titles, an article, capitalised words) right before a name: the
#: name is the subject of the subordinate clause ("if President X attacks", "when the envoy X arrived").
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hen|[Ww]henever|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hile|"
                                  r"[Ww]hereas|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|[Ss]ince|as)\s+"
                                  r"(?:(?:the|a|an|[A-Z][\w.’'-]*)\s+){0,4}$")
#: Right before the speech verb, a coordinator and no subject of its own: ", but said", " and then told".
_COORDINATED_TAIL = re.compile(r",\s*(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+)?$")


def subordinate_name(text: str, lo: int, name_start: int, name_end: int, verb_start: int) -> bool:
    """Whether the person named at text[name_start:name_end] is the subject of a subordinate clause that the
    speech verb at verb_start, coordinated after it with its subject left out, does not share: "The prime minister
    acknowledged … if Vladimir Putin attacks again, but said “…”" (the prime minister's words, not Putin's)."""
    return _COORDINATED_TAIL.search(text, name_end, verb_start) is not None and \
        _SUBORDINATOR_BEFORE.search(text, max(lo, name_start - 80), name_start) is not None


#: "and"/"but"/"yet" right before a speech verb: the verb is coordinated with an earlier one, its subject left out
#: ("X thanked Y for … and said").
COORDINATOR = re.compile(r"(?:,\s*|\s+)(?:and|but|yet)\s+(?:also\s+|then\s+|later\s+)?$")
#: Between the subject and the coordinator: a relative pronoun (the verb may be the relative clause's: "X met Y,
#: who praised him and said") or a speech verb (what it reports may be the verb's subject: "X said Y … but said").
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|which|that|whose)\b")
#: A sentence opening with a subordinate clause: its first name is not plainly the subject.
_OPENS_SUBORDINATE = re.compile(r"\s*(?:After|Before|When|While|As|Although|Though|Since|Following|Despite|Unlike|"
                                r"If|Once|Until|Whereas|Asked|Speaking)\b")


def coordinated_subject(text: str, window_start: int, verb_start: int, who: Callable[..., Who]) -> Who | None:
    """The subject of a speech verb coordinated with an earlier verb of its sentence ("Zelensky congratulated
    Trump on … and said, “…”"): the sentence's subject, its first person when plainly so (LEADING_CLAUSE), not
    the last name before the verb, who may be the first verb's object. (None, -1, -1), the text says who and it
    is no one named plainly, when the subject is not plain ("A senior official met X and said"; a subordinate
    clause first) or, with two people named, when they are joined, or a relative clause or a verb of reporting
    stands between them. None when the verb is not coordinated or the window names no one."""
    coordinator = COORDINATOR.search(text, window_start, verb_start)
    if coordinator is None:
        return None
    first, f_s, f_e = who(window_start, coordinator.start(), "first")
    if first is None:
        return None
    last, _l_s, _l_e = who(window_start, coordinator.start(), "last")
    opening = _OPENS_SUBORDINATE.match(text, window_start)
    lead = text[window_start:f_s].lstrip(" \t,–—”\"’'")  # (a window after a quote: "“…,” X said …, but added")
    if (opening is not None and "," not in text[opening.end():f_s]) or not LEADING_CLAUSE.search(lead):
        return None, -1, -1
    if first != last and (_OTHER_CLAUSE.search(text, f_e, coordinator.start()) or REPORTS.search(text, f_e, coordinator.start())
                          or joint_subject(text, f_s, f_e, window_start, coordinator.start(), who)):
        return None, -1, -1
    return first, f_s, f_e
