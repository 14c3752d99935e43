"""The keyword's own verbs (issues.py, cue_scope.py): a cue whose subject is the keyword's thing ("a ceasefire that
sought to end the shelling"), a cue after an opening "Under the <keyword>," (what its terms say), and the passive
that says what is done to a keyword inside a condition however far after it ("only after sanctions on … are
lifted"). None of them is a side's stance read from a nearby cue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.load.extract.stance_cues import CUES

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["Passive", "aim_of_the_keyword", "done_to_the_act", "keyword_acts", "keyword_does", "late_passive",
           "under_its_terms"]

#: Between a keyword and a cue that is the verb of a relative clause whose subject the keyword is: "a truce
#: agreed in spring that sought to end …", "the truce, which aimed to …" (a few words of its own between, no verb).
_SUBJECT_RELATIVE = re.compile(r"(?:\s+[\w’'-]+){0,3}?,?\s+(?:that|which)\s+(?:(?:[a-z]+ly|also|had|has|have|"
                               r"would|will|was|were|is|are)\s+)?", re.IGNORECASE)


def keyword_does(cue: Cue, hit: IssueHit, text: str) -> bool:
    """"The vote comes as part of a ceasefire that sought to end the war": what the ceasefire sought is no one's
    stance on it (the cue's subject is the keyword's thing, not a side)."""
    return hit.end <= cue.start <= hit.end + 60 and \
        _SUBJECT_RELATIVE.fullmatch(text, hit.end, cue.start) is not None


#: A purpose cue: what it names is the aim of the noun before it ("a tariff package aimed at shielding steel
#: makers", "sanctions aimed at Russia's banks"), never a side's stance on that noun.
_AIM = re.compile(r"aim(?:s|ed|ing)?\s+(?:to|for|at)\b", re.IGNORECASE)


#: A purpose phrase after the keyword, before the cue, in the same clause: "a truce aimed at halting military use of
#: ships", "a pause designed to stop the strikes".
_AIM_BETWEEN = re.compile(r"\b(?:aim(?:s|ed|ing)?\s+(?:to|for|at)|designed\s+to|intended\s+to|meant\s+to)\b",
                          re.IGNORECASE)
#: …which ends where another clause begins: "…, but Moscow rejected", "…; Kyiv", "…, and the Kremlin refused".
_NEW_CLAUSE = re.compile(r";|:|,\s+(?:but|while|whereas|although|though)\b|,?\s+and\s+(?:the\s+)?(?-i:[A-Z])")


def aim_of_the_keyword(cue: Cue, hit: IssueHit, text: str) -> bool:
    """A purpose cue ("aimed at", "aims to") after the keyword speaks only of what follows it: "Plan B, a set of
    tariff measures aimed at protecting the economy" read its announcer *for* the tariffs (the measures' aim, said of
    them as their subject). "Kyiv aims to join NATO" (the keyword after the cue) is unchanged. So does a cue inside
    that purpose: "Kyiv backed a truce aimed at halting military use of ships" read Kyiv *against* the truce (the
    halting is the truce's aim, with its own object)."""
    if hit.end > cue.start:
        return False
    if _AIM.match(text, cue.start) is not None:
        return True
    aim = _AIM_BETWEEN.search(text, hit.end, cue.start) if cue.start - hit.end <= 120 else None
    return aim is not None and _NEW_CLAUSE.search(text, aim.end(), cue.start) is None


#: Between a keyword and a participle cue that is its own act: nothing, or a day ("laws Wednesday banning").
_DAY_BETWEEN = re.compile(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                          r"yesterday)\s+)?")


def keyword_acts(cue: Cue, hit: IssueHit, text: str) -> bool:
    """A participle cue right after the keyword is what the keyword's thing does: "signed laws banning the state
    police from the region" read the signer *against* the laws (0.9): the laws ban, the signer backs them. The
    cue's object follows it; the keyword before it is its subject, no side's stance on it."""
    return hit.end <= cue.start <= hit.end + 24 and cue.text.lower().endswith("ing") and \
        _DAY_BETWEEN.fullmatch(text, hit.end, cue.start) is not None


#: A sentence that opens with the keyword's terms: "Under the US-brokered ceasefire, both armies were required to …".
_UNDER = re.compile(r"\s*[“\"‘']?\s*(?:Under|Per|In line with|According to|As part of)\s+(?:the|a|an|this|that|its|"
                    r"their|last\s+year[’']s)\s+(?:[\w’'.-]+\s+){0,3}?$")


def under_its_terms(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """A cue after an opening "Under the <keyword>," says what the keyword's terms require, not a stance on it."""
    return hit.end <= cue.start and hit.start - sentence_start <= 80 and "," in text[hit.end:cue.start] and \
        _UNDER.fullmatch(text, sentence_start, hit.start) is not None


#: The passive that says what is done to the keyword in its clause: "sanctions on … are lifted".
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en|wn))\b|[.;:?!]",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Passive:
    """The verb of a keyword's passive: its cue kind ("neg" for "lifted", "pos" for "backed"), "" when it is no
    stance cue ("are discussed": what is wanted of the keyword is then unknown)."""

    kind: str
    start: int
    end: int


def late_passive(text: str, start: int, end: int) -> Passive | None:
    """The first passive after a keyword (at `start`) before the sentence or clause ends (`end`), or None."""
    for m in _PASSIVE.finditer(text, start, end):
        if m.group("verb") is None:
            return None
        cue = CUES.match(text, m.start("verb"), m.end("verb"))
        kind = cue.lastgroup if cue is not None and cue.end() == m.end("verb") else None
        return Passive(kind if kind in ("pos", "neg") else "", m.start("verb"), m.end("verb"))
    return None


#: Between an act's noun and the keyword: its object, by a preposition ("proposal for a", "call for more"); not a
#: clause whose own passive is the keyword's ("demand that sanctions are lifted"), nor a means for it ("a proposal
#: for a team to support a truce").
_ITS_OBJECT = re.compile(r"\w+(?:\s+(?:for|of|on))?\s+(?:for|of|on)(?:\s+(?!(?:to|that|which|who)\b)[\w’'.-]+){0,4}\s+")
#: What makes a verb right after it passive: "was rejected", "had been flatly dismissed".
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def done_to_the_act(cues: list[Cue], hit: IssueHit, text: str) -> list[Cue]:
    """The decisive cues after the keyword that are passives done to a stance named before it: "Ukraine's proposal
    for a ceasefire was rejected by Russia" tells Ukraine's proposal, then what another did to it, and read together
    they made Ukraine *against* the truce. The possessor or agent of the first cue holds that cue alone."""
    before = any(c.kind in ("pos", "neg", "ruleout") and c.end <= hit.start
                 and _ITS_OBJECT.fullmatch(text, c.start, hit.start) is not None for c in cues)
    return [c for c in cues if before and c.kind in ("pos", "neg", "ruleout") and c.start >= hit.end
            and _PASSIVE_AUX.search(text, max(0, c.start - 30), c.start) is not None]
