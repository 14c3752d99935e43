"""Stance cues that speak of another's words or of a thing the holder refuses (cue_scope.py asks): a proposal noun
talked about as the subject of its own clause, a cue inside the relative clause of an object the holder rejects, and a
cue of the main clause after an opening "While …," clause that holds the keyword. Each says nothing about the keyword:
no stance is read from it (right, or none).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["REFUSED_RELATIVE", "anothers_words"]

#: A proposal noun after a determiner that does not make it the holder's own, and then its clause's verb: "the
#: proposal looked more like an occupation than peacekeeping", "such an offer would be a pretext for …". The noun is
#: the subject being judged, not a proposal being made ("tabled the proposal for a truce" has no verb after it).
_PROPOSAL_NOUN = re.compile(r"(?:proposal|offer|idea|plan|initiative|suggestion)s?", re.IGNORECASE)
_TALKED_DETERMINER = re.compile(r"\b(?:the|that|this|these|those|their|such(?:\s+an?)?)\s+(?:[\w-]+\s+){0,2}?$",
                                re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\s+(?:(?:[a-z]+ly|also|now|still|not|merely|just)\s+)?(?:is|are|was|were|would|will|could|"
                          r"might|may|must|amounts?|amounted|looks?|looked|seems?|seemed|appears?|appeared|resembles?|"
                          r"resembled|sounds?|sounded|constitutes?|constituted|represents?|represented|remains?|"
                          r"remained|means|meant)\b", re.IGNORECASE)


def _proposal_judged(cue: Cue, text: str, sentence_start: int) -> bool:
    if cue.kind != "pos" or _PROPOSAL_NOUN.fullmatch(cue.text) is None:
        return False
    return _TALKED_DETERMINER.search(text, max(sentence_start, cue.start - 40), cue.start) is not None and \
        _CLAUSE_VERB.match(text, cue.end) is not None


#: An object the holder refuses, with a relative clause up to the cue: "would reject any deal that would allow …",
#: "will not accept an accord which permits …". The cue is the refused object's, not the holder's.
REFUSED_RELATIVE = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|"
    r"(?:not|never|n[’']t)\s+(?:accept|agree\s+to|support|back|sign|tolerate|countenance)|against)\s+"
    r"(?:any|a|an|the|such|every)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|agreement|accord|settlement|arrangement|plan|proposal|solution|scheme|framework|treaty|pact|"
    r"formula|compromise|draft|initiative|offer|peace)s?\s+(?:that|which)\s+"
    r"(?:(?:would|could|will|might|may|did|does|seeks?\s+to|aims?\s+to)\s+)?(?:(?:[a-z]+ly|also|not)\s+)?$",
    re.IGNORECASE)


#: The same further off: a refusal, then within a few words an object noun, its own qualifiers ("drafted in
#: Washington", "backed by the US") and its relative up to the cue: "turned down an accord another side drafted,
#: one which would grant …". The cue is still the object's; only the plain shape above says the refuser's stance.
_REFUSED_AFAR = re.compile(
    r"\b(?:reject|refus|declin|oppos)[a-z]*\s[^.;:!?]{0,80}?\b(?:deal|agreement|accord|settlement|arrangement|plan|"
    r"proposal|framework|treaty|pact|draft|initiative|offer)s?\b[^.;:!?,]{0,50}?\b(?:that|which)\s+"
    r"(?:(?:would|could|will|might|may)\s+)?(?:(?:[a-z]+ly|also)\s+)?$", re.IGNORECASE)


def _in_a_refused_relative(cue: Cue, text: str, sentence_start: int) -> bool:
    left = max(sentence_start, cue.start - 160)
    return cue.kind in ("pos", "neg") and (REFUSED_RELATIVE.search(text, max(left, cue.start - 120), cue.start)
                                           is not None or _REFUSED_AFAR.search(text, left, cue.start) is not None)


#: An opening clause of contrast, up to its comma: "While the president voiced his wish for a truce, Moscow showed no
#: sign of halting …". A cue after that comma is the main clause's, not about the opening clause's keyword.
_OPENING_CLAUSE = re.compile(r"\s*[“\"‘']?\s*(?:While|Whilst|Although|Though|Whereas|Even\s+(?:though|as|if))\b"
                             r"[^,;:.]{1,160},")


def _after_the_opening_clause(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    if cue.start < hit.end:
        return False
    opening = _OPENING_CLAUSE.match(text, sentence_start)
    return opening is not None and hit.end <= opening.end() <= cue.start


def anothers_words(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether `cue` speaks of another's proposal, a refused object or another clause, not of the keyword `hit`."""
    return _proposal_judged(cue, text, sentence_start) or _in_a_refused_relative(cue, text, sentence_start) or \
        _after_the_opening_clause(cue, hit, text, sentence_start)
