"""A cue word that is the keyword's own head noun (cue_scope.py): in "any tariff increases would be answered in
kind" or "the sanctions increase was illegal, the Kremlin said", "increase" names the keyword's thing, the subject
of the clause; it is no one's stance for it. Read as a verb it gave the speaker a stance *for* the very thing he
threatens to answer (the wrong class this module fixes). The stance, if any, is the clause's predicate's; a cue
before the keyword ("rejected the sanctions increase") still reads as it did, and an object of a verb
("announced tariff increases on Brazil") is left as it was: only a subject, a keyword opening its clause after at
most a few determiners or adjectives, loses the noun's reading.

Criticism (stance_cues: criticise, condemn, denounce, question) is against the keyword only when the keyword is
its direct object ("criticised the fishing agreement", "condemned Trump's 50% tariffs"): "criticised Russia's
proposal for a three-day ceasefire" is about the proposal's terms, not against a ceasefire."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["criticism_of_another_thing", "head_noun_of_subject", "names_a_way_around"]

#: The cues that double as a noun right after the keyword ("tariff increases", "a sanctions increase").
_HEAD_NOUN = re.compile(r"increases?", re.IGNORECASE)
#: What may stand before the keyword at the start of its clause: a sentence's or quotation's start, a "that",
#: then a few determiners, numbers or qualifiers (not a verb: "announced tariff increases" is an object).
_CLAUSE_START = re.compile(
    r"(?:^|[.;:!?\n“\"‘]|\bthat|\bsaid|\bsays)\s*[“\"‘]?\s*"
    r"(?:(?:any|all|the|these|those|such|new|further|more|additional|unilateral|bilateral|higher|steep|sweeping|"
    r"planned|proposed|possible|future|recent|latest|fresh|u\.s\.|us|american|\d[\d.,%]*(?:\s*(?:per\s*cent|percent))?)"
    r"\s+){0,4}$", re.IGNORECASE)
#: A verb's object right after it: "sanctions increase the pressure on Moscow" (a verb, read as it was).
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|pressure|costs?)\b", re.IGNORECASE)
#: How far back the clause's start is looked for.
_LOOK_BACK = 80


def head_noun_of_subject(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether `cue` is "increase(s)" right after the keyword that opens its clause (its subject's head noun)."""
    if cue.kind != "pos" or not hit.end < cue.start <= hit.end + 2 or text[hit.end:cue.start].strip():
        return False
    if _HEAD_NOUN.fullmatch(text, cue.start, cue.end) is None or _OBJECT_AFTER.match(text, cue.end):
        return False
    start = max(sentence_start, hit.start - _LOOK_BACK)
    return _CLAUSE_START.search(text[start:hit.start]) is not None or \
        not text[sentence_start:hit.start].strip(" “\"‘")


#: The criticism cues (stance_cues "neg").
_CRITICISM = re.compile(r"critici[sz]|condemn|denounc|question", re.IGNORECASE)
#: Between a criticism and its direct object: determiners, numbers, qualifiers, names and possessives.
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|any|ongoing|new|proposed|"
                            r"planned|latest|recent|so-called|steep|sweeping|[\d.,%$€£]+|per\s+cent|"
                            r"(?-i:[A-Z][\w.’'-]*))\s+){0,4}"
                            # "criticised Hungary for blocking the sanctions": the object's act, composed with the cue
                            r"(?:(?-i:[A-Z][\w.’'-]*)\s+for\s+[a-z]+ing\s+(?:(?:the|any|new|its|their)\s+)?)?"
                            # "condemned the freeze on military aid": a stop of the thing, composed with the cue
                            r"(?:(?:pause|halt|freeze|suspension|hold|cut-?off|cuts?|delays?|stoppage)\s+(?:on|of|in|to)"
                            r"\s+(?:(?:the|all|any|its|their|US|U\.S\.|American)\s+){0,2})?",
                            re.IGNORECASE)


def criticism_of_another_thing(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` criticises something other than the keyword after it (its object's own noun between)."""
    return cue.kind == "neg" and cue.end < hit.start and _CRITICISM.match(text, cue.start) is not None and \
        _DIRECT_OBJECT.fullmatch(text, cue.end, hit.start) is None


#: A noun after the keyword that names a way around it: "sanctions exemptions", "tariff waivers", "sanctions evasion".
_WAY_AROUND = re.compile(r"\s+(?:exemptions?|exceptions?|waivers?|loopholes?|carve-outs?|evasion|circumvention)\b",
                         re.IGNORECASE)


def names_a_way_around(hit: IssueHit, text: str) -> bool:
    """Whether the keyword only qualifies a way around it ("to bring down the number of sanctions exemptions" is for
    the sanctions, not against them): no cue speaks about the keyword itself there, no stance is read."""
    return _WAY_AROUND.match(text, hit.end) is not None
