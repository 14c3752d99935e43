"""A preposition cue whose object is a noun phrase that goes on as a clause's subject (cue_scope.py asks): the
keyword after that clause's verb is not what the preposition is against.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["against_a_subject", "produced_offer", "reason_for_an_act_on_a_person"]

#: After "against", its object (a few words, none of them a relative pronoun) and then a finite verb with a participle:
#: "operations against the oil industry are delivering a form of sanctions", "strikes against its ports have
#: prompted new sanctions". The object is the subject of that verb; the keyword is the verb's, not the object's.
#: ("against a plan that would lift sanctions" is no such case: the keyword is in the object's own clause.)
_OBJECT_THEN_VERB = re.compile(r"\s+(?:(?!(?:that|which|who|whom|what|whose)\b)[\w’'.-]+\s+){1,5}?"
                               r"(?:is|are|was|were|has|have|had)\s+(?:(?:now|also|already|still|not|been)\s+)?"
                               r"[a-z]+(?:ing|ed|en)\b", re.IGNORECASE)


def against_a_subject(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is "against" whose object is the subject of a verb before the keyword `hit`."""
    if cue.kind != "neg" or cue.end > hit.start or cue.text.lower() != "against":
        return False
    clause = _OBJECT_THEN_VERB.match(text, cue.end, hit.start)
    return clause is not None



#: A person as an act's object and then the reason for what was done to him, up to the keyword: "banned him from
#: politics over his separatist activities", "barred her from the race over her backing of a …".
_PERSON_THEN_REASON = re.compile(r"\b(?:him|her|them)\b[^,;:.]{0,60}?\b(?:over|for|because\s+of|due\s+to)\s+"
                                 r"(?:his|her|their)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def reason_for_an_act_on_a_person(hit: IssueHit, text: str, start: int) -> bool:
    """Whether the keyword `hit` is the reason given for what was done to a person (no_stance.py asks): "a court
    banned him from politics over his separatist activities" read the banned man *against* secession (0.9). The
    keyword is his (a cue of his own before it, "his support for", has him as its unnamed holder), the act is on
    him and its agent is another: no stance. `start`: the sentence's."""
    return _PERSON_THEN_REASON.search(text, max(start, hit.start - 120), hit.start) is not None


#: An offer or a proposal as what something yields: "the talks failed to yield any serious offer on pay", "the
#: meeting produced a proposal for a truce". The plan is a product of the talks, nobody's backing (a negation
#: before it turns nothing: "failed to yield" says no plan came).
_PRODUCED = re.compile(r"\b(?:yield(?:s|ed|ing)?|produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|result(?:s|ed|ing)? in)"
                       r"\s+(?:(?:a|an|the|any|no)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PLAN_NOUN = re.compile(r"(?:offer|proposal)s?", re.IGNORECASE)


def produced_offer(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is the noun "offer" or "proposal" as the object of a verb of producing before the keyword."""
    return cue.kind == "pos" and cue.end <= hit.start and _PLAN_NOUN.fullmatch(cue.text) is not None and \
        _PRODUCED.search(text, max(0, cue.start - 40), cue.start) is not None
