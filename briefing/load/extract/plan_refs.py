"""A plan named with its subject, then referred to: "a peace plan …, which includes recognition of Crimea as
Russian territory. Zelensky rejected these conditions." When the link is plain, the reference is read as a
keyword of the plan's issue (issues.py reads the stance on it, holders.py who holds it), named as the plan
names it: rejecting a plan that recognises Crimea as Russian is for Ukraine regaining it.

Plain means: the plan's noun and the keyword in one phrase ("the ceasefire proposal", "a proposal for a truce",
"a plan, which includes …", "a 30-day ceasefire, a proposal …"), with no stance word between them but the plan's
own ("calls for", "proposes") and other plan words ("a plan described as a final offer, which includes …"); the
reference a few sentences later, with "this/these" (any plan word) or "the" and the same word, no other plan
introduced in between, and no keyword of the issue that names a stance in its own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.issue_tags import IssueHit, KeywordsName
from briefing.load.extract.stance_cues import CUES

__all__ = ["PlanReferences"]

_NOUN = (r"(?:plan|proposal|offer|idea|suggestion|initiative|deal|agreement|resolution|decision|mechanism|"
         r"framework|condition|term|demand)s?")
#: The plan's word right after the keyword: "the ceasefire proposal", "a 30-day truce plan".
_AFTER_KEYWORD = re.compile(rf"[”\"’']?\s+(?:(?!and\b|or\b)[a-z-]+\s+)?(?P<noun>{_NOUN})\b", re.IGNORECASE)
#: The plan's word, then what links it to the keyword: "a proposal for", "a plan …, which includes", "that calls for".
_BEFORE_KEYWORD = guarded(
    rf"\b(?P<noun>{_NOUN})\b(?:[^.;:!?]{{0,40}}?,?\s+(?:which|that)\s+(?:also\s+|reportedly\s+|would\s+(?:have\s+)?)?"
    r"(?:include[sd]?|call(?:s|ed)?\s+for|involve[sd]?|propose[sd]?|provide[sd]?\s+for|envisage[sd]?)"
    r"|\s+(?:for|of|on|calling for|including|involving))\s+(?:[\w’'-]+\s+){0,5}?$", re.IGNORECASE)
_PLAN_WORD = guarded(_NOUN, re.IGNORECASE)
#: A plan's own verbs, the only stance words allowed between its noun and the keyword.
_PLAN_VERB = re.compile(r"call|propos|provid", re.IGNORECASE)
#: The keyword's phrase, then a plan's word in apposition: "an unconditional 30-day ceasefire, a proposal …".
_APPOSITION = re.compile(r"[”\"’']?,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?P<noun>proposal|plan|idea|offer|demand)\b")
#: A plan's word in a later sentence: "these conditions", "the proposal", "Washington's plan", "a new plan".
_MENTION = re.compile(rf"\b(?:(?P<this>this|that|these|those)|(?P<the>the)|(?P<new>an?)|(?P<whose>[A-Z][\w.’'-]*[’']s))"
                      rf"\s+(?:(?!and\b|or\b)[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN})\b", re.IGNORECASE)
#: How many sentences after its naming a plan may be referred to.
_REACH = 3


@dataclass(frozen=True)
class _Plan:
    issue: str
    name: str  # what the plan names of its issue (KeywordsName.PROPOSITION or OPPOSITE)
    noun: str  # its word, singular and lower case
    sentence: int


class PlanReferences:
    """Reads one source's sentences in order; `hits` returns a sentence's keyword hits with its plan references."""

    def __init__(self, keywords_name: dict[str, str]) -> None:
        self.keywords_name = keywords_name
        self.plan: _Plan | None = None
        self.index = -1

    def hits(self, text: str, start: int, end: int, found: list[IssueHit]) -> list[IssueHit]:
        self.index += 1
        named = [h for h in found if self._naming(h)]
        added: list[IssueHit] = []
        for hit in named:  # an apposition refers to the keyword right before it, in the same sentence
            apposition = _APPOSITION.match(text, hit.end, end)
            if apposition is not None:
                s, e = apposition.span("noun")
                added.append(IssueHit(hit.issue, s, e, text[s:e], self._naming(hit)))
        plans = [p for p in (self._plan_of(text, start, hit) for hit in named) if p is not None]
        issues = {h.issue for h in named}  # (a keyword that names no stance, "territorial", is no reading of it)
        if self.plan is not None and self.index - self.plan.sentence > _REACH:
            self.plan = None
        for mention in _MENTION.finditer(text, start, end) if self.plan is not None else ():
            s, e = mention.span()
            if any(h.start < e and s < h.end for h in found + added):
                continue  # "the ceasefire proposal": the keyword's own phrase
            plan = self.plan
            if mention.group("new") is not None:
                self.plan = None  # another plan: later references are to it, not to the one before
            elif plan is not None and self.index - plan.sentence <= _REACH and plan.issue not in issues and (
                    mention.group("this") is not None or _singular(mention.group("noun")) == plan.noun):
                added.append(IssueHit(plan.issue, s, e, text[s:e], plan.name))
        if plans:
            self.plan = plans[-1]
        elif named:
            self.plan = None  # the sentence names the issue without a plan: a reference would not be plain
        return sorted(found + added, key=lambda h: h.start) if added else found

    def _naming(self, hit: IssueHit) -> str:
        name = hit.name or self.keywords_name.get(hit.issue, KeywordsName.PROPOSITION)
        return name if name in (KeywordsName.PROPOSITION, KeywordsName.OPPOSITE) else ""

    def _plan_of(self, text: str, start: int, hit: IssueHit) -> _Plan | None:
        """The plan whose phrase holds `hit` plainly, if any."""
        after = _AFTER_KEYWORD.match(text, hit.end)
        if after is not None:
            return _Plan(hit.issue, self._naming(hit), _singular(after.group("noun")), self.index)
        left = max(start, hit.start - 110)
        before = _BEFORE_KEYWORD.search(text, left, hit.start) if _PLAN_WORD.search(text, left, hit.start) else None
        if before is None:
            return None
        between = [m for m in CUES.finditer(text, before.end("noun"), hit.start) if not _PLAN_WORD.fullmatch(m.group(0))]
        if any(m.lastgroup != "pos" or not _PLAN_VERB.match(m.group(0)) for m in between):
            return None  # "a resolution that would have delayed …": not plainly for what it names
        return _Plan(hit.issue, self._naming(hit), _singular(before.group("noun")), self.index)


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun
