"""Rules under which the cues of a keyword's clause say nothing about its issue after all (issues.py,
Clauses.polarity): each rule says why. When unsure, no position."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.load.extract.claim_clauses import inside_a_claim
from briefing.load.extract.cue_objects import reason_for_an_act_on_a_person
from briefing.load.extract.cue_scope import in_anothers_plan
from briefing.load.extract.effort_exits import leaves_an_effort
from briefing.load.extract.stance_reach import refused_aim

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Clauses, Cue

__all__ = ["no_stance"]


def no_stance(clauses: Clauses, hit: IssueHit, hits: list[IssueHit], starts: list[int], inside: list[Cue],
              window: Sequence[Cue]) -> bool:
    """Whether the clause's cues around `hit` say nothing about its issue after all (each rule says why)."""
    if any(c.kind == "without" and c.start < hit.start for c in inside):
        return True  # "without providing security guarantees": not a stance on them
    if in_anothers_plan([(c.kind, c.start) for c in inside], hit, clauses.text, clauses.start):
        return True  # "rejected Starmer’s plan for a force to support a ceasefire": the plan refused, not the truce
    if refused_aim(clauses.text, hit, inside):
        return True  # "rejected a deal aimed at ending the strike": the deal refused, not what it aimed at
    if any(c.kind == "pos" and c.end <= hit.start and _CONDITION_FOR.fullmatch(c.text.lower())
           and _FOR_NEXT.match(clauses.text, c.end) for c in inside):
        return True  # "a key condition for reconsidering the sanctions": what is conditioned, not wanted
    if any(c.kind in ("pos", "neg", "ruleout") and any(
            n.kind == "not" and n.end <= c.start and n not in inside and _OR.search(clauses.text, n.end, c.start)
            for n in window) for c in inside):
        return True  # "will not abandon the territories or recognise them as Russian": the negation carries
    if reason_for_an_act_on_a_person(hit, clauses.text, clauses.start):
        return True  # "banned him from office over his support for …": his stance, not the agent's, and he is unnamed
    if _stray_negation(clauses.text, hit, inside, window):
        return True  # "accepted that Kyiv would not be granted NATO membership": a negation that turns no cue
    before = bisect_left(starts, hit.start) - 1
    if before >= 0 and hits[before].issue != hit.issue and _OF_BETWEEN.fullmatch(
            clauses.text, hits[before].end, hit.start):
        return True  # "guarantees of military support": what the guarantees are made of, not aid to Ukraine
    if any(c.kind == "pos" and _LIKING.fullmatch(c.text.lower()) for c in inside) and \
            _BUT_AFTER.match(clauses.text, hit.end, clauses.end):
        return True  # "liked the idea of a truce but that talks could go on without one": a concession
    if _FORMER.search(clauses.text, max(clauses.start, hit.start - 50), hit.start):
        return True  # "moving from dismissing a truce to praising the talks": a stance left behind
    if _COUNTER_BEFORE.search(clauses.text, max(clauses.start, hit.start - 20), hit.start):
        return True  # "removed Canada's retaliatory tariffs": the other way's measure, not the issue's
    if _DEADLINE_AFTER.match(clauses.text, hit.end):
        return True  # "willing to extend the ceasefire deadline": the deadline moved, no plain stance on the thing
    if _VIOLATIONS_AFTER.match(clauses.text, hit.end) or _VIOLATIONS_BEFORE.search(
            clauses.text, max(clauses.start, hit.start - 30), hit.start):
        return True  # "ready to repel violations of the truce": a stance on the violations, not the truce
    if _RETURN_ON.search(clauses.text, max(clauses.start, hit.start - 60), hit.start):
        return True  # "wants to see a return on its aid to Ukraine": a want of a return on the thing, no stance on it
    if _BARE_GUARANTEE.fullmatch(clauses.text, hit.start, hit.end) and _ECONOMIC_AFTER.match(clauses.text, hit.end):
        return True  # "guarantees regarding gas supplies after 2028": a guarantee of something else, not Ukraine's security
    if _PRO_OR_ANTI_BEFORE.search(clauses.text, max(clauses.start, hit.start - 6), hit.start):
        return True  # "talks 'terminated' over an anti-tariff advert": the keyword qualifies a noun, no cue's object
    if _refused_use(clauses.text, hit, inside, clauses.start):
        return True  # "urged Kyiv to refrain from using the truce as a pause": a use of the thing refused, not it
    if any(c.kind == "pos" and _THREATEN.fullmatch(c.text.lower())
           and _HELD_THING.fullmatch(clauses.text, c.end, hit.start) for c in inside):
        return True  # "is threatening the ceasefire": a thing endangered, not a measure ("threatened sanctions")
    if leaves_an_effort(clauses.text, hit.start, clauses.start):
        return True  # "a withdrawal from the efforts to broker a ceasefire": who stopped trying, not what they want
    if _held_veto(clauses.text, inside):
        return True  # "all 27 member states have a veto over sanctions": a power held, not a stance on the thing
    if any(c.kind in ("pos", "neg", "ruleout") and c.text.lower().endswith("ing") and _RETREAT_BEFORE.search(
            clauses.text, max(clauses.start, c.start - 40), c.start) for c in inside):
        return True  # "would step back before triggering a war": the act is one drawn back from, not wanted
    if inside_a_claim(clauses.text, clauses.start, hit.start):
        return True  # "faced claims from X that the offer of … would ruin it": the claimant's account, no stance
    if _TERMS_AFTER.match(clauses.text, hit.end) and any(
            c.kind in ("neg", "ruleout") and c.end <= hit.start for c in inside):
        return True  # "dismissed the ceasefire conditions": the terms set for it refused, not the thing itself
    return False


#: The keyword as the qualifier of the terms set for it: "ceasefire conditions", "truce terms", "peace demands".
_TERMS_AFTER = re.compile(r"[”\"’']?\s+(?:pre)?(?:conditions?|terms|demands?|ultimatums?)\b", re.IGNORECASE)


#: A retreat before an act, or an act stopped short of: "would step back before triggering", "pulled back just
#: before signing", "stopped short of imposing": the gerund after it is avoided ("consulted allies before
#: accepting the truce" is not a retreat: the act was done).
_RETREAT_BEFORE = re.compile(r"\b(?:(?:step|pull|draw|back|hold)(?:s|ed|ped|ing|ping)?|drew|held)\s+(?:back|off|down)"
                             r"\s+(?:just\s+)?before\s+$|\b(?:stop(?:s|ped|ping)?|f[ae]ll(?:s|ing)?)\s+short\s+of\s+$",
                             re.IGNORECASE)


#: A use of the keyword's thing for an end, right around the keyword: "using the ceasefire as", "use of the truce to".
_USE_BEFORE = re.compile(r"\b(?:us(?:e|es|ed|ing)|exploit(?:s|ed|ing)?|abus(?:e|es|ed|ing)|misus(?:e|es|ed|ing)|"
                         r"weaponi[sz](?:e|es|ed|ing))\s+(?:of\s+)?(?:(?:the|a|an|its|their|this|any)\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_REFRAIN = re.compile(r"refrain(?:s|ed|ing)?\s+from")
#: The act refrained from, up to the keyword: "from breaking the", "from attacking Ukraine's".
_ACT_AFTER = re.compile(r"\s+([a-z]+ing)\s+(?:(?:the|a|an|its|their|this|any)\s+)?(?:[\w’'-]+\s+){0,2}")
_USE_AFTER = re.compile(r"[”\"’']?\s+(?:as|to|for)\b", re.IGNORECASE)


def _refused_use(text: str, hit: IssueHit, inside: Sequence[Cue], start: int) -> bool:
    """Whether a refusal before the keyword refuses a use of its thing ("refrain from using the truce as a pause",
    "warned against exploiting the ceasefire to regroup"), which says nothing of the thing itself."""
    use = _USE_BEFORE.search(text, max(start, hit.start - 40), hit.start)
    if use is not None and _USE_AFTER.match(text, hit.end) is not None and \
            any(c.kind == "neg" and c.end <= use.start() for c in inside):
        return True
    # "refrain from breaking the ceasefire": refraining from an act no cue names says nothing of the thing it acts on
    # ("refrain from imposing sanctions" composes: "imposing" is a cue of its own)
    return any(c.kind == "neg" and _REFRAIN.fullmatch(c.text.lower()) and (act := _ACT_AFTER.match(text, c.end, hit.start))
               and not any(o.start == act.start(1) for o in inside) for c in inside)


def _held_veto(text: str, inside: Sequence[Cue]) -> bool:
    """Whether a "veto" cue of the clause names a power someone holds ("have a veto", "veto power"), not its use."""
    return any(c.kind == "neg" and c.text.lower() == "veto"
               and (_HOLDING_BEFORE.search(text, max(0, c.start - 40), c.start) is not None
                    or _POWER_AFTER.match(text, c.end) is not None) for c in inside)


#: "Threaten" with a definite or possessed object: what is endangered ("threatening the ceasefire", "threatens
#: Guyana's territorial integrity"), unlike a measure threatened ("threatened sanctions", "threatens new tariffs").
_THREATEN = re.compile(r"threaten(?:s|ed|ing)?")
_HELD_THING = re.compile(r"\s+(?:the|its|their|his|her|our|this|that|[A-Z][\w.-]*[’']s)\s+(?:[\w-]+\s+)?")
#: A keyword made an adjective: "anti-tariff", "pro-sanctions" (the stance is the noun's maker's, not a cue's).
_PRO_OR_ANTI_BEFORE = re.compile(r"\b(?:anti|pro)-$", re.IGNORECASE)
#: Holding a veto: "have a veto", "holds the veto", "retain their national veto" (not "would veto", "threatened to veto").
_HOLDING_BEFORE = re.compile(r"\b(?:ha(?:ve|s|d|ving)|hold(?:s|ing)?|held|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|"
                             r"enjoy(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|with|lose|loses|lost|power\s+of|right\s+of)\s+"
                             r"(?:a|an|the|its|their|his|her|our|this|that|any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_POWER_AFTER = re.compile(r"\s+(?:powers?|rights?)\b", re.IGNORECASE)


#: A bare "guarantees" and what it guarantees when that is trade, money or energy, not security.
_BARE_GUARANTEE = re.compile(r"guarantees?", re.IGNORECASE)
_ECONOMIC_AFTER = re.compile(r"\s+(?:regarding|on|for|of|over|about|concerning)\s+(?:(?:the|its|their)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:gas|oil|energy|electricity|supplies|supply|prices?|payments?|"
                             r"loans?|debts?|credit|funding|financing|jobs|investments?|deposits?|exports?|imports?|"
                             r"transit)\b", re.IGNORECASE)
_CONDITION_FOR = re.compile(r"key condition|precondition")
_FOR_NEXT = re.compile(r"[”\"’']?\s+(?:for|of)\b", re.IGNORECASE)
_OF_BETWEEN = re.compile(r"\s+of\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_OR = re.compile(r"\b(?:or|nor)\b", re.IGNORECASE)
#: A liking, which a "but" after it turns into a concession.
_LIKING = re.compile(r"likes|liked|prefer(?:s|red|ring)?")
_BUT_AFTER = re.compile(r"[^.;:]{0,80}?\bbut\b", re.IGNORECASE)
#: A stance the holder has moved away from: "shifted from dismissing a truce to …".
_FORMER = re.compile(r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|turn(?:s|ed|ing)|went|going)\s+"
                     r"(?:away\s+)?from\s+[a-z]+ing\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_COUNTER_BEFORE = re.compile(r"\b(?:retaliatory|counter-?|reciprocal)\s*$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"[”\"’']?\s+(?:deadlines?|timelines?|clock)\b", re.IGNORECASE)
_VIOLATIONS_AFTER = re.compile(r"\s+violations?\b", re.IGNORECASE)
_VIOLATIONS_BEFORE = re.compile(r"\bviolations?\s+of\s+(?:the\s+|a\s+|this\s+|any\s+)?$", re.IGNORECASE)
#: What the keyword pays back: "wants to see benefit from its aid to Ukraine", "expects a return on the weapons
#: it sent": a wish for a return on the thing is no stance on the thing itself ("in return for" names a want: not one).
_RETURN_ON = re.compile(r"\b(?<!\bin\s)(?:benefits?|returns?|profits?|repayment|compensation|reimbursement|payback|"
                        r"(?:something|money)\s+back)\s+(?:from|on|for|out\s+of)\s+"
                        r"(?:(?:its|the|their|his|her|our|all|this|that|[\w’'.-]+[’']s)\s+)?(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)


def _stray_negation(text: str, hit: IssueHit, inside: list[Cue], window: Sequence[Cue]) -> bool:
    """A negation between the cue and the keyword after it that turns no cue of its own: "Moscow agreed that Kyiv
    would not be granted NATO membership" read Russia *for* the membership (0.9; a real page had the same shape with
    tariffs). The negation turns a verb that is no cue, so which way the clause leans is not read: no stance.
    "agreed not to impose tariffs" (the negation turns "impose"), "promised not to attack energy facilities" (it
    turns the keyword, a verb phrase) and "will not accept a ceasefire" (before the cue) are read as before."""
    decisive = [c for c in inside if c.kind in ("pos", "neg", "ruleout") and c.end <= hit.start]
    if not decisive:
        return False
    last = decisive[-1]
    return any(n.kind == "not" and last.end <= n.start and n.end <= hit.start
               and _TURNS_THE_KEYWORD.fullmatch(text, n.end, hit.start) is None
               and not any(c.kind in ("pos", "neg", "ruleout") and n.end <= c.start < hit.start for c in window)
               for n in window)


#: Between a negation and a keyword that is a verb phrase ("promised not to attack energy facilities"): the negation
#: turns the keyword itself.
_TURNS_THE_KEYWORD = re.compile(r"\s+(?:to\s+)?(?:[a-z]+ly\s+)?", re.IGNORECASE)

