"""Stance cues that only a keyword makes: a keyword that names an act carries its own verb.

"All groups must lay down their arms" wants what the keyword names (a demand: holders.py gives it to whoever
says it, not to the subject); "the group will never disarm" refuses it (the subject's own refusal); "attacks on
Israel will continue" wants the keyword's thing to go on, "the strikes will stop" does not. None of these words
is a stance cue anywhere else ("must" alone is no cue; "continue" needs its determiner), so they are read only
right beside a keyword: a modal or "continue" directly before it (an adverb may stand after a modal), or the
keyword as the subject of "will continue" / "will stop". Each look is a bounded window beside one keyword:
linear in the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.clause_cues import Cue
from briefing.load.extract.cue_scan import guarded

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit

__all__ = ["modal_cues"]

#: How far before a keyword a modal may start, and after it the keyword's own verb.
_BEFORE = 40
_AFTER = 40
_ADVERB = r"(?:(?:also|immediately|now|first|formally|finally|quickly|fully|still|then|completely|[a-z]+ly)\s+)?"
#: "must lay down", "should immediately disarm", "has to end": an obligation on the keyword's act (for).
_DEMAND = re.compile(rf"\b(?P<modal>must|should|(?:has|have|needs?|ought)\s+to)\s+{_ADVERB}$", re.IGNORECASE)
#: "will never disarm", "would neither disarm nor dissolve": the subject's refusal of the keyword's act (against).
#: ("will not" is left to the negation cue: it turns the cue after it, or a condition's, "would not deploy troops
#: unless …", which says what is wanted.)
_REFUSAL = guarded(rf"\b(?:will|would|shall)\s+(?:never|neither)\s+{_ADVERB}$", re.IGNORECASE)
#: "will not cede territory", "must not give up its land", "won't give up territory": a negated modal right before a
#: keyword that names an act (one issues.toml says what it names for) refuses the act (against). Only when no condition follows in the next words ("would
#: not deploy troops unless …" is the negation cue's, read with its condition).
_NOT_MODAL = guarded(rf"\b(?:(?:will|would|shall|must|can|could|should)\s+not|(?:wo|would|ca|must|should|could)"
                        rf"n[’']t|cannot)\s+{_ADVERB}$", re.IGNORECASE)
_CONDITION_NEXT = re.compile(r"[^.;:]{0,60}?\b(?:unless|if|until|without|before|as long as|provided)\b", re.IGNORECASE)
#: "intends to continue striking Israel", "would keep up military aid": going on with the keyword's thing, right
#: before it (with a determiner, "continue its attacks", it is a cue of stance_cues.py already).
_CONTINUE = re.compile(r"\b(?:continu(?:e|es|ed|ing)|(?:keep|keeps|keeping|kept)\s+up)\s+$", re.IGNORECASE)
#: The keyword as the subject of its own going on or ending: "attacks on Israel will continue",
#: "the strikes “will stop”" (a quotation mark may open the predicate).
_GOES_ON = re.compile(r"\s+[\"“‘']?(?:will|would|shall)\s+(?:(?P<pos>continue|go on|resume|persist)|"
                      r"(?P<neg>stop|cease|halt))\b", re.IGNORECASE)


def modal_cues(text: str, start: int, end: int, hits: list[IssueHit]) -> list[Cue]:
    """The cues the keywords `hits` of the sentence text[start:end] make with the words right beside them."""
    found = []
    for hit in hits:
        left = max(start, hit.start - _BEFORE)
        before = _DEMAND.search(text, left, hit.start)
        if before is not None:
            found.append(_cue("pos", text, before.start(), before.end("modal")))
            continue
        before = _REFUSAL.search(text, left, hit.start)
        if before is not None:
            found.append(_cue("neg", text, before.start(), before.end()))
            continue
        before = _NOT_MODAL.search(text, left, hit.start)
        if before is not None and hit.name and hit.keyword[:1].islower() and \
                not _CONDITION_NEXT.match(text, hit.end, end):
            found.append(_cue("neg", text, before.start(), before.end()))
            continue
        before = _CONTINUE.search(text, left, hit.start)
        if before is not None:
            found.append(_cue("pos", text, before.start(), before.end()))
            continue
        after = _GOES_ON.match(text, hit.end, min(end, hit.end + _AFTER))
        if after is not None:
            kind = "pos" if after.group("pos") else "neg"
            verb = after.start(kind)
            found.append(Cue(kind, verb, after.end(), text[verb:after.end()]))
    return found


def _cue(kind: str, text: str, start: int, end: int) -> Cue:
    """A cue over text[start:end] without the spaces after it (an adverb after "must" is no part of the cue)."""
    end = start + len(text[start:end].rstrip())
    return Cue(kind, start, end, text[start:end])


def with_modal_cues(cues: tuple[Cue, ...], modal: list[Cue]) -> tuple[Cue, ...]:
    """The sentence's cues with the keywords' own: a cue a modal one overlaps ("never" of "will never") gives way."""
    if not modal:
        return cues
    kept = [c for c in cues if not any(m.start < c.end and c.start < m.end for m in modal)]
    return tuple(sorted(kept + modal, key=lambda c: c.start))
