"""Stances said in an object relative clause right after an issue's keyword (issues.py reads the main clause):
"Moscow refused a ceasefire that Ukraine has endorsed" — the relative's cue ("endorsed") is its own subject's
(Ukraine's), not the main clause's (whose "refused" stays Russia's). Coordinated relatives each name their own
subject ("a ceasefire that Trump has backed and Kyiv has accepted"). Only the plain shape is read: the subject's
name (a capital, after "the" at most), a few auxiliaries or adverbs, then the cue; a relative holding a speech
verb, a condition or a "without" gives no stance."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.load.extract.issue_tags import IssueHit, KeywordsName
from briefing.model import Stance

if TYPE_CHECKING:
    from briefing.load.extract.issues import Clauses, Polarity

__all__ = ["OBJECT_RELATIVE", "relative_readings"]

#: A plan's noun the keyword qualifies, between it and the relative: "the ceasefire proposal that Ukraine accepted"
#: (the relative speaks of the proposal, so of the ceasefire; the noun stays the main clause's, as without one).
_HEAD = (r"(?:\s+(?:proposal|plan|deal|offer|initiative|idea|agreement|accord|pact|framework|draft|terms|"
         r"arrangement|bid|request|demand)s?)?")
#: A passive relative's auxiliary and its participle's adverb: ", which was (swiftly) accepted by Ukraine".
_PASSIVE_AUX = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
#: Right after a keyword (or its plan's noun), an object relative with a named subject: ", which Moscow rejected",
#: " that the Kremlin …"; or a passive one whose agent is named: ", which was accepted by Ukraine". The relative
#: starts at the group `rel`.
OBJECT_RELATIVE = re.compile(_HEAD + r"(?P<rel>,?\s+(?:that|which)\s+)(?=(?:the\s+)?[A-Z]|"
                             + _PASSIVE_AUX + r"[a-z]+ed\s+by\s+(?:the\s+)?[A-Z])")
#: From the relative's start to its cue: the subject (up to four capitalised words) and its auxiliaries or adverbs;
#: or a passive's auxiliary (its agent, "by X", is after the cue: holders read it there).
_SUBJECT_THEN_CUE = re.compile(r"(?:(?:,?\s+)?(?:that|which|and)\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
                               r"(?:(?:has|have|had|was|were|is|are|also|already|now|then|would|will|could|did|"
                               r"does|do|swiftly|quickly|publicly|repeatedly|[a-z]+ly)\s+){0,3}|"
                               r",?\s+(?:that|which)\s+" + _PASSIVE_AUX)
#: Where a coordinated relative with a subject of its own starts: "… and Ukraine has endorsed".
_AND_SUBJECT = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z])")


def relative_readings(clauses: Clauses, hit: IssueHit, keywords_name: str) -> list[Polarity]:
    """The stances of the object relatives right after `hit`, each with its own clause (where its holder is
    looked for); none when the shape is not the plain one."""
    if keywords_name not in (KeywordsName.PROPOSITION, KeywordsName.OPPOSITE):
        return []
    opened = OBJECT_RELATIVE.match(clauses.text, hit.end, clauses.end)
    if opened is None:
        return []
    _left, right = clauses.clause(opened.end())
    parts, at = [], opened.start("rel")
    for joined in _AND_SUBJECT.finditer(clauses.text, opened.end(), right):
        parts.append((at, joined.start()))
        at = joined.start()
    parts.append((at, right))
    return [p for p in (_reading(clauses, hit, a, b, keywords_name) for a, b in parts) if p is not None]


def _reading(clauses: Clauses, hit: IssueHit, left: int, right: int, keywords_name: str) -> Polarity | None:
    cues = list(clauses.cues[bisect_left(clauses.starts, left):bisect_left(clauses.starts, right)])
    decisive = [c for c in cues if c.kind not in ("not",)]
    if not decisive or any(c.kind in ("cond", "without", "open", "judged") for c in decisive) or len(decisive) > 1:
        return None  # a condition, a hypothesis, an openness or a chain: not the plain shape
    first = cues[0]
    if _SUBJECT_THEN_CUE.fullmatch(clauses.text, left, first.start) is None:
        return None  # "that Trump said Russia rejected": a reported clause, or no named subject right before
    polarity = clauses.count_polarity(hit, cues)
    if polarity is None:
        return None
    if keywords_name == KeywordsName.OPPOSITE:
        polarity = replace(polarity, stance=Stance.AGAINST if polarity.stance == Stance.FOR else Stance.FOR,
                           flips=polarity.flips + 1)
    return replace(polarity, clause=(left, right))
