"""A cue and a keyword in two coordinated predicates of one subject (cue_scope.py): a verb after the keyword that
starts a predicate of its own ("renounce NATO membership, accept limits on its army"), or one between a cue with
its own object and the keyword ("does not recognise the annexation and vowed its fight for self-rule goes on"):
the cue says nothing about the keyword across the coordination. Each look is one bounded match between the two:
linear in the sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["another_predicate_between", "coordinated_after"]


#: Between a keyword and a verb coordinated after it: "renounce NATO membership, accept limits …, and cede".
_COORDINATED = re.compile(r",\s*(?:and\s+|or\s+)?")


#: "… support for Ukraine and halting new mobilisations": after a keyword and a short complement, "and" and a verb
#: that takes an object of its own.
_AND_ANOTHER = re.compile(r"(?:\s+(?:for|to|of|in|on|with|from)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s*,?\s*(?:and|or)\s+")
_DETERMINED_OBJECT = re.compile(r"\s+(?:its|their|his|her|our|the|this|that|all)\s+[a-z]")
_OWN_OBJECT = re.compile(r"\s+(?:(?:the|a|an|new|all|any|further|more)\s+)?[a-z][\w’'-]*")
#: "… must agree to a truce by Friday and condemned recent attacks": a time or place complement of up to three
#: words after the keyword, then "and" and a past-tense verb with an object of its own (a word or a name, not a
#: pronoun that could stand for the keyword: "received the ceasefire plan and rejected it" keeps the refusal).
_AND_PAST = re.compile(r"(?:\s+(?:by|on|at|in|within|before|after|until|for|to|of|with|from)\s+[\w’'-]+"
                       r"(?:\s+[\w’'-]+){0,2})?\s*,?\s*and\s+")
_PAST_OWN_OBJECT = re.compile(r"\s+(?!(?:it|them|this|that|these|those|so|too)\b)[\w’'-]+")
#: …and the keyword as the modifier of a head noun, the past verb's object new to the text (no definite article that
#: could take the keyword's thing up again): "had broken the code's rules and imposed large penalties" read the firms'
#: country *for* the rules (0.9); "was handed a truce plan and rejected the proposal" keeps its refusal.
_HEAD_AND_PAST = re.compile(r"\s+[a-z][\w’'-]*\s+and\s+")
_NEW_OBJECT = re.compile(r"\s+(?!(?:it|them|this|that|these|those|so|too|the|its|their|his|her|such)\b)[\w’'-]+")


def coordinated_after(cue: Cue, hit: IssueHit, text: str) -> bool:
    """A verb after a comma that follows the keyword starts a predicate of its own, with its own object
    ("renounce NATO membership, accept limits on its army"), as does one after "and" that takes an object of its
    own ("suspending foreign military support for Ukraine and halting new mobilisations"): it says nothing about
    the keyword before it."""
    if cue.kind not in ("pos", "neg", "ruleout") or hit.end > cue.start:
        return False
    if _COORDINATED.fullmatch(text, hit.end, cue.start) is not None:
        return True
    if cue.text.lower().endswith("ed") and _AND_PAST.fullmatch(text, hit.end, cue.start) is not None:
        return _PAST_OWN_OBJECT.match(text, cue.end) is not None  # "… a truce by Friday and condemned attacks"
    if cue.text.lower().endswith("ed") and _HEAD_AND_PAST.fullmatch(text, hit.end, cue.start) is not None:
        return _NEW_OBJECT.match(text, cue.end) is not None
    if _AND_ANOTHER.fullmatch(text, hit.end, cue.start) is None:
        return False
    if cue.text.lower().endswith("ing"):
        return _OWN_OBJECT.match(text, cue.end) is not None
    # "press Russia to agree to a ceasefire and stop its brutal war": a bare verb with a determined object
    return _DETERMINED_OBJECT.match(text, cue.end) is not None


#: Between a cue and a keyword after it: the cue's own object (a word at least), then "and" and a verb in the past
#: or the present, which opens a predicate of its own ("and vowed its", "and warned that", "and wants a"): "does
#: not recognise the annexation and vowed its fight for self-rule will go on". The "-ed" or "-s" word must be
#: followed by what a verb takes (a determiner, a pronoun, "that", "to"), so "rejected the plan and related
#: sanctions" (an adjective) stays one object; a plural noun so followed ("the sanctions and tariffs the US
#: imposed") loses the cue: no stance, never a wrong one.
_ANOTHER_PREDICATE = re.compile(
    r"\s+[^,;:.]{1,80}?\s+and\s+(?:then\s+|also\s+|later\s+)?"
    r"(?:[a-z]{3,}(?:ed|s)|said|told|made|took|gave|went|swore|keeps|kept)\s+"
    r"(?:its|their|his|her|our|that|to|the|a|an|it|they|he|she|we|this|these|those|any|all)\b[^,;:]{0,80}$")


#: …and a bare or past verb of starting or going on with a thing, so rarely a noun that it needs no determiner after
#: it: "set to suspend the countermeasures and enter meaningful negotiations" (it read the EU *against* the talks).
#: Not across a "to" ("agreed to suspend strikes and enter talks": the agreeing governs both).
_STARTING_PREDICATE = re.compile(
    r"\s+(?:(?!to\b)[^,;:.]){1,80}?\s+and\s+(?:then\s+|also\s+|instead\s+)?"
    r"(?:enter(?:ed|s)?|beg(?:in|ins|an)|start(?:ed|s)?|resum(?:e|ed|es)|pursu(?:e|ed|es)|launch(?:ed|es)?|"
    r"open(?:ed|s)?|seek|sought|continu(?:e|ed|es)|return(?:ed|s)?\s+to|mov(?:e|ed|es)\s+to)\s+[^,;:]{0,80}$")


#: …or the cue with its own object as the subject of "was"/"is", the keyword in what that says of it: "the chief
#: cause of his not signing the paper is the absence of firm guarantees" (it read him *against* the guarantees
#: he asked for). Not a relative's copula ("the deal that is meant to end the war": the deal's purpose).
_COPULA_PREDICATE = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|any)\s+[^,;:.]{0,60}?(?<!that)(?<!which)(?<!who)"
    r"\s+(?:was|is|were|are|remains|remained)\s+[^,;:]{0,80}$")


def another_predicate_between(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether a predicate of its own, after "and", stands between a cue with its own object and the keyword after
    it: "said the resolution does not recognise the claim and vowed its fight for self-determination will go on"
    (the refusal is of the claim; it read the movement *against* self-determination); so does a copula whose
    subject holds the cue and its object ("not signing the paper is the absence of guarantees")."""
    if cue.kind not in ("pos", "neg", "ruleout") or cue.end > hit.start or hit.start - cue.end > 160:
        return False
    return _ANOTHER_PREDICATE.fullmatch(text, cue.end, hit.start) is not None or \
        _STARTING_PREDICATE.fullmatch(text, cue.end, hit.start) is not None or \
        _COPULA_PREDICATE.fullmatch(text, cue.end, hit.start) is not None
